#include "perturb/PerturbationRenderer.h"
#include "perturb/RegionSpan.h"
#include "perturb/ShuffleLayout.h"

#include <algorithm>
#include <numeric>

// buildFrameIndexMap (declared in PerturbationRenderer.h): the token-domain mirror of the renderer.

namespace noiseloss {

FrameIndexMap buildFrameIndexMap(const PerturbationPlan& plan, std::int64_t originalFrames,
                                 const TokenTimeMap& tokens) {
    const std::int64_t frames = std::max<std::int64_t>(originalFrames, 0);
    const std::int64_t clipSamples = frames * tokens.hopSamples;
    // source[i]: the original frame now at original-timeline position i.
    std::vector<std::int64_t> source(static_cast<std::size_t>(frames));
    std::iota(source.begin(), source.end(), std::int64_t{0});
    std::vector<bool> deleted(source.size(), false);

    std::vector<const Region*> ordered;
    for (const Region& region : plan.regions)
        ordered.push_back(&region);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Region* a, const Region* b) { return a->startSeconds < b->startSeconds; });
    for (const Region* region : ordered) {
        if (region->kind == RegionKind::Shuffle) {
            const ShuffleLayout layout = ShuffleLayout::forRegion(*region, tokens, clipSamples);
            const std::vector<std::int64_t> before = source;
            for (std::size_t j = 0; j < layout.blockOrder.size(); ++j)
                for (std::int64_t f = 0; f < layout.blockTokens; ++f) {
                    const auto to = layout.startFrame + static_cast<std::int64_t>(j) * layout.blockTokens + f;
                    const auto from = layout.startFrame + layout.blockOrder[j] * layout.blockTokens + f;
                    source[static_cast<std::size_t>(to)] = before[static_cast<std::size_t>(from)];
                }
        } else if (region->kind == RegionKind::Delete) {
            const IndexSpan span = regionFrameSpan(*region, tokens, frames);
            std::fill(deleted.begin() + span.begin, deleted.begin() + span.end, true);
        }
    }

    FrameIndexMap map;
    map.originalFrameCount = frames;
    for (std::size_t i = 0; i < source.size(); ++i)
        if (!deleted[i])
            map.perturbedToOriginal.push_back(source[i]);
    return map;
}

} // namespace noiseloss
