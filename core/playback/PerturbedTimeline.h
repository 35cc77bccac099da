#pragma once

#include "perturb/PerturbationPlan.h"
#include "perturb/TokenTimeMap.h"

#include <cstdint>
#include <vector>

namespace noiseloss {

/// A half-open span [beginSample, endSample) of the ORIGINAL clip, in samples.
struct SampleSpan {
    std::int64_t beginSample = 0;
    std::int64_t endSample = 0;
    std::int64_t length() const { return endSample - beginSample; }
};

/// Maps positions between the original clip and the perturbed clip. Noise, silence and shuffle keep
/// the length, so only delete regions (cut out of the perturbed clip) move positions.
/// A plain value type; no thread affinity.
class PerturbedTimeline {
public:
    PerturbedTimeline() = default; ///< identity: nothing deleted

    /// `deletedSpans` in original samples; they are sorted, clamped to >= 0 and merged when touching.
    explicit PerturbedTimeline(std::vector<SampleSpan> deletedSpans);

    /// The delete regions of `plan` as sample spans at `tokens.sampleRate`, clipped to
    /// [0, originalSampleCount).
    static PerturbedTimeline fromPlan(const PerturbationPlan& plan, const TokenTimeMap& tokens,
                                      std::int64_t originalSampleCount);

    /// A position inside a deleted span maps to the cut point (the first sample after the cut).
    std::int64_t originalToPerturbed(std::int64_t originalSample) const;
    /// Inverse of originalToPerturbed for positions outside deleted spans.
    std::int64_t perturbedToOriginal(std::int64_t perturbedSample) const;

    std::int64_t deletedSampleCount() const;
    const std::vector<SampleSpan>& deletedSpans() const { return m_deletedSpans; }

    /// Re-inserts the deleted spans (as silence) into a perturbed signal so it lines up sample for
    /// sample with the original: the result has `originalSampleCount` samples.
    std::vector<float> expandToOriginal(const std::vector<float>& perturbedSamples,
                                        std::int64_t originalSampleCount) const;

private:
    std::vector<SampleSpan> m_deletedSpans; ///< sorted, disjoint, in original samples
};

} // namespace noiseloss
