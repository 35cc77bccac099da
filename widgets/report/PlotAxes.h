#pragma once

#include <QPainter>
#include <QRectF>
#include <QString>
#include <vector>

namespace noiseloss {

/// A linear value axis with "nice" ticks (1, 2, 5 x 10^k) covering [minimum, maximum].
struct AxisScale {
    double minimum = 0.0;
    double maximum = 1.0;
    std::vector<double> ticks;

    /// Covers `low`..`high` (padded by 5 %; a zero-width range is widened).
    static AxisScale covering(double low, double high);
    /// Maps a value to a pixel coordinate between `from` (minimum) and `to` (maximum).
    double map(double value, double from, double to) const;
};

/// Draws the frame of a figure on any QPaintDevice: title, axis labels, the y axis with ticks and
/// grid lines, and a legend. Used by ReportFigurePainter; no widgets involved.
class PlotAxes {
public:
    /// `rotatedXLabels` leaves room under the plot for category labels drawn at an angle;
    /// `legendRows` (legendRowCount) leaves room above it for a legend that wraps.
    /// `xLabelLines` (1-3) is how many lines the longest unturned x label wraps into.
    PlotAxes(QPainter& painter, const QRectF& bounds, bool rotatedXLabels = false, int legendRows = 1,
             int xLabelLines = 1);

    /// Horizontal room taken by the y axis labels and the right edge: plot width = bounds - both.
    static constexpr double kLeftMargin = 90.0;
    static constexpr double kRightMargin = 30.0;
    static constexpr double kLegendRowHeight = 18.0;
    /// How many rows drawLegend needs for `entries` in a figure of `bounds`.
    static int legendRowCount(const QPainter& painter, const QRectF& bounds,
                              const std::vector<std::pair<QString, QColor>>& entries);
    /// The font of tick and category labels, from the painter's font.
    static QFont labelFont(const QFont& base);

    /// The rectangle left for the data after margins for labels.
    const QRectF& plotArea() const { return m_plot; }
    double yPixel(double value) const { return m_y.map(value, m_plot.bottom(), m_plot.top()); }

    void setYScale(const AxisScale& scale) { m_y = scale; }
    void drawFrame(const QString& title, const QString& xLabel, const QString& yLabel);
    void drawYTicks();
    /// Tick labels along x at the given pixel positions, each centred in `labelWidth` pixels
    /// (rotated labels ignore the width; others wrap into up to three lines); an unrotated label that would
    /// overlap the previous one is left out (its tick stays).
    void drawXLabels(const std::vector<std::pair<double, QString>>& labels, bool rotate,
                     double labelWidth = 120.0);
    /// A dashed horizontal line at y = value (e.g. zero).
    void drawReferenceLine(double value);
    /// With `lineStyles` (one per entry) each entry shows a line in that style instead of a swatch.
    void drawLegend(const std::vector<std::pair<QString, QColor>>& entries,
                    const std::vector<Qt::PenStyle>& lineStyles = {});

    /// Colour of series `index`: Okabe-Ito, friendly to colour-blind readers.
    static QColor seriesColour(std::size_t index);
    /// Colour of a study band by name (peak orange, assimilation red, recovery green).
    static QColor bandColour(const QString& band, std::size_t fallbackIndex);

private:
    QPainter& m_painter;
    QRectF m_bounds;
    QRectF m_plot;
    AxisScale m_y;
};

} // namespace noiseloss
