#include "analysis/LossAnalysis.h"

#include <algorithm>
#include <cmath>

namespace noiseloss {

LossAnalysisParams defaultLossAnalysisParams() {
    return {};
}

std::vector<std::pair<int, RegionTokens>> regionTokensFromPlan(const PerturbationPlan& plan,
                                                               const TokenTimeMap& tokens) {
    std::vector<std::pair<int, RegionTokens>> regions;
    for (std::size_t i = 0; i < plan.regions.size(); ++i) {
        const Region& region = plan.regions[i];
        RegionTokens span;
        span.onsetFrame = tokens.secondsToFrame(region.startSeconds);
        const auto endFrame =
            static_cast<std::int64_t>(std::ceil(region.endSeconds * tokens.framesPerSecond() - 1e-9));
        span.lengthFrames = std::max<std::int64_t>(0, endFrame - span.onsetFrame);
        regions.emplace_back(static_cast<int>(i), span);
    }
    std::stable_sort(regions.begin(), regions.end(),
                     [](const auto& a, const auto& b) { return a.second.onsetFrame < b.second.onsetFrame; });
    return regions;
}

LossAnalysis analyzeLosses(const LossCurves& original, const LossCurves& perturbed, const FrameIndexMap& map,
                           const std::vector<std::pair<int, RegionTokens>>& regions,
                           const LossAnalysisParams& params) {
    LossAnalysis analysis;
    analysis.aligned = alignLosses(original, perturbed, map, params.alignment);
    const std::vector<float>& difference = analysis.aligned.differenceMean;

    std::vector<RegionTokens> spans;
    for (const auto& region : regions)
        spans.push_back(region.second);
    const std::vector<StudyBands> bands = detectStudyBands(difference, spans, params.studyBands);
    for (std::size_t i = 0; i < bands.size(); ++i) {
        RegionAnalysis region;
        region.planRegionIndex = regions[i].first;
        region.bands = bands[i];
        region.peak = computeBandStats(analysis.aligned, bands[i].peak);
        region.assimilation = computeBandStats(analysis.aligned, bands[i].assimilation);
        region.recovery = computeBandStats(analysis.aligned, bands[i].recovery);
        analysis.regions.push_back(region);
    }

    analysis.movingAverage = detectMovingAverageBands(difference, params.movingAverage);
    for (const TokenSpan& span : analysis.movingAverage.affected)
        analysis.affectedStats.push_back(computeBandStats(analysis.aligned, span));
    for (const TokenSpan& span : analysis.movingAverage.recovery)
        analysis.movingRecoveryStats.push_back(computeBandStats(analysis.aligned, span));
    analysis.clip = computeClipStats(original, perturbed);
    return analysis;
}

} // namespace noiseloss
