#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace noiseloss {

/// What a region does to the audio (or, for Delete, to the token sequence).
enum class RegionKind { Noise, Silence, Shuffle, Delete };

/// Noise colour. Spectral colours have exact slopes (white 0, pink -3, brown -6, blue +3,
/// violet +6 dB/octave); the NoiseLoss method approximates pink/brown/blue with the original
/// study's IIR filters (violet is not defined there).
enum class NoiseColor { White, Pink, Brown, Blue, Violet };

/// How coloured noise is made: exact spectral shaping (FFTW) or the study's filters.
enum class NoiseMethod { Spectral, NoiseLoss };

/// Replace the region's samples (hard splice, the study's convention) or add noise to them.
enum class NoiseMode { Replace, Mix };

/// How the noise level is specified.
enum class LevelMode {
    AbsoluteDbfs, ///< RMS of the noise in dB relative to full scale (the study's convention)
    SnrSegment,   ///< signal-to-noise ratio in dB relative to the RMS of the replaced segment
    SnrClip       ///< signal-to-noise ratio in dB relative to the RMS of the whole clip
};

/// Block shuffles in token-length units.
enum class ShuffleScheme {
    AdjacentSwap, ///< swap [s, s+L) with [s+L, s+2L) tokens from the region start
    RandomPairs   ///< swap random adjacent block pairs until `fraction` of the region is covered
};

/// One region of a plan. Times are in seconds of the original clip; start < end.
struct Region {
    RegionKind kind = RegionKind::Noise;
    double startSeconds = 0.0;
    double endSeconds = 0.0;
    std::uint64_t seed = 0;

    // Noise parameters (kind == Noise)
    NoiseColor color = NoiseColor::White;
    NoiseMethod method = NoiseMethod::NoiseLoss;
    NoiseMode mode = NoiseMode::Replace;
    LevelMode levelMode = LevelMode::AbsoluteDbfs;
    double levelDb = -12.0; ///< dBFS for AbsoluteDbfs, SNR dB otherwise

    // Shuffle parameters (kind == Shuffle)
    ShuffleScheme scheme = ShuffleScheme::AdjacentSwap;
    int blockTokens = 10;  ///< block length L in tokens
    double fraction = 0.2; ///< RandomPairs: fraction of the region's tokens covered

    std::string label; ///< optional user label

    double lengthSeconds() const { return endSeconds - startSeconds; }
    bool operator==(const Region&) const = default;
};

/// An ordered list of regions applied to one clip. Regions are kept sorted by start time.
struct PerturbationPlan {
    std::vector<Region> regions;
    bool allowOverlap = false;

    bool operator==(const PerturbationPlan&) const = default;
};

} // namespace noiseloss
