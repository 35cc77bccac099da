// Engine-internal (includes LibTorch): per-token statistics from prediction logits.
#pragma once

#include "engine/EngineTypes.h"

#include <torch/torch.h>

namespace noiseloss {

/// logits [K, N, V] predicting targets [K, N] (int64, values < V) -> NLL, entropy, rank of the
/// target (number of classes with a strictly larger logit) and, if `computeTop5`, the 5 most likely
/// classes, filled into `result` (codebooks, columns and the vectors; alignment/firstFrame untouched).
/// Works in float32 on any device; results are copied to the CPU.
void fillTokenStatistics(const torch::Tensor& logits, const torch::Tensor& targets, bool computeTop5,
                         ScoreResult& result);

} // namespace noiseloss
