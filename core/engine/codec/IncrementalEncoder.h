// Engine-internal (includes LibTorch): EnCodec encoding that reuses the unchanged prefix of the
// previous clip (see EncodeCache.h for the contract).
#pragma once

#include "engine/codec/EncodeCacheState.h"
#include "engine/codec/EncodecWeights.h"

#include <torch/torch.h>

namespace noiseloss {

/// LSTM states are stored every this many frames (2 s at 50 Hz): a re-encode restarts the LSTM at
/// most this many frames before the first frame it has to recompute. Not smaller: every stored
/// state costs one more LSTM call, and short calls are slow (musicgen-small's encoder, 30 s in
/// calls of 25 frames: ~4x the time of calls of 100 frames).
inline constexpr std::int64_t kEncodeCheckpointFrames = 100;

/// How many leading samples of two clips are bitwise equal (0 when the lengths differ).
std::int64_t sharedPrefixSamples(const std::vector<float>& a, const std::vector<float>& b);

/// Encodes mono `samples` (at the codec's rate, non-empty) to codes int64 [1, K, ceil(L / hop)],
/// like rvqEncode(encodecEncoderForward(...)), recomputing only what changed since the clip held
/// in `cache`, and leaves the new clip's state in `cache`. A cache from other weights or another
/// clip length is ignored. Runs under NoGradGuard. On an exception the cache is cleared.
torch::Tensor encodeWithCache(const EncodecWeights& weights, const std::vector<float>& samples,
                              EncodeCacheState& cache);

} // namespace noiseloss
