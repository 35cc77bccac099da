#include "perturb/ShuffleLayout.h"

#include "dsp/NormalGenerator.h"
#include "perturb/RegionSpan.h"

#include <numeric>

namespace noiseloss {
namespace {

void swapAdjacentPairs(std::vector<std::int64_t>& order) {
    for (std::size_t j = 0; j + 1 < order.size(); j += 2)
        std::swap(order[j], order[j + 1]);
}

void swapRandomPairs(std::vector<std::int64_t>& order, const Region& region, std::int64_t blockTokens,
                     std::int64_t regionFrames) {
    if (order.size() < 2)
        return;
    // Candidate pair starts 0..B-2 in a seed-determined order (Fisher-Yates, own bounded draws).
    std::vector<std::size_t> candidates(order.size() - 1);
    std::iota(candidates.begin(), candidates.end(), std::size_t{0});
    NormalGenerator random(region.seed);
    for (std::size_t i = candidates.size(); i > 1; --i)
        std::swap(candidates[i - 1], candidates[random.uniformBelow(i)]);

    const double targetTokens = region.fraction * static_cast<double>(regionFrames);
    std::vector<bool> used(order.size(), false);
    std::int64_t coveredTokens = 0;
    for (std::size_t first : candidates) {
        if (static_cast<double>(coveredTokens) >= targetTokens)
            break;
        if (used[first] || used[first + 1])
            continue;
        std::swap(order[first], order[first + 1]);
        used[first] = used[first + 1] = true;
        coveredTokens += 2 * blockTokens;
    }
}

} // namespace

ShuffleLayout ShuffleLayout::forRegion(const Region& region, const TokenTimeMap& tokens,
                                       std::int64_t clipSamples) {
    ShuffleLayout layout;
    layout.blockTokens = region.blockTokens > 0 ? region.blockTokens : 1;
    const std::int64_t clipFrames = tokens.frameCountForSamples(clipSamples);
    layout.startFrame = regionFrameSpan(region, tokens, clipFrames).begin;
    const IndexSpan samples = regionSampleSpan(region, tokens, clipSamples);
    const std::int64_t startSample = layout.startFrame * tokens.hopSamples;
    const std::int64_t regionSamples = samples.end > startSample ? samples.end - startSample : 0;
    const std::int64_t regionFrames = regionSamples / tokens.hopSamples;
    const std::int64_t blockCount = regionFrames / layout.blockTokens;
    layout.blockOrder.resize(static_cast<std::size_t>(blockCount));
    std::iota(layout.blockOrder.begin(), layout.blockOrder.end(), std::int64_t{0});
    if (region.scheme == ShuffleScheme::AdjacentSwap)
        swapAdjacentPairs(layout.blockOrder);
    else
        swapRandomPairs(layout.blockOrder, region, layout.blockTokens, regionFrames);
    return layout;
}

} // namespace noiseloss
