#pragma once

#include "analysis/TokenSpan.h"

#include <vector>

namespace noiseloss {

/// Constants of the study's second detector (used for shuffle curves).
struct MovingAverageParams {
    int taps = 5;                   ///< centred moving average length (odd)
    double thresholdSdFactor = 0.5; ///< threshold = factor * SD of the smoothed curve
    int mergeGapTokens = 10;        ///< affected runs separated by <= this many tokens are merged
    int minRecoveryGapTokens = 5;   ///< a gap after an affected run longer than this is recovery
};
MovingAverageParams defaultMovingAverageParams();

/// Result of the moving-average detector, in original token frames.
struct MovingAverageBands {
    std::vector<float> smoothed;     ///< centred moving average of D (NaN-skipping; NaN if a window has none)
    double threshold = 0.0;          ///< factor * population SD of the finite smoothed values
    std::vector<TokenSpan> affected; ///< runs with smoothed > threshold, after merging
    std::vector<TokenSpan> recovery; ///< the gap after each affected run (to the next run or the clip end)
                                     ///< when it is longer than minRecoveryGapTokens
};

/// Runs the detector on the mean loss difference D (NaN where there is no counterpart; NaN tokens
/// are never "above threshold"). Windows at the clip edges use the taps that exist. Pure function.
MovingAverageBands detectMovingAverageBands(const std::vector<float>& difference,
                                            const MovingAverageParams& params = defaultMovingAverageParams());

} // namespace noiseloss
