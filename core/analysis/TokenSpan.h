#pragma once

#include <algorithm>
#include <cstdint>

namespace noiseloss {

/// A half-open range [begin, end) of ORIGINAL token frames. An empty span has begin == end.
/// A plain value type.
struct TokenSpan {
    std::int64_t begin = 0;
    std::int64_t end = 0;

    std::int64_t length() const { return std::max<std::int64_t>(0, end - begin); }
    bool empty() const { return end <= begin; }
    bool contains(std::int64_t frame) const { return frame >= begin && frame < end; }
    bool operator==(const TokenSpan&) const = default;
};

} // namespace noiseloss
