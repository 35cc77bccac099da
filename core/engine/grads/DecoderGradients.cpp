#include "engine/grads/DecoderGradients.h"

#include "engine/MusicModel.h"
#include "engine/grads/FastGradients.h"
#include "engine/grads/GradientBuckets.h"
#include "engine/grads/GradientComputation.h"
#include "engine/grads/NaiveGradients.h"
#include "engine/lm/DecoderScorer.h"
#include "util/Error.h"

#include <algorithm>
#include <chrono>
#include <numeric>

namespace noiseloss {
namespace {

/// Stores finished targets, reports progress with a time estimate and forwards partial results.
class TargetCollector {
public:
    TargetCollector(GradientResult& result, const RunControl& control, const TargetCallback& onTarget)
        : m_result(result), m_control(control), m_onTarget(onTarget), m_start(Clock::now()) {}

    void deliver(std::size_t index, TargetGradients&& gradients) {
        m_result.targets[index] = std::move(gradients);
        ++m_progress.completedTargets;
        m_progress.totalTargets = m_result.targets.size();
        m_progress.elapsedSeconds = std::chrono::duration<double>(Clock::now() - m_start).count();
        m_progress.remainingSeconds =
            m_progress.elapsedSeconds / static_cast<double>(m_progress.completedTargets) *
            static_cast<double>(m_progress.totalTargets - m_progress.completedTargets);
        m_control.report("grads", static_cast<double>(m_progress.completedTargets) /
                                      static_cast<double>(m_progress.totalTargets));
        if (m_onTarget)
            m_onTarget(index, m_result.targets[index], m_progress);
    }
    double elapsedSeconds() const { return std::chrono::duration<double>(Clock::now() - m_start).count(); }

private:
    using Clock = std::chrono::steady_clock;
    GradientResult& m_result;
    const RunControl& m_control;
    const TargetCallback& m_onTarget;
    Clock::time_point m_start;
    GradientProgress m_progress;
};

void runNaive(const DecoderWeights& weights, const GradientProblem& problem, const GradientParams& params,
              torch::ScalarType dtype, const RunControl& control, TargetCollector& collector) {
    NaiveGradients naive(weights, problem, dtype);
    for (std::size_t i = 0; i < params.targets.size(); ++i) {
        if (control.cancelled())
            throw Cancelled();
        collector.deliver(i, naive.compute(params.targets[i]));
    }
}

void runFast(const DecoderWeights& weights, const GradientProblem& problem, const GradientParams& params,
             torch::ScalarType dtype, const RunControl& control, TargetCollector& collector) {
    FastGradients fast(weights, problem, dtype, params.prepackedBackward);
    // Largest prefix first: the Gram cache is built once; neighbours share a forward.
    std::vector<std::size_t> order(params.targets.size());
    std::iota(order.begin(), order.end(), 0);
    const auto lastPosition = [&](std::size_t i) {
        return problem.termsOf(params.targets[i]).back().position;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return lastPosition(a) > lastPosition(b); });
    const std::size_t groupSize = static_cast<std::size_t>(std::max(1, params.targetsPerForward));
    for (std::size_t begin = 0; begin < order.size(); begin += groupSize) {
        if (control.cancelled())
            throw Cancelled();
        const std::vector<std::size_t> group(
            order.begin() + static_cast<std::ptrdiff_t>(begin),
            order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), begin + groupSize)));
        std::vector<GradientTarget> targets;
        for (const std::size_t index : group)
            targets.push_back(params.targets[index]);
        fast.computeGroup(
            targets,
            [&](std::size_t inGroup, TargetGradients&& gradients) {
                collector.deliver(group[inGroup], std::move(gradients));
            },
            control);
    }
}

} // namespace

GradientResult computeDecoderGradients(const DecoderWeights& weights, const DecoderConfig& config,
                                       const torch::Tensor& codes, const GradientParams& params,
                                       const RunControl& control, const TargetCallback& onTarget) {
    if (params.targets.empty())
        throw Error("no target tokens were selected for the gradients");
    if (c10::InferenceMode::is_enabled())
        throw Error("gradients cannot be computed under InferenceMode");
    torch::AutoGradMode gradMode(true);
    const GradientProblem problem(config, codes, params.alignment);
    for (const GradientTarget& target : params.targets)
        problem.termsOf(target); // validates every target before the long run starts
    GradientResult result;
    result.alignment = params.alignment;
    result.method = params.method;
    result.layers = static_cast<int>(config.layers);
    result.codebooks = static_cast<int>(config.codebooks);
    result.frames = problem.frames();
    result.positions = problem.positions();
    result.buckets =
        GradientBuckets(result.layers, static_cast<int>(config.heads), result.codebooks).describe();
    result.targets.resize(params.targets.size());
    control.report("grads", 0.0);
    TargetCollector collector(result, control, onTarget);
    const torch::ScalarType dtype = params.float64 ? torch::kFloat64 : torch::kFloat32;
    if (params.method == GradientMethod::Naive)
        runNaive(weights, problem, params, dtype, control, collector);
    else
        runFast(weights, problem, params, dtype, control, collector);
    result.seconds = collector.elapsedSeconds();
    return result;
}

DecoderGradientInputs decoderGradientInputs(const MusicModel& model, const CodeMatrix& codes) {
    const DecoderConfig* config = model.decoderConfig();
    const DecoderWeights* weights = model.decoderWeights();
    if (!config || !weights)
        throw Error(model.info().folder.string() + ": gradients need a language model (decoder)");
    if (codes.codebooks != config->codebooks)
        throw Error("codes have " + std::to_string(codes.codebooks) + " codebooks, the model expects " +
                    std::to_string(config->codebooks));
    return {*config, *weights, codesToTensor(codes, config->codebookSize, torch::kCPU)};
}

GradientResult computeGradients(const MusicModel& model, const CodeMatrix& codes,
                                const GradientParams& params, const RunControl& control,
                                const TargetCallback& onTarget) {
    const DecoderGradientInputs inputs = decoderGradientInputs(model, codes);
    return computeDecoderGradients(inputs.weights, inputs.config, inputs.codes, params, control, onTarget);
}

} // namespace noiseloss
