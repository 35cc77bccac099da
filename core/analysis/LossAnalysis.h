#pragma once

#include "analysis/BandStats.h"
#include "analysis/LossCurves.h"
#include "analysis/MovingAverageDetector.h"
#include "analysis/StudyBandDetector.h"
#include "analysis/TokenAlignment.h"
#include "perturb/PerturbationPlan.h"
#include "perturb/PerturbationRenderer.h"
#include "perturb/TokenTimeMap.h"

#include <vector>

namespace noiseloss {

/// Settings of the loss analysis (alignment and both band detectors).
struct LossAnalysisParams {
    AlignmentPolicy alignment = AlignmentPolicy::FrameMap;
    StudyBandParams studyBands;
    MovingAverageParams movingAverage;
};
LossAnalysisParams defaultLossAnalysisParams();

/// The study's bands of one region with their statistics.
struct RegionAnalysis {
    int planRegionIndex = 0; ///< index of the region in the plan
    StudyBands bands;
    BandStats peak;
    BandStats assimilation;
    BandStats recovery;
};

/// Everything derived from an original and a perturbed scoring run, in ORIGINAL token frames.
/// A plain value type.
struct LossAnalysis {
    AlignedLosses aligned;
    std::vector<RegionAnalysis> regions; ///< sorted by onset
    MovingAverageBands movingAverage;
    std::vector<BandStats> affectedStats;       ///< one per movingAverage.affected span
    std::vector<BandStats> movingRecoveryStats; ///< one per movingAverage.recovery span
    ClipStats clip;
};

/// Onset and length of every region of `plan` in original token frames (onset = the frame
/// containing the start, end = the first frame boundary at or after the end), paired with the
/// region's plan index and sorted by onset.
std::vector<std::pair<int, RegionTokens>> regionTokensFromPlan(const PerturbationPlan& plan,
                                                               const TokenTimeMap& tokens);

/// Aligns, computes D, detects bands per region and summarises. Pure function; throws Error on
/// inconsistent inputs (see alignLosses).
LossAnalysis analyzeLosses(const LossCurves& original, const LossCurves& perturbed, const FrameIndexMap& map,
                           const std::vector<std::pair<int, RegionTokens>>& regions,
                           const LossAnalysisParams& params = defaultLossAnalysisParams());

} // namespace noiseloss
