#include "engine/grads/SelfPositionGradients.h"

#include "engine/MusicModel.h"
#include "engine/grads/DecoderGradients.h"
#include "engine/grads/GradForward.h"
#include "engine/grads/GradientComputation.h"
#include "engine/grads/GradientProblem.h"
#include "engine/lm/DecoderScorer.h"
#include "util/Error.h"

#include <algorithm>
#include <chrono>
#include <map>

namespace noiseloss {
namespace {

/// Sum of the given NLL terms, one log-softmax per codebook over the rows the terms read.
torch::Tensor summedLoss(const DecoderWeights& weights, const torch::Tensor& hidden,
                         const std::vector<TokenTerm>& terms, int codebooks) {
    torch::Tensor loss = torch::zeros({}, hidden.options());
    for (int k = 0; k < codebooks; ++k) {
        std::vector<std::int64_t> positions, labels;
        for (const TokenTerm& term : terms)
            if (term.codebook == k) {
                positions.push_back(term.position);
                labels.push_back(term.label);
            }
        if (positions.empty())
            continue;
        const torch::Tensor rows =
            hidden.select(0, 0).index_select(0, torch::tensor(positions, torch::kInt64));
        const torch::Tensor logProbabilities =
            at::log_softmax(at::matmul(rows, weights.heads[static_cast<std::size_t>(k)].t()), -1);
        loss = loss - logProbabilities.gather(1, torch::tensor(labels, torch::kInt64).unsqueeze(1)).sum();
    }
    return loss;
}

} // namespace

SelfPositionNorms computeDecoderSelfPositionNorms(const DecoderWeights& source, const DecoderConfig& config,
                                                  const torch::Tensor& codes, const GradientParams& params,
                                                  const RunControl& control) {
    if (params.targets.empty())
        throw Error("no target tokens were selected for the gradients");
    if (c10::InferenceMode::is_enabled())
        throw Error("gradients cannot be computed under InferenceMode");
    const auto start = std::chrono::steady_clock::now();
    torch::AutoGradMode gradMode(true);
    const GradientProblem problem(config, codes, params.alignment);
    const std::size_t count = params.targets.size();
    const int codebooks = static_cast<int>(config.codebooks);

    SelfPositionNorms result;
    result.alignment = params.alignment;
    result.layers = static_cast<int>(config.layers);
    result.positions = problem.positions();
    result.targets = params.targets;
    result.lastPosition.resize(count);
    result.nll.assign(count, 0.0);
    result.norms.assign(static_cast<std::size_t>(result.layers + 1) * count, 0.0f);

    // A target's own-position gradient comes only from its terms read at that position. Targets
    // that share a position go to different passes.
    std::vector<std::vector<TokenTerm>> terms(count);
    std::vector<int> passOf(count);
    std::map<std::int64_t, int> targetsAt;
    std::int64_t prefix = 0;
    for (std::size_t j = 0; j < count; ++j) {
        terms[j] = problem.termsOf(params.targets[j]); // validates the target
        std::int64_t last = 0;
        for (const TokenTerm& term : terms[j])
            last = std::max(last, term.position);
        result.lastPosition[j] = last;
        passOf[j] = targetsAt[last]++;
        result.backwardPasses = std::max(result.backwardPasses, passOf[j] + 1);
        prefix = std::max(prefix, last + 1);
    }

    const torch::ScalarType dtype = params.float64 ? torch::kFloat64 : torch::kFloat32;
    const DecoderWeights weights = prepareGradientWeights(source, dtype, false);
    const FrozenDecoder frozen(weights, params.prepackedBackward && dtype == torch::kFloat32);
    control.report("grads", 0.0);
    const GradForwardTensors forward =
        gradForward(frozen, config, problem.input.narrow(2, 0, prefix), GradPaths::SelfPositionOnly);
    {
        torch::NoGradGuard noGrad;
        for (std::size_t j = 0; j < count; ++j)
            result.nll[j] = targetLoss(weights, forward.hidden, terms[j]).item<double>();
    }
    std::vector<torch::Tensor> inputs = {forward.embedded};
    for (const GradLayerTensors& layer : forward.layers)
        inputs.push_back(layer.output);

    for (int pass = 0; pass < result.backwardPasses; ++pass) {
        if (control.cancelled())
            throw Cancelled();
        std::vector<TokenTerm> selfTerms;
        std::vector<std::size_t> members;
        for (std::size_t j = 0; j < count; ++j) {
            if (passOf[j] != pass)
                continue;
            members.push_back(j);
            for (const TokenTerm& term : terms[j])
                if (term.position == result.lastPosition[j])
                    selfTerms.push_back(term);
        }
        const torch::Tensor loss = summedLoss(weights, forward.hidden, selfTerms, codebooks);
        const std::vector<torch::Tensor> gradients =
            torch::autograd::grad({loss}, inputs, {}, /*retain_graph=*/pass + 1 < result.backwardPasses,
                                  /*create_graph=*/false, /*allow_unused=*/true);
        torch::NoGradGuard noGrad;
        for (std::size_t row = 0; row < gradients.size(); ++row) {
            if (!gradients[row].defined())
                continue;
            const torch::Tensor norms =
                gradients[row].select(0, 0).norm(2, {-1}).to(torch::kFloat32).contiguous();
            const float* values = norms.data_ptr<float>();
            for (const std::size_t j : members)
                result.norms[row * count + j] = values[result.lastPosition[j]];
        }
        control.report("grads", static_cast<double>(pass + 1) / result.backwardPasses);
    }
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return result;
}

SelfPositionNorms computeSelfPositionNorms(const MusicModel& model, const CodeMatrix& codes,
                                           const GradientParams& params, const RunControl& control) {
    const DecoderGradientInputs inputs = decoderGradientInputs(model, codes);
    return computeDecoderSelfPositionNorms(inputs.weights, inputs.config, inputs.codes, params, control);
}

} // namespace noiseloss
