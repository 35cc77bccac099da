#include "app/gui/grads/GradientJob.h"

#include "app/gui/grads/GradientMailbox.h"
#include "engine/grads/GradientBuckets.h"
#include "engine/grads/GradientComputation.h"
#include "engine/grads/GradientTargets.h"
#include "util/Error.h"

#include <chrono>
#include <filesystem>

namespace noiseloss {

namespace {

/// Worker-only: the model loaded for gradients (dense weights: oneDNN-converted inference weights
/// cannot take part in autograd, so the analysis' model is not reused). Touched only by tasks.
struct GradientEngineState {
    std::string modelFolder;
    std::shared_ptr<const MusicModel> model;
};

using Clock = std::chrono::steady_clock;

constexpr double kSelfMapMemoryBytes = 3.0 * 1024 * 1024 * 1024;

CodeMatrix codesOf(const TokenScoreDetails& details) {
    CodeMatrix codes;
    codes.codebooks = details.codebooks;
    if (codes.codebooks <= 0 || details.codes.empty())
        throw Error("the analysis kept no codes to differentiate; run the analysis again");
    codes.frames = static_cast<std::int64_t>(details.codes.size()) / codes.codebooks;
    codes.codes = details.codes;
    return codes;
}

GradientResult skeletonFor(const ModelInfo& info, const CodeMatrix& codes, const GradientParams& params) {
    GradientResult skeleton;
    skeleton.alignment = params.alignment;
    skeleton.method = params.method;
    skeleton.layers = info.layers;
    skeleton.codebooks = codes.codebooks;
    skeleton.frames = codes.frames;
    skeleton.positions = decoderPositions(codes.frames, codes.codebooks, params.alignment);
    skeleton.buckets = GradientBuckets(info.layers, info.heads, codes.codebooks).describe();
    return skeleton;
}

const MusicModel& loadModel(GradientEngineState& state, const std::string& folder,
                            const RunControl& control) {
    if (!state.model || state.modelFolder != folder) {
        control.report("load model", 0.0);
        state.model.reset();
        EngineOptions options;
        options.oneDnnLinear = false; // gradients need dense weights
        state.model = MusicModel::load(std::filesystem::path(folder), options);
        state.modelFolder = folder;
        control.report("load model", 1.0);
    }
    if (!state.model->info().hasLanguageModel)
        throw Error(folder + ": the model has no language model, so there is nothing to differentiate");
    return *state.model;
}

/// Progress bookkeeping over both parts (worker thread only).
struct RunClock {
    Clock::time_point start = Clock::now();
    std::size_t totalTargets = 0;
    std::size_t completedBefore = 0; ///< targets of finished parts

    double elapsed() const { return std::chrono::duration<double>(Clock::now() - start).count(); }
    void stamp(GradientUpdate& update, std::size_t completedInPart) const {
        update.completedTargets = completedBefore + completedInPart;
        update.totalTargets = totalTargets;
        update.elapsedSeconds = elapsed();
        const double perTarget = update.completedTargets > 0
                                     ? update.elapsedSeconds / static_cast<double>(update.completedTargets)
                                     : 0.0;
        update.remainingSeconds = perTarget * static_cast<double>(totalTargets - update.completedTargets);
    }
};

void runPart(const MusicModel& model, GradientPart part, const CodeMatrix& codes, GradientParams params,
             RunClock& clock, GradientMailbox& mailbox, const RunControl& control) {
    GradientUpdate started;
    started.kind = GradientUpdate::Kind::PartStarted;
    started.part = part;
    started.result = skeletonFor(model.info(), codes, params);
    started.model = model.info();
    clock.stamp(started, 0);
    mailbox.post(std::move(started));

    std::vector<TargetGradients> batch;
    Clock::time_point lastPost = Clock::now();
    const TargetCallback onTarget = [&](std::size_t, const TargetGradients& gradients,
                                        const GradientProgress& progress) {
        batch.push_back(gradients);
        const bool last = progress.completedTargets == progress.totalTargets;
        const auto now = Clock::now();
        if (last || now - lastPost >= std::chrono::milliseconds(kGradientBatchIntervalMs)) {
            GradientUpdate update;
            update.kind = GradientUpdate::Kind::Targets;
            update.part = part;
            update.targets = std::move(batch);
            batch.clear();
            clock.stamp(update, progress.completedTargets);
            mailbox.post(std::move(update));
            lastPost = now;
        }
        control.report("gradients", clock.totalTargets > 0 ? static_cast<double>(clock.completedBefore +
                                                                                 progress.completedTargets) /
                                                                 static_cast<double>(clock.totalTargets)
                                                           : 1.0);
    };
    RunControl inner = control; // the overall "gradients" stage above replaces the per-part one
    inner.progress = nullptr;
    GradientResult result = computeGradients(model, codes, params, inner, onTarget);
    clock.completedBefore += params.targets.size();
    GradientUpdate finished;
    finished.kind = GradientUpdate::Kind::PartFinished;
    finished.part = part;
    finished.result = std::move(result);
    clock.stamp(finished, 0);
    mailbox.post(std::move(finished));
}

void runGradientTask(GradientEngineState& state, const GradientRequest& request, GradientMailbox& mailbox,
                     const RunControl& control) {
    if (!request.analysis)
        throw Error("run the analysis first: the gradients are computed on the tokens it scored");
    const MusicModel& model = loadModel(state, request.modelFolder, control);
    const AnalysisViewData& analysis = *request.analysis;
    const CodeMatrix original = codesOf(analysis.original);
    const CodeMatrix perturbed = codesOf(analysis.perturbed);

    GradientParams params = defaultGradientParams();
    params.method = request.method;
    // The analysis' own alignment: its NoiseLoss runs start at frame 1 (nothing predicts frame 0).
    params.alignment = analysis.original.firstFrame == 1 ? Alignment::NoiseLoss : Alignment::Delayed;
    TargetSelection selection = parseTargetSelection(request.targetSpec);
    selection.perCodebook = request.perCodebook;
    GradientParams originalParams = params;
    originalParams.targets = expandTargets(selection, original.frames, original.codebooks, params.alignment);
    GradientParams perturbedParams = params;
    perturbedParams.targets =
        expandTargets(selection, perturbed.frames, perturbed.codebooks, params.alignment);

    // The layer x time map of every token first: a few backward passes per clip, so the view is
    // complete within seconds while the per-target protocol (parameter norms) fills in.
    // Its autograd graph keeps the attention probabilities of the whole clip ([heads, S, S] per
    // layer): skipped when that would exceed kSelfMapMemoryBytes (long clips on large checkpoints),
    // and the per-target results fill the view instead, as before.
    const ModelInfo& info = model.info();
    const auto positions =
        static_cast<double>(decoderPositions(original.frames, original.codebooks, params.alignment));
    const double graphBytes = 4.0 * info.layers * info.heads * positions * positions;
    for (const auto& [part, codes] :
         {std::pair{GradientPart::Original, &original}, std::pair{GradientPart::Perturbed, &perturbed}}) {
        if (graphBytes > kSelfMapMemoryBytes)
            break;
        control.report("layer x token map", part == GradientPart::Original ? 0.0 : 0.5);
        GradientParams all = params;
        TargetSelection everyToken = parseTargetSelection("all");
        everyToken.perCodebook = request.perCodebook;
        all.targets = expandTargets(everyToken, codes->frames, codes->codebooks, params.alignment);
        RunControl inner = control;
        inner.progress = nullptr;
        GradientUpdate update;
        update.kind = GradientUpdate::Kind::SelfMap;
        update.part = part;
        update.selfMap = computeSelfPositionNorms(model, *codes, all, inner);
        mailbox.post(std::move(update));
    }

    RunClock clock;
    clock.totalTargets = originalParams.targets.size() + perturbedParams.targets.size();
    control.report("gradients", 0.0);
    runPart(model, GradientPart::Original, original, std::move(originalParams), clock, mailbox, control);
    runPart(model, GradientPart::Perturbed, perturbed, std::move(perturbedParams), clock, mailbox, control);
}

} // namespace

GradientJobFactory makeEngineGradientJobFactory() {
    auto state = std::make_shared<GradientEngineState>();
    return [state](const GradientRequest& request, std::shared_ptr<GradientMailbox> mailbox) -> WorkerTask {
        return [state, request, mailbox](const RunControl& control) {
            runGradientTask(*state, request, *mailbox, control);
        };
    };
}

} // namespace noiseloss
