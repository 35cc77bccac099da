#include "widgets/report/ReportFigurePainter.h"

#include "widgets/report/PlotAxes.h"

#include <algorithm>
#include <cmath>

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

void valueRange(const ReportFigureData& figure, double& low, double& high) {
    low = INFINITY;
    high = -INFINITY;
    for (const auto& [label, series] : figure.groups)
        for (const BoxSeries& box : series)
            for (double value : box.values) {
                low = std::min(low, value);
                high = std::max(high, value);
            }
    for (const LineSeries& line : figure.lines)
        for (const LinePoint& point : line.points) {
            const double sd = std::isfinite(point.sd) ? point.sd : 0.0;
            low = std::min(low, point.mean - sd);
            high = std::max(high, point.mean + sd);
        }
}

} // namespace

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
    if (figure.type == ReportFigureData::Type::Box)
        paintBoxes(painter, bounds, figure);
    else
        paintLines(painter, bounds, figure);
}

void ReportFigurePainter::paintBoxes(QPainter& painter, const QRectF& bounds,
                                     const ReportFigureData& figure) {
    PlotAxes axes(painter, bounds);
    double low = 0.0, high = 0.0;
    valueRange(figure, low, high);
    axes.setYScale(AxisScale::covering(std::min(low, 0.0), std::max(high, 0.0)));
    axes.drawFrame(QString::fromStdString(figure.title), QString::fromStdString(figure.xLabel),
                   QString::fromStdString(figure.yLabel));
    axes.drawYTicks();
    axes.drawReferenceLine(0.0);
    const QRectF& plot = axes.plotArea();
    const double groupWidth =
        plot.width() / static_cast<double>(std::max<std::size_t>(1, figure.groups.size()));
    const std::size_t seriesCount = std::max<std::size_t>(1, figure.seriesNames.size());
    const double boxWidth = std::min(60.0, groupWidth * 0.8 / static_cast<double>(seriesCount));
    std::vector<std::pair<double, QString>> labels;
    for (std::size_t g = 0; g < figure.groups.size(); ++g) {
        const double groupCentre = plot.left() + (static_cast<double>(g) + 0.5) * groupWidth;
        std::size_t count = 0;
        const std::vector<BoxSeries>& series = figure.groups[g].second;
        for (std::size_t s = 0; s < series.size(); ++s) {
            const double centre =
                groupCentre +
                (static_cast<double>(s) - (static_cast<double>(series.size()) - 1) / 2) * boxWidth * 1.15;
            drawBox(painter, axes, centre, boxWidth, series[s].values,
                    PlotAxes::bandColour(QString::fromStdString(series[s].name), s));
            count = std::max(count, series[s].values.size());
        }
        labels.emplace_back(groupCentre,
                            QString::fromStdString(figure.groups[g].first) + QString(" (n=%1)").arg(count));
    }
    axes.drawXLabels(labels, figure.groups.size() > 3, groupWidth);
    std::vector<std::pair<QString, QColor>> legend;
    for (std::size_t s = 0; s < figure.seriesNames.size(); ++s) {
        const QString name = QString::fromStdString(figure.seriesNames[s]);
        legend.emplace_back(name, PlotAxes::bandColour(name, s));
    }
    axes.drawLegend(legend);
}

void ReportFigurePainter::paintLines(QPainter& painter, const QRectF& bounds,
                                     const ReportFigureData& figure) {
    PlotAxes axes(painter, bounds);
    double low = 0.0, high = 0.0;
    valueRange(figure, low, high);
    axes.setYScale(AxisScale::covering(low, high));
    axes.drawFrame(QString::fromStdString(figure.title), QString::fromStdString(figure.xLabel),
                   QString::fromStdString(figure.yLabel));
    axes.drawYTicks();
    double minX = INFINITY, maxX = -INFINITY;
    for (const LineSeries& line : figure.lines)
        for (const LinePoint& point : line.points) {
            minX = std::min(minX, point.x);
            maxX = std::max(maxX, point.x);
        }
    const AxisScale xScale = AxisScale::covering(minX, maxX);
    const QRectF& plot = axes.plotArea();
    auto xPixel = [&](double x) {
        return xScale.map(x, plot.left(), plot.right());
    };
    std::vector<std::pair<QString, QColor>> legend;
    for (std::size_t s = 0; s < figure.lines.size(); ++s) {
        const LineSeries& line = figure.lines[s];
        const QColor colour = line.dashed ? QColor(90, 90, 90) : PlotAxes::seriesColour(s);
        legend.emplace_back(QString::fromStdString(line.name), colour);
        QPolygonF polyline;
        painter.setPen(QPen(colour, 1.2));
        for (const LinePoint& point : line.points) {
            const QPointF centre(xPixel(point.x), axes.yPixel(point.mean));
            polyline << centre;
            if (std::isfinite(point.sd))
                painter.drawLine(QPointF(centre.x(), axes.yPixel(point.mean - point.sd)),
                                 QPointF(centre.x(), axes.yPixel(point.mean + point.sd)));
        }
        painter.setPen(QPen(colour, 2.0, line.dashed ? Qt::DashLine : Qt::SolidLine));
        painter.drawPolyline(polyline);
        painter.setBrush(colour);
        for (const QPointF& point : polyline)
            painter.drawEllipse(point, 3.5, 3.5);
        painter.setBrush(Qt::NoBrush);
    }
    std::vector<std::pair<double, QString>> labels;
    for (double tick : xScale.ticks)
        labels.emplace_back(xPixel(tick), QString::number(tick, 'g', 4));
    axes.drawXLabels(labels, false);
    axes.drawLegend(legend);
}

} // namespace noiseloss
