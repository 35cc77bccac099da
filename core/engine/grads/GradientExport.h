// Public: writing gradient results as .npy + JSON folders (the layout of `noiseloss-cli grads`).
#pragma once

#include "engine/MusicModel.h"
#include "engine/grads/GradientAggregates.h"
#include "engine/grads/GradientTypes.h"

#include <filesystem>
#include <nlohmann/json.hpp>

namespace noiseloss {

/// Writes one gradient run:
///   act_grad_norms.npy    float32 [targets, layers + 1, positions] (row 0 = embedding output)
///   param_grad_norms.npy  float32 [targets, buckets]
///   buckets.json          [{index, layer|null, module, head|null, parameter}]
///   targets.json          [{row, codebook|null (null = summed over codebooks), frame, last_position, nll}]
///   meta.json             scoreMetaJson(model, settings) + method, alignment, seconds, sizes
/// Creates `directory`. Throws Error naming the file on I/O failure.
void writeGradientDirectory(const std::filesystem::path& directory, const GradientResult& result,
                            const ModelInfo& model, const nlohmann::json& settings);

/// Writes the perturbed - original maps on aligned tokens:
///   act_self_diff.npy    float32 [layers + 1, aligned targets] (each target's own last position)
///   param_diff.npy       float32 [aligned targets, buckets]
///   diff_targets.json    [{column, codebook|null, original_frame}]
void writeGradientDifference(const std::filesystem::path& directory, const GradientDifference& difference,
                             std::size_t buckets);

/// Writes a self-position run (computeSelfPositionNorms, `noiseloss-cli grads --method self`):
///   act_self_norms.npy   float32 [layers + 1, targets]: ||dl/dh_l|| at each target's own position
///   targets.json         as above (row = column of the map)
///   meta.json            scoreMetaJson(model, settings) + method "self", alignment, seconds, passes
void writeSelfPositionDirectory(const std::filesystem::path& directory, const SelfPositionNorms& norms,
                                const ModelInfo& model, const nlohmann::json& settings);

/// Writes act_self_diff.npy [layers + 1, aligned targets] and diff_targets.json (no parameters).
void writeSelfPositionDifference(const std::filesystem::path& directory, const LayerTokenMap& difference);

nlohmann::json bucketsToJson(const std::vector<ParameterBucket>& buckets);

} // namespace noiseloss
