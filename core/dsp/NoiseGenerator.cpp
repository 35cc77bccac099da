#include "dsp/NoiseGenerator.h"

#include "dsp/NormalGenerator.h"
#include "dsp/SpectralShaper.h"
#include "dsp/StudyFilters.h"

#include <cmath>

namespace noiseloss {
namespace {

double powerExponentFor(NoiseColor color) {
    switch (color) {
    case NoiseColor::White:
        return 0.0;
    case NoiseColor::Pink:
        return -1.0;
    case NoiseColor::Brown:
        return -2.0;
    case NoiseColor::Blue:
        return 1.0;
    case NoiseColor::Violet:
        return 2.0;
    }
    return 0.0;
}

std::vector<float> scaledToFloat(const std::vector<double>& values, double divisor) {
    std::vector<float> out(values.size());
    const double scale = divisor > 0.0 ? 1.0 / divisor : 0.0;
    for (std::size_t i = 0; i < values.size(); ++i)
        out[i] = static_cast<float>(values[i] * scale);
    return out;
}

double rootMeanSquare(const std::vector<double>& values) {
    double sum = 0.0;
    for (double value : values)
        sum += value * value;
    return values.empty() ? 0.0 : std::sqrt(sum / static_cast<double>(values.size()));
}

/// Population standard deviation (numpy's default, ddof 0), as the study normalised.
double standardDeviation(const std::vector<double>& values) {
    if (values.empty())
        return 0.0;
    double mean = 0.0;
    for (double value : values)
        mean += value;
    mean /= static_cast<double>(values.size());
    double sum = 0.0;
    for (double value : values)
        sum += (value - mean) * (value - mean);
    return std::sqrt(sum / static_cast<double>(values.size()));
}

} // namespace

std::vector<float> generateNoise(std::size_t sampleCount, const NoiseParams& params) {
    std::vector<double> white = NormalGenerator(params.seed).take(sampleCount);
    if (params.method == NoiseMethod::NoiseLoss) {
        const auto filter = studyFilterFor(params.color);
        const std::vector<double> coloured = filter ? filter->filter(white) : white;
        return scaledToFloat(coloured, standardDeviation(coloured));
    }
    const double exponent = powerExponentFor(params.color);
    const std::vector<double> shaped = exponent == 0.0 ? white : SpectralShaper(exponent).shape(white);
    return scaledToFloat(shaped, rootMeanSquare(shaped));
}

double dbToGain(double db) {
    return std::pow(10.0, db / 20.0);
}

double rms(const float* samples, std::size_t count) {
    if (count == 0)
        return 0.0;
    double sum = 0.0;
    for (std::size_t i = 0; i < count; ++i)
        sum += static_cast<double>(samples[i]) * samples[i];
    return std::sqrt(sum / static_cast<double>(count));
}

} // namespace noiseloss
