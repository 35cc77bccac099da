#pragma once

#include "audio/AudioBuffer.h"
#include "engine/EngineTypes.h"
#include "engine/analysis/AnalysisParams.h"
#include "engine/analysis/AnalysisResult.h"
#include "perturb/PerturbationPlan.h"

#include <memory>

namespace noiseloss {

class MusicModel;

/// Runs the NoiseLoss analysis of one clip against a perturbation plan and keeps what makes the
/// next run cheap:
///   - the original's prepared audio, codes and ScoreResult, keyed by (audio content hash, model
///     config hash, alignment, top-5); an unchanged clip is never re-encoded or re-scored;
///   - EncodeCaches of the original and the last perturbed clip: after a plan edit the encoder
///     restarts shortly before the first changed sample (EncodeCache.h);
///   - a ScoreCache for the perturbed run: the LM re-scores only from the first decoder input that
///     changed.
///
/// Pipeline of run(): prepare (mono, model rate) -> encode + score the original (or take them from
/// the cache) -> render the perturbed audio (delete regions are NOT cut in the audio) -> encode ->
/// cut the deleted frames [p, p+N) from the codes (the study's deletion) -> score -> align with the
/// plan's FrameIndexMap -> D -> bands and statistics.
/// Progress stages, in order: "encode original", "score original", "render", "encode perturbed",
/// "score perturbed", "bands" (fractions in [0, 1] per stage).
///
/// Threads: the model is shared (immutable); a session belongs to ONE thread at a time (the GUI's
/// analysis worker). Cancellation (RunControl::cancel) throws noiseloss::Cancelled; the caches stay
/// consistent (an interrupted original is not cached, an interrupted score clears the score cache).
class AnalysisSession {
public:
    /// `model` must have a codec and a language model; throws Error otherwise.
    explicit AnalysisSession(std::shared_ptr<const MusicModel> model);
    ~AnalysisSession();
    AnalysisSession(const AnalysisSession&) = delete;
    AnalysisSession& operator=(const AnalysisSession&) = delete;

    /// Analyses `audio` (any rate, any channel count) under `plan` (seconds of the original clip;
    /// validated against the clip, throws Error listing every problem). Throws Error for bad input
    /// and Cancelled when cancelled.
    AnalysisResult run(const AudioBuffer& audio, const PerturbationPlan& plan,
                       const AnalysisParams& params = defaultAnalysisParams(),
                       const RunControl& control = {});

    /// Forgets the cached original and the encoder and score caches.
    void clearCaches();

    const MusicModel& model() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace noiseloss
