#include "analysis/LossCurves.h"

#include <cmath>
#include <limits>

namespace noiseloss {

std::vector<float> LossCurves::meanPerColumn() const {
    std::vector<float> means(static_cast<std::size_t>(columns), std::numeric_limits<float>::quiet_NaN());
    for (std::int64_t column = 0; column < columns; ++column) {
        double sum = 0.0;
        int count = 0;
        for (int codebook = 0; codebook < codebooks; ++codebook) {
            const float value = at(codebook, column);
            if (std::isfinite(value)) {
                sum += value;
                ++count;
            }
        }
        if (count > 0)
            means[static_cast<std::size_t>(column)] = static_cast<float>(sum / count);
    }
    return means;
}

double LossCurves::mean() const {
    double sum = 0.0;
    std::int64_t count = 0;
    for (float value : nll) {
        if (std::isfinite(value)) {
            sum += value;
            ++count;
        }
    }
    return count > 0 ? sum / static_cast<double>(count) : std::numeric_limits<double>::quiet_NaN();
}

} // namespace noiseloss
