#pragma once

#include "analysis/LossAnalysis.h"
#include "perturb/PerturbationPlan.h"
#include "perturb/TokenTimeMap.h"
#include "widgets/analysis/TokenScoreDetails.h"

#include <string>

namespace noiseloss {

/// Everything the analysis views draw for one finished analysis run: the loss analysis (in ORIGINAL
/// token frames), the plan it was computed for, the token clock and the per-token details of both
/// scoring runs. Shared read-only between views (std::shared_ptr<const AnalysisViewData>).
/// A plain value type; no thread affinity (it is built on the analysis worker and handed to the GUI).
struct AnalysisViewData {
    LossAnalysis analysis;
    LossAnalysisParams params;
    PerturbationPlan plan;
    TokenTimeMap tokens;
    TokenScoreDetails original;  ///< original run, original frames
    TokenScoreDetails perturbed; ///< perturbed run, perturbed frames (see aligned.perturbedFrameOf)
    std::string audioName;       ///< for titles and meta.json, e.g. "Beethoven_010.wav"
    std::string modelName;       ///< e.g. "musicgen-small"

    std::int64_t frames() const { return analysis.aligned.frames; }
    int codebooks() const { return analysis.aligned.codebooks; }
};

} // namespace noiseloss
