#include "engine/analysis/CodeCutting.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace noiseloss {

CodeMatrix cutDeletedFrames(const CodeMatrix& codes, const PerturbationPlan& plan,
                            const TokenTimeMap& tokens) {
    std::vector<bool> deleted(static_cast<std::size_t>(codes.frames), false);
    for (const Region& region : plan.regions) {
        if (region.kind != RegionKind::Delete)
            continue;
        const auto toFrame = [&](double seconds) {
            const auto frame = static_cast<std::int64_t>(std::llround(seconds * tokens.framesPerSecond()));
            return std::clamp<std::int64_t>(frame, 0, codes.frames);
        };
        std::fill(deleted.begin() + toFrame(region.startSeconds),
                  deleted.begin() + toFrame(region.endSeconds), true);
    }
    const auto kept = static_cast<std::int64_t>(std::count(deleted.begin(), deleted.end(), false));
    CodeMatrix cut;
    cut.codebooks = codes.codebooks;
    cut.frames = kept;
    cut.codes.reserve(static_cast<std::size_t>(codes.codebooks * kept));
    for (int k = 0; k < codes.codebooks; ++k)
        for (std::int64_t t = 0; t < codes.frames; ++t)
            if (!deleted[static_cast<std::size_t>(t)])
                cut.codes.push_back(codes.at(k, t));
    return cut;
}

} // namespace noiseloss
