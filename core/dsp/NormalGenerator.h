#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace noiseloss {

/// Standard normal samples from a seed, identical on every platform: std::mt19937_64 (whose output
/// sequence the C++ standard fixes) feeding a Box-Muller transform written here, so nothing depends
/// on a standard library's distribution internals. Not thread-safe; use one instance per thread.
class NormalGenerator {
public:
    explicit NormalGenerator(std::uint64_t seed);

    /// The next N(0, 1) sample.
    double next();
    /// The next `count` samples, in order (the same as calling next() `count` times).
    std::vector<double> take(std::size_t count);

    /// A uniform integer in [0, bound) by rejection (no modulo bias); bound must be > 0.
    std::uint64_t uniformBelow(std::uint64_t bound);

private:
    /// Uniform in the open interval (0, 1) from the top 53 bits of one engine output.
    double uniformOpen();

    std::mt19937_64 m_engine;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace noiseloss
