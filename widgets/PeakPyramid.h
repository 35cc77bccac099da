#pragma once

#include <cstddef>
#include <memory>
#include <vector>

namespace noiseloss {

/// Lowest and highest sample value in a span, and its RMS (root mean square).
struct PeakRange {
    float minimum = 0.0f;
    float maximum = 0.0f;
    float rms = 0.0f;
};

/// A min/max pyramid over a mono signal so a long clip (10 minutes = 19.2 M samples at 32 kHz) draws
/// in time proportional to the number of pixel columns, at any zoom. Level 0 summarises
/// kBaseBinSamples samples per bin; each level above halves the bin count.
/// Immutable after construction; const functions may be called from any thread.
class PeakPyramid {
public:
    static constexpr std::size_t kBaseBinSamples = 16;

    PeakPyramid() = default;
    explicit PeakPyramid(std::shared_ptr<const std::vector<float>> samples);

    std::size_t sampleCount() const { return m_samples ? m_samples->size() : 0; }
    std::size_t levelCount() const { return m_levels.size(); }

    /// One PeakRange per column: column c covers samples [first + c * perColumn, first + (c+1) * perColumn).
    /// Columns outside the signal are {0, 0}. When a column covers less than one sample, the sample
    /// under it is returned (min == max).
    std::vector<PeakRange> peaksForColumns(double firstSample, double samplesPerColumn,
                                           int columnCount) const;

private:
    PeakRange rangeFromSamples(std::size_t begin, std::size_t end) const;
    PeakRange rangeFromLevel(std::size_t level, std::size_t begin, std::size_t end) const;

    /// One bin of a level: the range plus the sum of squares, so RMS merges exactly across bins.
    struct Bin {
        float minimum = 0.0f;
        float maximum = 0.0f;
        double sumSquares = 0.0;
        std::size_t count = 0;
    };
    Bin binFromSamples(std::size_t begin, std::size_t end) const;

    std::shared_ptr<const std::vector<float>> m_samples;
    std::vector<std::vector<Bin>> m_levels;
};

} // namespace noiseloss
