// `noiseloss-cli grads MODEL_DIR AUDIO --targets SPEC --method fast|naive|self --out OUT_DIR`:
// per-token gradient norms (activations per layer x position, parameters per layer x module x head)
// of a clip under MusicGen (unconditional); `self` computes only the study's layer x token map (each
// target's activation norms at its own position) in a few passes. With --plan: original/ and
// perturbed/ folders plus diff/ on aligned tokens. Layout: GradientExport.h; maths and cost:
// docs/gradients.md.
#include "ArgParser.h"
#include "CliCommand.h"
#include "audio/AudioFile.h"
#include "audio/Resampler.h"
#include "engine/EngineLog.h"
#include "engine/MusicModel.h"
#include "engine/ScoreParams.h"
#include "engine/analysis/AnalysisSession.h"
#include "engine/grads/GradientComputation.h"
#include "engine/grads/GradientExport.h"
#include "engine/grads/GradientTargets.h"
#include "perturb/PlanJson.h"
#include "util/Error.h"

#include <chrono>
#include <cstdio>
#include <iostream>

namespace noiseloss::cli {
namespace {

/// Throttled one-line progress with ETA on stderr.
TargetCallback progressPrinter(const std::string& label) {
    auto lastPrint = std::make_shared<std::chrono::steady_clock::time_point>();
    return [label, lastPrint](std::size_t, const TargetGradients&, const GradientProgress& progress) {
        const auto now = std::chrono::steady_clock::now();
        const bool done = progress.completedTargets == progress.totalTargets;
        if (!done && now - *lastPrint < std::chrono::seconds(2))
            return;
        *lastPrint = now;
        std::fprintf(stderr, "%s: %zu/%zu targets, %.1f s elapsed, ~%.1f s left\n", label.c_str(),
                     progress.completedTargets, progress.totalTargets, progress.elapsedSeconds,
                     progress.remainingSeconds);
    };
}

GradientResult runOne(const MusicModel& model, const CodeMatrix& codes, GradientParams params,
                      const TargetSelection& selection, const std::string& label) {
    params.targets = expandTargets(selection, codes.frames, codes.codebooks, params.alignment);
    std::cerr << label << ": " << params.targets.size() << " targets over " << codes.frames << " frames ("
              << gradientMethodName(params.method) << ")\n";
    return computeGradients(model, codes, params, {}, progressPrinter(label));
}

SelfPositionNorms runSelf(const MusicModel& model, const CodeMatrix& codes, GradientParams params,
                          const TargetSelection& selection, const std::string& label) {
    params.targets = expandTargets(selection, codes.frames, codes.codebooks, params.alignment);
    std::cerr << label << ": " << params.targets.size() << " targets over " << codes.frames
              << " frames (self-position map)\n";
    return computeSelfPositionNorms(model, codes, params);
}

void addOptions(ArgParser& parser) {
    parser.addPositional("MODEL_DIR", "MusicGen folder (config.json + model.safetensors)");
    parser.addPositional("AUDIO", "audio file (WAV, FLAC, OGG, MP3)");
    parser.addOption("plan", "PLAN.json",
                     "perturbation plan: gradients of the original and the perturbed clip", "");
    parser.addOption("alignment", "A", "delayed (the model's likelihood) or noiseloss (the study's)",
                     "delayed");
    parser.addOption("targets", "SPEC", "frames: all, T0:T1, every:N or T0:T1+every:N", "all");
    parser.addOption("codebooks", "MODE", "each (one target per codebook) or sum (NLLs of a frame summed)",
                     "each");
    parser.addOption("method", "M",
                     "fast, naive (the study's; much slower, same numbers) or self (only the layer x token "
                     "map: each target's activation norms at its own position, a few passes for all targets)",
                     "fast");
    parser.addOption("batch", "N", "fast: targets sharing one prefix forward", "8");
    parser.addFlag("float64", "compute in double precision (verification)");
    parser.addFlag("prepack",
                   "fast: oneDNN-packed weights instead of plain matmul (slower on the 2-core machines)");
    parser.addOption("threads", "N", "intra-op threads (0 = all cores)", "0");
    parser.addOption("out", "DIR", "output folder");
}

int runGrads(const std::vector<std::string>& args) {
    ArgParser parser("grads", "Per-token gradient norms: ||dNLL/dh|| per layer and position, ||dNLL/dW|| per "
                              "layer x module (x head).");
    addOptions(parser);
    if (!parser.parse(args))
        return 0;
    GradientParams params = defaultGradientParams();
    params.alignment = parseAlignment(parser.value("alignment"));
    const bool selfOnly = parser.value("method") == "self";
    params.method = selfOnly ? GradientMethod::Fast : parseGradientMethod(parser.value("method"));
    params.float64 = parser.flag("float64");
    params.prepackedBackward = parser.flag("prepack");
    params.targetsPerForward = static_cast<int>(parser.integer("batch"));
    TargetSelection selection = parseTargetSelection(parser.value("targets"));
    const std::string codebookMode = parser.value("codebooks");
    if (codebookMode != "each" && codebookMode != "sum")
        throw Error("--codebooks must be each or sum, got '" + codebookMode + "'");
    selection.perCodebook = codebookMode == "each";
    EngineOptions options;
    options.threads = static_cast<int>(parser.integer("threads"));
    options.oneDnnLinear = false; // gradients need dense weights
    const auto model = MusicModel::load(parser.positional("MODEL_DIR"), options);
    std::cerr << describeLoadedModel(*model) << "\n";
    const std::string audioPath = parser.positional("AUDIO");
    nlohmann::json settings = {{"command", "grads"},
                               {"audio", audioPath},
                               {"alignment", parser.value("alignment")},
                               {"targets", parser.value("targets")},
                               {"codebooks", codebookMode},
                               {"method", parser.value("method")},
                               {"float64", params.float64},
                               {"batch", params.targetsPerForward},
                               {"prepacked_backward", params.prepackedBackward},
                               {"conditioning", "unconditional"},
                               {"threads", options.threads}};
    const std::filesystem::path out = parser.value("out");
    if (parser.value("plan").empty() && selfOnly) {
        const AudioBuffer audio = prepareForModel(loadAudioFile(audioPath), model->info().sampleRate);
        const SelfPositionNorms norms =
            runSelf(*model, model->encode(audio.samples), params, selection, "grads");
        writeSelfPositionDirectory(out, norms, model->info(), settings);
        std::cerr << "self-position map of " << norms.targets.size() << " targets (" << norms.backwardPasses
                  << " backward passes) in " << norms.seconds << " s -> " << out.string() << "\n";
        return 0;
    }
    if (parser.value("plan").empty()) {
        const AudioBuffer audio = prepareForModel(loadAudioFile(audioPath), model->info().sampleRate);
        const GradientResult result =
            runOne(*model, model->encode(audio.samples), params, selection, "grads");
        writeGradientDirectory(out, result, model->info(), settings);
        std::cerr << "gradients of " << result.targets.size() << " targets in " << result.seconds << " s -> "
                  << out.string() << "\n";
        return 0;
    }
    const PerturbationPlan plan = loadPlanFile(parser.value("plan"));
    settings["plan"] = planToJson(plan);
    AnalysisParams analysisParams = defaultAnalysisParams();
    analysisParams.alignment = params.alignment;
    analysisParams.computeTop5 = false;
    AnalysisSession session(model);
    const AnalysisResult analysis = session.run(loadAudioFile(audioPath), plan, analysisParams);
    if (selfOnly) {
        const SelfPositionNorms original =
            runSelf(*model, analysis.originalCodes, params, selection, "original");
        const SelfPositionNorms perturbed =
            runSelf(*model, analysis.perturbedCodes, params, selection, "perturbed");
        writeSelfPositionDirectory(out / "original", original, model->info(), settings);
        writeSelfPositionDirectory(out / "perturbed", perturbed, model->info(), settings);
        const LayerTokenMap difference =
            differenceOnAlignedTokens(perturbed, original, analysis.frameMap.perturbedToOriginal);
        writeSelfPositionDifference(out / "diff", difference);
        std::cerr << "self-position maps: original " << original.seconds << " s, perturbed "
                  << perturbed.seconds << " s, " << difference.columns.size() << " aligned targets -> "
                  << out.string() << "\n";
        return 0;
    }
    const GradientResult original = runOne(*model, analysis.originalCodes, params, selection, "original");
    const GradientResult perturbed = runOne(*model, analysis.perturbedCodes, params, selection, "perturbed");
    writeGradientDirectory(out / "original", original, model->info(), settings);
    writeGradientDirectory(out / "perturbed", perturbed, model->info(), settings);
    const GradientDifference difference =
        differenceOnAlignedTokens(perturbed, original, analysis.frameMap.perturbedToOriginal);
    writeGradientDifference(out / "diff", difference, original.buckets.size());
    std::cerr << "gradients: original " << original.seconds << " s, perturbed " << perturbed.seconds << " s, "
              << difference.activation.columns.size() << " aligned targets -> " << out.string() << "\n";
    return 0;
}

const CliCommandRegistration kRegistration{
    {"grads", "Per-token gradient norms (layers x positions, layer x module x head) to .npy", runGrads}};

} // namespace
} // namespace noiseloss::cli
