#include "analysis/StudyBandDetector.h"

#include <algorithm>
#include <cmath>

namespace noiseloss {
namespace {

struct Baseline {
    double value = 0.0;
    BaselineSource source = BaselineSource::None;
    TokenSpan span;
};

bool meanOfFinite(const std::vector<float>& values, TokenSpan span, double& mean) {
    double sum = 0.0;
    std::int64_t count = 0;
    for (std::int64_t i = span.begin; i < span.end; ++i) {
        const float value = values[static_cast<std::size_t>(i)];
        if (std::isfinite(value)) {
            sum += value;
            ++count;
        }
    }
    if (count == 0)
        return false;
    mean = sum / static_cast<double>(count);
    return true;
}

Baseline computeBaseline(const std::vector<float>& difference, std::int64_t onset,
                         const StudyBandParams& params) {
    const auto n = static_cast<std::int64_t>(difference.size());
    Baseline baseline;
    const std::int64_t fullEnd = std::min(onset - params.baselineGapTokens, n);
    if (fullEnd > 0) {
        baseline.span = {0, fullEnd};
        if (meanOfFinite(difference, baseline.span, baseline.value)) {
            baseline.source = BaselineSource::Full;
            return baseline;
        }
    }
    const std::int64_t shortEnd = std::clamp<std::int64_t>(onset - params.leadTokens, 0, n);
    baseline.span = {0, shortEnd};
    if (shortEnd > 0 && meanOfFinite(difference, baseline.span, baseline.value)) {
        baseline.source = BaselineSource::BeforeLead;
        return baseline;
    }
    return {0.0, BaselineSource::None, {0, 0}};
}

/// First j >= from with D[j .. j+run-1] all <= baseline, or -1.
std::int64_t findReturnToBaseline(const std::vector<float>& difference, std::int64_t from, double baseline,
                                  int runLength) {
    const auto n = static_cast<std::int64_t>(difference.size());
    std::int64_t runStart = std::max<std::int64_t>(from, 0);
    for (std::int64_t j = runStart; j < n; ++j) {
        const float value = difference[static_cast<std::size_t>(j)];
        if (!(std::isfinite(value) && value <= baseline)) {
            runStart = j + 1;
            continue;
        }
        if (j - runStart + 1 >= runLength)
            return runStart;
    }
    return -1;
}

TokenSpan clippedSpan(std::int64_t begin, std::int64_t end, std::int64_t n) {
    const std::int64_t clippedBegin = std::clamp<std::int64_t>(begin, 0, n);
    return {clippedBegin, std::clamp<std::int64_t>(end, clippedBegin, n)};
}

} // namespace

StudyBandParams defaultStudyBandParams() {
    return {};
}

std::vector<StudyBands> detectStudyBands(const std::vector<float>& difference,
                                         const std::vector<RegionTokens>& regions,
                                         const StudyBandParams& params) {
    const auto n = static_cast<std::int64_t>(difference.size());
    std::vector<StudyBands> result;
    for (std::size_t r = 0; r < regions.size(); ++r) {
        const RegionTokens& region = regions[r];
        const std::int64_t onset = region.onsetFrame;
        StudyBands bands;
        bands.region = region;
        const Baseline baseline = computeBaseline(difference, onset, params);
        bands.baseline = baseline.value;
        bands.baselineSource = baseline.source;
        bands.baselineSpan = baseline.span;

        const std::int64_t peakStart = onset - params.leadTokens;
        std::int64_t peakEnd =
            findReturnToBaseline(difference, peakStart, baseline.value, params.runLengthTokens);
        bands.peakReturnedToBaseline = peakEnd >= 0;
        if (peakEnd < 0)
            peakEnd = onset + params.fallbackPeakTokens;
        bands.peak = clippedSpan(peakStart, peakEnd, n);

        const std::int64_t assimilationEnd =
            std::min(onset + region.lengthFrames + params.assimilationTailTokens, n - 1);
        bands.assimilation = clippedSpan(bands.peak.end, assimilationEnd, n);

        const std::int64_t recoveryEnd =
            r + 1 < regions.size() ? regions[r + 1].onsetFrame - params.leadTokens : n - 1;
        bands.recovery = clippedSpan(bands.assimilation.end, recoveryEnd, n);
        result.push_back(bands);
    }
    return result;
}

} // namespace noiseloss
