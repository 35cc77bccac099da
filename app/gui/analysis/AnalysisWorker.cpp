#include "app/gui/analysis/AnalysisWorker.h"

#include "util/Error.h"

#include <algorithm>
#include <chrono>

namespace noiseloss {

namespace {

/// Worker-thread state of one job's progress reports: passes the first report of a stage, the
/// completion of a stage, and otherwise at most one report per interval.
class ProgressThrottle {
public:
    bool shouldPass(const std::string& stage, int percent) {
        const auto now = std::chrono::steady_clock::now();
        const bool newStage = stage != m_stage;
        if (!newStage && percent == m_percent)
            return false;
        if (!newStage && percent < 100 &&
            now - m_lastPass < std::chrono::milliseconds(AnalysisWorker::kProgressIntervalMs))
            return false;
        m_stage = stage;
        m_percent = percent;
        m_lastPass = now;
        return true;
    }

private:
    std::string m_stage;
    int m_percent = -1;
    std::chrono::steady_clock::time_point m_lastPass;
};

} // namespace

AnalysisWorker::AnalysisWorker(QObject* parent) : QObject(parent) {
    m_thread = std::thread([this] { threadMain(); });
}

AnalysisWorker::~AnalysisWorker() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_pending.reset();
        m_cancel.store(true);
    }
    m_wake.notify_all();
    m_thread.join();
}

std::uint64_t AnalysisWorker::submit(AnalysisJob job) {
    Request request;
    request.job = std::move(job);
    return enqueue(std::move(request));
}

std::uint64_t AnalysisWorker::submitTask(WorkerTask task) {
    Request request;
    request.task = std::move(task);
    return enqueue(std::move(request));
}

std::uint64_t AnalysisWorker::enqueue(Request request) {
    const std::uint64_t generation = ++m_latestGeneration;
    m_latestIsTask = static_cast<bool>(request.task);
    request.generation = generation;
    {
        std::lock_guard lock(m_mutex);
        m_pending = std::move(request);
        m_cancel.store(true); // restart-on-new-request: the running job (if any) stops at its next check
    }
    m_wake.notify_one();
    if (!m_busy) {
        m_busy = true;
        emit busyChanged(true);
    }
    return generation;
}

void AnalysisWorker::cancel() {
    {
        std::lock_guard lock(m_mutex);
        m_pending.reset();
        m_cancel.store(true);
    }
    if (!m_busy)
        return;
    settle(m_latestGeneration);
    if (m_latestIsTask)
        emit taskCancelled(m_latestGeneration);
    else
        emit cancelled(m_latestGeneration);
}

void AnalysisWorker::settle(std::uint64_t generation) {
    if (generation != m_latestGeneration || !m_busy)
        return;
    m_busy = false;
    emit busyChanged(false);
}

void AnalysisWorker::threadMain() {
    for (;;) {
        Request request;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_pending.has_value(); });
            if (m_stop)
                return;
            request = std::move(*m_pending);
            m_pending.reset();
            m_cancel.store(false); // under the lock: a later submit() sets it again
        }
        runRequest(std::move(request));
    }
}

std::shared_ptr<const AnalysisViewData> AnalysisWorker::execute(Request& request, const RunControl& control) {
    if (request.task) {
        request.task(control);
        return nullptr;
    }
    std::shared_ptr<const AnalysisViewData> data = request.job(control);
    if (!data && !control.cancelled())
        throw Error("the analysis produced no result");
    return data;
}

void AnalysisWorker::runRequest(Request request) {
    const std::uint64_t generation = request.generation;
    const bool isTask = static_cast<bool>(request.task);
    post(generation, [this, generation] { emit started(generation); });
    ProgressThrottle throttle;
    RunControl control;
    control.cancel = &m_cancel;
    control.progress = [this, generation, isTask, &throttle](const std::string& stage, double fraction) {
        const int percent = static_cast<int>(std::clamp(fraction, 0.0, 1.0) * 100.0 + 0.5);
        if (!throttle.shouldPass(stage, percent))
            return;
        const QString stageName = QString::fromStdString(stage);
        post(generation, [this, generation, isTask, stageName, percent] {
            if (isTask)
                emit taskProgressChanged(generation, stageName, percent);
            else
                emit progressChanged(generation, stageName, percent);
        });
    };
    const auto fail = [this, generation, isTask](const QString& message) {
        post(generation, [this, generation, isTask, message] {
            settle(generation);
            if (isTask)
                emit taskFailed(generation, message);
            else
                emit failed(generation, message);
        });
    };
    try {
        std::shared_ptr<const AnalysisViewData> data = execute(request, control);
        if (control.cancelled())
            throw Cancelled();
        post(generation, [this, generation, isTask, data] {
            settle(generation);
            if (isTask)
                emit taskFinished(generation);
            else
                emit finished(generation, data);
        });
    } catch (const Cancelled&) {
        post(generation, [this, generation, isTask] {
            settle(generation);
            if (isTask)
                emit taskCancelled(generation);
            else
                emit cancelled(generation);
        });
    } catch (const std::exception& error) {
        fail(QString::fromUtf8(error.what()));
    } catch (...) {
        fail(tr("the analysis failed with an unknown error"));
    }
    request.job = nullptr; // release captured state (audio, model references) on the worker thread
    request.task = nullptr;
}

void AnalysisWorker::post(std::uint64_t generation, std::function<void()> deliver) {
    // Runs on the GUI thread, in posting order. Anything from an older generation, or from a
    // generation already settled (cancelled by the user), is dropped here.
    QMetaObject::invokeMethod(
        this,
        [this, generation, deliver = std::move(deliver)] {
            if (generation == m_latestGeneration && m_busy)
                deliver();
        },
        Qt::QueuedConnection);
}

} // namespace noiseloss
