#pragma once

#include "analysis/LossAnalysis.h"
#include "engine/EngineTypes.h"

namespace noiseloss {

/// Settings of one analysis run (AnalysisSession::run). Plain value.
struct AnalysisParams {
    Alignment alignment = Alignment::Delayed; ///< how the LM's NLL is read (EngineTypes.h)
    bool computeTop5 = true;                  ///< top-5 codes of the original run, for the token inspector
    LossAnalysisParams lossAnalysis;          ///< token pairing (FrameMap or the study's index-wise
                                              ///< truncation) and the band detectors' constants
    /// true: re-score only from the first changed decoder input (ScoreCache; equal to a full score
    /// within 1e-4, but the last digits depend on which run came before). false: score the original
    /// and each perturbed clip from scratch, so every result depends only on its own codes (batch
    /// experiments need this for order-independent, shard-independent tables). The original is
    /// cached either way.
    bool incrementalScoring = true;
};

/// Delayed alignment, proper frame-map pairing, the study's band constants.
inline AnalysisParams defaultAnalysisParams() {
    return {};
}

} // namespace noiseloss
