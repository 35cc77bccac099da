#include "widgets/WaveformView.h"

#include "widgets/RegionStyle.h"
#include "widgets/TimeAxis.h"
#include "widgets/TimeSync.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace noiseloss {
namespace {
constexpr int kRegionBarHeight = 16;
const QColor kPlayheadColor(0xE5, 0x39, 0x35);
} // namespace

WaveformView::WaveformView(QWidget* parent) : QWidget(parent), m_waveColor(0x2D, 0x7D, 0xD2) {
    setMouseTracking(true);
    setFocusPolicy(Qt::ClickFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setTimeSync(nullptr);
}

void WaveformView::setTimeSync(TimeSync* sync) {
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync ? sync : new TimeSync(this);
    auto repaint = [this] {
        update();
    };
    connect(m_sync, &TimeSync::visibleRangeChanged, this, repaint);
    connect(m_sync, &TimeSync::playheadChanged, this, repaint);
    connect(m_sync, &TimeSync::selectionChanged, this, repaint);
    connect(m_sync, &TimeSync::durationChanged, this, repaint);
    update();
}

void WaveformView::setSamples(std::shared_ptr<const std::vector<float>> samples, int sampleRate) {
    m_samples = std::move(samples);
    m_sampleRate = sampleRate > 0 ? sampleRate : 32000;
    m_pyramid = PeakPyramid(m_samples);
    update();
}

void WaveformView::setTitle(const QString& title) {
    m_title = title;
    update();
}

void WaveformView::setWaveColor(const QColor& color) {
    m_waveColor = color;
    update();
}

void WaveformView::setPlaceholderText(const QString& text) {
    m_placeholder = text;
    update();
}

void WaveformView::setShadedSpans(std::vector<ShadedSpan> spans) {
    m_shadedSpans = std::move(spans);
    update();
}

void WaveformView::paintShadedSpans(QPainter& painter, const TimeAxis& timeAxis) const {
    constexpr double kStripHeight = 5.0;
    for (const ShadedSpan& span : m_shadedSpans) {
        const double left = timeAxis.toX(span.startSeconds);
        const double right = timeAxis.toX(span.endSeconds);
        if (right < 0 || left > width() || right <= left)
            continue;
        QColor fill = span.color;
        fill.setAlpha(38);
        painter.fillRect(QRectF(left, 0, right - left, height()), fill);
        QColor strip = span.color;
        strip.setAlpha(200);
        painter.fillRect(QRectF(left, height() - kStripHeight, right - left, kStripHeight), strip);
    }
}

void WaveformView::setPlan(const PerturbationPlan& plan) {
    m_plan = plan;
    if (m_selectedRegion >= static_cast<int>(m_plan.regions.size()))
        m_selectedRegion = -1;
    update();
}

void WaveformView::setSelectedRegion(int index) {
    m_selectedRegion = index >= 0 && index < static_cast<int>(m_plan.regions.size()) ? index : -1;
    if (m_drag.mode() == DragMode::Move || m_drag.mode() == DragMode::ResizeStart ||
        m_drag.mode() == DragMode::ResizeEnd)
        m_drag.setRegionIndex(m_selectedRegion);
    update();
}

TimeAxis WaveformView::axis() const {
    return {m_sync->visibleStartSeconds(), m_sync->visibleEndSeconds(),
            static_cast<double>(std::max(1, width()))};
}

double WaveformView::clipSeconds() const {
    if (m_sync->durationSeconds() > 0.0)
        return m_sync->durationSeconds();
    return m_samples ? static_cast<double>(m_samples->size()) / m_sampleRate : 0.0;
}

void WaveformView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const TimeAxis timeAxis = axis();
    paintShadedSpans(painter, timeAxis); // behind the regions: a band usually overlaps its region
    paintRegions(painter, timeAxis);
    paintWaveform(painter, timeAxis);
    paintOverlays(painter, timeAxis);
}

void WaveformView::paintRegion(QPainter& painter, const TimeAxis& timeAxis, const Region& region,
                               bool selected, bool preview) const {
    const double left = timeAxis.toX(region.startSeconds);
    const double right = timeAxis.toX(region.endSeconds);
    if (right < 0 || left > width())
        return;
    const QColor color = RegionStyle::color(region.kind);
    const QRectF body(left, 0, std::max(1.0, right - left), height());
    QColor fill = color;
    fill.setAlpha(preview ? 40 : 55);
    painter.fillRect(body, fill);
    if (region.kind == RegionKind::Delete) {
        QColor hatch = color;
        hatch.setAlpha(90);
        painter.fillRect(body, QBrush(hatch, Qt::BDiagPattern));
    }
    QColor bar = color;
    bar.setAlpha(selected ? 235 : 185);
    const QRectF barRect(body.left(), 0, body.width(), kRegionBarHeight);
    painter.fillRect(barRect, bar);
    painter.setPen(QPen(color.darker(selected ? 160 : 120), selected ? 2.0 : 1.0,
                        preview ? Qt::DashLine : Qt::SolidLine));
    painter.drawLine(QPointF(left, 0), QPointF(left, height()));
    painter.drawLine(QPointF(right, 0), QPointF(right, height()));
    if (barRect.width() > 24) {
        painter.setPen(Qt::white);
        const QString text = painter.fontMetrics().elidedText(RegionStyle::describe(region), Qt::ElideRight,
                                                              static_cast<int>(barRect.width()) - 6);
        painter.drawText(barRect.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    if (selected) {
        painter.setBrush(color.darker(150));
        painter.setPen(Qt::NoPen);
        const double handleY = height() / 2.0 - 10;
        painter.drawRoundedRect(QRectF(left - 3, handleY, 6, 20), 2, 2);
        painter.drawRoundedRect(QRectF(right - 3, handleY, 6, 20), 2, 2);
    }
}

void WaveformView::paintRegions(QPainter& painter, const TimeAxis& timeAxis) const {
    painter.setFont(font());
    for (std::size_t index = 0; index < m_plan.regions.size(); ++index)
        paintRegion(painter, timeAxis, m_plan.regions[index], static_cast<int>(index) == m_selectedRegion,
                    false);
    if (m_createPreview)
        paintRegion(painter, timeAxis, *m_createPreview, true, true);
}

void WaveformView::paintWaveform(QPainter& painter, const TimeAxis& timeAxis) const {
    const double top = kRegionBarHeight + 2;
    const double halfHeight = (height() - top - 2) / 2.0;
    const double centreY = top + halfHeight;
    painter.setPen(QPen(palette().mid().color(), 0));
    painter.drawLine(QPointF(0, centreY), QPointF(width(), centreY));
    if (!m_samples || m_samples->empty())
        return;
    const double ratio = devicePixelRatioF();
    const int columns = static_cast<int>(std::ceil(width() * ratio));
    const double samplesPerColumn = timeAxis.secondsPerPixel() / ratio * m_sampleRate;
    const double firstSample = timeAxis.startSeconds * m_sampleRate;
    painter.setPen(QPen(m_waveColor, 0));
    if (samplesPerColumn < 1.0) {
        // Zoomed in past one sample per pixel: draw the samples as a line.
        QPainterPath path;
        const auto first = static_cast<std::int64_t>(std::max(0.0, std::floor(firstSample)));
        const auto last = std::min<std::int64_t>(
            static_cast<std::int64_t>(m_samples->size()) - 1,
            static_cast<std::int64_t>(std::ceil(firstSample + columns * samplesPerColumn)));
        for (std::int64_t sample = first; sample <= last; ++sample) {
            const QPointF point(timeAxis.toX(static_cast<double>(sample) / m_sampleRate),
                                centreY - (*m_samples)[static_cast<std::size_t>(sample)] * halfHeight);
            sample == first ? path.moveTo(point) : path.lineTo(point);
        }
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.drawPath(path);
        painter.setRenderHint(QPainter::Antialiasing, false);
        return;
    }
    // Peaks in a light tint of the wave colour, RMS (the loudness) in the full colour, as DAWs do.
    const std::vector<PeakRange> peaks = m_pyramid.peaksForColumns(firstSample, samplesPerColumn, columns);
    std::vector<QLineF> peakLines;
    std::vector<QLineF> rmsLines;
    peakLines.reserve(peaks.size());
    rmsLines.reserve(peaks.size());
    for (int column = 0; column < columns; ++column) {
        const PeakRange& peak = peaks[static_cast<std::size_t>(column)];
        const double x = (column + 0.5) / ratio;
        const double y1 = centreY - std::clamp(peak.maximum, -1.0f, 1.0f) * halfHeight;
        const double y2 = centreY - std::clamp(peak.minimum, -1.0f, 1.0f) * halfHeight;
        peakLines.emplace_back(x, y1, x, std::max(y2, y1 + 1.0 / ratio));
        const double rms = std::min(1.0f, peak.rms) * halfHeight;
        rmsLines.emplace_back(x, std::max(y1, centreY - rms), x, std::min(y2, centreY + rms));
    }
    QColor peakColor = m_waveColor;
    peakColor.setAlphaF(0.45f);
    painter.setPen(QPen(peakColor, 0));
    painter.drawLines(peakLines.data(), static_cast<int>(peakLines.size()));
    painter.setPen(QPen(m_waveColor, 0));
    painter.drawLines(rmsLines.data(), static_cast<int>(rmsLines.size()));
}

void WaveformView::paintOverlays(QPainter& painter, const TimeAxis& timeAxis) const {
    if (m_sync->hasSelection()) {
        QColor highlight = palette().highlight().color();
        highlight.setAlpha(70);
        const double left = timeAxis.toX(m_sync->selectionStartSeconds());
        const double right = timeAxis.toX(m_sync->selectionEndSeconds());
        painter.fillRect(QRectF(left, 0, right - left, height()), highlight);
    }
    const double playheadX = timeAxis.toX(m_sync->playheadSeconds());
    painter.setPen(QPen(kPlayheadColor, 1.5));
    painter.drawLine(QPointF(playheadX, 0), QPointF(playheadX, height()));
    if (!m_title.isEmpty()) {
        const QRect titleRect = painter.fontMetrics().boundingRect(m_title).adjusted(-6, -2, 6, 2);
        const QRect placed =
            titleRect.translated(6 - titleRect.left(), kRegionBarHeight + 4 - titleRect.top());
        QColor back = palette().window().color();
        back.setAlpha(200);
        painter.fillRect(placed, back);
        painter.setPen(palette().text().color());
        painter.drawText(placed, Qt::AlignCenter, m_title);
    }
    if ((!m_samples || m_samples->empty()) && !m_placeholder.isEmpty()) {
        painter.setPen(palette().placeholderText().color());
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    }
    painter.setPen(QPen(palette().mid().color(), 0));
    painter.drawLine(QPointF(0, height() - 0.5), QPointF(width(), height() - 0.5));
}

void WaveformView::updateHoverCursor(double x) {
    const RegionHit hit = m_editable ? RegionDragState::hitTest(m_plan, axis(), x) : RegionHit{};
    if (hit.mode == DragMode::ResizeStart || hit.mode == DragMode::ResizeEnd)
        setCursor(Qt::SizeHorCursor);
    else if (hit.mode == DragMode::Move)
        setCursor(Qt::OpenHandCursor);
    else
        setCursor(m_tool == RegionTool::Select ? Qt::IBeamCursor : Qt::CrossCursor);
}

void WaveformView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || clipSeconds() <= 0.0)
        return QWidget::mousePressEvent(event);
    const double x = event->position().x();
    const double seconds = std::clamp(axis().toSeconds(x), 0.0, clipSeconds());
    m_pressX = x;
    m_lastRequested.reset();
    ++m_dragId;
    const RegionHit hit = m_editable ? RegionDragState::hitTest(m_plan, axis(), x) : RegionHit{};
    if (hit.mode != DragMode::None) {
        const Region& region = m_plan.regions[static_cast<std::size_t>(hit.regionIndex)];
        m_drag.begin(hit.mode, hit.regionIndex, region, seconds);
        setSelectedRegion(hit.regionIndex);
        emit regionSelected(hit.regionIndex);
        if (hit.mode == DragMode::Move)
            setCursor(Qt::ClosedHandCursor);
        return;
    }
    const std::optional<RegionKind> kind = regionKindForTool(m_tool);
    if (m_editable && kind) {
        Region created = m_template;
        created.kind = *kind;
        m_drag.begin(DragMode::Create, -1, created, seconds);
    } else {
        m_drag.begin(DragMode::SelectTime, -1, Region{}, seconds);
        m_sync->clearSelection();
    }
    m_sync->setPlayhead(seconds);
    if (m_selectedRegion != -1) {
        setSelectedRegion(-1);
        emit regionSelected(-1);
    }
}

void WaveformView::mouseMoveEvent(QMouseEvent* event) {
    const double x = event->position().x();
    if (m_drag.mode() == DragMode::None)
        return updateHoverCursor(x);
    const double seconds = axis().toSeconds(x);
    const bool snap = !(event->modifiers() & Qt::ShiftModifier);
    const double clip = clipSeconds();
    switch (m_drag.mode()) {
    case DragMode::SelectTime:
        m_sync->setSelection(m_drag.pressSeconds(), std::clamp(seconds, 0.0, clip));
        break;
    case DragMode::Create:
        m_createPreview = m_drag.update(seconds, snap, m_tokens, clip);
        update();
        break;
    case DragMode::Move:
    case DragMode::ResizeStart:
    case DragMode::ResizeEnd: {
        const Region wanted = m_drag.update(seconds, snap, m_tokens, clip);
        if (m_lastRequested && *m_lastRequested == wanted)
            break;
        m_lastRequested = wanted;
        emit regionChangeRequested(m_drag.regionIndex(), wanted, m_dragId);
        break;
    }
    case DragMode::None:
        break;
    }
}

void WaveformView::mouseReleaseEvent(QMouseEvent* event) {
    const DragMode mode = m_drag.mode();
    if (mode == DragMode::Create) {
        const bool dragged = std::abs(event->position().x() - m_pressX) >= 3.0;
        const bool snap = !(event->modifiers() & Qt::ShiftModifier);
        const Region region =
            m_drag.update(axis().toSeconds(event->position().x()), snap, m_tokens, clipSeconds());
        m_createPreview.reset();
        update();
        if (dragged && region.endSeconds > region.startSeconds)
            emit regionCreateRequested(region);
    } else if (mode == DragMode::Move || mode == DragMode::ResizeStart || mode == DragMode::ResizeEnd) {
        if (m_lastRequested)
            emit regionDragFinished(m_selectedRegion, m_dragId);
    }
    m_drag.end();
    m_lastRequested.reset();
    updateHoverCursor(event->position().x());
}

void WaveformView::wheelEvent(QWheelEvent* event) {
    const QPoint delta = event->angleDelta();
    const TimeAxis timeAxis = axis();
    if ((event->modifiers() & Qt::ShiftModifier) || std::abs(delta.x()) > std::abs(delta.y())) {
        const int steps = delta.x() != 0 ? delta.x() : delta.y();
        m_sync->scrollBySeconds(-steps / 120.0 * 0.1 * (timeAxis.endSeconds - timeAxis.startSeconds));
    } else {
        const double factor = std::pow(1.0015, delta.y());
        m_sync->zoomBy(factor, timeAxis.toSeconds(event->position().x()));
    }
    event->accept();
}

} // namespace noiseloss
