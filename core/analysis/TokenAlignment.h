#pragma once

#include "analysis/LossCurves.h"
#include "perturb/PerturbationRenderer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace noiseloss {

/// How perturbed tokens are paired with original tokens.
enum class AlignmentPolicy {
    /// Through the plan's FrameIndexMap: index-wise where lengths are kept, shifted after a
    /// deletion (perturbed frame i -> original i + N past the cut), permuted inside shuffles.
    FrameMap,
    /// The original study's comparison: perturbed frame f against original frame f, truncated to
    /// the shorter clip. Wrong after a deletion; offered only so numbers can match the study.
    IndexWiseTruncation
};

std::string toString(AlignmentPolicy policy); ///< "frame-map", "index-wise-truncation (study compatibility)"

/// Original and perturbed losses on the ORIGINAL token frames 0..frames-1 (frames = the original
/// clip's frame count). Vectors marked K x T are row-major codebook x frame. NaN marks a frame
/// the original run did not score (frame 0 with the NoiseLoss alignment) or a frame with no
/// perturbed counterpart (deleted tokens; the tail after truncation). All losses in nats.
struct AlignedLosses {
    AlignmentPolicy policy = AlignmentPolicy::FrameMap;
    int codebooks = 0;
    std::int64_t frames = 0;
    std::vector<float> originalNll;             ///< K x T
    std::vector<float> perturbedNll;            ///< K x T, the perturbed token paired with each frame
    std::vector<float> difference;              ///< K x T, D = L_pert - L_orig
    std::vector<float> originalMean;            ///< T, mean over codebooks
    std::vector<float> perturbedMean;           ///< T
    std::vector<float> differenceMean;          ///< T
    std::vector<std::int64_t> perturbedFrameOf; ///< T, the paired perturbed frame, -1 for none

    std::size_t index(int codebook, std::int64_t frame) const {
        return static_cast<std::size_t>(codebook * frames + frame);
    }
};

/// Pairs the perturbed curves with the original ones. `original` and `perturbed` must have the
/// same codebook count and the same alignment (firstFrame); `map.originalFrameCount` gives T
/// (when it is 0, T is taken from the original curves). Throws Error on inconsistent inputs.
AlignedLosses alignLosses(const LossCurves& original, const LossCurves& perturbed, const FrameIndexMap& map,
                          AlignmentPolicy policy);

} // namespace noiseloss
