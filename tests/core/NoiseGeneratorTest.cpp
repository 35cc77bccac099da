#include "dsp/NoiseGenerator.h"

#include "TestSignals.h"
#include "dsp/IirFilter.h"
#include "dsp/NormalGenerator.h"
#include "dsp/SpectralShaper.h"
#include "util/Error.h"

#include <gtest/gtest.h>

using namespace noiseloss;
using namespace noiseloss::test;

namespace {

struct SlopeCase {
    NoiseColor color;
    double expectedDbPerOctave; // power f^alpha: 10 log10(2) * alpha
};

class SpectralSlope : public ::testing::TestWithParam<SlopeCase> {};

} // namespace

TEST_P(SpectralSlope, MatchesColourWithinHalfDbPerOctaveFrom100HzTo10kHz) {
    const SlopeCase param = GetParam();
    constexpr double kRate = 48000.0;
    constexpr std::size_t kSegment = 8192;
    const std::vector<float> noise = generateNoise(1u << 20, {param.color, NoiseMethod::Spectral, 7});
    const std::vector<double> power = averagedPeriodogram(noise, kSegment);
    const double slope = spectralSlopeDbPerOctave(power, kRate / kSegment, 100.0, 10000.0);
    EXPECT_NEAR(slope, param.expectedDbPerOctave, 0.5);
    EXPECT_NEAR(rmsOf(noise.data(), noise.size()), 1.0, 1e-5);
}

INSTANTIATE_TEST_SUITE_P(Colours, SpectralSlope,
                         ::testing::Values(SlopeCase{NoiseColor::White, 0.0},
                                           SlopeCase{NoiseColor::Pink, -3.0103},
                                           SlopeCase{NoiseColor::Brown, -6.0206},
                                           SlopeCase{NoiseColor::Blue, 3.0103},
                                           SlopeCase{NoiseColor::Violet, 6.0206}));

TEST(NoiseGenerator, StudyFiltersMatchTheirDifferenceEquations) {
    constexpr std::size_t kCount = 20000;
    const std::vector<double> white = NormalGenerator(99).take(kCount);
    // Hand-written recursions with the coefficients of noiseloss-method.md.
    std::vector<double> pink(kCount), brown(kCount), blue(kCount);
    for (std::size_t n = 0; n < kCount; ++n) {
        const double x1 = n >= 1 ? white[n - 1] : 0.0, x2 = n >= 2 ? white[n - 2] : 0.0;
        pink[n] = 0.245237 * white[n] + 0.245237 * x1 + (n >= 1 ? 0.509525 * pink[n - 1] : 0.0);
        brown[n] = 0.0200834 * white[n] + 0.0401667 * x1 + 0.0200834 * x2 +
                   (n >= 1 ? 1.5610181 * brown[n - 1] : 0.0) - (n >= 2 ? 0.6413515 * brown[n - 2] : 0.0);
        blue[n] = 0.5 * white[n] - 0.5 * x1;
    }
    const auto normalised = [](std::vector<double> values) {
        double mean = 0.0, var = 0.0;
        for (double v : values)
            mean += v;
        mean /= static_cast<double>(values.size());
        for (double v : values)
            var += (v - mean) * (v - mean);
        const double sd = std::sqrt(var / static_cast<double>(values.size()));
        for (double& v : values)
            v /= sd;
        return values;
    };
    const std::pair<NoiseColor, std::vector<double>> cases[] = {{NoiseColor::White, normalised(white)},
                                                                {NoiseColor::Pink, normalised(pink)},
                                                                {NoiseColor::Brown, normalised(brown)},
                                                                {NoiseColor::Blue, normalised(blue)}};
    for (const auto& [color, expected] : cases) {
        const std::vector<float> got = generateNoise(kCount, {color, NoiseMethod::NoiseLoss, 99});
        ASSERT_EQ(got.size(), kCount);
        double maxError = 0.0;
        for (std::size_t n = 0; n < kCount; ++n)
            maxError = std::max(maxError, std::abs(got[n] - expected[n]));
        EXPECT_LT(maxError, 1e-5) << "colour index " << static_cast<int>(color);
    }
}

TEST(NoiseGenerator, IirFilterNormalisesByA0AndStartsFromZeroState) {
    const IirFilter filter({2.0, 2.0}, {2.0, -1.0}); // y[n] = x[n] + x[n-1] + 0.5 y[n-1]
    const std::vector<double> y = filter.filter({1.0, 0.0, 0.0, 0.0});
    EXPECT_DOUBLE_EQ(y[0], 1.0);
    EXPECT_DOUBLE_EQ(y[1], 1.5);
    EXPECT_DOUBLE_EQ(y[2], 0.75);
    EXPECT_DOUBLE_EQ(y[3], 0.375);
    EXPECT_THROW(IirFilter({1.0}, {0.0}), Error);
}

TEST(NoiseGenerator, SameSeedSameSamplesDifferentSeedDifferentSamples) {
    for (NoiseMethod method : {NoiseMethod::Spectral, NoiseMethod::NoiseLoss}) {
        const auto a = generateNoise(5001, {NoiseColor::Pink, method, 42});
        const auto b = generateNoise(5001, {NoiseColor::Pink, method, 42});
        const auto c = generateNoise(5001, {NoiseColor::Pink, method, 43});
        EXPECT_EQ(a, b);
        std::size_t differing = 0;
        for (std::size_t i = 0; i < a.size(); ++i)
            differing += a[i] != c[i];
        EXPECT_GT(differing, a.size() * 9 / 10);
    }
}

TEST(NoiseGenerator, NormalSamplesHaveUnitVarianceAndZeroMean) {
    const std::vector<double> values = NormalGenerator(1).take(400000);
    double mean = 0.0, square = 0.0;
    for (double v : values)
        mean += v, square += v * v;
    mean /= static_cast<double>(values.size());
    square /= static_cast<double>(values.size());
    EXPECT_NEAR(mean, 0.0, 0.01);
    EXPECT_NEAR(square, 1.0, 0.01);
}

TEST(NoiseGenerator, StudyMethodHasUnitStandardDeviationAndRejectsViolet) {
    const auto noise = generateNoise(32000, {NoiseColor::Brown, NoiseMethod::NoiseLoss, 5});
    EXPECT_NEAR(rmsOf(noise.data(), noise.size()), 1.0, 0.05);
    EXPECT_THROW(generateNoise(100, {NoiseColor::Violet, NoiseMethod::NoiseLoss, 5}), Error);
}

TEST(NoiseGenerator, OddAndPrimeLengthsAreShapedAndExactlyUnitRms) {
    for (std::size_t length : {2u, 3u, 641u, 30011u}) {
        const auto noise = generateNoise(length, {NoiseColor::Blue, NoiseMethod::Spectral, 3});
        ASSERT_EQ(noise.size(), length);
        EXPECT_NEAR(rmsOf(noise.data(), noise.size()), 1.0, 1e-5) << length;
    }
    EXPECT_EQ(SpectralShaper::fastTransformLength(30011), 30240u); // 2^5 3^3 5 7
    EXPECT_EQ(SpectralShaper::fastTransformLength(1024), 1024u);
    EXPECT_TRUE(generateNoise(0, {}).empty());
}

TEST(NoiseGenerator, LevelHelpers) {
    EXPECT_NEAR(dbToGain(-20.0), 0.1, 1e-12);
    EXPECT_NEAR(dbToGain(6.0206), 2.0, 1e-4);
    const float samples[] = {3.0f, -4.0f};
    EXPECT_NEAR(rms(samples, 2), std::sqrt(12.5), 1e-9);
    EXPECT_EQ(rms(samples, 0), 0.0);
}
