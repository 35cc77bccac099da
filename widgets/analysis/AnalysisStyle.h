#pragma once

#include <QColor>
#include <QString>

namespace noiseloss {

/// The study's band of a region.
enum class StudyBand { Peak, Assimilation, Recovery };

/// Colours and names shared by every analysis view, following the study's figures: original loss
/// blue, perturbed red, Peak orange, Assimilation red, Recovery green, D > 0 red and D < 0 blue.
/// GUI thread only (names are translated with the current translator).
class AnalysisStyle {
public:
    static QColor originalColor();
    static QColor perturbedColor();
    static QColor positiveDifferenceColor();
    static QColor negativeDifferenceColor();
    static QColor bandColor(StudyBand band);                         ///< opaque; views add their own alpha
    static QString bandName(StudyBand band);                         ///< "Peak", "Assimilation", "Recovery"
    static QString formatNats(double value, int decimals = 3);       ///< "4.123", "–" for NaN
    static QString formatSignedNats(double value, int decimals = 3); ///< "+0.213", "−0.130"
};

} // namespace noiseloss
