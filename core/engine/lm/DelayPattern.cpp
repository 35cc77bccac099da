#include "engine/lm/DelayPattern.h"

#include "util/Error.h"

namespace noiseloss {

torch::Tensor buildDelayedSequence(const torch::Tensor& codes, std::int64_t padToken) {
    if (codes.dim() != 2)
        throw Error("delay pattern: codes must be [codebooks, frames]");
    const std::int64_t k = codes.size(0);
    const std::int64_t t = codes.size(1);
    torch::Tensor delayed = torch::full({k, t + k}, padToken, codes.options().dtype(torch::kInt64));
    for (std::int64_t row = 0; row < k; ++row)
        delayed[row].narrow(0, row + 1, t).copy_(codes[row]);
    return delayed;
}

torch::Tensor revertDelayedSequence(const torch::Tensor& delayed, std::int64_t padToken) {
    if (delayed.dim() != 2 || delayed.size(1) < delayed.size(0))
        throw Error("delay pattern: delayed sequence must be [K, T + K]");
    const std::int64_t k = delayed.size(0);
    const std::int64_t t = delayed.size(1) - k;
    std::vector<torch::Tensor> rows;
    for (std::int64_t row = 0; row < k; ++row)
        rows.push_back(delayed[row].narrow(0, row + 1, t));
    torch::Tensor codes = torch::stack(rows, 0);
    if (t > 0 && (codes == padToken).any().item<bool>())
        throw Error("delay pattern: a pad token (" + std::to_string(padToken) +
                    ") sits where a code belongs");
    return codes;
}

torch::Tensor delayedScoringInput(const torch::Tensor& codes, std::int64_t padToken) {
    const torch::Tensor delayed = buildDelayedSequence(codes, padToken);
    return delayed.narrow(1, 0, delayed.size(1) - 1);
}

torch::Tensor noiseLossScoringInput(const torch::Tensor& codes) {
    if (codes.size(1) < 2)
        throw Error("NoiseLoss-compatible scoring needs at least 2 frames, got " +
                    std::to_string(codes.size(1)));
    return codes.narrow(1, 0, codes.size(1) - 1);
}

torch::Tensor delayedPredictionLogits(const torch::Tensor& logits, std::int64_t frames) {
    const std::int64_t k = logits.size(0);
    std::vector<torch::Tensor> rows;
    for (std::int64_t row = 0; row < k; ++row)
        rows.push_back(logits[row].narrow(0, row, frames));
    return torch::stack(rows, 0);
}

torch::Tensor noiseLossPredictionLogits(const torch::Tensor& logits, std::int64_t frames) {
    return logits.narrow(1, 0, frames - 1);
}

} // namespace noiseloss
