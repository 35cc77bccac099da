#pragma once

#include "analysis/TokenSpan.h"

#include <cstdint>
#include <vector>

namespace noiseloss {

/// Where a perturbation sits, in ORIGINAL token frames: onset o and length N.
struct RegionTokens {
    std::int64_t onsetFrame = 0;
    std::int64_t lengthFrames = 0;
};

/// Constants of the study's band detector (noiseloss-method.md, "Loss difference and bands").
struct StudyBandParams {
    int baselineGapTokens = 50;     ///< baseline = mean D[0 : o - gap]
    int leadTokens = 5;             ///< Peak starts at o - lead (EnCodec receptive field)
    int runLengthTokens = 5;        ///< Peak ends at the first run of this many tokens <= baseline
    int fallbackPeakTokens = 45;    ///< Peak end o + fallback when D never returns to baseline
    int assimilationTailTokens = 3; ///< Assimilation ends at o + N + tail
};
StudyBandParams defaultStudyBandParams();

/// Which part of D the baseline was averaged over.
enum class BaselineSource {
    Full,       ///< D[0 : o - gap], the study's window
    BeforeLead, ///< o - gap <= 0: D[0 : o - lead] (region close to the clip start; flagged)
    None        ///< no finite D before the region: baseline 0 (flagged)
};

/// The study's three bands for one region, in original token frames.
struct StudyBands {
    RegionTokens region;
    double baseline = 0.0;
    BaselineSource baselineSource = BaselineSource::Full;
    TokenSpan baselineSpan;
    bool peakReturnedToBaseline = false; ///< false: Peak end is the fallback o + 45
    TokenSpan peak;
    TokenSpan assimilation;
    TokenSpan recovery;
};

/// The study's detector, applied to each region of `regions` (sorted by onset) on the mean loss
/// difference D (length n = original frame count, NaN where there is no counterpart):
///   baseline b = mean D[0 : o-50] (finite values only)
///   Peak = [o-5, Pe), Pe = first j >= o-5 with D[j..j+4] all <= b (NaN never counts as <= b),
///          else o+45
///   Assimilation = [Pe, min(o+N+3, n-1))
///   Recovery = [end of Assimilation, R), R = n-1 for the last region; for an earlier region R is
///          the next region's Peak start (its onset - lead) so that bands never overlap.
/// Every span is clipped to [0, n) and is empty rather than reversed. Pure function.
/// Indices are ORIGINAL token frames. The study's scripts indexed their NoiseLoss-aligned curve by
/// column (column i = frame i + 1), so with that alignment their bands sit one token earlier.
std::vector<StudyBands> detectStudyBands(const std::vector<float>& difference,
                                         const std::vector<RegionTokens>& regions,
                                         const StudyBandParams& params = defaultStudyBandParams());

} // namespace noiseloss
