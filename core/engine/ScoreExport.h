#pragma once

#include "engine/EngineTypes.h"
#include "engine/MusicModel.h"

#include <filesystem>
#include <nlohmann/json.hpp>

namespace noiseloss {

/// Writes one scored clip as a directory (the layout of `noiseloss-cli score` and of the
/// original/ and perturbed/ folders of `analyze`):
///   codes.npy     int64 [K, T]
///   nll.npy       float32 [K, columns] (delayed: columns = T; noiseloss: T - 1, column j = frame j + 1)
///   entropy.npy   float32, same shape
///   summary.json  mean NLL overall and per codebook, T, K, columns, first_frame, frame_rate, alignment
///   meta.json     scoreMetaJson(model, settings)
/// Creates `directory` if needed. Throws Error naming the file on I/O failure.
/// Thread-safety: free function; concurrent calls must use different directories.
void writeScoreDirectory(const std::filesystem::path& directory, const CodeMatrix& codes,
                         const ScoreResult& result, const ModelInfo& model, const nlohmann::json& settings);

/// summary.json contents (see above).
nlohmann::json scoreSummaryJson(const CodeMatrix& codes, const ScoreResult& result, double frameRate);

/// meta.json contents: app version and git commit, model folder, model type and config hash, the
/// caller's `settings` (alignment, threads, device, input file ...), and library versions
/// (LibTorch, libsndfile, libsoxr).
nlohmann::json scoreMetaJson(const ModelInfo& model, const nlohmann::json& settings);

} // namespace noiseloss
