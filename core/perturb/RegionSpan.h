#pragma once

#include "perturb/PerturbationPlan.h"
#include "perturb/TokenTimeMap.h"

#include <cstdint>

namespace noiseloss {

/// A half-open range [begin, end) of samples or token frames.
struct IndexSpan {
    std::int64_t begin = 0;
    std::int64_t end = 0;
    std::int64_t length() const { return end > begin ? end - begin : 0; }
};

/// The samples a region covers: [round(start * rate), round(end * rate)), clamped to
/// [0, totalSamples]. Internal to core/perturb.
IndexSpan regionSampleSpan(const Region& region, const TokenTimeMap& tokens, std::int64_t totalSamples);

/// The token frames a frame-aligned region covers: [round(start * fps), round(end * fps)), clamped to
/// [0, totalFrames]. Meaningful for regions that validation requires to be frame-aligned
/// (delete; the start of a shuffle).
IndexSpan regionFrameSpan(const Region& region, const TokenTimeMap& tokens, std::int64_t totalFrames);

/// True when `seconds` lies within half a sample of a token-frame boundary.
bool isOnFrameBoundary(double seconds, const TokenTimeMap& tokens);

} // namespace noiseloss
