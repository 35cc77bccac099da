#pragma once

#include "app/gui/analysis/AnalysisJob.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <thread>

namespace noiseloss {

/// The one analysis thread of the workstation, in the shape of Mixxx's analyzer thread and Qt's
/// Mandelbrot render thread: a plain std::thread without an event loop runs one job at a time; the
/// request queue has depth 1 (a newer request replaces a pending one) and a new request cancels the
/// running job (restart-on-new-request) through an atomic flag the job polls between chunks.
///
/// Every request gets a generation number (increasing). Progress, results, failures and
/// cancellations reach the GUI thread as queued calls, in order, progress throttled to one update
/// per kProgressIntervalMs per stage (the first and the last of a stage always pass). Before a
/// signal is emitted the GUI thread checks the generation against the latest request, so a stale
/// result or progress is never delivered after a newer request was made.
///
/// Threads: construct, call every method and receive every signal on the GUI thread (the thread
/// this object lives in). Only the job runs on the worker thread. The destructor cancels the
/// running job and joins the thread.
class AnalysisWorker : public QObject {
    Q_OBJECT
public:
    static constexpr int kProgressIntervalMs = 100;

    explicit AnalysisWorker(QObject* parent = nullptr);
    ~AnalysisWorker() override;

    /// Queues `job`, replacing a pending one and cancelling the running one; returns its generation.
    std::uint64_t submit(AnalysisJob job);
    /// Queues `task` on the same thread with the same rules (replaces a pending request, cancels the
    /// running one). Its progress and end are reported through the task* signals only, so views of
    /// analysis results never see it.
    std::uint64_t submitTask(WorkerTask task);
    /// Cancels the running job and drops the pending one. A cancelled generation emits `cancelled`.
    void cancel();

    std::uint64_t latestGeneration() const { return m_latestGeneration; }
    /// True from submit() until the latest generation has finished, failed or been cancelled.
    bool isBusy() const { return m_busy; }

signals:
    void started(std::uint64_t generation);
    void progressChanged(std::uint64_t generation, const QString& stage, int percent);
    void finished(std::uint64_t generation, std::shared_ptr<const noiseloss::AnalysisViewData> data);
    void failed(std::uint64_t generation, const QString& message);
    void cancelled(std::uint64_t generation);
    void busyChanged(bool busy);
    void taskProgressChanged(std::uint64_t generation, const QString& stage, int percent);
    void taskFinished(std::uint64_t generation);
    void taskFailed(std::uint64_t generation, const QString& message);
    void taskCancelled(std::uint64_t generation);

private:
    struct Request {
        std::uint64_t generation = 0;
        AnalysisJob job;
        WorkerTask task; ///< set instead of `job` for submitTask()
    };
    enum class Outcome { Finished, Failed, Cancelled };

    void threadMain();
    std::uint64_t enqueue(Request request);
    void runRequest(Request request);
    /// Worker thread: runs the job or task; returns its result (null for a task).
    std::shared_ptr<const AnalysisViewData> execute(Request& request, const RunControl& control);
    /// Worker thread: hands an event to the GUI thread (queued, in order).
    void post(std::uint64_t generation, std::function<void()> deliver);
    void settle(std::uint64_t generation); ///< GUI thread: the generation ended

    // Immutable after construction
    std::thread m_thread;

    // Shared between the threads (m_mutex guards m_pending and m_stop)
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<Request> m_pending;
    bool m_stop = false;
    std::atomic<bool> m_cancel{false};

    // GUI thread only
    std::uint64_t m_latestGeneration = 0;
    bool m_latestIsTask = false;
    bool m_busy = false;
};

} // namespace noiseloss
