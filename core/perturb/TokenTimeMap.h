#pragma once

#include <cmath>
#include <cstdint>

namespace noiseloss {

/// Converts between seconds, samples and token frames. A token frame covers `hopSamples` samples
/// (640 at 32 kHz for EnCodec = 50 frames per second).
struct TokenTimeMap {
    int sampleRate = 32000;
    int hopSamples = 640;

    double framesPerSecond() const { return static_cast<double>(sampleRate) / hopSamples; }
    double frameToSeconds(std::int64_t frame) const { return static_cast<double>(frame) / framesPerSecond(); }
    /// The frame whose span contains `seconds` (floor).
    std::int64_t secondsToFrame(double seconds) const {
        return static_cast<std::int64_t>(std::floor(seconds * framesPerSecond() + 1e-9));
    }
    /// The nearest frame boundary, in seconds.
    double snapSeconds(double seconds) const {
        return std::round(seconds * framesPerSecond()) / framesPerSecond();
    }
    std::int64_t secondsToSample(double seconds) const {
        return static_cast<std::int64_t>(std::llround(seconds * sampleRate));
    }
    /// Number of frames EnCodec produces for `samples` samples: ceil(samples / hop).
    std::int64_t frameCountForSamples(std::int64_t samples) const {
        return (samples + hopSamples - 1) / hopSamples;
    }
};

} // namespace noiseloss
