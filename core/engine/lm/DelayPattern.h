// Engine-internal (includes LibTorch): MusicGen's delay pattern (musicgen-encodec.md section 5).
#pragma once

#include <torch/torch.h>

namespace noiseloss {

/// codes [K, T] int64 -> delayed sequence X [K, T + K] with X[k, s] = codes[k, s - 1 - k] where
/// 0 <= s - 1 - k < T, else `padToken`. Column 0 is all padToken (BOS).
torch::Tensor buildDelayedSequence(const torch::Tensor& codes, std::int64_t padToken);

/// Inverse of buildDelayedSequence: X [K, T + K] -> codes [K, T] (codes[k, t] = X[k, t + 1 + k]).
/// Throws Error when X is too short or a pad token sits where a code belongs.
torch::Tensor revertDelayedSequence(const torch::Tensor& delayed, std::int64_t padToken);

/// Decoder input for teacher-forced scoring of codes [K, T] under each alignment:
/// delayed: X[:, 0 : T + K - 1]; noiseloss: codes[:, 0 : T - 1] (no BOS, no delay).
torch::Tensor delayedScoringInput(const torch::Tensor& codes, std::int64_t padToken);
torch::Tensor noiseLossScoringInput(const torch::Tensor& codes);

/// Gathers, for every code C[k, t], the logits that predict it: delayed reads position t + k of
/// logits [K, S, V] (S >= T + K - 1) -> [K, T, V]; noiseloss reads position t for frame t + 1
/// (S >= T - 1) -> [K, T - 1, V].
torch::Tensor delayedPredictionLogits(const torch::Tensor& logits, std::int64_t frames);
torch::Tensor noiseLossPredictionLogits(const torch::Tensor& logits, std::int64_t frames);

} // namespace noiseloss
