#include "ScreenshotRunner.h"

#include "MainWindow.h"

#include <QCoreApplication>
#include <QPixmap>
#include <QTimer>
#include <cstdio>

namespace noiseloss {

ScreenshotRunner::ScreenshotRunner(MainWindow* window, const QString& outputPath, QObject* parent)
    : QObject(parent), m_window(window), m_outputPath(outputPath), m_timer(new QTimer(this)) {
    connect(m_timer, &QTimer::timeout, this, &ScreenshotRunner::poll);
    connect(window, &MainWindow::audioLoadFailed, this, &ScreenshotRunner::fail);
}

void ScreenshotRunner::start() {
    m_timer->start(kPollIntervalMs);
}

void ScreenshotRunner::poll() {
    if (m_done)
        return;
    m_elapsedMs += kPollIntervalMs;
    if (m_elapsedMs > kTimeoutMs)
        return fail(QStringLiteral("timed out waiting for the window to finish loading"));
    m_idlePolls = m_window->isIdle() ? m_idlePolls + 1 : 0;
    if (m_idlePolls < 3)
        return;
    m_done = true;
    m_timer->stop();
    const QPixmap pixmap = m_window->grab();
    if (!pixmap.save(m_outputPath, "PNG")) {
        std::fprintf(stderr, "noiseloss: cannot write the screenshot %s\n", qPrintable(m_outputPath));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::exit(0);
}

void ScreenshotRunner::fail(const QString& message) {
    if (m_done)
        return;
    m_done = true;
    m_timer->stop();
    std::fprintf(stderr, "noiseloss: %s\n",
                 qPrintable(QString(message).replace(QLatin1Char('\n'), QLatin1Char(' '))));
    QCoreApplication::exit(1);
}

} // namespace noiseloss
