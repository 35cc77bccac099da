#pragma once

#include "app/gui/grads/GradientRunData.h"

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

namespace noiseloss {

/// Writes a gradient run (complete or, after a cancel, partial) into `folder`, in the layout of
/// `noiseloss-cli grads --plan` (GradientExport.h): original/ and perturbed/ (act_grad_norms.npy,
/// param_grad_norms.npy, buckets.json, targets.json, meta.json with `provenance` merged into the
/// settings) and diff/ on aligned tokens when both parts have targets. Returns false with a readable
/// message instead of throwing. Any thread (reads `data` only).
bool writeGradientRunNpy(const GradientRunData& data, const std::filesystem::path& folder,
                         const nlohmann::json& provenance, std::string* error);

/// The same as CSV tables a spreadsheet opens: per part param_grad_norms.csv (one row per target:
/// row, codebook, frame, nll, one column per bucket) and act_self_norms.csv (the activation norm of
/// every layer at the target's own last position), and diff/act_self_diff.csv + diff/param_diff.csv.
bool writeGradientRunCsv(const GradientRunData& data, const std::filesystem::path& folder,
                         std::string* error);

/// "L3.self_attn.q_proj.h2", "decoder.layer_norm.bias", "lm_heads.1": a bucket's CSV column name.
std::string bucketColumnName(const ParameterBucket& bucket);

} // namespace noiseloss
