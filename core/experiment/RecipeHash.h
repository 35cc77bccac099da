#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace noiseloss {

/// Bumped whenever the meaning of a job's outputs changes (pipeline, layout, table columns):
/// finished jobs of an older recipe version are then recomputed instead of skipped.
inline constexpr int kExperimentRecipeVersion = 1;

/// The recipe of one job: everything its result depends on.
///   clip_hash      audioContentHash of the clip as loaded
///   model_hash     the model's config hash and its files' hash (ModelFilesHash.h), "config-files"
///   perturbation   planToJson of the job's one-region plan (seconds of the original clip)
///   settings       alignment, token pairing, band detector constants
///   version        app version and kExperimentRecipeVersion
nlohmann::json experimentRecipe(const std::string& clipHash, const std::string& modelHash,
                                const nlohmann::json& perturbation, const nlohmann::json& settings);

/// 64-bit FNV-1a of the compact JSON dump (keys sorted by nlohmann::json), 16 hex digits. Equal
/// recipes give equal hashes across runs, machines and shards. Pure function.
std::string recipeHash(const nlohmann::json& recipe);

} // namespace noiseloss
