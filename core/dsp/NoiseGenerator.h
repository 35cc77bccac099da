#pragma once

#include "perturb/PerturbationPlan.h"

#include <cstdint>
#include <vector>

namespace noiseloss {

/// Parameters of a noise signal.
struct NoiseParams {
    NoiseColor color = NoiseColor::White;
    NoiseMethod method = NoiseMethod::Spectral;
    std::uint64_t seed = 0;
};

/// Generates `sampleCount` samples of coloured noise, deterministic for a given seed (same seed and
/// parameters => identical samples). Both methods start from the same white samples: the first
/// `sampleCount` values of NormalGenerator(params.seed).
///  - Spectral: the white samples shaped with FFTW (SpectralShaper) so that power goes as f^alpha
///    (white 0, pink -1, brown -2, blue +1, violet +2: steps of 10 log10 2 = 3.01 dB/octave, DC
///    removed), then scaled to RMS exactly 1.
///  - NoiseLoss: the original study's recipe: the white samples through its IIR filters
///    (StudyFilters.h; single pass, zero initial state), divided by their standard deviation
///    (population, ddof 0), so the RMS is 1 up to the tiny mean. Violet is not defined by the
///    study and throws Error.
/// Thread-safe (no shared state besides FFTW's serialised planner).
std::vector<float> generateNoise(std::size_t sampleCount, const NoiseParams& params);

/// Converts a level in dB (dBFS RMS) to a linear RMS gain: 10^(dB/20).
double dbToGain(double db);
/// RMS of a span of samples (0 for an empty span).
double rms(const float* samples, std::size_t count);

} // namespace noiseloss
