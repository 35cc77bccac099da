#pragma once

#include "experiment/ReportFigureData.h"

#include <QPainter>
#include <QRectF>
#include <QSize>

namespace noiseloss {

/// Draws one report figure (box plots, violins or line series, ReportFigureData.h) with QPainter
/// onto any paint device (QImage for PNG, QSvgGenerator for SVG); no QWidget, so the CLI can draw
/// on the offscreen platform. Box plots: quartiles (linear interpolation), median, whiskers to the
/// furthest value within 1.5 IQR, points beyond them, and the count under each group. Violins:
/// mirrored Gaussian kernel density (Silverman's bandwidth, tails cut 2 bandwidths past the data),
/// the interquartile range as a bar, the median as a white dot, a tick per value. Line
/// series: mean with +- SD error bars. Scatter: points and each series' least-squares line, r and n in
/// the legend. Stateless; any thread that owns the painter.
class ReportFigurePainter {
public:
    static void paint(QPainter& painter, const QRectF& bounds, const ReportFigureData& figure);

    /// The size a figure reads well at: wider for many box groups (1000 x 620 up to 2400 x 620).
    static QSize preferredSize(const ReportFigureData& figure);

    /// Quartiles of `values` (sorted copy; linear interpolation between order statistics).
    static double quantile(std::vector<double> values, double fraction);

private:
    static void paintBoxes(QPainter& painter, const QRectF& bounds, const ReportFigureData& figure);
    static void paintLines(QPainter& painter, const QRectF& bounds, const ReportFigureData& figure);
    static void paintScatter(QPainter& painter, const QRectF& bounds, const ReportFigureData& figure);
};

} // namespace noiseloss
