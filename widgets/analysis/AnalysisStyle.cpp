#include "widgets/analysis/AnalysisStyle.h"

#include <QCoreApplication>
#include <cmath>

namespace noiseloss {

QColor AnalysisStyle::originalColor() {
    return QColor(31, 119, 180);
}

QColor AnalysisStyle::perturbedColor() {
    return QColor(214, 39, 40);
}

QColor AnalysisStyle::positiveDifferenceColor() {
    return QColor(214, 39, 40);
}

QColor AnalysisStyle::negativeDifferenceColor() {
    return QColor(31, 119, 180);
}

QColor AnalysisStyle::bandColor(StudyBand band) {
    switch (band) {
    case StudyBand::Peak:
        return QColor(255, 140, 0);
    case StudyBand::Assimilation:
        return QColor(220, 50, 47);
    case StudyBand::Recovery:
        return QColor(44, 160, 44);
    }
    return Qt::gray;
}

QString AnalysisStyle::bandName(StudyBand band) {
    switch (band) {
    case StudyBand::Peak:
        return QCoreApplication::translate("AnalysisStyle", "Peak");
    case StudyBand::Assimilation:
        return QCoreApplication::translate("AnalysisStyle", "Assimilation");
    case StudyBand::Recovery:
        return QCoreApplication::translate("AnalysisStyle", "Recovery");
    }
    return {};
}

QString AnalysisStyle::formatNats(double value, int decimals) {
    if (!std::isfinite(value))
        return QStringLiteral("–");
    return QString::number(value, 'f', decimals);
}

QString AnalysisStyle::formatSignedNats(double value, int decimals) {
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const QString magnitude = QString::number(std::abs(value), 'f', decimals);
    return (value < 0 ? QStringLiteral("−") : QStringLiteral("+")) + magnitude;
}

} // namespace noiseloss
