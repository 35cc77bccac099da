#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace noiseloss {

class MainWindow;

/// Headless screenshot mode: polls the window until nothing is loading or rendering (twice in a row,
/// so queued results are painted), grabs it (QWidget::grab) and writes a PNG, then quits the
/// application with 0. A failed clip load quits with 1 after printing one line to stderr; so does
/// a timeout (kTimeoutMs). GUI thread only.
class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollIntervalMs = 50;
    static constexpr int kTimeoutMs = 600000; // long enough for a --gradients run

    ScreenshotRunner(MainWindow* window, const QString& outputPath, QObject* parent = nullptr);
    void start();

private:
    void poll();
    void fail(const QString& message);

    MainWindow* m_window;
    QString m_outputPath;
    QTimer* m_timer;
    int m_idlePolls = 0;
    int m_elapsedMs = 0;
    bool m_done = false;
};

} // namespace noiseloss
