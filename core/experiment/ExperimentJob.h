#pragma once

#include "experiment/ExperimentSpec.h"
#include "perturb/PerturbationPlan.h"
#include "perturb/TokenTimeMap.h"

#include <cstddef>
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <vector>

namespace noiseloss {

/// One point of a perturbation grid, with the units the spec used.
struct PerturbationSetting {
    RegionKind kind = RegionKind::Noise;
    double onset = 0.0;
    GridUnit onsetUnit = GridUnit::Seconds;
    double length = 0.0;
    GridUnit lengthUnit = GridUnit::Tokens;
    NoiseColor colour = NoiseColor::White;
    NoiseMethod method = NoiseMethod::NoiseLoss;
    double level = -12.0;
    LevelMode levelMode = LevelMode::AbsoluteDbfs;
    NoiseMode mode = NoiseMode::Replace;
    ShuffleScheme scheme = ShuffleScheme::AdjacentSwap;
    int block = 10;
    double fraction = 0.2;
    std::uint64_t seed = 0;
};

/// One (model, clip, perturbation) job. `index` is its position in the canonical order
/// (expandExperimentJobs); shards, resumption and merging all key on it and on the recipe hash.
struct ExperimentJob {
    std::size_t index = 0;
    std::size_t modelIndex = 0;
    std::size_t clipIndex = 0;
    std::size_t perturbationIndex = 0; ///< entry of spec.perturbations
    PerturbationSetting setting;
};

/// All jobs in the canonical order: models (spec order), then clips (expanded input order), then
/// perturbation entries (spec order), then lengths x colours x methods x levels x schemes x blocks
/// x seeds (list order, last varies fastest). Lists that do not apply to an entry's kind contribute
/// one value. Jobs of one (model, clip) pair are contiguous, so a run scores each original once.
std::vector<ExperimentJob> expandExperimentJobs(const ExperimentSpec& spec, std::size_t clipCount);

/// The region of `setting` in seconds of the original clip, converting tokens with `tokens`:
/// start = onset, end = onset + length. The region's label is empty.
Region regionForSetting(const PerturbationSetting& setting, const TokenTimeMap& tokens);

/// Length of the region in whole tokens (rounded), for the table and the figures.
std::int64_t lengthTokens(const PerturbationSetting& setting, const TokenTimeMap& tokens);

/// The setting as JSON (kind-specific fields only), for job.json.
nlohmann::json settingToJson(const PerturbationSetting& setting);

} // namespace noiseloss
