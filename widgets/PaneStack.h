#pragma once

#include <QWidget>

class QScrollBar;
class QSplitter;

namespace noiseloss {

class TimeRuler;
class TimeSync;

/// The central stack of time-synchronised panes: a TimeRuler on top, the panes in a vertical splitter
/// (any widget that follows the same TimeSync: waveforms, spectrogram, later loss charts) and a
/// horizontal scroll bar for the visible range. GUI thread only.
class PaneStack : public QWidget {
    Q_OBJECT
public:
    explicit PaneStack(TimeSync* sync, QWidget* parent = nullptr);

    /// Adds `pane` at the bottom (the stack takes ownership). `stretch` weights its share of height.
    void addPane(QWidget* pane, int stretch = 1);
    TimeRuler* ruler() const { return m_ruler; }
    QSplitter* splitter() const { return m_splitter; }

private:
    void updateScrollBar();

    TimeSync* m_sync;
    TimeRuler* m_ruler;
    QSplitter* m_splitter;
    QScrollBar* m_scrollBar;
    bool m_updatingScrollBar = false;
};

} // namespace noiseloss
