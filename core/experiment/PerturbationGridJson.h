#pragma once

#include "experiment/ExperimentSpec.h"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace noiseloss {

/// Parses one entry of a spec's "perturbations" list (format in ExperimentSpecJson.h). `path`
/// names the entry in messages ("perturbations[0]"); errors name the field and the list index,
/// e.g. "perturbations[0].lengths[2]: must be a positive number of tokens". Pure function.
PerturbationGrid perturbationGridFromJson(const nlohmann::json& json, const std::string& path);

/// The entry as JSON with every list spelled out (for meta.json and the docs).
nlohmann::json perturbationGridToJson(const PerturbationGrid& grid);

} // namespace noiseloss
