#include "perturb/RegionSpan.h"

#include <algorithm>
#include <cmath>

namespace noiseloss {

IndexSpan regionSampleSpan(const Region& region, const TokenTimeMap& tokens, std::int64_t totalSamples) {
    const std::int64_t begin =
        std::clamp<std::int64_t>(tokens.secondsToSample(region.startSeconds), 0, totalSamples);
    const std::int64_t end =
        std::clamp<std::int64_t>(tokens.secondsToSample(region.endSeconds), begin, totalSamples);
    return {begin, end};
}

IndexSpan regionFrameSpan(const Region& region, const TokenTimeMap& tokens, std::int64_t totalFrames) {
    const auto toFrame = [&](double seconds) {
        return static_cast<std::int64_t>(std::llround(seconds * tokens.framesPerSecond()));
    };
    const std::int64_t begin = std::clamp<std::int64_t>(toFrame(region.startSeconds), 0, totalFrames);
    const std::int64_t end = std::clamp<std::int64_t>(toFrame(region.endSeconds), begin, totalFrames);
    return {begin, end};
}

bool isOnFrameBoundary(double seconds, const TokenTimeMap& tokens) {
    const double frames = seconds * tokens.framesPerSecond();
    const double offsetSamples = std::fabs(frames - std::round(frames)) * tokens.hopSamples;
    return offsetSamples <= 0.5;
}

} // namespace noiseloss
