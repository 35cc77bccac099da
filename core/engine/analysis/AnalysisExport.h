#pragma once

#include "engine/MusicModel.h"
#include "engine/analysis/AnalysisParams.h"
#include "engine/analysis/AnalysisResult.h"

#include <filesystem>
#include <nlohmann/json.hpp>

namespace noiseloss {

/// Writes one analysis run as a directory (the layout of `noiseloss-cli analyze`, also used for
/// every job of `noiseloss-cli experiment`):
///   original/, perturbed/  score folders (writeScoreDirectory: codes, nll, entropy, summary, meta)
///   diff.npy               float32 [K, T_orig]: D = L_pert - L_orig on original token frames
///   index_map.npy          int64 [T_pert]: perturbed frame -> original frame (-1 none)
///   perturbed.wav          the perturbed audio at the model rate (deletions not cut)
///   bands.json             lossAnalysisToJson (bands per region, clip means, detector constants)
///   meta.json              scoreMetaJson(model, settings) plus the input's audio_hash
/// Creates `directory` if needed. Throws Error naming the file on I/O failure.
/// Thread-safety: free function; concurrent calls must use different directories.
void writeAnalysisDirectory(const std::filesystem::path& directory, const AnalysisResult& result,
                            const ModelInfo& model, const AnalysisParams& params,
                            const nlohmann::json& settings);

} // namespace noiseloss
