#include "engine/analysis/AnalysisSession.h"

#include "analysis/ContentHash.h"
#include "audio/Resampler.h"
#include "engine/MusicModel.h"
#include "engine/ScoreCache.h"
#include "engine/analysis/CodeCutting.h"
#include "perturb/PerturbationRenderer.h"
#include "perturb/PlanValidation.h"
#include "util/Error.h"

#include <optional>

namespace noiseloss {
namespace {

/// A RunControl that reports the model's progress under one of the pipeline's stage names.
RunControl stageControl(const RunControl& outer, const std::string& stage) {
    RunControl inner;
    inner.cancel = outer.cancel;
    if (outer.progress)
        inner.progress = [&outer, stage](const std::string&, double fraction) {
            outer.report(stage, fraction);
        };
    return inner;
}

void checkCancelled(const RunControl& control) {
    if (control.cancelled())
        throw Cancelled();
}

LossCurves lossCurvesOf(const ScoreResult& score) {
    return {score.codebooks, score.columns, score.firstFrame, score.nll};
}

/// What identifies an original run: the same key gives the same codes and scores.
struct OriginalKey {
    std::string audioHash;
    std::string configHash;
    Alignment alignment = Alignment::Delayed;
    bool computeTop5 = true;
    bool incrementalScoring = true;
    bool operator==(const OriginalKey&) const = default;
};

struct OriginalEntry {
    OriginalKey key;
    AudioBuffer preparedAudio;
    CodeMatrix codes;
    ScoreResult score;
};

} // namespace

struct AnalysisSession::State {
    std::shared_ptr<const MusicModel> model;
    std::optional<OriginalEntry> original; ///< the last completed original run
    ScoreCache scoreCache;                 ///< decoder state of the last completed score() call
    EncodeCache originalEncode;            ///< encoder state of the original clip
    EncodeCache perturbedEncode;           ///< encoder state of the last perturbed clip

    /// Encodes the perturbed clip, starting from whichever cached clip (the original or the last
    /// perturbed one) shares the longer prefix with it: after an edit that is usually the last
    /// perturbed clip, after removing an early region it can be the original.
    CodeMatrix encodePerturbed(const std::vector<float>& samples, const RunControl& control,
                               bool incremental) {
        if (!incremental)
            return model->encode(samples, control);
        if (originalEncode.sharedPrefixSamples(samples) > perturbedEncode.sharedPrefixSamples(samples))
            perturbedEncode = originalEncode;
        return model->encode(samples, control, &perturbedEncode);
    }

    /// Scores through the shared cache (or from scratch when not `incremental`, leaving the cache
    /// alone); an interrupted or failed call leaves an empty cache.
    ScoreResult score(const CodeMatrix& codes, const ScoreParams& params, const RunControl& control,
                      bool incremental) {
        if (!incremental)
            return model->score(codes, params, control, nullptr);
        try {
            return model->score(codes, params, control, &scoreCache);
        } catch (...) {
            scoreCache.clear();
            throw;
        }
    }

    const OriginalEntry& ensureOriginal(const AudioBuffer& audio, const AnalysisParams& params,
                                        const RunControl& control, bool& fromCache);
};

const OriginalEntry& AnalysisSession::State::ensureOriginal(const AudioBuffer& audio,
                                                            const AnalysisParams& params,
                                                            const RunControl& control, bool& fromCache) {
    const OriginalKey key{audioContentHash(audio), model->info().configHash, params.alignment,
                          params.computeTop5, params.incrementalScoring};
    fromCache = original && original->key == key;
    if (fromCache) {
        control.report("encode original", 1.0);
        control.report("score original", 1.0);
        return *original;
    }
    original.reset();
    OriginalEntry entry;
    entry.key = key;
    entry.preparedAudio = prepareForModel(audio, model->info().sampleRate);
    checkCancelled(control);
    entry.codes = model->encode(entry.preparedAudio.samples, stageControl(control, "encode original"),
                                params.incrementalScoring ? &originalEncode : nullptr);
    control.report("encode original", 1.0);
    checkCancelled(control);
    // Scoring the original through the shared cache lets the first perturbed run reuse its
    // unchanged prefix (everything before the first perturbed frame).
    entry.score = score(entry.codes, {params.alignment, params.computeTop5},
                        stageControl(control, "score original"), params.incrementalScoring);
    control.report("score original", 1.0);
    original = std::move(entry);
    return *original;
}

AnalysisSession::AnalysisSession(std::shared_ptr<const MusicModel> model)
    : m_state(std::make_unique<State>()) {
    if (!model)
        throw Error("analysis: no model loaded");
    const ModelInfo& info = model->info();
    if (!info.hasCodec || !info.hasLanguageModel)
        throw Error(info.folder.string() +
                    ": the analysis needs both EnCodec and the MusicGen language model (" +
                    (info.hasCodec ? "" : "no codec weights; ") +
                    (info.hasLanguageModel ? "" : "no language model weights; ") + "model_type " +
                    info.modelType + ")");
    m_state->model = std::move(model);
}

AnalysisSession::~AnalysisSession() = default;

const MusicModel& AnalysisSession::model() const {
    return *m_state->model;
}

void AnalysisSession::clearCaches() {
    m_state->original.reset();
    m_state->scoreCache.clear();
    m_state->originalEncode.clear();
    m_state->perturbedEncode.clear();
}

AnalysisResult AnalysisSession::run(const AudioBuffer& audio, const PerturbationPlan& plan,
                                    const AnalysisParams& params, const RunControl& control) {
    if (audio.empty() || audio.sampleRate <= 0 || audio.channels <= 0)
        throw Error("analysis: the audio is empty");
    const ModelInfo& info = m_state->model->info();
    AnalysisResult result;
    result.tokens = TokenTimeMap{info.sampleRate, info.hopSamples};
    result.configHash = info.configHash;
    requireValidPlan(plan, audio.durationSeconds(), result.tokens);
    checkCancelled(control);

    const OriginalEntry& original = m_state->ensureOriginal(audio, params, control, result.originalFromCache);
    result.audioHash = original.key.audioHash;
    result.originalAudio = original.preparedAudio;
    result.originalCodes = original.codes;
    result.originalScore = original.score;
    checkCancelled(control);

    control.report("render", 0.0);
    result.perturbedAudio = renderPerturbedAudio(original.preparedAudio, plan, result.tokens, false);
    control.report("render", 1.0);
    checkCancelled(control);

    const CodeMatrix encoded = m_state->encodePerturbed(
        result.perturbedAudio.samples, stageControl(control, "encode perturbed"), params.incrementalScoring);
    result.perturbedEncodedFrames =
        params.incrementalScoring ? m_state->perturbedEncode.computedFrames() : encoded.frames;
    control.report("encode perturbed", 1.0);
    if (encoded.frames != original.codes.frames)
        throw Error("analysis: the perturbed audio encodes to " + std::to_string(encoded.frames) +
                    " frames, the original to " + std::to_string(original.codes.frames));
    result.perturbedCodes = cutDeletedFrames(encoded, plan, result.tokens);
    result.frameMap = buildFrameIndexMap(plan, original.codes.frames, result.tokens);
    if (static_cast<std::int64_t>(result.frameMap.perturbedToOriginal.size()) != result.perturbedCodes.frames)
        throw Error("analysis: the frame map has " +
                    std::to_string(result.frameMap.perturbedToOriginal.size()) +
                    " frames but the cut codes have " + std::to_string(result.perturbedCodes.frames));
    checkCancelled(control);

    result.perturbedScore =
        m_state->score(result.perturbedCodes, {params.alignment, false},
                       stageControl(control, "score perturbed"), params.incrementalScoring);
    result.perturbedReusedPositions = params.incrementalScoring ? m_state->scoreCache.reusedPositions() : 0;
    result.perturbedComputedPositions =
        params.incrementalScoring ? m_state->scoreCache.computedPositions() : result.perturbedCodes.frames;
    control.report("score perturbed", 1.0);

    control.report("bands", 0.0);
    result.analysis =
        analyzeLosses(lossCurvesOf(result.originalScore), lossCurvesOf(result.perturbedScore),
                      result.frameMap, regionTokensFromPlan(plan, result.tokens), params.lossAnalysis);
    control.report("bands", 1.0);
    return result;
}

} // namespace noiseloss
