#pragma once

// Engine-internal: training songs for the demo model, rendered with core/synth.

#include "synth/SynthRandom.h"

#include <cstdint>
#include <vector>

namespace noiseloss {

/// The first seed reserved for held-out material: training songs always use seeds below it
/// (resources/demo/demo-clip-1.flac and -2 use seeds 1000001 and 1000002).
constexpr std::uint64_t kFirstHeldOutSeed = 1000000;

/// Seed of training song `index` of a run with seed `runSeed`: in [0, kFirstHeldOutSeed).
std::uint64_t trainingSongSeed(std::uint64_t runSeed, int index);

/// A pool of rendered songs (mono, 32 kHz, -16 dBFS RMS) held in memory. Rendering is
/// deterministic, so a resumed run rebuilds the identical pool. Not thread-safe.
class SynthSongPool {
public:
    /// Renders `count` songs of `seconds` each with seeds trainingSongSeed(runSeed, firstIndex + i).
    SynthSongPool(std::uint64_t runSeed, int firstIndex, int count, double seconds);
    /// Wraps songs rendered elsewhere (e.g. held-out material for evaluation).
    explicit SynthSongPool(std::vector<std::vector<float>> songs) : m_songs(std::move(songs)) {}

    int size() const { return static_cast<int>(m_songs.size()); }
    const std::vector<float>& song(int index) const { return m_songs[static_cast<std::size_t>(index)]; }

    /// `count` random segments of `lengthSamples` each, concatenated (count * lengthSamples values);
    /// song and offset drawn from `random`. Songs shorter than the segment are zero-padded.
    std::vector<float> randomSegments(SynthRandom& random, int count, std::int64_t lengthSamples) const;

private:
    std::vector<std::vector<float>> m_songs;
};

} // namespace noiseloss
