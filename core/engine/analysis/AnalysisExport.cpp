#include "engine/analysis/AnalysisExport.h"

#include "analysis/LossAnalysisJson.h"
#include "audio/AudioFile.h"
#include "engine/ScoreExport.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <fstream>

namespace noiseloss {
namespace {

void writeJsonFile(const std::filesystem::path& path, const nlohmann::json& json) {
    std::ofstream stream(path);
    stream << json.dump(2) << "\n";
    if (!stream)
        throw Error(path.string() + ": cannot write");
}

} // namespace

void writeAnalysisDirectory(const std::filesystem::path& directory, const AnalysisResult& result,
                            const ModelInfo& model, const AnalysisParams& params,
                            const nlohmann::json& settings) {
    std::filesystem::create_directories(directory);
    writeScoreDirectory(directory / "original", result.originalCodes, result.originalScore, model, settings);
    writeScoreDirectory(directory / "perturbed", result.perturbedCodes, result.perturbedScore, model,
                        settings);
    const AlignedLosses& aligned = result.analysis.aligned;
    writeNpy(directory / "diff.npy", {aligned.codebooks, aligned.frames}, aligned.difference);
    writeNpy(directory / "index_map.npy",
             {static_cast<std::int64_t>(result.frameMap.perturbedToOriginal.size())},
             result.frameMap.perturbedToOriginal);
    saveAudioFile(directory / "perturbed.wav", result.perturbedAudio, AudioFileFormat::Wav);
    writeJsonFile(directory / "bands.json",
                  lossAnalysisToJson(result.analysis, params.lossAnalysis, result.tokens));
    nlohmann::json meta = scoreMetaJson(model, settings);
    meta["audio_hash"] = result.audioHash;
    writeJsonFile(directory / "meta.json", meta);
}

} // namespace noiseloss
