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
    const std::uint64_t generation = ++m_latestGeneration;
    {
        std::lock_guard lock(m_mutex);
        m_pending = Request{generation, std::move(job)};
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

void AnalysisWorker::runRequest(Request request) {
    const std::uint64_t generation = request.generation;
    post(generation, [this, generation] { emit started(generation); });
    ProgressThrottle throttle;
    RunControl control;
    control.cancel = &m_cancel;
    control.progress = [this, generation, &throttle](const std::string& stage, double fraction) {
        const int percent = static_cast<int>(std::clamp(fraction, 0.0, 1.0) * 100.0 + 0.5);
        if (!throttle.shouldPass(stage, percent))
            return;
        const QString stageName = QString::fromStdString(stage);
        post(generation, [this, generation, stageName, percent] {
            emit progressChanged(generation, stageName, percent);
        });
    };
    try {
        std::shared_ptr<const AnalysisViewData> data = request.job(control);
        if (control.cancelled())
            throw Cancelled();
        if (!data)
            throw Error("the analysis produced no result");
        post(generation, [this, generation, data] {
            settle(generation);
            emit finished(generation, data);
        });
    } catch (const Cancelled&) {
        post(generation, [this, generation] {
            settle(generation);
            emit cancelled(generation);
        });
    } catch (const std::exception& error) {
        const QString message = QString::fromUtf8(error.what());
        post(generation, [this, generation, message] {
            settle(generation);
            emit failed(generation, message);
        });
    } catch (...) {
        post(generation, [this, generation] {
            settle(generation);
            emit failed(generation, tr("the analysis failed with an unknown error"));
        });
    }
    request.job = nullptr; // release captured state (audio, model references) on the worker thread
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
