#pragma once

#include <cstdint>
#include <vector>

namespace noiseloss {

/// Per-token negative log-likelihoods of one scored clip, independent of the engine:
/// `codebooks` x `columns`, row-major, in nats. Column c holds the NLL of token frame
/// `firstFrame + c` (0 for the delayed alignment, 1 for the NoiseLoss-compatible one).
/// A plain value type; no thread affinity.
struct LossCurves {
    int codebooks = 0;
    std::int64_t columns = 0;
    std::int64_t firstFrame = 0;
    std::vector<float> nll;

    float at(int codebook, std::int64_t column) const {
        return nll[static_cast<std::size_t>(codebook * columns + column)];
    }
    /// Mean over the codebooks per column (the study's per-token value L[t]); NaN entries are skipped.
    std::vector<float> meanPerColumn() const;
    /// Mean over every finite value (the clip loss); NaN when there is none.
    double mean() const;
};

} // namespace noiseloss
