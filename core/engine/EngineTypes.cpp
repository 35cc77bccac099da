#include "engine/EngineTypes.h"

namespace noiseloss {

std::vector<float> ScoreResult::meanNllPerColumn() const {
    std::vector<float> means(static_cast<std::size_t>(columns), 0.0f);
    if (codebooks <= 0)
        return means;
    for (std::int64_t column = 0; column < columns; ++column) {
        double sum = 0.0;
        for (int k = 0; k < codebooks; ++k)
            sum += nllAt(k, column);
        means[static_cast<std::size_t>(column)] = static_cast<float>(sum / codebooks);
    }
    return means;
}

double ScoreResult::meanNll() const {
    if (nll.empty())
        return 0.0;
    double sum = 0.0;
    for (float value : nll)
        sum += value;
    return sum / static_cast<double>(nll.size());
}

} // namespace noiseloss
