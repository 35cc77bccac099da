#include "app/gui/grads/GradientRunData.h"

#include <algorithm>

namespace noiseloss {

std::vector<std::int64_t> GradientRunData::perturbedToOriginal() const {
    std::vector<std::int64_t> map;
    if (!analysis)
        return map;
    const std::int64_t codebooks = std::max(1, analysis->perturbed.codebooks);
    map.assign(
        static_cast<std::size_t>(analysis->perturbed.codes.size() / static_cast<std::size_t>(codebooks)), -1);
    const std::vector<std::int64_t>& forward = analysis->analysis.aligned.perturbedFrameOf;
    for (std::size_t original = 0; original < forward.size(); ++original) {
        const std::int64_t perturbed = forward[original];
        if (perturbed >= 0 && static_cast<std::size_t>(perturbed) < map.size())
            map[static_cast<std::size_t>(perturbed)] = static_cast<std::int64_t>(original);
    }
    return map;
}

} // namespace noiseloss
