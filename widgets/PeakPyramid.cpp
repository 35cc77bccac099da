#include "widgets/PeakPyramid.h"

#include <algorithm>
#include <cmath>

namespace noiseloss {

PeakPyramid::PeakPyramid(std::shared_ptr<const std::vector<float>> samples) : m_samples(std::move(samples)) {
    if (!m_samples || m_samples->empty())
        return;
    const std::vector<float>& data = *m_samples;
    std::vector<Bin> base((data.size() + kBaseBinSamples - 1) / kBaseBinSamples);
    for (std::size_t bin = 0; bin < base.size(); ++bin)
        base[bin] = binFromSamples(bin * kBaseBinSamples, std::min(data.size(), (bin + 1) * kBaseBinSamples));
    m_levels.push_back(std::move(base));
    while (m_levels.back().size() > 1) {
        const std::vector<Bin>& below = m_levels.back();
        std::vector<Bin> level((below.size() + 1) / 2);
        for (std::size_t bin = 0; bin < level.size(); ++bin) {
            const Bin& a = below[2 * bin];
            if (2 * bin + 1 >= below.size()) {
                level[bin] = a;
                continue;
            }
            const Bin& b = below[2 * bin + 1];
            level[bin] = {std::min(a.minimum, b.minimum), std::max(a.maximum, b.maximum),
                          a.sumSquares + b.sumSquares, a.count + b.count};
        }
        m_levels.push_back(std::move(level));
    }
}

PeakPyramid::Bin PeakPyramid::binFromSamples(std::size_t begin, std::size_t end) const {
    Bin bin{(*m_samples)[begin], (*m_samples)[begin], 0.0, end - begin};
    for (std::size_t i = begin; i < end; ++i) {
        const float sample = (*m_samples)[i];
        bin.minimum = std::min(bin.minimum, sample);
        bin.maximum = std::max(bin.maximum, sample);
        bin.sumSquares += static_cast<double>(sample) * sample;
    }
    return bin;
}

PeakRange PeakPyramid::rangeFromSamples(std::size_t begin, std::size_t end) const {
    const Bin bin = binFromSamples(begin, end);
    return {bin.minimum, bin.maximum,
            static_cast<float>(std::sqrt(bin.sumSquares / std::max<std::size_t>(1, bin.count)))};
}

PeakRange PeakPyramid::rangeFromLevel(std::size_t level, std::size_t begin, std::size_t end) const {
    const std::size_t binSamples = kBaseBinSamples << level;
    const std::vector<Bin>& bins = m_levels[level];
    const std::size_t firstBin = begin / binSamples;
    const std::size_t lastBin = std::min(bins.size(), (end + binSamples - 1) / binSamples);
    Bin merged = bins[firstBin];
    for (std::size_t bin = firstBin + 1; bin < lastBin; ++bin) {
        merged.minimum = std::min(merged.minimum, bins[bin].minimum);
        merged.maximum = std::max(merged.maximum, bins[bin].maximum);
        merged.sumSquares += bins[bin].sumSquares;
        merged.count += bins[bin].count;
    }
    return {merged.minimum, merged.maximum,
            static_cast<float>(std::sqrt(merged.sumSquares / std::max<std::size_t>(1, merged.count)))};
}

std::vector<PeakRange> PeakPyramid::peaksForColumns(double firstSample, double samplesPerColumn,
                                                    int columnCount) const {
    std::vector<PeakRange> peaks(static_cast<std::size_t>(std::max(0, columnCount)));
    const std::size_t size = sampleCount();
    if (size == 0 || samplesPerColumn <= 0.0)
        return peaks;
    // The coarsest level whose bins are still no wider than a column.
    std::size_t level = 0;
    bool useLevels = samplesPerColumn >= static_cast<double>(kBaseBinSamples);
    while (useLevels && level + 1 < m_levels.size() &&
           static_cast<double>(kBaseBinSamples << (level + 1)) <= samplesPerColumn)
        ++level;
    for (int column = 0; column < columnCount; ++column) {
        const double from = firstSample + column * samplesPerColumn;
        const double to = from + samplesPerColumn;
        if (to <= 0.0 || from >= static_cast<double>(size))
            continue;
        const auto begin = static_cast<std::size_t>(std::max(0.0, std::floor(from)));
        auto end = static_cast<std::size_t>(std::min(static_cast<double>(size), std::ceil(to)));
        end = std::max(end, begin + 1);
        peaks[static_cast<std::size_t>(column)] =
            useLevels ? rangeFromLevel(level, begin, end) : rangeFromSamples(begin, std::min(end, size));
    }
    return peaks;
}

} // namespace noiseloss
