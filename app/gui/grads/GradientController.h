#pragma once

#include "app/gui/grads/GradientJob.h"
#include "app/gui/grads/GradientRunData.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <cstdint>
#include <memory>

class QAction;
class QTimer;

namespace noiseloss {

class AnalysisController;
class GradientMailbox;
class StatusArea;

/// The GUI side of the gradient protocol: runs it on the current analysis' tokens as a task on the
/// workstation's one analysis worker (AnalysisController::worker(); a new analysis request cancels
/// it, and running it cancels a running analysis), shows progress with an ETA, offers Run / Cancel,
/// and collects partial results as they arrive (every kPollMs) into data(), emitting dataChanged so
/// the views redraw while it runs. A new analysis result drops the gradients (its tokens changed).
/// GUI thread only.
class GradientController : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollMs = 100;

    GradientController(GradientJobFactory factory, AnalysisController* analysis, QObject* parent = nullptr);
    ~GradientController() override;

    void setStatusArea(StatusArea* statusArea); ///< not owned, may be null
    void setTargetSpec(const QString& spec);    ///< all, T0:T1, every:N, T0:T1+every:N (frames)
    void setPerCodebook(bool perCodebook);
    void setMethod(GradientMethod method);
    const GradientRequest& request() const { return m_request; }

    /// Starts the protocol on the current analysis (an error message when there is none yet).
    void run();
    void cancel();
    /// Runs as soon as the next analysis result arrives (headless screenshots, tests).
    void runAfterNextAnalysis() { m_runAfterAnalysis = true; }

    bool isRunning() const { return m_running; }
    /// The current (possibly partial) results; null before the first run and after the analysis changed.
    std::shared_ptr<const GradientRunData> data() const { return m_data; }
    QString statusText() const { return m_statusText; }
    QString lastError() const { return m_lastError; }

    QAction* runAction() const { return m_runAction; }
    QAction* cancelAction() const { return m_cancelAction; }

signals:
    void dataChanged();
    void statusTextChanged(const QString& text);
    void progressChanged(int percent); ///< -1 when not running
    void runningChanged(bool running);
    void errorOccurred(const QString& message);

private:
    void onAnalysisResult();
    void drainMailbox();
    void apply(GradientUpdate update);
    void finish(const QString& status);
    void setRunning(bool running);
    void setStatusText(const QString& text);
    void updateActions();

    GradientJobFactory m_factory;
    QPointer<AnalysisController> m_analysis;
    QPointer<StatusArea> m_statusArea;
    QTimer* m_poll;
    GradientRequest m_request;
    std::shared_ptr<GradientMailbox> m_mailbox;
    std::shared_ptr<GradientRunData> m_data;
    std::uint64_t m_generation = 0;
    bool m_running = false;
    bool m_runAfterAnalysis = false;
    QAction* m_runAction;
    QAction* m_cancelAction;
    QString m_statusText;
    QString m_lastError;
};

} // namespace noiseloss
