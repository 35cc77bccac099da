#pragma once

#include "analysis/LossAnalysis.h"
#include "audio/AudioBuffer.h"
#include "engine/EngineTypes.h"
#include "perturb/PerturbationRenderer.h"
#include "perturb/TokenTimeMap.h"

#include <cstdint>
#include <string>

namespace noiseloss {

/// Everything one analysis run produced, as plain values (no LibTorch), for the GUI and the CLI.
/// Token indices are ORIGINAL token frames unless a field says otherwise.
struct AnalysisResult {
    // Provenance
    std::string audioHash;  ///< audioContentHash of the input audio (before resampling)
    std::string configHash; ///< the model's config hash
    TokenTimeMap tokens;    ///< sample rate and hop of the model

    // Original clip
    AudioBuffer originalAudio; ///< mono at the model rate (what the codec saw)
    CodeMatrix originalCodes;  ///< K x T
    ScoreResult originalScore; ///< NLL, entropy, rank, top-5 (token inspector)
    bool originalFromCache = false;

    // Perturbed clip
    AudioBuffer perturbedAudio; ///< mono at the model rate, deletions NOT cut (they are cut in codes)
    CodeMatrix perturbedCodes;  ///< K x T', after cutting deleted frames
    FrameIndexMap frameMap;     ///< perturbed frame -> original frame (-1 none)
    ScoreResult perturbedScore; ///< columns index PERTURBED frames
    std::int64_t perturbedEncodedFrames = 0;     ///< code frames the encoder recomputed (EncodeCache)
    std::int64_t perturbedReusedPositions = 0;   ///< decoder positions taken from the score cache
    std::int64_t perturbedComputedPositions = 0; ///< decoder positions recomputed

    /// Aligned L_orig / L_pert (per codebook and mean), D, study bands per region with stats, the
    /// moving-average detector, clip-level means and whether the loss was lowered.
    LossAnalysis analysis;
};

} // namespace noiseloss
