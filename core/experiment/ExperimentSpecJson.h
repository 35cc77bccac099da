#pragma once

#include "experiment/ExperimentSpec.h"

#include <filesystem>
#include <nlohmann/json_fwd.hpp>

namespace noiseloss {

/// Parses an experiment spec (docs/experiments.md):
///   {"name": "noise-lengths",
///    "inputs": [{"file": "a.flac", "dataset": "classical"}, {"folder": "clips/"},
///               {"manifest": "list.txt", "dataset": "generated"}],
///    "models": ["models/small"], "alignment": "delayed", "token_pairing": "frame-map",
///    "perturbations": [{"kind": "noise", "onset": 5, "onset_unit": "seconds",
///                       "lengths": [50, 100], "length_unit": "tokens", "colours": ["white", "pink"],
///                       "methods": ["noiseloss"], "levels": [-12], "level_mode": "dbfs",
///                       "mode": "replace", "seeds": [1, 2]},
///                      {"kind": "shuffle", "onset": 250, "onset_unit": "tokens", "lengths": [100],
///                       "schemes": ["adjacent-swap"], "blocks": [2, 5], "seeds": [0]}]}
/// Relative paths are resolved against `baseFolder`. Dataset labels default to the folder's name
/// (folder inputs), the manifest's file stem (manifests) or "default" (files).
/// Every malformed field throws Error naming it by its path, e.g.
/// "perturbations[0].lengths[2]: must be a positive number of tokens". Unknown fields and fields
/// that do not apply to the kind (e.g. "colours" on a shuffle) are errors too. Pure function.
ExperimentSpec experimentSpecFromJson(const nlohmann::json& json, const std::filesystem::path& baseFolder);

/// Reads and parses a spec file; errors are prefixed with the file name.
ExperimentSpec loadExperimentSpec(const std::filesystem::path& path);

std::string toString(GridUnit unit); ///< "seconds", "tokens"

} // namespace noiseloss
