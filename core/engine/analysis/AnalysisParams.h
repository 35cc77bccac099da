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
};

/// Delayed alignment, proper frame-map pairing, the study's band constants.
inline AnalysisParams defaultAnalysisParams() {
    return {};
}

} // namespace noiseloss
