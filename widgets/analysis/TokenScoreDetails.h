#pragma once

#include <cstdint>
#include <vector>

namespace noiseloss {

/// Per-token details of one scoring run, copied out of the engine's ScoreResult so that views never
/// include engine headers. K x columns row-major; column c is token frame `firstFrame + c` of THAT
/// run (original or perturbed frames). Empty vectors mean "not available". A plain value type.
struct TokenScoreDetails {
    int codebooks = 0;
    std::int64_t columns = 0;
    std::int64_t firstFrame = 0;
    std::vector<float> nll;          ///< nats
    std::vector<float> entropy;      ///< nats
    std::vector<std::int32_t> rank;  ///< rank of the true code, 0 = most likely
    std::vector<std::int32_t> top5;  ///< K x columns x 5 most likely codes
    std::vector<std::int64_t> codes; ///< K x frames (all frames of the run, not columns); may be empty

    bool empty() const { return columns == 0 || codebooks == 0; }
    /// Column of `frame`, or -1 when the run did not score it.
    std::int64_t columnOf(std::int64_t frame) const {
        const std::int64_t column = frame - firstFrame;
        return column >= 0 && column < columns ? column : -1;
    }
    std::size_t index(int codebook, std::int64_t column) const {
        return static_cast<std::size_t>(codebook * columns + column);
    }
};

} // namespace noiseloss
