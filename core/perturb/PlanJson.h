#pragma once

#include "perturb/PerturbationPlan.h"

#include <filesystem>
#include <nlohmann/json_fwd.hpp>
#include <string>

namespace noiseloss {

/// JSON form of a plan, shared by the GUI, sessions and the CLI:
///   {"regions": [{"kind": "noise", "start": 5.0, "end": 7.0, "color": "white", "level_dbfs": -12,
///                 "mode": "replace", "seed": 42}, ...], "allow_overlap": false}
/// Unknown fields and bad values throw Error naming the field, e.g.
/// "regions[1].color: unknown colour 'green' (white, pink, brown, blue, violet)".
PerturbationPlan planFromJson(const nlohmann::json& json);
nlohmann::json planToJson(const PerturbationPlan& plan);

PerturbationPlan loadPlanFile(const std::filesystem::path& path); ///< errors are prefixed with the file name
void savePlanFile(const std::filesystem::path& path, const PerturbationPlan& plan);

std::string toString(RegionKind kind); ///< "noise", "silence", "shuffle", "delete"
std::string toString(NoiseColor color);
std::string toString(NoiseMethod method);
std::string toString(NoiseMode mode);
std::string toString(LevelMode mode);
std::string toString(ShuffleScheme scheme);

} // namespace noiseloss
