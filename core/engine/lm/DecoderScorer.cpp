#include "engine/lm/DecoderScorer.h"

#include "engine/lm/DelayPattern.h"
#include "engine/lm/TokenScoring.h"
#include "util/Error.h"

namespace noiseloss {
namespace {

/// First column where two [1, K, S] inputs differ (the shorter length if one is a prefix).
std::int64_t firstDifference(const torch::Tensor& previous, const torch::Tensor& next) {
    const std::int64_t common = std::min(previous.size(2), next.size(2));
    if (common == 0)
        return 0;
    const torch::Tensor differs =
        (previous.narrow(2, 0, common) != next.narrow(2, 0, common)).any(1).squeeze(0).to(torch::kCPU);
    const torch::Tensor positions = differs.nonzero();
    return positions.size(0) == 0 ? common : positions[0][0].item<std::int64_t>();
}

/// Final hidden states [1, S, d] for `input`, reusing and updating `cache` when given.
torch::Tensor hiddenStates(const DecoderWeights& weights, const DecoderConfig& config,
                           const torch::Tensor& input, Alignment alignment, const RunControl& control,
                           ScoreCacheState* cache) {
    ForwardOptions options;
    options.control = &control;
    if (!cache)
        return decoderHidden(weights, config, input, options);
    std::int64_t reuse = 0;
    if (!cache->empty() && cache->owner == &weights && cache->alignment == alignment &&
        cache->input.device() == input.device())
        reuse = firstDifference(cache->input, input);
    if (reuse == 0)
        cache->kv = KvCache{};
    cache->kv.truncate(reuse);
    const std::int64_t length = input.size(2);
    torch::Tensor hidden;
    if (reuse == length) {
        hidden = cache->hidden.narrow(1, 0, length);
    } else {
        options.cache = &cache->kv;
        options.pastLength = reuse;
        const torch::Tensor fresh =
            decoderHidden(weights, config, input.narrow(2, reuse, length - reuse), options);
        hidden = reuse > 0 ? torch::cat({cache->hidden.narrow(1, 0, reuse), fresh}, 1) : fresh;
    }
    cache->owner = &weights;
    cache->alignment = alignment;
    cache->input = input;
    cache->hidden = hidden;
    cache->reusedPositions = reuse;
    cache->computedPositions = length - reuse;
    return hidden;
}

} // namespace

torch::Tensor codesToTensor(const CodeMatrix& codes, std::int64_t codebookSize, const torch::Device& device) {
    if (codes.codebooks <= 0 || codes.frames <= 0 ||
        codes.codes.size() != static_cast<std::size_t>(codes.codebooks * codes.frames))
        throw Error("code matrix is empty or its size does not match " + std::to_string(codes.codebooks) +
                    " x " + std::to_string(codes.frames));
    torch::Tensor tensor = torch::from_blob(const_cast<std::int64_t*>(codes.codes.data()),
                                            {codes.codebooks, codes.frames}, torch::kInt64)
                               .clone();
    const auto minimum = tensor.min().item<std::int64_t>();
    const auto maximum = tensor.max().item<std::int64_t>();
    if (minimum < 0 || maximum >= codebookSize)
        throw Error("codes range " + std::to_string(minimum) + ".." + std::to_string(maximum) +
                    " lies outside the model's codebook 0.." + std::to_string(codebookSize - 1));
    return tensor.to(device);
}

ScoreResult scoreWithDecoder(const DecoderWeights& weights, const DecoderConfig& config,
                             const CodeMatrix& codes, const ScoreParams& params, const RunControl& control,
                             ScoreCacheState* cache, const torch::Device& device) {
    if (codes.codebooks != config.codebooks)
        throw Error("codes have " + std::to_string(codes.codebooks) + " codebooks, the model expects " +
                    std::to_string(config.codebooks));
    c10::InferenceMode inferenceMode;
    const torch::Tensor tensor = codesToTensor(codes, config.codebookSize, device);
    const bool delayed = params.alignment == Alignment::Delayed;
    const torch::Tensor input =
        (delayed ? delayedScoringInput(tensor, config.padToken()) : noiseLossScoringInput(tensor))
            .unsqueeze(0);
    control.report("score", 0.0);
    const torch::Tensor hidden = hiddenStates(weights, config, input, params.alignment, control, cache);
    const torch::Tensor logits = decoderLogits(weights, hidden).squeeze(0); // [K, S, V]
    ScoreResult result;
    result.alignment = params.alignment;
    if (delayed) {
        fillTokenStatistics(delayedPredictionLogits(logits, codes.frames), tensor, params.computeTop5,
                            result);
        result.firstFrame = 0;
    } else {
        fillTokenStatistics(noiseLossPredictionLogits(logits, codes.frames),
                            tensor.narrow(1, 1, codes.frames - 1), params.computeTop5, result);
        result.firstFrame = 1;
    }
    control.report("score", 1.0);
    return result;
}

} // namespace noiseloss
