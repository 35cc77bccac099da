#pragma once

#include <cstddef>
#include <vector>

namespace noiseloss {

/// Audio samples in memory: interleaved float frames in [-1, 1] at a given sample rate.
/// A plain value type; no thread affinity.
struct AudioBuffer {
    int sampleRate = 0;         ///< samples per second per channel
    int channels = 0;           ///< 1 = mono
    std::vector<float> samples; ///< interleaved, size() == frameCount() * channels

    std::size_t frameCount() const {
        return channels > 0 ? samples.size() / static_cast<std::size_t>(channels) : 0;
    }
    double durationSeconds() const {
        return sampleRate > 0 ? static_cast<double>(frameCount()) / sampleRate : 0.0;
    }
    bool empty() const { return samples.empty(); }
};

} // namespace noiseloss
