#pragma once

#include "perturb/PerturbationPlan.h"

#include <QColor>
#include <QString>

namespace noiseloss {

/// How regions look and are named in every view, so a kind has one colour everywhere.
/// GUI thread only (names are translated with the current translator).
class RegionStyle {
public:
    static QColor color(RegionKind kind);
    static QString kindName(RegionKind kind);      ///< translated, e.g. "Noise"
    static QString colorName(NoiseColor color);    ///< translated, e.g. "Pink"
    static QString describe(const Region& region); ///< translated short label, e.g. "Noise pink −12 dBFS"
};

} // namespace noiseloss
