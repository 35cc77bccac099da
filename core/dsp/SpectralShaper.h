#pragma once

#include <cstddef>
#include <vector>

namespace noiseloss {

/// Shapes a signal's spectrum to a power-law slope with FFTW: every bin k > 0 is scaled by
/// k^(alpha/2), so power goes as f^alpha (alpha = slopeDbPerOctave / (10 log10 2); pink = -1 is
/// -3.01 dB/octave). The DC bin is removed. The transform length is the smallest 2^a 3^b 5^c 7^d
/// >= the input length (the input is zero-padded and the output cut back), keeping FFTW fast
/// for any length. Thread-safe: FFTW planning is serialised internally.
class SpectralShaper {
public:
    /// `powerExponent` is alpha above (0 = white, -1 pink, -2 brown, +1 blue, +2 violet).
    explicit SpectralShaper(double powerExponent);

    /// Returns the shaped signal, same length as `input`; input of length < 2 is returned unchanged.
    std::vector<double> shape(const std::vector<double>& input) const;

    /// The smallest 7-smooth integer >= n (n >= 1).
    static std::size_t fastTransformLength(std::size_t n);

private:
    double m_powerExponent;
};

} // namespace noiseloss
