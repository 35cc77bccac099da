// `noiseloss-cli analyze MODEL_DIR AUDIO --plan PLAN.json --out OUT_DIR`: the NoiseLoss analysis of
// one clip under one perturbation plan (AnalysisSession): original/ and perturbed/ score folders,
// diff.npy (D = L_pert - L_orig on original token frames), bands.json and meta.json.
#include "ArgParser.h"
#include "CliCommand.h"
#include "audio/AudioFile.h"
#include "engine/EngineLog.h"
#include "engine/MusicModel.h"
#include "engine/ScoreParams.h"
#include "engine/analysis/AnalysisExport.h"
#include "engine/analysis/AnalysisSession.h"
#include "perturb/PlanJson.h"
#include "util/Error.h"

#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

namespace noiseloss::cli {
namespace {

/// Wall-clock seconds per pipeline stage, in the order the stages were reported.
struct StageTimer {
    using Clock = std::chrono::steady_clock;
    std::vector<std::pair<std::string, double>> stages;
    Clock::time_point last = Clock::now();

    void onProgress(const std::string& stage) {
        const Clock::time_point now = Clock::now();
        const double seconds = std::chrono::duration<double>(now - last).count();
        last = now;
        if (stages.empty() || stages.back().first != stage)
            stages.emplace_back(stage, 0.0);
        stages.back().second += seconds;
    }
    std::string describe() const {
        std::string text;
        for (const auto& [stage, seconds] : stages)
            text += (text.empty() ? "" : ", ") + stage + " " + std::to_string(seconds).substr(0, 5) + " s";
        return text;
    }
};

void printSummary(const AnalysisResult& result, const std::filesystem::path& out) {
    const ClipStats& clip = result.analysis.clip;
    std::fprintf(stderr, "clip mean loss: original %.4f, perturbed %.4f nats (%+.4f, %s)\n",
                 clip.meanOriginal, clip.meanPerturbed, clip.difference,
                 clip.change == ClipChange::Unchanged ? "no change" : toString(clip.change));
    for (const RegionAnalysis& region : result.analysis.regions)
        std::fprintf(
            stderr,
            "region %d at token %lld: peak [%lld, %lld) mean D %.4f, assimilation [%lld, %lld) mean D "
            "%.4f, recovery [%lld, %lld) mean D %.4f\n",
            region.planRegionIndex, static_cast<long long>(region.bands.region.onsetFrame),
            static_cast<long long>(region.peak.span.begin), static_cast<long long>(region.peak.span.end),
            region.peak.meanDifference, static_cast<long long>(region.assimilation.span.begin),
            static_cast<long long>(region.assimilation.span.end), region.assimilation.meanDifference,
            static_cast<long long>(region.recovery.span.begin),
            static_cast<long long>(region.recovery.span.end), region.recovery.meanDifference);
    std::cerr << "-> " << out.string() << "\n";
}

int runAnalyze(const std::vector<std::string>& args) {
    ArgParser parser("analyze", "NoiseLoss analysis: score a clip and its perturbed version, align the "
                                "per-token losses, compute D = L_pert - L_orig and the Peak/Assimilation/"
                                "Recovery bands.");
    parser.addPositional("MODEL_DIR", "MusicGen folder (config.json + model.safetensors)");
    parser.addPositional("AUDIO", "audio file (WAV, FLAC, OGG, MP3)");
    parser.addOption("plan", "PLAN.json", "perturbation plan (see PlanJson.h)");
    parser.addOption("alignment", "A", "delayed (the model's likelihood) or noiseloss (the study's)",
                     "delayed");
    parser.addFlag("compat-index-wise",
                   "pair tokens index-wise and truncate, as the study's scripts did (wrong after deletions)");
    parser.addOption("threads", "N", "intra-op threads (0 = all cores)", "0");
    parser.addOption("device", "D", "cpu or cuda", "cpu");
    parser.addOption("out", "DIR", "output folder");
    if (!parser.parse(args))
        return 0;
    AnalysisParams params = defaultAnalysisParams();
    params.alignment = parseAlignment(parser.value("alignment"));
    params.computeTop5 = false;
    if (parser.flag("compat-index-wise"))
        params.lossAnalysis.alignment = AlignmentPolicy::IndexWiseTruncation;
    EngineOptions options;
    options.threads = static_cast<int>(parser.integer("threads"));
    options.device = parser.value("device");

    const PerturbationPlan plan = loadPlanFile(parser.value("plan"));
    const auto model = MusicModel::load(parser.positional("MODEL_DIR"), options);
    std::cerr << describeLoadedModel(*model) << "\n";
    const std::string audioPath = parser.positional("AUDIO");
    const AudioBuffer audio = loadAudioFile(audioPath);
    AnalysisSession session(model);
    StageTimer timer;
    RunControl control;
    control.progress = [&timer](const std::string& stage, double) {
        timer.onProgress(stage);
    };
    const AnalysisResult result = session.run(audio, plan, params, control);
    std::cerr << "stages: " << timer.describe() << "\n";

    const nlohmann::json settings = {{"command", "analyze"},
                                     {"audio", audioPath},
                                     {"plan", planToJson(plan)},
                                     {"alignment", parser.value("alignment")},
                                     {"token_pairing", toString(params.lossAnalysis.alignment)},
                                     {"conditioning", "unconditional"},
                                     {"device", options.device},
                                     {"threads", options.threads}};
    writeAnalysisDirectory(parser.value("out"), result, model->info(), params, settings);
    printSummary(result, parser.value("out"));
    return 0;
}

const CliCommandRegistration kRegistration{
    {"analyze", "NoiseLoss analysis of a clip under a perturbation plan (D, bands)", runAnalyze}};

} // namespace
} // namespace noiseloss::cli
