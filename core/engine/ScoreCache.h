#pragma once

#include <cstdint>
#include <memory>

namespace noiseloss {

struct ScoreCacheState;

/// What MusicModel::score remembers between calls for incremental re-scoring: the decoder input of
/// the last run, the self-attention keys/values of every layer and the final hidden states. When
/// the next call's codes share a prefix with the last ones (same model, same alignment), only the
/// positions from the first changed decoder input onward are recomputed; results equal a full
/// re-score within 1e-4. Memory: about 2 x layers x d_model x 4 bytes per position (~200 KB per
/// position for musicgen-small, ~0.3 GB for 30 s).
///
/// Movable, not copyable. Not thread-safe: one cache belongs to one thread at a time.
class ScoreCache {
public:
    ScoreCache();
    ~ScoreCache();
    ScoreCache(ScoreCache&&) noexcept;
    ScoreCache& operator=(ScoreCache&&) noexcept;

    bool empty() const;
    void clear();
    /// Decoder positions taken from the cache by the last score() call (0 = full computation).
    std::int64_t reusedPositions() const;
    /// Decoder positions computed by the last score() call.
    std::int64_t computedPositions() const;

    /// Engine-internal access to the state (defined in lm/ScoreCacheState.h).
    ScoreCacheState& state();

private:
    std::unique_ptr<ScoreCacheState> m_state;
};

} // namespace noiseloss
