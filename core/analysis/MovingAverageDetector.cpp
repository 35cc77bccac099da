#include "analysis/MovingAverageDetector.h"

#include "util/Error.h"

#include <cmath>
#include <limits>

namespace noiseloss {
namespace {

std::vector<float> centredMovingAverage(const std::vector<float>& values, int taps) {
    const auto n = static_cast<std::int64_t>(values.size());
    const int half = taps / 2;
    std::vector<float> smoothed(values.size(), std::numeric_limits<float>::quiet_NaN());
    for (std::int64_t i = 0; i < n; ++i) {
        double sum = 0.0;
        int count = 0;
        for (std::int64_t j = std::max<std::int64_t>(0, i - half); j <= std::min(n - 1, i + half); ++j) {
            const float value = values[static_cast<std::size_t>(j)];
            if (std::isfinite(value)) {
                sum += value;
                ++count;
            }
        }
        if (count > 0)
            smoothed[static_cast<std::size_t>(i)] = static_cast<float>(sum / count);
    }
    return smoothed;
}

double populationSd(const std::vector<float>& values) {
    double sum = 0.0, sumSquares = 0.0;
    std::int64_t count = 0;
    for (float value : values) {
        if (!std::isfinite(value))
            continue;
        sum += value;
        sumSquares += static_cast<double>(value) * value;
        ++count;
    }
    if (count == 0)
        return 0.0;
    const double mean = sum / static_cast<double>(count);
    return std::sqrt(std::max(0.0, sumSquares / static_cast<double>(count) - mean * mean));
}

std::vector<TokenSpan> runsAbove(const std::vector<float>& values, double threshold, int mergeGap) {
    std::vector<TokenSpan> runs;
    const auto n = static_cast<std::int64_t>(values.size());
    for (std::int64_t i = 0; i < n; ++i) {
        const float value = values[static_cast<std::size_t>(i)];
        if (!(std::isfinite(value) && value > threshold))
            continue;
        if (!runs.empty() && i - runs.back().end <= mergeGap)
            runs.back().end = i + 1;
        else
            runs.push_back({i, i + 1});
    }
    return runs;
}

} // namespace

MovingAverageParams defaultMovingAverageParams() {
    return {};
}

MovingAverageBands detectMovingAverageBands(const std::vector<float>& difference,
                                            const MovingAverageParams& params) {
    if (params.taps < 1 || params.taps % 2 == 0)
        throw Error("moving-average detector: taps must be a positive odd number, got " +
                    std::to_string(params.taps));
    MovingAverageBands bands;
    bands.smoothed = centredMovingAverage(difference, params.taps);
    bands.threshold = params.thresholdSdFactor * populationSd(bands.smoothed);
    bands.affected = runsAbove(bands.smoothed, bands.threshold, params.mergeGapTokens);
    const auto n = static_cast<std::int64_t>(difference.size());
    for (std::size_t i = 0; i < bands.affected.size(); ++i) {
        const std::int64_t gapEnd = i + 1 < bands.affected.size() ? bands.affected[i + 1].begin : n;
        const TokenSpan gap{bands.affected[i].end, gapEnd};
        if (gap.length() > params.minRecoveryGapTokens)
            bands.recovery.push_back(gap);
    }
    return bands;
}

} // namespace noiseloss
