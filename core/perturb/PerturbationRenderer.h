#pragma once

#include "audio/AudioBuffer.h"
#include "perturb/PerturbationPlan.h"
#include "perturb/TokenTimeMap.h"

#include <cstdint>
#include <vector>

namespace noiseloss {

/// For every frame of the perturbed token sequence, the original frame it came from
/// (-1 for none). Index-wise where lengths are kept; shifted after a deletion; permuted inside
/// shuffles (a shuffled frame maps to the frame it was moved from).
struct FrameIndexMap {
    std::vector<std::int64_t> perturbedToOriginal;
    std::int64_t originalFrameCount = 0;
};

/// Applies the waveform-domain regions of a plan (noise, silence, shuffle; and, when
/// `cutDeletedSpans` is true, delete as a cut of the span) to a MONO buffer, deterministically
/// from each region's seed. Regions are applied in time order. Requires a valid plan
/// (see requireValidPlan); throws Error otherwise.
AudioBuffer renderPerturbedAudio(const AudioBuffer& monoAudio, const PerturbationPlan& plan,
                                 const TokenTimeMap& tokens, bool cutDeletedSpans = true);

/// The index map from perturbed frames to original frames for a clip of `originalFrames` frames,
/// with delete regions cutting tokens [p, p+N) (p, N from the region's times in frames).
FrameIndexMap buildFrameIndexMap(const PerturbationPlan& plan, std::int64_t originalFrames,
                                 const TokenTimeMap& tokens);

} // namespace noiseloss
