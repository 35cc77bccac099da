#include "experiment/KernelDensity.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace noiseloss {
namespace {

double sortedQuantile(const std::vector<double>& sorted, double fraction) {
    const double position = fraction * static_cast<double>(sorted.size() - 1);
    const auto below = static_cast<std::size_t>(std::floor(position));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

} // namespace

double silvermanBandwidth(std::vector<double> values) {
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }),
                 values.end());
    if (values.size() < 2)
        return 0.0;
    std::sort(values.begin(), values.end());
    const double n = static_cast<double>(values.size());
    double mean = 0.0;
    for (double value : values)
        mean += value;
    mean /= n;
    double squares = 0.0;
    for (double value : values)
        squares += (value - mean) * (value - mean);
    const double sd = std::sqrt(squares / (n - 1.0));
    const double iqrScale = (sortedQuantile(values, 0.75) - sortedQuantile(values, 0.25)) / 1.34;
    double spread = std::min(sd, iqrScale);
    if (spread <= 0.0) // e.g. most values equal: the IQR is zero but the SD is not
        spread = std::max(sd, iqrScale);
    if (spread <= 0.0)
        return 0.0;
    return 0.9 * spread * std::pow(n, -0.2);
}

DensityCurve gaussianKernelDensity(const std::vector<double>& values, double bandwidth, int points,
                                   double cut) {
    DensityCurve curve;
    std::vector<double> data;
    for (double value : values)
        if (std::isfinite(value))
            data.push_back(value);
    if (data.empty() || !(bandwidth > 0.0) || points < 2)
        return curve;
    curve.bandwidth = bandwidth;
    const auto [lowest, highest] = std::minmax_element(data.begin(), data.end());
    const double from = *lowest - cut * bandwidth;
    const double to = *highest + cut * bandwidth;
    const double norm =
        1.0 / (static_cast<double>(data.size()) * bandwidth * std::sqrt(2.0 * std::numbers::pi));
    for (int i = 0; i < points; ++i) {
        const double x = from + (to - from) * static_cast<double>(i) / static_cast<double>(points - 1);
        double sum = 0.0;
        for (double value : data) {
            const double z = (x - value) / bandwidth;
            sum += std::exp(-0.5 * z * z);
        }
        curve.values.push_back(x);
        curve.densities.push_back(sum * norm);
    }
    return curve;
}

} // namespace noiseloss
