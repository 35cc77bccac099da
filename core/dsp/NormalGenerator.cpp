#include "dsp/NormalGenerator.h"

#include <cmath>
#include <numbers>

namespace noiseloss {

NormalGenerator::NormalGenerator(std::uint64_t seed) : m_engine(seed) {}

double NormalGenerator::uniformOpen() {
    constexpr double kScale = 1.0 / 9007199254740992.0; // 2^-53
    return (static_cast<double>(m_engine() >> 11) + 0.5) * kScale;
}

double NormalGenerator::next() {
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    const double radius = std::sqrt(-2.0 * std::log(uniformOpen()));
    const double angle = 2.0 * std::numbers::pi * uniformOpen();
    m_spare = radius * std::sin(angle);
    m_hasSpare = true;
    return radius * std::cos(angle);
}

std::vector<double> NormalGenerator::take(std::size_t count) {
    std::vector<double> values(count);
    for (double& value : values)
        value = next();
    return values;
}

std::uint64_t NormalGenerator::uniformBelow(std::uint64_t bound) {
    // Reject the top partial range so every residue is equally likely.
    const std::uint64_t limit =
        std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % bound;
    std::uint64_t value = m_engine();
    while (value >= limit)
        value = m_engine();
    return value % bound;
}

} // namespace noiseloss
