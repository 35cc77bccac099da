#pragma once

#include "widgets/heatmap/ColourMap.h"

namespace noiseloss {

/// How a heatmap maps values to colours.
struct HeatmapParams {
    enum class Normalisation { None, PerRow, PerColumn };

    ColourMap::Name colourMap = ColourMap::Viridis;
    Normalisation normalisation = Normalisation::None; ///< divide by the row's / column's max |value|
    /// Sequential maps: log10 of positive values (others drawn as background). Diverging map:
    /// symmetric log, sign(v) log10(1 + |v| / (1e-3 max|v|)).
    bool logScale = false;
};

} // namespace noiseloss
