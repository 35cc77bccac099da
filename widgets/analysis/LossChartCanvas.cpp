#include "widgets/analysis/LossChartCanvas.h"

#include "widgets/analysis/LossChartSeries.h"

#include <QChart>
#include <QMouseEvent>
#include <QValueAxis>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <limits>

namespace noiseloss {

namespace {
constexpr int kTopMarginPixels = 4;
}

LossChartCanvas::LossChartCanvas(QChart* chart, int bottomMarginPixels, QWidget* parent)
    : QChartView(chart, parent), m_bottomMargin(bottomMarginPixels),
      m_hover(std::numeric_limits<double>::quiet_NaN()) {
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setMinimumHeight(60);
    chart->legend()->hide();
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundRoundness(0);
    chart->setBackgroundVisible(false); // drawBackground paints the plot and its grid
    chart->setPlotAreaBackgroundVisible(false);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsVisible(false);
        axis->setGridLineVisible(false);
        axis->setMinorGridLineVisible(false);
        axis->setLineVisible(false);
    }
    connect(chart, &QChart::plotAreaChanged, this, [this] { viewport()->update(); });
}

void LossChartCanvas::setPlayheadSeconds(double seconds) {
    m_playhead = seconds;
    viewport()->update();
}

void LossChartCanvas::setSelectionSeconds(double startSeconds, double endSeconds) {
    m_selectionStart = startSeconds;
    m_selectionEnd = endSeconds;
    viewport()->update();
}

void LossChartCanvas::setHoverSeconds(double seconds) {
    m_hover = seconds;
    viewport()->update();
}

void LossChartCanvas::setValueAxisTitle(const QString& title) {
    m_valueTitle = title;
    viewport()->update();
}

void LossChartCanvas::setValueTicks(const QList<double>& values) {
    m_valueTicks = values;
    viewport()->update();
}

void LossChartCanvas::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    updatePlotArea();
}

void LossChartCanvas::updatePlotArea() {
    const QSize size = viewport()->size();
    chart()->resize(size);
    chart()->setPlotArea(
        QRectF(0, kTopMarginPixels, size.width(), size.height() - kTopMarginPixels - m_bottomMargin));
}

double LossChartCanvas::secondsAt(double x) const {
    const QRectF plot = chart()->plotArea();
    const auto* axis = qobject_cast<QValueAxis*>(chart()->axes(Qt::Horizontal).value(0));
    if (!axis || plot.width() <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return axis->min() + (x - plot.left()) / plot.width() * (axis->max() - axis->min());
}

double LossChartCanvas::xOf(double seconds) const {
    const QRectF plot = chart()->plotArea();
    const auto* axis = qobject_cast<QValueAxis*>(chart()->axes(Qt::Horizontal).value(0));
    if (!axis || axis->max() <= axis->min())
        return plot.left();
    return plot.left() + (seconds - axis->min()) / (axis->max() - axis->min()) * plot.width();
}

void LossChartCanvas::drawForeground(QPainter* painter, const QRectF& rect) {
    QChartView::drawForeground(painter, rect);
    const QRectF plot = chart()->plotArea();
    painter->save();
    painter->setClipRect(plot);
    if (m_selectionEnd > m_selectionStart) {
        const double left = xOf(m_selectionStart);
        const double right = xOf(m_selectionEnd);
        painter->fillRect(QRectF(left, plot.top(), right - left, plot.height()), QColor(80, 120, 220, 40));
        painter->setPen(QPen(QColor(80, 120, 220, 160), 1));
        painter->drawLine(QPointF(left, plot.top()), QPointF(left, plot.bottom()));
        painter->drawLine(QPointF(right, plot.top()), QPointF(right, plot.bottom()));
    }
    if (std::isfinite(m_hover)) {
        painter->setPen(QPen(QColor(0, 0, 0, 90), 1, Qt::DashLine));
        const double x = xOf(m_hover);
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    painter->setPen(QPen(QColor(20, 20, 20), 1.5));
    const double playheadX = xOf(m_playhead);
    painter->drawLine(QPointF(playheadX, plot.top()), QPointF(playheadX, plot.bottom()));

    painter->restore();
    drawValueLabels(painter, plot);
    drawTimeLabels(painter, plot);
}

void LossChartCanvas::drawValueLabels(QPainter* painter, const QRectF& plot) const {
    painter->save();
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    for (const double value : m_valueTicks) {
        const double y = yOf(value);
        const QString text = QString::number(value, 'g', 3);
        const QRectF box(plot.left() + 2, y - metrics.height() / 2.0, metrics.horizontalAdvance(text) + 6,
                         metrics.height());
        if (box.top() < plot.top() + metrics.height() + 2 || box.bottom() > plot.bottom())
            continue;
        painter->fillRect(box, QColor(255, 255, 255, 190));
        painter->setPen(QColor(70, 70, 70));
        painter->drawText(box, Qt::AlignCenter, text);
    }
    if (!m_valueTitle.isEmpty()) {
        const QRectF box(plot.left() + 2, plot.top() + 1, metrics.horizontalAdvance(m_valueTitle) + 8,
                         metrics.height() + 2);
        painter->fillRect(box, QColor(255, 255, 255, 210));
        painter->setPen(QColor(40, 40, 40));
        painter->drawText(box, Qt::AlignCenter, m_valueTitle);
    }
    painter->restore();
}

void LossChartCanvas::drawTimeLabels(QPainter* painter, const QRectF& plot) const {
    if (m_bottomMargin <= 0)
        return;
    const QList<double> ticks = timeTicks();
    if (ticks.size() < 2)
        return;
    const double step = ticks[1] - ticks[0];
    const int decimals = step >= 1.0 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3;
    painter->save();
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    painter->setPen(QColor(80, 80, 80));
    const QFontMetrics metrics(font);
    for (const double seconds : ticks) {
        const QString text = QString::number(seconds, 'f', decimals) + QStringLiteral(" s");
        const double width = metrics.horizontalAdvance(text);
        const double x = std::clamp(xOf(seconds) - width / 2.0, plot.left(), plot.right() - width);
        painter->drawLine(QPointF(xOf(seconds), plot.bottom()), QPointF(xOf(seconds), plot.bottom() + 3));
        painter->drawText(QRectF(x, plot.bottom() + 3, width, m_bottomMargin - 3),
                          Qt::AlignHCenter | Qt::AlignTop, text);
    }
    painter->restore();
}

void LossChartCanvas::drawBackground(QPainter* painter, const QRectF& rect) {
    painter->fillRect(rect, palette().window());
    const QRectF plot = chart()->plotArea();
    painter->fillRect(plot, Qt::white);
    painter->save();
    painter->setClipRect(plot);
    painter->setPen(QPen(QColor(232, 232, 232), 1));
    for (const double seconds : timeTicks())
        painter->drawLine(QPointF(xOf(seconds), plot.top()), QPointF(xOf(seconds), plot.bottom()));
    for (const double value : m_valueTicks)
        painter->drawLine(QPointF(plot.left(), yOf(value)), QPointF(plot.right(), yOf(value)));
    painter->restore();
    painter->setPen(QPen(QColor(200, 200, 200), 1));
    painter->drawLine(plot.bottomLeft(), plot.bottomRight());
}

double LossChartCanvas::yOf(double value) const {
    const QRectF plot = chart()->plotArea();
    const auto* axis = qobject_cast<QValueAxis*>(chart()->axes(Qt::Vertical).value(0));
    if (!axis || axis->max() <= axis->min())
        return plot.bottom();
    return plot.bottom() - (value - axis->min()) / (axis->max() - axis->min()) * plot.height();
}

QList<double> LossChartCanvas::timeTicks() const {
    const auto* axis = qobject_cast<QValueAxis*>(chart()->axes(Qt::Horizontal).value(0));
    if (!axis)
        return {};
    return niceTicks(axis->min(), axis->max(),
                     std::max(2, static_cast<int>(chart()->plotArea().width() / 110)));
}

void LossChartCanvas::mouseMoveEvent(QMouseEvent* event) {
    emit pointerMoved(secondsAt(event->position().x()));
    QChartView::mouseMoveEvent(event);
}

void LossChartCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        emit clicked(secondsAt(event->position().x()));
    QChartView::mousePressEvent(event);
}

void LossChartCanvas::leaveEvent(QEvent* event) {
    emit pointerMoved(std::numeric_limits<double>::quiet_NaN());
    QChartView::leaveEvent(event);
}

void LossChartCanvas::wheelEvent(QWheelEvent* event) {
    // Same gestures as the waveform panes: wheel zooms about the pointer, shift or a horizontal
    // wheel scrolls by a tenth of the visible range per notch.
    const QPoint delta = event->angleDelta();
    const auto* axis = qobject_cast<QValueAxis*>(chart()->axes(Qt::Horizontal).value(0));
    if ((event->modifiers() & Qt::ShiftModifier) || std::abs(delta.x()) > std::abs(delta.y())) {
        const int steps = delta.x() != 0 ? delta.x() : delta.y();
        if (axis)
            emit scrollRequested(-steps / 120.0 * 0.1 * (axis->max() - axis->min()));
    } else {
        emit zoomRequested(std::pow(1.0015, delta.y()), secondsAt(event->position().x()));
    }
    event->accept();
}

} // namespace noiseloss
