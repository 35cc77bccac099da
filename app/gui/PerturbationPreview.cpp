#include "PerturbationPreview.h"

#include "perturb/PerturbationRenderer.h"

#include <QtConcurrent>

namespace noiseloss {

PerturbationPreview::PerturbationPreview(QObject* parent) : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        // isRunning() turns false on the worker before this slot runs; busy ends only here, after
        // the result has been handed on (so isBusy() never reports idle with a result in flight).
        m_running = false;
        if (m_pending) {
            Request next = std::move(*m_pending);
            m_pending.reset();
            start(std::move(next));
            return; // a newer plan is already being rendered: this result is stale
        }
        if (outcome.error.isEmpty())
            emit ready(outcome.result);
        else
            emit failed(outcome.error);
    });
}

PerturbationPreview::~PerturbationPreview() {
    m_pending.reset();
    m_watcher.waitForFinished();
}

PreviewResult PerturbationPreview::renderNow(const std::shared_ptr<const std::vector<float>>& mono,
                                             const PerturbationPlan& plan, const TokenTimeMap& tokens) {
    PreviewResult result;
    result.plan = plan;
    if (plan.regions.empty()) {
        result.perturbed = result.aligned = mono;
        return result;
    }
    AudioBuffer input;
    input.sampleRate = tokens.sampleRate;
    input.channels = 1;
    input.samples = *mono;
    AudioBuffer rendered = renderPerturbedAudio(input, plan, tokens, true);
    const auto originalCount = static_cast<std::int64_t>(mono->size());
    result.timeline = PerturbedTimeline::fromPlan(plan, tokens, originalCount);
    const auto renderedCount = static_cast<std::int64_t>(rendered.samples.size());
    if (renderedCount + result.timeline.deletedSampleCount() != originalCount)
        result.timeline = PerturbedTimeline(); // the renderer cut differently: show it without alignment
    auto perturbed = std::make_shared<const std::vector<float>>(std::move(rendered.samples));
    result.aligned = std::make_shared<const std::vector<float>>(
        result.timeline.expandToOriginal(*perturbed, originalCount));
    result.perturbed = std::move(perturbed);
    return result;
}

void PerturbationPreview::request(std::shared_ptr<const std::vector<float>> mono,
                                  const PerturbationPlan& plan, const TokenTimeMap& tokens) {
    Request next{std::move(mono), plan, tokens};
    if (m_running) {
        m_pending = std::move(next);
        return;
    }
    start(std::move(next));
}

void PerturbationPreview::start(Request request) {
    m_running = true;
    m_watcher.setFuture(QtConcurrent::run([request = std::move(request)] {
        Outcome outcome;
        try {
            outcome.result = renderNow(request.mono, request.plan, request.tokens);
        } catch (const std::exception& error) {
            outcome.error = QString::fromStdString(error.what());
        }
        return outcome;
    }));
}

} // namespace noiseloss
