// Engine-internal (includes LibTorch): teacher-forced scoring of a code matrix with the decoder.
#pragma once

#include "engine/ScoreParams.h"
#include "engine/lm/DecoderWeights.h"
#include "engine/lm/ScoreCacheState.h"

#include <torch/torch.h>

namespace noiseloss {

/// CodeMatrix -> int64 tensor [K, T] on `device` (validates sizes and code range 0..codebookSize-1).
torch::Tensor codesToTensor(const CodeMatrix& codes, std::int64_t codebookSize, const torch::Device& device);

/// Scores `codes` under `params.alignment` (runs under InferenceMode). With `cache`, reuses the
/// cached prefix of the decoder input (see ScoreCache.h) and updates the cache. Reports progress
/// "score" and throws Cancelled when asked. Throws Error for codes that do not fit the model.
ScoreResult scoreWithDecoder(const DecoderWeights& weights, const DecoderConfig& config,
                             const CodeMatrix& codes, const ScoreParams& params, const RunControl& control,
                             ScoreCacheState* cache, const torch::Device& device);

} // namespace noiseloss
