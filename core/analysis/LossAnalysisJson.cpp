#include "analysis/LossAnalysisJson.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace noiseloss {
namespace {

nlohmann::json number(double value) {
    return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json();
}

nlohmann::json bandJson(const BandStats& stats, const TokenTimeMap& tokens) {
    return {{"start", stats.span.begin},
            {"end", stats.span.end},
            {"start_seconds", tokens.frameToSeconds(stats.span.begin)},
            {"end_seconds", tokens.frameToSeconds(stats.span.end)},
            {"length", stats.span.length()},
            {"valid_tokens", stats.validTokens},
            {"mean_d", number(stats.meanDifference)},
            {"max_d", number(stats.maxDifference)},
            {"mean_loss_original", number(stats.meanOriginal)},
            {"mean_loss_perturbed", number(stats.meanPerturbed)}};
}

nlohmann::json regionJson(const RegionAnalysis& region, const TokenTimeMap& tokens) {
    return {{"plan_region_index", region.planRegionIndex},
            {"onset_token", region.bands.region.onsetFrame},
            {"length_tokens", region.bands.region.lengthFrames},
            {"baseline", number(region.bands.baseline)},
            {"baseline_source", toString(region.bands.baselineSource)},
            {"baseline_span", {region.bands.baselineSpan.begin, region.bands.baselineSpan.end}},
            {"peak_returned_to_baseline", region.bands.peakReturnedToBaseline},
            {"peak", bandJson(region.peak, tokens)},
            {"assimilation", bandJson(region.assimilation, tokens)},
            {"recovery", bandJson(region.recovery, tokens)}};
}

nlohmann::json paramsJson(const LossAnalysisParams& params) {
    const StudyBandParams& study = params.studyBands;
    const MovingAverageParams& moving = params.movingAverage;
    return {{"alignment_policy", toString(params.alignment)},
            {"study_bands",
             {{"baseline_gap_tokens", study.baselineGapTokens},
              {"lead_tokens", study.leadTokens},
              {"run_length_tokens", study.runLengthTokens},
              {"fallback_peak_tokens", study.fallbackPeakTokens},
              {"assimilation_tail_tokens", study.assimilationTailTokens}}},
            {"moving_average",
             {{"taps", moving.taps},
              {"threshold_sd_factor", moving.thresholdSdFactor},
              {"merge_gap_tokens", moving.mergeGapTokens},
              {"min_recovery_gap_tokens", moving.minRecoveryGapTokens}}}};
}

} // namespace

std::string toString(BaselineSource source) {
    switch (source) {
    case BaselineSource::Full:
        return "full";
    case BaselineSource::BeforeLead:
        return "before-lead";
    case BaselineSource::None:
        return "none";
    }
    return "none";
}

nlohmann::json lossAnalysisToJson(const LossAnalysis& analysis, const LossAnalysisParams& params,
                                  const TokenTimeMap& tokens) {
    nlohmann::json regions = nlohmann::json::array();
    for (const RegionAnalysis& region : analysis.regions)
        regions.push_back(regionJson(region, tokens));
    nlohmann::json affected = nlohmann::json::array();
    for (const BandStats& stats : analysis.affectedStats)
        affected.push_back(bandJson(stats, tokens));
    nlohmann::json recovery = nlohmann::json::array();
    for (const BandStats& stats : analysis.movingRecoveryStats)
        recovery.push_back(bandJson(stats, tokens));
    return {{"token_frames", analysis.aligned.frames},
            {"frames_per_second", tokens.framesPerSecond()},
            {"regions", regions},
            {"moving_average",
             {{"threshold", number(analysis.movingAverage.threshold)},
              {"affected", affected},
              {"recovery", recovery}}},
            {"clip",
             {{"mean_loss_original", number(analysis.clip.meanOriginal)},
              {"mean_loss_perturbed", number(analysis.clip.meanPerturbed)},
              {"difference", number(analysis.clip.difference)},
              {"lowered", analysis.clip.lowered},
              {"verdict", toString(analysis.clip.change)}}},
            {"settings", paramsJson(params)}};
}

} // namespace noiseloss
