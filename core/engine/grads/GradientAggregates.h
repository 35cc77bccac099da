// Public: aggregates of gradient results (plain values): band means, the layer x token map the
// study plotted, and perturbed - original difference maps on aligned tokens.
#pragma once

#include "engine/grads/GradientTypes.h"

#include <cstdint>
#include <vector>

namespace noiseloss {

/// Mean over a set of targets: activation map [layers + 1, positions] and parameter norms [buckets].
struct GradientMean {
    std::size_t targetCount = 0;
    std::vector<float> activationNorms;
    std::vector<float> parameterNorms;
};

/// Mean over the targets whose frame lies in [frameBegin, frameEnd) (e.g. a Peak band). Empty band:
/// targetCount 0 and zero-filled vectors.
GradientMean meanOverFrames(const GradientResult& result, std::int64_t frameBegin, std::int64_t frameEnd);

/// Layer x token map: value(row l, column j) = ||dl_j/dh_l|| at target j's last position (the
/// study's figure 7), or a per-target parameter bucket series. Row-major [rows, columns].
struct LayerTokenMap {
    int rows = 0;                        ///< layers + 1 (row 0 = embedding output)
    std::vector<GradientTarget> columns; ///< frames are ORIGINAL frames for difference maps
    std::vector<float> values;

    float at(int row, std::size_t column) const {
        return values[static_cast<std::size_t>(row) * columns.size() + column];
    }
};

LayerTokenMap selfPositionMap(const GradientResult& result);
/// The same map from the few-pass computation (computeSelfPositionNorms).
LayerTokenMap selfPositionMap(const SelfPositionNorms& norms);

/// perturbed - original for targets present in both (same codebook, original frame =
/// perturbedToOriginal[perturbed frame]; -1 = no original), in original-frame order. The activation
/// map uses each target's own position; `parameterDifference` is [columns, buckets].
struct GradientDifference {
    LayerTokenMap activation;
    std::vector<float> parameterDifference;
};

GradientDifference differenceOnAlignedTokens(const GradientResult& perturbed, const GradientResult& original,
                                             const std::vector<std::int64_t>& perturbedToOriginal);
/// The activation part of the above for self-position maps (same pairing and column order).
LayerTokenMap differenceOnAlignedTokens(const SelfPositionNorms& perturbed, const SelfPositionNorms& original,
                                        const std::vector<std::int64_t>& perturbedToOriginal);

} // namespace noiseloss
