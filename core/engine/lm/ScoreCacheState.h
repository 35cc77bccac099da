// Engine-internal (includes LibTorch): the contents of a ScoreCache.
#pragma once

#include "engine/EngineTypes.h"
#include "engine/lm/DecoderForward.h"

#include <torch/torch.h>

namespace noiseloss {

struct ScoreCacheState {
    const void* owner = nullptr; ///< the decoder weights the cache was computed with
    Alignment alignment = Alignment::Delayed;
    torch::Tensor input;  ///< decoder input ids [1, K, S] of the last run
    KvCache kv;           ///< keys/values of positions 0..S-1
    torch::Tensor hidden; ///< final-LN hidden states [1, S, d]
    std::int64_t reusedPositions = 0;
    std::int64_t computedPositions = 0;

    bool empty() const { return !input.defined(); }
};

} // namespace noiseloss
