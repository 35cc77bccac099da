#include "widgets/heatmap/HeatmapView.h"

#include "widgets/TimeSync.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace noiseloss {
namespace {

constexpr int kLeftMargin = 52;
constexpr int kTopMargin = 20;
constexpr int kBottomMargin = 22;
constexpr int kBarWidth = 14;
constexpr int kRightMargin = 78;

QString formatValue(double value) {
    if (!std::isfinite(value))
        return QStringLiteral("-");
    return QString::number(value, 'g', 4);
}

} // namespace

HeatmapView::HeatmapView(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setAutoFillBackground(true);
}

void HeatmapView::setData(HeatmapData data) {
    m_data = std::move(data);
    m_firstColumn = 0;
    m_columnCount = m_data.columns;
    if (m_sync && m_data.isTimeline())
        setVisibleRange(m_sync->visibleStartSeconds(), m_sync->visibleEndSeconds());
    else
        rerender();
}

void HeatmapView::setParams(const HeatmapParams& params) {
    m_params = params;
    rerender();
}

void HeatmapView::setTitle(const QString& title) {
    m_title = title;
    update();
}

void HeatmapView::setVisibleRange(double startSeconds, double endSeconds) {
    if (!m_data.isTimeline() || m_data.columns == 0)
        return;
    const double first = (startSeconds - m_data.firstColumnSeconds) / m_data.secondsPerColumn;
    const double last = (endSeconds - m_data.firstColumnSeconds) / m_data.secondsPerColumn;
    m_firstColumn = std::clamp(static_cast<int>(std::floor(first)), 0, m_data.columns - 1);
    const int end = std::clamp(static_cast<int>(std::ceil(last)), m_firstColumn + 1, m_data.columns);
    m_columnCount = end - m_firstColumn;
    rerender();
}

void HeatmapView::setTimeSync(TimeSync* sync) {
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    if (!sync)
        return;
    connect(sync, &TimeSync::visibleRangeChanged, this, &HeatmapView::setVisibleRange);
    connect(sync, &TimeSync::playheadChanged, this, qOverload<>(&QWidget::update));
    setVisibleRange(sync->visibleStartSeconds(), sync->visibleEndSeconds());
}

void HeatmapView::rerender() {
    m_image = HeatmapRenderer::render(m_data, m_params, m_firstColumn, m_columnCount);
    update();
}

QRect HeatmapView::plotRect() const {
    return QRect(kLeftMargin, kTopMargin, std::max(1, width() - kLeftMargin - kRightMargin),
                 std::max(1, height() - kTopMargin - kBottomMargin));
}

QRect HeatmapView::colourBarRect() const {
    const QRect plot = plotRect();
    return QRect(plot.right() + 10, plot.top(), kBarWidth, plot.height());
}

QPoint HeatmapView::cellAt(const QPoint& position) const {
    const QRect plot = plotRect();
    if (m_image.empty() || !plot.contains(position))
        return {-1, -1};
    const int column = m_firstColumn + (position.x() - plot.left()) * m_columnCount / plot.width();
    const int row = (position.y() - plot.top()) * m_data.rows / plot.height();
    return {std::min(column, m_data.columns - 1), std::min(row, m_data.rows - 1)};
}

QString HeatmapView::columnName(int column) const {
    if (m_data.isTimeline())
        return QStringLiteral("%1 s (column %2)")
            .arg(m_data.firstColumnSeconds + column * m_data.secondsPerColumn, 0, 'f', 2)
            .arg(column);
    return column < m_data.columnLabels.size() ? m_data.columnLabels[column] : QString::number(column);
}

void HeatmapView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const QRect plot = plotRect();
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(kLeftMargin, 2, width() - kLeftMargin, kTopMargin - 2),
                     Qt::AlignLeft | Qt::AlignVCenter, m_readout.isEmpty() ? m_title : m_readout);
    if (m_image.empty()) {
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder.isEmpty() ? tr("No gradients yet") : m_placeholder);
        return;
    }
    painter.fillRect(plot, palette().base());
    painter.drawImage(plot, m_image.image); // nearest-neighbour scaling: one block per cell
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(plot.adjusted(0, 0, -1, -1));
    paintRowLabels(painter, plot);
    paintColumnAxis(painter, plot);
    paintColourBar(painter);
    paintPlayhead(painter, plot);
}

void HeatmapView::paintPlayhead(QPainter& painter, const QRect& plot) const {
    if (!m_sync || !m_data.isTimeline() || m_columnCount <= 0)
        return;
    const double start = m_data.firstColumnSeconds + m_firstColumn * m_data.secondsPerColumn;
    const double fraction = (m_sync->playheadSeconds() - start) / (m_columnCount * m_data.secondsPerColumn);
    if (fraction < 0.0 || fraction > 1.0)
        return;
    const int x = plot.left() + static_cast<int>(std::lround(fraction * plot.width()));
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawLine(x, plot.top(), x, plot.bottom());
}

void HeatmapView::setPlaceholderText(const QString& text) {
    m_placeholder = text;
    update();
}

void HeatmapView::paintRowLabels(QPainter& painter, const QRect& plot) const {
    painter.setPen(palette().color(QPalette::WindowText));
    const double rowHeight = static_cast<double>(plot.height()) / m_data.rows;
    const int step = std::max(1, static_cast<int>(std::ceil(14.0 / rowHeight)));
    for (int r = 0; r < m_data.rows; r += step) {
        const QString label = r < m_data.rowLabels.size() ? m_data.rowLabels[r] : QString::number(r);
        const QRectF box(0, plot.top() + r * rowHeight, kLeftMargin - 4, std::max(rowHeight, 14.0));
        painter.drawText(box, Qt::AlignRight | Qt::AlignTop, label);
    }
}

void HeatmapView::paintColumnAxis(QPainter& painter, const QRect& plot) const {
    painter.setPen(palette().color(QPalette::WindowText));
    const double columnWidth = static_cast<double>(plot.width()) / m_columnCount;
    const int labelWidth = m_data.isTimeline() ? 60 : 70;
    const int step = std::max(1, static_cast<int>(std::ceil(labelWidth / columnWidth)));
    for (int c = 0; c < m_columnCount; c += step) {
        const int column = m_firstColumn + c;
        const QString label =
            m_data.isTimeline()
                ? QString::number(m_data.firstColumnSeconds + column * m_data.secondsPerColumn, 'f', 2)
                : columnName(column);
        const QRectF box(plot.left() + c * columnWidth, plot.bottom() + 2, step * columnWidth,
                         kBottomMargin - 2);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignTop, label);
    }
}

void HeatmapView::paintColourBar(QPainter& painter) const {
    const QRect bar = colourBarRect();
    const ColourMap& map = ColourMap::get(m_params.colourMap);
    for (int y = 0; y < bar.height(); ++y)
        painter.fillRect(QRect(bar.left(), bar.bottom() - y, bar.width(), 1),
                         QColor(map.at(static_cast<double>(y) / std::max(1, bar.height() - 1))));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    painter.setPen(palette().color(QPalette::WindowText));
    const QString prefix = m_params.logScale ? QStringLiteral("log ") : QString();
    const QRect labels(bar.right() + 4, bar.top(), kRightMargin - kBarWidth - 14, bar.height());
    painter.drawText(labels, Qt::AlignTop | Qt::AlignLeft, prefix + formatValue(m_image.high));
    painter.drawText(labels, Qt::AlignBottom | Qt::AlignLeft, prefix + formatValue(m_image.low));
    if (map.diverging())
        painter.drawText(labels, Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral("0"));
}

void HeatmapView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.x() < 0) {
        m_readout.clear();
    } else {
        const double value = m_data.at(cell.y(), cell.x());
        const QString row =
            cell.y() < m_data.rowLabels.size() ? m_data.rowLabels[cell.y()] : QString::number(cell.y());
        m_readout =
            QStringLiteral("%1 | %2 | %3 = %4 (drawn %5)")
                .arg(row, columnName(cell.x()),
                     m_data.valueName.isEmpty() ? QStringLiteral("value") : m_data.valueName,
                     formatValue(value),
                     formatValue(HeatmapRenderer::transformedValue(m_data, m_params, cell.y(), cell.x())));
        emit cellHovered(cell.y(), cell.x(), value);
    }
    update();
}

void HeatmapView::mousePressEvent(QMouseEvent* event) {
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.x() < 0 || event->button() != Qt::LeftButton)
        return;
    const double seconds =
        m_data.isTimeline() ? m_data.firstColumnSeconds + cell.x() * m_data.secondsPerColumn : -1.0;
    emit cellClicked(cell.y(), cell.x(), seconds);
}

void HeatmapView::leaveEvent(QEvent*) {
    m_readout.clear();
    update();
}

} // namespace noiseloss
