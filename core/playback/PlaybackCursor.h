#pragma once

#include "playback/PerturbedTimeline.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace noiseloss {

/// Which signal is heard: the original clip (A) or the perturbed clip (B).
enum class PlaybackSource { Original, Perturbed };

/// A loop range in seconds of the ORIGINAL clip; start < end.
struct LoopRange {
    double startSeconds = 0.0;
    double endSeconds = 0.0;
};

/// The device-free part of playback: two mono signals at one sample rate, a read position, an
/// optional loop and the A/B source switch. Positions exposed to callers are always in seconds of
/// the ORIGINAL clip, so switching source keeps the musical position (through PerturbedTimeline
/// when deletions make the perturbed clip shorter) and happens between two samples, without a gap.
/// Not thread-safe: PlaybackEngine guards it with a mutex.
class PlaybackCursor {
public:
    using Samples = std::shared_ptr<const std::vector<float>>;

    /// Replaces both signals. Keeps the current position (clamped) and source.
    void setAudio(Samples original, Samples perturbed, PerturbedTimeline timeline, int sampleRate);
    void setSource(PlaybackSource source);
    PlaybackSource source() const { return m_source; }

    void seekSeconds(double originalSeconds);
    double positionSeconds() const; ///< in seconds of the original clip
    double durationSeconds() const; ///< of the original clip

    void setLoop(std::optional<LoopRange> loop) { m_loop = loop; }
    std::optional<LoopRange> loop() const { return m_loop; }

    /// Writes `frameCount` mono samples to `out` and advances. Wraps at the loop end when looping;
    /// otherwise pads with silence after the end. Returns the number of samples taken from the signal.
    std::size_t render(float* out, std::size_t frameCount);
    bool atEnd() const;
    int sampleRate() const { return m_sampleRate; }

private:
    const std::vector<float>* activeSamples() const;
    std::int64_t toActiveSample(double originalSeconds) const;
    double toOriginalSeconds(std::int64_t activeSample) const;

    Samples m_original;
    Samples m_perturbed;
    PerturbedTimeline m_timeline;
    int m_sampleRate = 32000;
    PlaybackSource m_source = PlaybackSource::Original;
    std::int64_t m_position = 0; ///< in samples of the active source
    std::optional<LoopRange> m_loop;
};

} // namespace noiseloss
