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

/// Generates `sampleCount` samples of coloured noise normalised to unit RMS, deterministic for a
/// given seed (same seed and parameters => identical samples on every platform run here).
///  - Spectral: white Gaussian noise shaped in the frequency domain (FFTW) so that power falls or
///    rises by exactly 3 dB/octave per slope step (pink -3, brown -6, blue +3, violet +6).
///  - NoiseLoss: the original study's recipe: standard normal samples through its IIR filters
///    (single pass, zero initial state), divided by their standard deviation. Violet is not
///    defined by the study and throws Error.
std::vector<float> generateNoise(std::size_t sampleCount, const NoiseParams& params);

/// Converts a level in dB (dBFS RMS) to a linear RMS gain: 10^(dB/20).
double dbToGain(double db);
/// RMS of a span of samples (0 for an empty span).
double rms(const float* samples, std::size_t count);

} // namespace noiseloss
