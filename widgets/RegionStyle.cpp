#include "widgets/RegionStyle.h"

#include <QCoreApplication>

namespace noiseloss {

QColor RegionStyle::color(RegionKind kind) {
    switch (kind) {
    case RegionKind::Noise:
        return QColor(0xE6, 0x7E, 0x22); // orange
    case RegionKind::Silence:
        return QColor(0x7F, 0x8C, 0x8D); // grey
    case RegionKind::Shuffle:
        return QColor(0x8E, 0x44, 0xAD); // purple
    case RegionKind::Delete:
        return QColor(0xC0, 0x39, 0x2B); // red
    }
    return Qt::gray;
}

QString RegionStyle::kindName(RegionKind kind) {
    switch (kind) {
    case RegionKind::Noise:
        return QCoreApplication::translate("RegionStyle", "Noise");
    case RegionKind::Silence:
        return QCoreApplication::translate("RegionStyle", "Silence");
    case RegionKind::Shuffle:
        return QCoreApplication::translate("RegionStyle", "Shuffle");
    case RegionKind::Delete:
        return QCoreApplication::translate("RegionStyle", "Delete");
    }
    return {};
}

QString RegionStyle::colorName(NoiseColor color) {
    switch (color) {
    case NoiseColor::White:
        return QCoreApplication::translate("RegionStyle", "White");
    case NoiseColor::Pink:
        return QCoreApplication::translate("RegionStyle", "Pink");
    case NoiseColor::Brown:
        return QCoreApplication::translate("RegionStyle", "Brown");
    case NoiseColor::Blue:
        return QCoreApplication::translate("RegionStyle", "Blue");
    case NoiseColor::Violet:
        return QCoreApplication::translate("RegionStyle", "Violet");
    }
    return {};
}

QString RegionStyle::describe(const Region& region) {
    QString text = kindName(region.kind);
    if (region.kind == RegionKind::Noise) {
        const QString unit = region.levelMode == LevelMode::AbsoluteDbfs
                                 ? QCoreApplication::translate("RegionStyle", "dBFS")
                                 : QCoreApplication::translate("RegionStyle", "dB SNR");
        text += QStringLiteral(" · %1 %2 %3")
                    .arg(colorName(region.color))
                    .arg(region.levelDb, 0, 'f', 0)
                    .arg(unit);
    } else if (region.kind == RegionKind::Shuffle) {
        text += QCoreApplication::translate("RegionStyle", " · L=%1").arg(region.blockTokens);
    }
    if (!region.label.empty())
        text += QStringLiteral(" · ") + QString::fromStdString(region.label);
    return text;
}

} // namespace noiseloss
