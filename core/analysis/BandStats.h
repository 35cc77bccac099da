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

/// What the perturbation did to the clip's mean loss.
enum class ClipChange {
    Lowered,      ///< perturbed mean below the original's by more than the tolerance
    Unchanged,    ///< equal within kClipUnchangedRelativeTolerance (e.g. an empty plan)
    Raised,       ///< perturbed mean above the original's by more than the tolerance
    Undetermined, ///< a mean is NaN (no scored tokens)
};
/// "lowered", "unchanged", "raised", "undetermined" (bands.json, CLI output).
const char* toString(ClipChange change);

/// Means that differ by at most this fraction of the original mean (at least 1 nat is assumed as
/// the scale) count as unchanged. Far below any real effect of a region (>= 1e-3 nats), above the
/// float rounding of re-scoring identical codes through a different path (~1e-7 relative).
inline constexpr double kClipUnchangedRelativeTolerance = 1e-6;

/// Classifies the change from `meanOriginal` to `meanPerturbed` (nats).
ClipChange classifyClipChange(double meanOriginal, double meanPerturbed);

/// Clip-level comparison: each run's own mean loss (all its scored tokens, all codebooks).
struct ClipStats {
    double meanOriginal = 0.0;
    double meanPerturbed = 0.0;
    double difference = 0.0; ///< meanPerturbed - meanOriginal
    ClipChange change = ClipChange::Unchanged;
    bool lowered = false; ///< change == ClipChange::Lowered (kept for the results table)
};
ClipStats computeClipStats(const LossCurves& original, const LossCurves& perturbed);

} // namespace noiseloss
