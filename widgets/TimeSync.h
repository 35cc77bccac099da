#pragma once

#include <QObject>

namespace noiseloss {

/// The one shared time state of the workstation (Sonic Visualiser's ViewManager): the visible range,
/// the playhead and the time selection, all in seconds of the ORIGINAL clip. Every time-based view
/// follows one TimeSync; a view without one creates its own and works alone.
/// GUI thread only. Invariants: 0 <= visibleStart < visibleEnd <= max(duration, minimum span);
/// selectionStart <= selectionEnd.
class TimeSync : public QObject {
    Q_OBJECT
public:
    static constexpr double kMinimumVisibleSeconds = 0.005; ///< about 160 samples at 32 kHz

    explicit TimeSync(QObject* parent = nullptr);

    double durationSeconds() const { return m_durationSeconds; }
    /// Sets the clip length and shows all of it; clears the selection and moves the playhead to 0.
    void setDuration(double seconds);

    double visibleStartSeconds() const { return m_visibleStart; }
    double visibleEndSeconds() const { return m_visibleEnd; }
    double visibleLengthSeconds() const { return m_visibleEnd - m_visibleStart; }
    /// Clamped into the clip; keeps at least kMinimumVisibleSeconds visible.
    void setVisibleRange(double startSeconds, double endSeconds);
    /// factor > 1 zooms in; `anchorSeconds` stays at the same place on screen.
    void zoomBy(double factor, double anchorSeconds);
    void zoomToFit();
    void zoomToSelection(); ///< does nothing without a selection
    void scrollBySeconds(double deltaSeconds);

    double playheadSeconds() const { return m_playhead; }
    void setPlayhead(double seconds);

    bool hasSelection() const { return m_selectionEnd > m_selectionStart; }
    double selectionStartSeconds() const { return m_selectionStart; }
    double selectionEndSeconds() const { return m_selectionEnd; }
    void setSelection(double startSeconds, double endSeconds);
    void clearSelection();

signals:
    void durationChanged(double seconds);
    void visibleRangeChanged(double startSeconds, double endSeconds);
    void playheadChanged(double seconds);
    void selectionChanged();

private:
    double m_durationSeconds = 0.0;
    double m_visibleStart = 0.0;
    double m_visibleEnd = 1.0;
    double m_playhead = 0.0;
    double m_selectionStart = 0.0;
    double m_selectionEnd = 0.0;
};

} // namespace noiseloss
