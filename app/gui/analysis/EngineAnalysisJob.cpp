#include "app/gui/analysis/EngineAnalysisJob.h"

#include "engine/MusicModel.h"
#include "engine/analysis/AnalysisSession.h"

#include <filesystem>

namespace noiseloss {

namespace {

/// Worker-only: the loaded model and its session. Touched only by jobs, on the worker thread.
struct EngineState {
    std::string modelFolder;
    std::shared_ptr<const MusicModel> model;
    std::unique_ptr<AnalysisSession> session;
};

TokenScoreDetails detailsOf(const ScoreResult& score, const CodeMatrix& codes) {
    TokenScoreDetails details;
    details.codebooks = score.codebooks;
    details.columns = score.columns;
    details.firstFrame = score.firstFrame;
    details.nll = score.nll;
    details.entropy = score.entropy;
    details.rank = score.rank;
    details.top5 = score.top5;
    details.codes = codes.codes;
    return details;
}

std::shared_ptr<const AnalysisViewData> runEngineAnalysis(EngineState& state, const AnalysisInputs& inputs,
                                                          const RunControl& control) {
    if (!state.session || state.modelFolder != inputs.modelFolder) {
        control.report("load model", 0.0);
        state.session.reset();
        state.model = MusicModel::load(std::filesystem::path(inputs.modelFolder));
        state.session = std::make_unique<AnalysisSession>(state.model);
        state.modelFolder = inputs.modelFolder;
        control.report("load model", 1.0);
    }
    AnalysisParams params = defaultAnalysisParams();
    params.alignment = inputs.noiseLossAlignment ? Alignment::NoiseLoss : Alignment::Delayed;
    params.lossAnalysis = inputs.lossAnalysis;
    AnalysisResult result = state.session->run(*inputs.audio, inputs.plan, params, control);

    auto data = std::make_shared<AnalysisViewData>();
    data->analysis = std::move(result.analysis);
    data->params = inputs.lossAnalysis;
    data->plan = inputs.plan;
    data->tokens = result.tokens;
    data->original = detailsOf(result.originalScore, result.originalCodes);
    data->perturbed = detailsOf(result.perturbedScore, result.perturbedCodes);
    data->audioName = inputs.audioName;
    data->modelName = std::filesystem::path(inputs.modelFolder).filename().string();
    if (data->modelName.empty())
        data->modelName = std::filesystem::path(inputs.modelFolder).parent_path().filename().string();
    return data;
}

} // namespace

AnalysisJobFactory makeEngineAnalysisJobFactory() {
    auto state = std::make_shared<EngineState>();
    return [state](const AnalysisInputs& inputs) -> AnalysisJob {
        return [state, inputs](const RunControl& control) {
            return runEngineAnalysis(*state, inputs, control);
        };
    };
}

} // namespace noiseloss
