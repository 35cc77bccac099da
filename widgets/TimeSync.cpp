#include "widgets/TimeSync.h"

#include <algorithm>
#include <cmath>

namespace noiseloss {

TimeSync::TimeSync(QObject* parent) : QObject(parent) {}

void TimeSync::setDuration(double seconds) {
    m_durationSeconds = std::max(0.0, seconds);
    m_selectionStart = m_selectionEnd = 0.0;
    m_playhead = 0.0;
    emit durationChanged(m_durationSeconds);
    emit selectionChanged();
    emit playheadChanged(m_playhead);
    zoomToFit();
}

void TimeSync::setVisibleRange(double startSeconds, double endSeconds) {
    const double limit = std::max(m_durationSeconds, kMinimumVisibleSeconds);
    double length = std::clamp(endSeconds - startSeconds, kMinimumVisibleSeconds, limit);
    double start = std::clamp(startSeconds, 0.0, limit - length);
    if (!std::isfinite(start) || !std::isfinite(length))
        return;
    if (start == m_visibleStart && start + length == m_visibleEnd)
        return;
    m_visibleStart = start;
    m_visibleEnd = start + length;
    emit visibleRangeChanged(m_visibleStart, m_visibleEnd);
}

void TimeSync::zoomBy(double factor, double anchorSeconds) {
    if (factor <= 0.0)
        return;
    const double length = visibleLengthSeconds() / factor;
    const double anchorFraction = (anchorSeconds - m_visibleStart) / visibleLengthSeconds();
    const double start = anchorSeconds - anchorFraction * length;
    setVisibleRange(start, start + length);
}

void TimeSync::zoomToFit() {
    setVisibleRange(0.0, std::max(m_durationSeconds, kMinimumVisibleSeconds));
}

void TimeSync::zoomToSelection() {
    if (hasSelection())
        setVisibleRange(m_selectionStart, m_selectionEnd);
}

void TimeSync::scrollBySeconds(double deltaSeconds) {
    setVisibleRange(m_visibleStart + deltaSeconds, m_visibleEnd + deltaSeconds);
}

void TimeSync::setPlayhead(double seconds) {
    seconds = std::clamp(seconds, 0.0, m_durationSeconds);
    if (seconds == m_playhead)
        return;
    m_playhead = seconds;
    emit playheadChanged(m_playhead);
}

void TimeSync::setSelection(double startSeconds, double endSeconds) {
    if (endSeconds < startSeconds)
        std::swap(startSeconds, endSeconds);
    startSeconds = std::clamp(startSeconds, 0.0, m_durationSeconds);
    endSeconds = std::clamp(endSeconds, 0.0, m_durationSeconds);
    if (startSeconds == m_selectionStart && endSeconds == m_selectionEnd)
        return;
    m_selectionStart = startSeconds;
    m_selectionEnd = endSeconds;
    emit selectionChanged();
}

void TimeSync::clearSelection() {
    setSelection(0.0, 0.0);
}

} // namespace noiseloss
