#include "analysis/MovingAverageDetector.h"

#include "util/Error.h"

#include <cmath>
#include <gtest/gtest.h>
#include <vector>

using namespace noiseloss;

namespace {
void fill(std::vector<float>& curve, std::int64_t begin, std::int64_t end, float value) {
    for (std::int64_t i = begin; i < end; ++i)
        curve[static_cast<std::size_t>(i)] = value;
}
} // namespace

TEST(MovingAverageDetector, SmoothsThresholdsAndMergesCloseRuns) {
    std::vector<float> d(200, 0.0f);
    fill(d, 50, 60, 1.0f);
    fill(d, 65, 70, 1.0f);
    const auto bands = detectMovingAverageBands(d);
    EXPECT_FLOAT_EQ(bands.smoothed[48], 0.2f);
    EXPECT_FLOAT_EQ(bands.smoothed[52], 1.0f);
    EXPECT_FLOAT_EQ(bands.smoothed[62], 0.0f);
    // Smoothed curve: 15 units of mass, sum of squares 11.8 over 200 tokens -> SD 0.231030
    EXPECT_NEAR(bands.threshold, 0.5 * std::sqrt(11.8 / 200.0 - 0.075 * 0.075), 1e-6);
    ASSERT_EQ(bands.affected.size(), 1u); // the 1-token gap at 62 is merged
    EXPECT_EQ(bands.affected[0], (TokenSpan{48, 72}));
    ASSERT_EQ(bands.recovery.size(), 1u);
    EXPECT_EQ(bands.recovery[0], (TokenSpan{72, 200}));
}

TEST(MovingAverageDetector, DistantRunsStaySeparateAndShortTailIsNotRecovery) {
    std::vector<float> d(100, 0.0f);
    fill(d, 20, 30, 1.0f);
    fill(d, 50, 60, 1.0f);
    fill(d, 95, 98, 1.0f);
    const auto bands = detectMovingAverageBands(d);
    ASSERT_EQ(bands.affected.size(), 3u);
    EXPECT_EQ(bands.affected[0].begin, 18);
    EXPECT_EQ(bands.affected[2].end, 100);
    ASSERT_EQ(bands.recovery.size(), 2u);
    EXPECT_EQ(bands.recovery[0], (TokenSpan{bands.affected[0].end, bands.affected[1].begin}));
    EXPECT_EQ(bands.recovery[1], (TokenSpan{bands.affected[1].end, bands.affected[2].begin}));
}

TEST(MovingAverageDetector, EdgesUseAvailableTapsAndNaNsAreSkipped) {
    std::vector<float> d = {1.0f, 3.0f, std::nanf(""), 5.0f, 0.0f, 0.0f};
    const auto bands = detectMovingAverageBands(d);
    EXPECT_FLOAT_EQ(bands.smoothed[0], 2.0f);        // (1 + 3) / 2
    EXPECT_FLOAT_EQ(bands.smoothed[1], 3.0f);        // (1 + 3 + 5) / 3
    EXPECT_FLOAT_EQ(bands.smoothed[5], 5.0f / 3.0f); // (5 + 0 + 0) / 3
    std::vector<float> allNaN(4, std::nanf(""));
    const auto empty = detectMovingAverageBands(allNaN);
    EXPECT_TRUE(empty.affected.empty());
    EXPECT_TRUE(std::isnan(empty.smoothed[0]));
}

TEST(MovingAverageDetector, RejectsEvenTaps) {
    MovingAverageParams params;
    params.taps = 4;
    EXPECT_THROW(detectMovingAverageBands({0.0f}, params), Error);
}
