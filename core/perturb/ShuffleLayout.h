#pragma once

#include "perturb/PerturbationPlan.h"
#include "perturb/TokenTimeMap.h"

#include <cstdint>
#include <vector>

namespace noiseloss {

/// Where a shuffle region's blocks go. Blocks are `blockTokens` token frames long and start at the
/// region's (frame-aligned) start; only whole blocks inside the region move, a remainder shorter
/// than one block stays in place. Destination block j receives source block blockOrder[j], so
/// blockOrder is a permutation (the multiset of blocks and the length are preserved).
///  - AdjacentSwap: blocks (0,1), (2,3), ... are swapped (a region of exactly 2L tokens is the
///    study's single swap of [t0, t0+L) with [t0+L, t0+2L)); no randomness.
///  - RandomPairs: disjoint adjacent pairs are drawn in a seed-determined order and swapped until
///    at least `fraction` of the region's tokens are covered (or no disjoint pair is left).
/// Shared by the audio renderer and the frame index map so both always agree. A plain value.
struct ShuffleLayout {
    std::int64_t startFrame = 0;
    std::int64_t blockTokens = 1;
    std::vector<std::int64_t> blockOrder;

    /// `clipSamples`: length of the original clip in samples (the region is clamped to it).
    static ShuffleLayout forRegion(const Region& region, const TokenTimeMap& tokens,
                                   std::int64_t clipSamples);
};

} // namespace noiseloss
