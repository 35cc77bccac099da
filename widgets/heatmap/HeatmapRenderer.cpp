#include "widgets/heatmap/HeatmapRenderer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace noiseloss {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double maxAbsolute(const HeatmapData& data, int rowBegin, int rowEnd, int columnBegin, int columnEnd) {
    double maximum = 0.0;
    for (int r = rowBegin; r < rowEnd; ++r)
        for (int c = columnBegin; c < columnEnd; ++c)
            if (std::isfinite(data.at(r, c)))
                maximum = std::max(maximum, std::abs(static_cast<double>(data.at(r, c))));
    return maximum;
}

/// Divisor of each row (PerRow) or column (PerColumn); empty for None.
std::vector<double> normalisationScales(const HeatmapData& data, const HeatmapParams& params) {
    std::vector<double> scales;
    if (params.normalisation == HeatmapParams::Normalisation::PerRow)
        for (int r = 0; r < data.rows; ++r)
            scales.push_back(maxAbsolute(data, r, r + 1, 0, data.columns));
    else if (params.normalisation == HeatmapParams::Normalisation::PerColumn)
        for (int c = 0; c < data.columns; ++c)
            scales.push_back(maxAbsolute(data, 0, data.rows, c, c + 1));
    return scales;
}

/// Linear threshold of the diverging symmetric log (1e-3 of the largest magnitude).
double symmetricLogLinear(const HeatmapData& data, const HeatmapParams& params) {
    const double maximum = params.normalisation == HeatmapParams::Normalisation::None
                               ? maxAbsolute(data, 0, data.rows, 0, data.columns)
                               : 1.0;
    return maximum > 0.0 ? 1e-3 * maximum : 1.0;
}

double transform(const HeatmapData& data, const HeatmapParams& params, const std::vector<double>& scales,
                 double logLinear, int row, int column) {
    double value = data.at(row, column);
    if (!std::isfinite(value))
        return kNaN;
    if (!scales.empty()) {
        const double scale = scales[static_cast<std::size_t>(
            params.normalisation == HeatmapParams::Normalisation::PerRow ? row : column)];
        value = scale > 0.0 ? value / scale : 0.0;
    }
    if (!params.logScale)
        return value;
    if (!ColourMap::get(params.colourMap).diverging())
        return value > 0.0 ? std::log10(value) : kNaN;
    return std::copysign(std::log10(1.0 + std::abs(value) / logLinear), value);
}

} // namespace

double HeatmapRenderer::transformedValue(const HeatmapData& data, const HeatmapParams& params, int row,
                                         int column) {
    return transform(data, params, normalisationScales(data, params), symmetricLogLinear(data, params), row,
                     column);
}

HeatmapImage HeatmapRenderer::render(const HeatmapData& data, const HeatmapParams& params, int firstColumn,
                                     int columnCount) {
    HeatmapImage result;
    firstColumn = std::clamp(firstColumn, 0, std::max(0, data.columns));
    columnCount = std::clamp(columnCount, 0, data.columns - firstColumn);
    if (!data.isValid() || columnCount == 0)
        return result;
    std::vector<double> cells(static_cast<std::size_t>(data.rows) * columnCount);
    double low = std::numeric_limits<double>::infinity(), high = -low;
    const std::vector<double> scales = normalisationScales(data, params);
    const double logLinear = symmetricLogLinear(data, params);
    for (int r = 0; r < data.rows; ++r)
        for (int c = 0; c < columnCount; ++c) {
            const double value = transform(data, params, scales, logLinear, r, firstColumn + c);
            cells[static_cast<std::size_t>(r) * columnCount + c] = value;
            if (std::isfinite(value)) {
                low = std::min(low, value);
                high = std::max(high, value);
            }
        }
    const ColourMap& map = ColourMap::get(params.colourMap);
    if (!std::isfinite(low)) {
        low = 0.0;
        high = 1.0;
    } else if (map.diverging()) {
        const double limit = std::max(std::abs(low), std::abs(high));
        low = -limit;
        high = limit;
    }
    const double span = high > low ? high - low : 1.0;
    result.image = QImage(columnCount, data.rows, QImage::Format_ARGB32);
    result.image.fill(Qt::transparent);
    for (int r = 0; r < data.rows; ++r) {
        auto* line = reinterpret_cast<QRgb*>(result.image.scanLine(r));
        for (int c = 0; c < columnCount; ++c) {
            const double value = cells[static_cast<std::size_t>(r) * columnCount + c];
            if (std::isfinite(value))
                line[c] = map.at(high > low ? (value - low) / span : 0.5);
        }
    }
    result.low = low;
    result.high = high;
    return result;
}

} // namespace noiseloss
