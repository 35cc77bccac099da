#include "widgets/analysis/LossChartSeries.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <cmath>

namespace noiseloss {

namespace {

void attach(QChart* chart, QAbstractSeries* series, QValueAxis* timeAxis, QValueAxis* valueAxis) {
    chart->addSeries(series);
    series->attachAxis(timeAxis);
    series->attachAxis(valueAxis);
}

QAreaSeries* makeArea(QLineSeries* upper, QLineSeries* lower, const QString& name, const QBrush& fill) {
    auto* area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setName(name);
    area->setBrush(fill);
    area->setPen(Qt::NoPen);
    return area;
}

} // namespace

int addTokenLine(QChart* chart, QValueAxis* timeAxis, QValueAxis* valueAxis, const QString& name,
                 const std::vector<float>& values, double framesPerSecond, const QPen& pen) {
    int added = 0;
    QList<QPointF> segment;
    const auto flush = [&] {
        if (segment.isEmpty())
            return;
        auto* series = new QLineSeries;
        series->setName(name);
        series->setPen(pen);
        series->replace(segment);
        attach(chart, series, timeAxis, valueAxis);
        added += static_cast<int>(segment.size());
        segment.clear();
    };
    for (std::size_t frame = 0; frame < values.size(); ++frame) {
        if (!std::isfinite(values[frame])) {
            flush();
            continue;
        }
        segment.append(QPointF((static_cast<double>(frame) + 0.5) / framesPerSecond, values[frame]));
    }
    flush();
    return added;
}

int addTokenBars(QChart* chart, QValueAxis* timeAxis, QValueAxis* valueAxis, const std::vector<float>& values,
                 double framesPerSecond, const QColor& positive, const QColor& negative) {
    QList<QPointF> upperPositive;
    QList<QPointF> lowerNegative;
    int bars = 0;
    for (std::size_t frame = 0; frame < values.size(); ++frame) {
        const float value = values[frame];
        const bool finite = std::isfinite(value);
        bars += finite ? 1 : 0;
        const double start = static_cast<double>(frame) / framesPerSecond;
        const double end = static_cast<double>(frame + 1) / framesPerSecond;
        const double up = finite ? std::max(0.0f, value) : 0.0;
        const double down = finite ? std::min(0.0f, value) : 0.0;
        upperPositive << QPointF(start, up) << QPointF(end, up);
        lowerNegative << QPointF(start, down) << QPointF(end, down);
    }
    if (values.empty())
        return 0;
    const double clipEnd = static_cast<double>(values.size()) / framesPerSecond;
    const QList<QPointF> zero{QPointF(0.0, 0.0), QPointF(clipEnd, 0.0)};

    auto* positiveUpper = new QLineSeries;
    positiveUpper->replace(upperPositive);
    auto* positiveLower = new QLineSeries;
    positiveLower->replace(zero);
    attach(chart, makeArea(positiveUpper, positiveLower, QStringLiteral("D > 0"), positive), timeAxis,
           valueAxis);

    auto* negativeUpper = new QLineSeries;
    negativeUpper->replace(zero);
    auto* negativeLower = new QLineSeries;
    negativeLower->replace(lowerNegative);
    attach(chart, makeArea(negativeUpper, negativeLower, QStringLiteral("D < 0"), negative), timeAxis,
           valueAxis);
    return bars;
}

void addShadedSpan(QChart* chart, QValueAxis* timeAxis, QValueAxis* valueAxis, const QString& name,
                   double startSeconds, double endSeconds, double low, double high, const QBrush& fill) {
    auto* upper = new QLineSeries;
    upper->append(startSeconds, high);
    upper->append(endSeconds, high);
    auto* lower = new QLineSeries;
    lower->append(startSeconds, low);
    lower->append(endSeconds, low);
    attach(chart, makeArea(upper, lower, name, fill), timeAxis, valueAxis);
}

void addHorizontalLine(QChart* chart, QValueAxis* timeAxis, QValueAxis* valueAxis, const QString& name,
                       double startSeconds, double endSeconds, double value, const QPen& pen) {
    auto* series = new QLineSeries;
    series->setName(name);
    series->setPen(pen);
    series->append(startSeconds, value);
    series->append(endSeconds, value);
    attach(chart, series, timeAxis, valueAxis);
}

QList<double> niceTicks(double low, double high, int count) {
    QList<double> ticks;
    if (!(high > low) || count < 1)
        return ticks;
    const double rough = (high - low) / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double multiple : {1.0, 2.0, 5.0, 10.0}) {
        step = multiple * magnitude;
        if (step >= rough)
            break;
    }
    for (double value = std::ceil(low / step) * step; value <= high + step * 1e-6; value += step)
        ticks.append(std::abs(value) < step * 1e-6 ? 0.0 : value);
    return ticks;
}

} // namespace noiseloss
