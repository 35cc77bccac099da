#pragma once

#include <cstdint>
#include <memory>
#include <vector>

namespace noiseloss {

struct EncodeCacheState;

/// What MusicModel::encode remembers between calls for incremental re-encoding: the samples of
/// the last clip, the encoder's activations before and after its LSTM, the LSTM state at regular
/// frames, and the codes. When the next clip has the same length and shares a prefix of samples,
/// only the frames from shortly before the first changed sample are recomputed:
///   - the convolutional front end is local (receptive field ~10 frames), so it restarts
///     kEncoderMarginFrames before the changed frame;
///   - the LSTM restarts from its stored state at the checkpoint before that frame (every 2 s);
///   - the output convolution and the quantiser are local again.
/// The codes equal a full encode up to float rounding in the recomputed frames (the same
/// arithmetic in a different blocking). Memory: ~2 x channels x 4 bytes per frame plus the clip's
/// samples (~15 MB for 30 s with musicgen-small's EnCodec).
///
/// Copyable (copies share the immutable tensors, so a copy is cheap) and movable. Not thread-safe:
/// one cache belongs to one thread at a time.
class EncodeCache {
public:
    EncodeCache();
    ~EncodeCache();
    EncodeCache(const EncodeCache& other);
    EncodeCache& operator=(const EncodeCache& other);
    EncodeCache(EncodeCache&&) noexcept;
    EncodeCache& operator=(EncodeCache&&) noexcept;

    bool empty() const;
    void clear();
    /// How many leading samples of `samples` equal the cached clip's (0 when empty or when the
    /// lengths differ: a different length changes the padding at the end, so nothing is reused).
    std::int64_t sharedPrefixSamples(const std::vector<float>& samples) const;
    /// Code frames taken from the cache / recomputed by the last encode() call.
    std::int64_t reusedFrames() const;
    std::int64_t computedFrames() const;

    /// Engine-internal access to the state (defined in codec/EncodeCacheState.h).
    EncodeCacheState& state();

private:
    std::unique_ptr<EncodeCacheState> m_state;
};

} // namespace noiseloss
