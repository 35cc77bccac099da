#pragma once

#include "analysis/TokenAlignment.h"
#include "analysis/TokenSpan.h"

#include <cstdint>

namespace noiseloss {

/// Statistics of the aligned losses over one band. Means skip NaN tokens; `validTokens` counts the
/// tokens with a finite D. Following the study, meanDifference is 0 for a band without valid tokens;
/// maxDifference and the loss means are NaN then. All values in nats.
struct BandStats {
    TokenSpan span;
    std::int64_t validTokens = 0;
    double meanDifference = 0.0;
    double maxDifference = 0.0;
    double meanOriginal = 0.0;  ///< mean of L_orig over the band (mean over codebooks per token)
    double meanPerturbed = 0.0; ///< mean of the paired L_pert over the band
};

/// Computes the statistics of `span` (clipped to the clip) on the codebook-mean curves.
BandStats computeBandStats(const AlignedLosses& losses, TokenSpan span);

/// Clip-level comparison: each run's own mean loss (all its scored tokens, all codebooks).
struct ClipStats {
    double meanOriginal = 0.0;
    double meanPerturbed = 0.0;
    double difference = 0.0; ///< meanPerturbed - meanOriginal
    bool lowered = false;    ///< the perturbation lowered the clip's mean loss
};
ClipStats computeClipStats(const LossCurves& original, const LossCurves& perturbed);

} // namespace noiseloss
