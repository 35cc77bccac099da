#include "widgets/report/ReportFigurePainter.h"

#include "experiment/KernelDensity.h"
#include "widgets/report/PlotAxes.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>
#include <set>

namespace noiseloss {
namespace {

void drawBox(QPainter& painter, const PlotAxes& axes, double centre, double width,
             const std::vector<double>& values, const QColor& colour) {
    if (values.empty())
        return;
    const double q1 = ReportFigurePainter::quantile(values, 0.25);
    const double median = ReportFigurePainter::quantile(values, 0.5);
    const double q3 = ReportFigurePainter::quantile(values, 0.75);
    const double reach = 1.5 * (q3 - q1);
    double low = q1, high = q3;
    for (double value : values) {
        if (value >= q1 - reach)
            low = std::min(low, value);
        if (value <= q3 + reach)
            high = std::max(high, value);
    }
    painter.setPen(QPen(colour.darker(150), 1.5));
    painter.drawLine(QPointF(centre, axes.yPixel(low)), QPointF(centre, axes.yPixel(q1)));
    painter.drawLine(QPointF(centre, axes.yPixel(q3)), QPointF(centre, axes.yPixel(high)));
    painter.drawLine(QPointF(centre - width / 4, axes.yPixel(low)),
                     QPointF(centre + width / 4, axes.yPixel(low)));
    painter.drawLine(QPointF(centre - width / 4, axes.yPixel(high)),
                     QPointF(centre + width / 4, axes.yPixel(high)));
    QColor fill = colour;
    fill.setAlpha(170);
    const QRectF box(QPointF(centre - width / 2, axes.yPixel(q3)),
                     QPointF(centre + width / 2, axes.yPixel(q1)));
    painter.fillRect(box, fill);
    painter.drawRect(box);
    painter.setPen(QPen(Qt::black, 2.0));
    painter.drawLine(QPointF(box.left(), axes.yPixel(median)), QPointF(box.right(), axes.yPixel(median)));
    painter.setBrush(colour.darker(150));
    painter.setPen(Qt::NoPen);
    for (double value : values)
        if (value < low || value > high)
            painter.drawEllipse(QPointF(centre, axes.yPixel(value)), 2.5, 2.5);
    painter.setBrush(Qt::NoBrush);
}

/// A violin: the mirrored kernel density of `values` (Silverman bandwidth), its widest point
/// `width` pixels across, with the interquartile range as a dark bar, the median as a white dot and,
/// up to kViolinTickLimit values, every value as a small tick: band means often come from a handful
/// of clips and the reader should see how few (past that the ticks merge into a bar that hides the
/// quartiles). Fewer than two distinct values have no density: only the marks.
void drawViolin(QPainter& painter, const PlotAxes& axes, double centre, double width,
                const std::vector<double>& values, const QColor& colour) {
    if (values.empty())
        return;
    const DensityCurve curve = gaussianKernelDensity(values, silvermanBandwidth(values));
    if (!curve.values.empty()) {
        const double peak = *std::max_element(curve.densities.begin(), curve.densities.end());
        QPolygonF outline;
        for (std::size_t i = 0; i < curve.values.size(); ++i)
            outline << QPointF(centre + width / 2 * curve.densities[i] / peak, axes.yPixel(curve.values[i]));
        for (std::size_t i = curve.values.size(); i-- > 0;)
            outline << QPointF(centre - width / 2 * curve.densities[i] / peak, axes.yPixel(curve.values[i]));
        QColor fill = colour;
        fill.setAlpha(150);
        painter.setPen(QPen(colour.darker(150), 1.2));
        painter.setBrush(fill);
        painter.drawPolygon(outline);
    }
    painter.setPen(QPen(QColor(30, 30, 30, 150), 1.0));
    constexpr std::size_t kViolinTickLimit = 30;
    for (double value : values.size() <= kViolinTickLimit ? values : std::vector<double>{})
        painter.drawLine(QPointF(centre - width / 8, axes.yPixel(value)),
                         QPointF(centre + width / 8, axes.yPixel(value)));
    const double q1 = ReportFigurePainter::quantile(values, 0.25);
    const double q3 = ReportFigurePainter::quantile(values, 0.75);
    painter.setPen(QPen(QColor(30, 30, 30), std::clamp(width / 10, 2.0, 6.0), Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(centre, axes.yPixel(q1)), QPointF(centre, axes.yPixel(q3)));
    painter.setPen(QPen(Qt::black, 1.0));
    painter.setBrush(Qt::white);
    painter.drawEllipse(QPointF(centre, axes.yPixel(ReportFigurePainter::quantile(values, 0.5))), 3.5, 3.5);
    painter.setBrush(Qt::NoBrush);
}

void valueRange(const ReportFigureData& figure, double& low, double& high) {
    low = INFINITY;
    high = -INFINITY;
    for (const auto& [label, series] : figure.groups)
        for (const BoxSeries& box : series) {
            for (double value : box.values) {
                low = std::min(low, value);
                high = std::max(high, value);
            }
            // The violins' tails reach past the data (KernelDensity.h, cut = 2 bandwidths).
            if (figure.type == ReportFigureData::Type::Violin && !box.values.empty()) {
                const DensityCurve curve = gaussianKernelDensity(box.values, silvermanBandwidth(box.values));
                if (!curve.values.empty()) {
                    low = std::min(low, curve.values.front());
                    high = std::max(high, curve.values.back());
                }
            }
        }
    for (const LineSeries& line : figure.lines)
        for (const LinePoint& point : line.points) {
            const double sd = std::isfinite(point.sd) ? point.sd : 0.0;
            low = std::min(low, point.mean - sd);
            high = std::max(high, point.mean + sd);
        }
    for (const ScatterSeries& series : figure.scatter)
        for (double y : series.y) {
            low = std::min(low, y);
            high = std::max(high, y);
        }
}

} // namespace

QSize ReportFigurePainter::preferredSize(const ReportFigureData& figure) {
    // Box groups get ~150 pixels each, room for three boxes and a two-line label, so labels stay
    // level; very many groups fall back to turned labels at the widest size.
    if (figure.type == ReportFigureData::Type::Box || figure.type == ReportFigureData::Type::Violin) {
        const int width = 120 + 150 * static_cast<int>(figure.groups.size());
        return QSize(std::clamp(width, 1000, 2400), 620);
    }
    return QSize(1000, 620);
}

double ReportFigurePainter::quantile(std::vector<double> values, double fraction) {
    if (values.empty())
        return NAN;
    std::sort(values.begin(), values.end());
    const double position = fraction * static_cast<double>(values.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, values.size() - 1);
    return values[below] + (position - static_cast<double>(below)) * (values[above] - values[below]);
}

void ReportFigurePainter::paint(QPainter& painter, const QRectF& bounds, const ReportFigureData& figure) {
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (figure.type == ReportFigureData::Type::Box || figure.type == ReportFigureData::Type::Violin)
        paintBoxes(painter, bounds, figure);
    else if (figure.type == ReportFigureData::Type::Scatter)
        paintScatter(painter, bounds, figure);
    else
        paintLines(painter, bounds, figure);
}

void ReportFigurePainter::paintBoxes(QPainter& painter, const QRectF& bounds,
                                     const ReportFigureData& figure) {
    std::vector<std::pair<QString, QColor>> legend;
    for (std::size_t s = 0; s < figure.seriesNames.size(); ++s) {
        const QString name = QString::fromStdString(figure.seriesNames[s]);
        legend.emplace_back(name, PlotAxes::bandColour(name, s));
    }
    std::vector<QString> labelTexts;
    for (const auto& [group, series] : figure.groups) {
        std::size_t count = 0;
        for (const BoxSeries& box : series)
            count = std::max(count, box.values.size());
        labelTexts.push_back(QString::fromStdString(group) + QString(" (n=%1)").arg(count));
    }
    // Category labels are turned only when one of them does not fit under its group.
    const double plotWidth = bounds.width() - PlotAxes::kLeftMargin - PlotAxes::kRightMargin;
    const double groupWidth = plotWidth / static_cast<double>(std::max<std::size_t>(1, figure.groups.size()));
    const QFontMetricsF metrics(PlotAxes::labelFont(painter.font()));
    // Category labels wrap at spaces into up to three lines; only longer ones are turned (and cut).
    bool rotate = false;
    int lines = 1;
    for (const QString& text : labelTexts) {
        const QRectF needed =
            metrics.boundingRect(QRectF(0, 0, groupWidth - 8, 1000), Qt::TextWordWrap, text);
        const int count = static_cast<int>(std::lround(needed.height() / metrics.lineSpacing()));
        rotate = rotate || count > 3 || needed.width() > groupWidth - 8;
        lines = std::max(lines, count);
    }
    if (rotate)
        for (QString& text : labelTexts)
            text = metrics.elidedText(text, Qt::ElideMiddle, 190);
    PlotAxes axes(painter, bounds, rotate, PlotAxes::legendRowCount(painter, bounds, legend), lines);
    double low = 0.0, high = 0.0;
    valueRange(figure, low, high);
    axes.setYScale(AxisScale::covering(std::min(low, 0.0), std::max(high, 0.0)));
    axes.drawFrame(QString::fromStdString(figure.title), QString::fromStdString(figure.xLabel),
                   QString::fromStdString(figure.yLabel));
    axes.drawYTicks();
    axes.drawReferenceLine(0.0);
    const QRectF& plot = axes.plotArea();
    const std::size_t seriesCount = std::max<std::size_t>(1, figure.seriesNames.size());
    const double boxWidth = std::min(60.0, groupWidth * 0.8 / static_cast<double>(seriesCount));
    std::vector<std::pair<double, QString>> labels;
    for (std::size_t g = 0; g < figure.groups.size(); ++g) {
        const double groupCentre = plot.left() + (static_cast<double>(g) + 0.5) * groupWidth;
        const std::vector<BoxSeries>& series = figure.groups[g].second;
        for (std::size_t s = 0; s < series.size(); ++s) {
            const double centre =
                groupCentre +
                (static_cast<double>(s) - (static_cast<double>(series.size()) - 1) / 2) * boxWidth * 1.15;
            const QColor colour = PlotAxes::bandColour(QString::fromStdString(series[s].name), s);
            if (figure.type == ReportFigureData::Type::Violin)
                drawViolin(painter, axes, centre, boxWidth, series[s].values, colour);
            else
                drawBox(painter, axes, centre, boxWidth, series[s].values, colour);
        }
        labels.emplace_back(groupCentre, labelTexts[g]);
    }
    axes.drawXLabels(labels, rotate, groupWidth);
    axes.drawLegend(legend);
}

void ReportFigurePainter::paintLines(QPainter& painter, const QRectF& bounds,
                                     const ReportFigureData& figure) {
    std::vector<std::pair<QString, QColor>> legend;
    std::size_t dashedCount = 0;
    for (std::size_t s = 0; s < figure.lines.size(); ++s) {
        const LineSeries& line = figure.lines[s];
        // References (dashed) in greys, a different shade each, so several models stay apart.
        const QColor colour =
            line.dashed ? QColor::fromHsv(0, 0, static_cast<int>(60 + 45 * (dashedCount++ % 3)))
                        : PlotAxes::seriesColour(
                              line.colourIndex >= 0 ? static_cast<std::size_t>(line.colourIndex) : s);
        legend.emplace_back(QString::fromStdString(line.name), colour);
    }
    static const Qt::PenStyle kStyles[] = {Qt::SolidLine, Qt::DashDotLine, Qt::DotLine};
    std::vector<Qt::PenStyle> styles;
    for (const LineSeries& line : figure.lines)
        styles.push_back(line.dashed ? Qt::DashLine : kStyles[std::clamp(line.styleIndex, 0, 2)]);
    PlotAxes axes(painter, bounds, false, PlotAxes::legendRowCount(painter, bounds, legend));
    double low = 0.0, high = 0.0;
    valueRange(figure, low, high);
    if (figure.zeroLine) {
        low = std::min(low, 0.0);
        high = std::max(high, 0.0);
    }
    axes.setYScale(AxisScale::covering(low, high));
    axes.drawFrame(QString::fromStdString(figure.title), QString::fromStdString(figure.xLabel),
                   QString::fromStdString(figure.yLabel));
    axes.drawYTicks();
    if (figure.zeroLine)
        axes.drawReferenceLine(0.0);
    std::set<double> xs;
    for (const LineSeries& line : figure.lines)
        for (const LinePoint& point : line.points)
            xs.insert(point.x);
    const AxisScale xScale =
        xs.empty() ? AxisScale::covering(0, 1) : AxisScale::covering(*xs.begin(), *xs.rbegin());
    const QRectF& plot = axes.plotArea();
    auto xPixel = [&](double x) {
        return xScale.map(x, plot.left(), plot.right());
    };
    for (std::size_t s = 0; s < figure.lines.size(); ++s) {
        const LineSeries& line = figure.lines[s];
        const QColor colour = legend[s].second;
        // Series share their x values (the grid's lengths): a few pixels apart, every error bar shows.
        const double dodge = (static_cast<double>(s) - (static_cast<double>(figure.lines.size()) - 1) / 2) *
                             std::min(5.0, 40.0 / static_cast<double>(figure.lines.size()));
        QPolygonF polyline;
        painter.setPen(QPen(colour, 1.2));
        for (const LinePoint& point : line.points) {
            const QPointF centre(xPixel(point.x) + dodge, axes.yPixel(point.mean));
            polyline << centre;
            if (std::isfinite(point.sd) && point.sd > 0) {
                const double top = axes.yPixel(point.mean + point.sd);
                const double bottom = axes.yPixel(point.mean - point.sd);
                painter.drawLine(QPointF(centre.x(), bottom), QPointF(centre.x(), top));
                painter.drawLine(QPointF(centre.x() - 3, top), QPointF(centre.x() + 3, top));
                painter.drawLine(QPointF(centre.x() - 3, bottom), QPointF(centre.x() + 3, bottom));
            }
        }
        painter.setPen(QPen(colour, 2.0, styles[s]));
        painter.drawPolyline(polyline);
        painter.setBrush(colour);
        for (const QPointF& point : polyline)
            painter.drawEllipse(point, 3.5, 3.5);
        painter.setBrush(Qt::NoBrush);
    }
    // Ticks at the lengths the grid used (a study's 5, 10, 50, ... 200), unless there are many.
    std::vector<std::pair<double, QString>> labels;
    if (xs.size() <= 12)
        for (double x : xs)
            labels.emplace_back(xPixel(x), QString::number(x, 'g', 4));
    else
        for (double tick : xScale.ticks)
            labels.emplace_back(xPixel(tick), QString::number(tick, 'g', 4));
    axes.drawXLabels(labels, false);
    axes.drawLegend(legend, styles);
}

void ReportFigurePainter::paintScatter(QPainter& painter, const QRectF& bounds,
                                       const ReportFigureData& figure) {
    std::vector<std::pair<QString, QColor>> legend;
    for (std::size_t s = 0; s < figure.scatter.size(); ++s) {
        const ScatterSeries& series = figure.scatter[s];
        const QString fit =
            std::isfinite(series.r) ? QString("r = %1").arg(series.r, 0, 'f', 2) : QString("r undefined");
        legend.emplace_back(
            QString("%1 (%2, n = %3)").arg(QString::fromStdString(series.name), fit).arg(series.x.size()),
            PlotAxes::seriesColour(s));
    }
    PlotAxes axes(painter, bounds, false, PlotAxes::legendRowCount(painter, bounds, legend));
    double low = 0.0, high = 0.0;
    valueRange(figure, low, high);
    axes.setYScale(AxisScale::covering(low, high));
    axes.drawFrame(QString::fromStdString(figure.title), QString::fromStdString(figure.xLabel),
                   QString::fromStdString(figure.yLabel));
    axes.drawYTicks();
    double minX = INFINITY, maxX = -INFINITY;
    for (const ScatterSeries& series : figure.scatter)
        for (double x : series.x) {
            minX = std::min(minX, x);
            maxX = std::max(maxX, x);
        }
    const AxisScale xScale = AxisScale::covering(minX, maxX);
    const QRectF& plot = axes.plotArea();
    auto xPixel = [&](double x) {
        return xScale.map(x, plot.left(), plot.right());
    };
    for (std::size_t s = 0; s < figure.scatter.size(); ++s) {
        const ScatterSeries& series = figure.scatter[s];
        const QColor colour = legend[s].second;
        if (std::isfinite(series.slope) && !series.x.empty()) {
            // The fitted line over the x range this series' points cover, not beyond.
            const auto [first, last] = std::minmax_element(series.x.begin(), series.x.end());
            painter.setPen(QPen(colour, 2.0));
            painter.drawLine(QPointF(xPixel(*first), axes.yPixel(series.slope * *first + series.intercept)),
                             QPointF(xPixel(*last), axes.yPixel(series.slope * *last + series.intercept)));
        }
        QColor fill = colour;
        fill.setAlpha(190);
        painter.setPen(QPen(colour.darker(150), 1.0));
        painter.setBrush(fill);
        for (std::size_t i = 0; i < series.x.size(); ++i)
            painter.drawEllipse(QPointF(xPixel(series.x[i]), axes.yPixel(series.y[i])), 4.5, 4.5);
        painter.setBrush(Qt::NoBrush);
    }
    std::vector<std::pair<double, QString>> labels;
    for (double tick : xScale.ticks)
        labels.emplace_back(xPixel(tick), QString::number(tick, 'g', 4));
    axes.drawXLabels(labels, false);
    axes.drawLegend(legend);
}

} // namespace noiseloss
