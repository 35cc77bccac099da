#pragma once

#include "widgets/heatmap/HeatmapData.h"
#include "widgets/heatmap/HeatmapParams.h"

#include <QImage>

namespace noiseloss {

/// What a render produced: one pixel per cell and the value range the colours span (in the
/// transformed units: after normalisation and log), so the colour bar matches what was drawn.
struct HeatmapImage {
    QImage image; ///< columnCount x rows, ARGB32; transparent where there is no value
    double low = 0.0;
    double high = 0.0;
    bool empty() const { return image.isNull(); }
};

/// Renders columns [firstColumn, firstColumn + columnCount) of `data` (Colour3DPlotRenderer style:
/// data struct + params struct in, image + drawn range out). The range is computed over the rendered
/// columns; diverging maps use symmetric limits [-m, m]. Pure function, any thread.
class HeatmapRenderer {
public:
    static HeatmapImage render(const HeatmapData& data, const HeatmapParams& params, int firstColumn,
                               int columnCount);
    /// The transformed value of one cell (NaN when it has none): what the colour encodes.
    static double transformedValue(const HeatmapData& data, const HeatmapParams& params, int row, int column);
};

} // namespace noiseloss
