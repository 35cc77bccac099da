// Engine-internal (includes LibTorch): the contents of an EncodeCache.
#pragma once

#include <torch/torch.h>
#include <utility>
#include <vector>

namespace noiseloss {

struct EncodeCacheState {
    const void* owner = nullptr; ///< the EnCodec weights the cache was computed with
    std::vector<float> samples;  ///< the clip of the last run (mono, model rate)
    torch::Tensor frontEnd;      ///< encoder activations before the LSTM [1, C, T]
    torch::Tensor lstmOutput;    ///< LSTM(x) + x [1, C, T]
    torch::Tensor codes;         ///< int64 [1, K, T]
    /// LSTM (h, c), each [layers, 1, C], BEFORE frame i * kEncodeCheckpointFrames.
    std::vector<std::pair<torch::Tensor, torch::Tensor>> lstmCheckpoints;
    std::int64_t reusedFrames = 0;
    std::int64_t computedFrames = 0;

    bool empty() const { return !codes.defined(); }
};

} // namespace noiseloss
