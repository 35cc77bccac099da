#pragma once

#include <cstdint>

namespace noiseloss {

/// The synthesizer's random source: SplitMix64, written out here so a seed gives the same song on
/// every platform and standard library (no std:: distributions are used anywhere in core/synth).
/// A small value type; copy it to fork a stream. Not thread-safe; one instance per thread.
class SynthRandom {
public:
    explicit SynthRandom(std::uint64_t seed) : m_state(seed) {}

    /// The next 64 random bits.
    std::uint64_t nextBits() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// Uniform in [0, 1).
    double uniform() { return static_cast<double>(nextBits() >> 11) * (1.0 / 9007199254740992.0); }
    /// Uniform in [low, high).
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /// Uniform integer in [0, bound); bound must be > 0 (the tiny modulo bias is irrelevant here).
    int below(int bound) { return static_cast<int>(nextBits() % static_cast<std::uint64_t>(bound)); }
    /// True with the given probability.
    bool chance(double probability) { return uniform() < probability; }
    /// A white-noise sample in [-1, 1).
    float noise() { return static_cast<float>(2.0 * uniform() - 1.0); }
    /// An independent stream derived from this one and a label (for per-part randomness).
    SynthRandom fork(std::uint64_t label) {
        return SynthRandom(nextBits() ^ (label * 0xD1B54A32D192ED03ull));
    }

private:
    std::uint64_t m_state;
};

} // namespace noiseloss
