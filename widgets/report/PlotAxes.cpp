#include "widgets/report/PlotAxes.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>

namespace noiseloss {

AxisScale AxisScale::covering(double low, double high) {
    if (!std::isfinite(low) || !std::isfinite(high)) {
        low = 0.0;
        high = 1.0;
    }
    if (high - low < 1e-12) {
        low -= 0.5;
        high += 0.5;
    }
    const double padding = 0.05 * (high - low);
    AxisScale scale;
    scale.minimum = low - padding;
    scale.maximum = high + padding;
    // About six to eight labelled ticks: with fewer, a reader cannot place a box between them.
    const double rough = (scale.maximum - scale.minimum) / 8.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0})
        if (magnitude * factor >= rough) {
            step = magnitude * factor;
            break;
        }
    for (double tick = std::ceil(scale.minimum / step) * step; tick <= scale.maximum + 1e-9 * step;
         tick += step)
        scale.ticks.push_back(std::abs(tick) < step * 1e-9 ? 0.0 : tick);
    return scale;
}

double AxisScale::map(double value, double from, double to) const {
    return from + (value - minimum) / (maximum - minimum) * (to - from);
}

PlotAxes::PlotAxes(QPainter& painter, const QRectF& bounds, bool rotatedXLabels, int legendRows,
                   int xLabelLines)
    : m_painter(painter), m_bounds(bounds),
      m_plot(bounds.adjusted(kLeftMargin, 52 + kLegendRowHeight * std::max(1, legendRows), -kRightMargin,
                             rotatedXLabels ? -120 : -(46 + 16 * std::clamp(xLabelLines, 1, 3)))) {}

namespace {

double entryWidth(const QFontMetricsF& metrics, const QString& name) {
    return 20 + metrics.horizontalAdvance(name) + 16;
}

/// Splits legend entries into rows no wider than `width` pixels, in order.
std::vector<std::vector<std::size_t>> legendLayout(const std::vector<std::pair<QString, QColor>>& entries,
                                                   const QFontMetricsF& metrics, double width) {
    std::vector<std::vector<std::size_t>> rows(1);
    double used = 0.0;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const double needed = entryWidth(metrics, entries[i].first);
        if (!rows.back().empty() && used + needed > width) {
            rows.emplace_back();
            used = 0.0;
        }
        rows.back().push_back(i);
        used += needed;
    }
    return rows;
}

} // namespace

int PlotAxes::legendRowCount(const QPainter& painter, const QRectF& bounds,
                             const std::vector<std::pair<QString, QColor>>& entries) {
    const QFontMetricsF metrics(labelFont(painter.font()));
    return static_cast<int>(
        legendLayout(entries, metrics, bounds.width() - kLeftMargin - kRightMargin).size());
}

QFont PlotAxes::labelFont(const QFont& base) {
    QFont font = base;
    font.setPointSizeF(10);
    font.setBold(false);
    return font;
}

QColor PlotAxes::seriesColour(std::size_t index) {
    static const QColor colours[] = {QColor(0, 114, 178),  QColor(230, 159, 0),   QColor(0, 158, 115),
                                     QColor(213, 94, 0),   QColor(204, 121, 167), QColor(86, 180, 233),
                                     QColor(240, 228, 66), QColor(0, 0, 0)};
    return colours[index % (sizeof(colours) / sizeof(colours[0]))];
}

QColor PlotAxes::bandColour(const QString& band, std::size_t fallbackIndex) {
    if (band == "peak")
        return QColor(240, 150, 20);
    if (band == "assimilation")
        return QColor(210, 40, 40);
    if (band == "recovery")
        return QColor(40, 160, 70);
    return seriesColour(fallbackIndex);
}

void PlotAxes::drawFrame(const QString& title, const QString& xLabel, const QString& yLabel) {
    m_painter.fillRect(m_bounds, Qt::white);
    m_painter.setPen(QPen(Qt::black, 1.0));
    m_painter.drawRect(m_plot);
    QFont font = m_painter.font();
    font.setPointSizeF(13);
    font.setBold(true);
    m_painter.setFont(font);
    m_painter.drawText(QRectF(m_bounds.left(), m_bounds.top() + 8, m_bounds.width(), 30), Qt::AlignCenter,
                       title);
    font.setPointSizeF(10);
    font.setBold(false);
    m_painter.setFont(font);
    m_painter.drawText(QRectF(m_plot.left(), m_bounds.bottom() - 30, m_plot.width(), 24), Qt::AlignCenter,
                       xLabel);
    m_painter.save();
    m_painter.translate(m_bounds.left() + 18, m_plot.center().y());
    m_painter.rotate(-90);
    m_painter.drawText(QRectF(-m_plot.height() / 2, -12, m_plot.height(), 24), Qt::AlignCenter, yLabel);
    m_painter.restore();
}

void PlotAxes::drawYTicks() {
    for (double tick : m_y.ticks) {
        const double y = yPixel(tick);
        m_painter.setPen(QPen(QColor(225, 225, 225), 1.0));
        m_painter.drawLine(QPointF(m_plot.left() + 1, y), QPointF(m_plot.right() - 1, y));
        m_painter.setPen(QPen(Qt::black, 1.0));
        m_painter.drawLine(QPointF(m_plot.left() - 5, y), QPointF(m_plot.left(), y));
        m_painter.drawText(QRectF(m_plot.left() - 70, y - 10, 62, 20), Qt::AlignRight | Qt::AlignVCenter,
                           QString::number(tick, 'g', 4));
    }
}

void PlotAxes::drawXLabels(const std::vector<std::pair<double, QString>>& labels, bool rotate,
                           double labelWidth) {
    m_painter.setPen(QPen(Qt::black, 1.0));
    const QFontMetricsF metrics(m_painter.font());
    double lastRight = -INFINITY;
    for (const auto& [x, text] : labels) {
        m_painter.drawLine(QPointF(x, m_plot.bottom()), QPointF(x, m_plot.bottom() + 5));
        if (!rotate) {
            // Close ticks (lengths 5 and 10 on a 0-200 axis) would print on top of each other.
            const double half = std::min(metrics.horizontalAdvance(text) + 6, labelWidth) / 2;
            if (x - half < lastRight - 0.5) // (labels exactly one group apart touch; not an overlap)
                continue;
            lastRight = x + half;
            // Up to two lines: a long category label wraps at spaces before it needs turning.
            m_painter.drawText(QRectF(x - labelWidth / 2, m_plot.bottom() + 6, labelWidth, 52),
                               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
            continue;
        }
        m_painter.save();
        m_painter.translate(x, m_plot.bottom() + 8);
        m_painter.rotate(-30);
        m_painter.drawText(QRectF(-300, -10, 300, 20), Qt::AlignRight | Qt::AlignVCenter | Qt::TextDontClip,
                           text);
        m_painter.restore();
    }
}

void PlotAxes::drawReferenceLine(double value) {
    if (value < m_y.minimum || value > m_y.maximum)
        return;
    m_painter.setPen(QPen(QColor(120, 120, 120), 1.0, Qt::DashLine));
    m_painter.drawLine(QPointF(m_plot.left(), yPixel(value)), QPointF(m_plot.right(), yPixel(value)));
}

void PlotAxes::drawLegend(const std::vector<std::pair<QString, QColor>>& entries,
                          const std::vector<Qt::PenStyle>& lineStyles) {
    // Rows above the plot, right-aligned, so the legend never hides data; the constructor left
    // room for legendRowCount rows.
    m_painter.setFont(labelFont(m_painter.font()));
    const QFontMetricsF metrics(m_painter.font());
    const auto rows = legendLayout(entries, metrics, m_plot.width());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        double width = 0.0;
        for (std::size_t i : rows[r])
            width += entryWidth(metrics, entries[i].first);
        double x = m_plot.right() - width;
        const double y = m_plot.top() - kLegendRowHeight * static_cast<double>(rows.size() - r);
        for (std::size_t i : rows[r]) {
            const auto& [name, colour] = entries[i];
            if (i < lineStyles.size()) { // a line sample: the style tells series of one colour apart
                m_painter.setPen(QPen(colour, 2.5, lineStyles[i]));
                m_painter.drawLine(QPointF(x - 4, y + 5), QPointF(x + 16, y + 5));
            } else {
                m_painter.fillRect(QRectF(x, y, 14, 10), colour);
            }
            m_painter.setPen(QPen(Qt::black, 1.0));
            const double textWidth = metrics.horizontalAdvance(name);
            m_painter.drawText(QRectF(x + 20, y - 5, textWidth + 4, 20), Qt::AlignLeft | Qt::AlignVCenter,
                               name);
            x += entryWidth(metrics, name);
        }
    }
}

} // namespace noiseloss
