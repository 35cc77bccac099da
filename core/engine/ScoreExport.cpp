#include "engine/ScoreExport.h"

#include "engine/ScoreParams.h"
#include "noiseloss/BuildInfo.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <fstream>
#include <sndfile.h>
#include <soxr.h>
#include <torch/version.h>

namespace noiseloss {
namespace {

void writeJson(const std::filesystem::path& path, const nlohmann::json& json) {
    std::ofstream out(path);
    out << json.dump(2) << "\n";
    if (!out)
        throw Error(path.string() + ": could not write");
}

} // namespace

nlohmann::json scoreSummaryJson(const CodeMatrix& codes, const ScoreResult& result, double frameRate) {
    nlohmann::json perCodebook = nlohmann::json::array();
    for (int k = 0; k < result.codebooks; ++k) {
        double sum = 0.0;
        for (std::int64_t column = 0; column < result.columns; ++column)
            sum += result.nllAt(k, column);
        perCodebook.push_back(result.columns > 0 ? sum / static_cast<double>(result.columns) : 0.0);
    }
    return {{"mean_nll", result.meanNll()},
            {"mean_nll_per_codebook", perCodebook},
            {"T", codes.frames},
            {"K", codes.codebooks},
            {"columns", result.columns},
            {"first_frame", result.firstFrame},
            {"frame_rate", frameRate},
            {"alignment", alignmentName(result.alignment)},
            {"units", "nats"}};
}

nlohmann::json scoreMetaJson(const ModelInfo& model, const nlohmann::json& settings) {
    return {{"app", "NoiseLoss Workstation"},
            {"version", build::kVersion},
            {"git_commit", build::kGitCommit},
            {"model",
             {{"folder", model.folder.string()},
              {"model_type", model.modelType},
              {"config_hash", model.configHash},
              {"layers", model.layers},
              {"d_model", model.dModel},
              {"codebooks", model.codebooks},
              {"codebook_size", model.codebookSize}}},
            {"settings", settings},
            {"libraries",
             {{"torch", TORCH_VERSION}, {"libsndfile", sf_version_string()}, {"soxr", soxr_version()}}}};
}

void writeScoreDirectory(const std::filesystem::path& directory, const CodeMatrix& codes,
                         const ScoreResult& result, const ModelInfo& model, const nlohmann::json& settings) {
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    if (error)
        throw Error(directory.string() + ": could not create the output folder (" + error.message() + ")");
    writeNpy(directory / "codes.npy", {codes.codebooks, codes.frames}, codes.codes);
    writeNpy(directory / "nll.npy", {result.codebooks, result.columns}, result.nll);
    writeNpy(directory / "entropy.npy", {result.codebooks, result.columns}, result.entropy);
    writeJson(directory / "summary.json", scoreSummaryJson(codes, result, model.frameRate));
    writeJson(directory / "meta.json", scoreMetaJson(model, settings));
}

} // namespace noiseloss
