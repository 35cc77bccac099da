#include "widgets/analysis/LossCurveSelection.h"

#include <cmath>
#include <limits>

namespace noiseloss {

std::vector<float> selectLossCurve(const AlignedLosses& losses, LossCurveKind kind, int codebook) {
    if (codebook < 0 || codebook >= losses.codebooks) {
        switch (kind) {
        case LossCurveKind::Original:
            return losses.originalMean;
        case LossCurveKind::Perturbed:
            return losses.perturbedMean;
        case LossCurveKind::Difference:
            return losses.differenceMean;
        }
    }
    const std::vector<float>& all = kind == LossCurveKind::Original    ? losses.originalNll
                                    : kind == LossCurveKind::Perturbed ? losses.perturbedNll
                                                                       : losses.difference;
    const auto begin = all.begin() + static_cast<std::ptrdiff_t>(losses.index(codebook, 0));
    return {begin, begin + static_cast<std::ptrdiff_t>(losses.frames)};
}

std::vector<float> smoothCentred(const std::vector<float>& values, int taps) {
    if (taps <= 1)
        return values;
    const auto half = static_cast<std::ptrdiff_t>(taps / 2);
    const auto count = static_cast<std::ptrdiff_t>(values.size());
    std::vector<float> smoothed(values.size(), std::numeric_limits<float>::quiet_NaN());
    for (std::ptrdiff_t i = 0; i < count; ++i) {
        double sum = 0.0;
        int finite = 0;
        for (std::ptrdiff_t j = std::max<std::ptrdiff_t>(0, i - half); j <= std::min(count - 1, i + half);
             ++j) {
            const float value = values[static_cast<std::size_t>(j)];
            if (std::isfinite(value)) {
                sum += value;
                ++finite;
            }
        }
        if (finite > 0)
            smoothed[static_cast<std::size_t>(i)] = static_cast<float>(sum / finite);
    }
    return smoothed;
}

} // namespace noiseloss
