#include "experiment/JobRows.h"

#include "perturb/PlanJson.h"

namespace noiseloss {
namespace {

TidyRow describeJob(const JobIdentity& identity, const PerturbationSetting& setting,
                    const TokenTimeMap& tokens) {
    TidyRow row;
    row.job = identity.index;
    row.jobId = identity.jobId;
    row.dataset = identity.dataset;
    row.clip = identity.clip;
    row.model = identity.model;
    row.kind = toString(setting.kind);
    row.onset = regionForSetting(setting, tokens).startSeconds;
    row.length = lengthTokens(setting, tokens);
    if (setting.kind == RegionKind::Noise) {
        row.colour = toString(setting.colour);
        row.method = toString(setting.method);
        row.level = setting.level;
    }
    if (setting.kind == RegionKind::Shuffle) {
        row.scheme = toString(setting.scheme);
        row.block = setting.block;
    }
    if (setting.kind == RegionKind::Noise || setting.kind == RegionKind::Shuffle)
        row.seed = static_cast<double>(setting.seed);
    return row;
}

} // namespace

std::vector<TidyRow> tidyRowsForJob(const JobIdentity& identity, const PerturbationSetting& setting,
                                    const TokenTimeMap& tokens, const LossAnalysis& analysis) {
    TidyRow prototype = describeJob(identity, setting, tokens);
    prototype.clipLossOriginal = analysis.clip.meanOriginal;
    prototype.clipLossPerturbed = analysis.clip.meanPerturbed;
    prototype.lowered = analysis.clip.lowered;
    std::vector<TidyRow> rows;
    for (const RegionAnalysis& region : analysis.regions) {
        const std::pair<const char*, const BandStats*> bands[] = {
            {"peak", &region.peak}, {"assimilation", &region.assimilation}, {"recovery", &region.recovery}};
        for (const auto& [name, stats] : bands) {
            TidyRow row = prototype;
            row.band = name;
            row.start = stats->span.begin;
            row.end = stats->span.end;
            row.meanD = stats->meanDifference;
            row.maxD = stats->maxDifference;
            row.meanLossOriginal = stats->meanOriginal;
            row.meanLossPerturbed = stats->meanPerturbed;
            rows.push_back(row);
        }
    }
    return rows;
}

} // namespace noiseloss
