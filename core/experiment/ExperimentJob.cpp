#include "experiment/ExperimentJob.h"

#include "experiment/ExperimentSpecJson.h"
#include "perturb/PlanJson.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace noiseloss {
namespace {

/// Appends every combination of one grid entry's lists to `jobs` (last list fastest).
void expandGrid(const PerturbationGrid& grid, ExperimentJob prototype, std::vector<ExperimentJob>& jobs) {
    PerturbationSetting& s = prototype.setting;
    s.kind = grid.kind;
    s.onset = grid.onset;
    s.onsetUnit = grid.onsetUnit;
    s.lengthUnit = grid.lengthUnit;
    s.levelMode = grid.levelMode;
    s.mode = grid.mode;
    s.fraction = grid.fraction;
    for (double length : grid.lengths)
        for (NoiseColor colour : grid.colours)
            for (NoiseMethod method : grid.methods)
                for (double level : grid.levels)
                    for (ShuffleScheme scheme : grid.schemes)
                        for (int block : grid.blocks)
                            for (std::uint64_t seed : grid.seeds) {
                                s.length = length;
                                s.colour = colour;
                                s.method = method;
                                s.level = level;
                                s.scheme = scheme;
                                s.block = block;
                                s.seed = seed;
                                prototype.index = jobs.size();
                                jobs.push_back(prototype);
                            }
}

double toSeconds(double value, GridUnit unit, const TokenTimeMap& tokens) {
    return unit == GridUnit::Seconds ? value : value / tokens.framesPerSecond();
}

} // namespace

std::vector<ExperimentJob> expandExperimentJobs(const ExperimentSpec& spec, std::size_t clipCount) {
    std::vector<ExperimentJob> jobs;
    for (std::size_t model = 0; model < spec.models.size(); ++model)
        for (std::size_t clip = 0; clip < clipCount; ++clip)
            for (std::size_t entry = 0; entry < spec.perturbations.size(); ++entry) {
                ExperimentJob prototype;
                prototype.modelIndex = model;
                prototype.clipIndex = clip;
                prototype.perturbationIndex = entry;
                expandGrid(spec.perturbations[entry], prototype, jobs);
            }
    return jobs;
}

Region regionForSetting(const PerturbationSetting& setting, const TokenTimeMap& tokens) {
    Region region;
    region.kind = setting.kind;
    region.startSeconds = toSeconds(setting.onset, setting.onsetUnit, tokens);
    region.endSeconds = region.startSeconds + toSeconds(setting.length, setting.lengthUnit, tokens);
    region.seed = setting.seed;
    region.color = setting.colour;
    region.method = setting.method;
    region.mode = setting.mode;
    region.levelMode = setting.levelMode;
    region.levelDb = setting.level;
    region.scheme = setting.scheme;
    region.blockTokens = setting.block;
    region.fraction = setting.fraction;
    return region;
}

std::int64_t lengthTokens(const PerturbationSetting& setting, const TokenTimeMap& tokens) {
    if (setting.lengthUnit == GridUnit::Tokens)
        return static_cast<std::int64_t>(std::llround(setting.length));
    return static_cast<std::int64_t>(std::llround(setting.length * tokens.framesPerSecond()));
}

nlohmann::json settingToJson(const PerturbationSetting& setting) {
    nlohmann::json json = {{"kind", toString(setting.kind)},
                           {"onset", setting.onset},
                           {"onset_unit", toString(setting.onsetUnit)},
                           {"length", setting.length},
                           {"length_unit", toString(setting.lengthUnit)}};
    if (setting.kind == RegionKind::Noise) {
        json["colour"] = toString(setting.colour);
        json["method"] = toString(setting.method);
        json["level"] = setting.level;
        json["level_mode"] = toString(setting.levelMode);
        json["mode"] = toString(setting.mode);
    }
    if (setting.kind == RegionKind::Shuffle) {
        json["scheme"] = toString(setting.scheme);
        json["block"] = setting.block;
        json["fraction"] = setting.fraction;
    }
    if (setting.kind == RegionKind::Noise || setting.kind == RegionKind::Shuffle)
        json["seed"] = setting.seed;
    return json;
}

} // namespace noiseloss
