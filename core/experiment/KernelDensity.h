#pragma once

#include <vector>

namespace noiseloss {

/// A Gaussian kernel density estimate sampled on an even grid, for violin plots.
struct DensityCurve {
    std::vector<double> values;    ///< grid positions, ascending (same unit as the data)
    std::vector<double> densities; ///< estimated density at each position (integrates to ~1)
    double bandwidth = 0.0;        ///< the kernel's standard deviation that was used
};

/// Silverman's rule of thumb, 0.9 * min(SD, IQR / 1.34) * n^(-1/5): robust to a few outliers
/// (the IQR term) and close to optimal for roughly normal data, which band means are. Falls back
/// to the SD, then to the IQR, when the other is zero; returns 0 when fewer than two values differ
/// (no spread to estimate). Quartiles interpolate linearly between order statistics.
double silvermanBandwidth(std::vector<double> values);

/// The density of `values` with a Gaussian kernel of `bandwidth` (> 0), sampled at `points`
/// (>= 2) positions from min - cut * bandwidth to max + cut * bandwidth. cut = 2 shows the tails a
/// reader expects without inventing much beyond the data. Empty curve for no values or a
/// bandwidth <= 0. Pure function.
DensityCurve gaussianKernelDensity(const std::vector<double>& values, double bandwidth, int points = 100,
                                   double cut = 2.0);

} // namespace noiseloss
