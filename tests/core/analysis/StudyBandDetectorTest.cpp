#include "analysis/StudyBandDetector.h"

#include <cmath>
#include <gtest/gtest.h>
#include <limits>
#include <vector>

using namespace noiseloss;

namespace {
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

void fill(std::vector<float>& curve, std::int64_t begin, std::int64_t end, float value) {
    for (std::int64_t i = begin; i < end; ++i)
        curve[static_cast<std::size_t>(i)] = value;
}
} // namespace

TEST(StudyBandDetector, ThreeBandsOfTheStudy) {
    std::vector<float> d(400, 0.0f);
    fill(d, 245, 270, 2.0f);  // spike from the onset lead
    fill(d, 270, 353, -0.5f); // assimilation below baseline
    const auto bands = detectStudyBands(d, {{250, 100}});
    ASSERT_EQ(bands.size(), 1u);
    EXPECT_EQ(bands[0].baselineSource, BaselineSource::Full);
    EXPECT_EQ(bands[0].baselineSpan, (TokenSpan{0, 200}));
    EXPECT_DOUBLE_EQ(bands[0].baseline, 0.0);
    EXPECT_TRUE(bands[0].peakReturnedToBaseline);
    EXPECT_EQ(bands[0].peak, (TokenSpan{245, 270}));
    EXPECT_EQ(bands[0].assimilation, (TokenSpan{270, 353}));
    EXPECT_EQ(bands[0].recovery, (TokenSpan{353, 399})); // ends at n-1, as in the study
}

TEST(StudyBandDetector, BaselineIsMeanBeforeGapAndRunMustBeFiveLong) {
    std::vector<float> d(400, 0.0f);
    for (int i = 0; i < 200; ++i)
        d[static_cast<std::size_t>(i)] = (i % 2 == 0) ? 0.1f : 0.5f; // baseline 0.3
    fill(d, 200, 400, 0.2f);                                         // at or below baseline
    fill(d, 245, 260, 1.0f);
    fill(d, 262, 266, 1.0f); // 260, 261 below baseline: a run of 2 is not enough
    const auto bands = detectStudyBands(d, {{250, 50}});
    EXPECT_NEAR(bands[0].baseline, 0.3, 1e-6);
    EXPECT_EQ(bands[0].peak, (TokenSpan{245, 266}));
    EXPECT_EQ(bands[0].assimilation, (TokenSpan{266, 303}));
}

TEST(StudyBandDetector, NoReturnToBaselineFallsBackToOnsetPlus45) {
    std::vector<float> d(400, 0.0f);
    fill(d, 245, 400, 1.0f);
    const auto bands = detectStudyBands(d, {{250, 100}});
    EXPECT_FALSE(bands[0].peakReturnedToBaseline);
    EXPECT_EQ(bands[0].peak, (TokenSpan{245, 295}));
    EXPECT_EQ(bands[0].assimilation, (TokenSpan{295, 353}));
    EXPECT_EQ(bands[0].recovery, (TokenSpan{353, 399}));
}

TEST(StudyBandDetector, LongPeakSwallowsAssimilation) {
    std::vector<float> d(400, 0.0f);
    fill(d, 245, 280, 1.0f);
    const auto bands = detectStudyBands(d, {{250, 10}}); // assimilation would end at 263
    EXPECT_EQ(bands[0].peak, (TokenSpan{245, 280}));
    EXPECT_TRUE(bands[0].assimilation.empty());
    EXPECT_EQ(bands[0].assimilation.begin, 280);
    EXPECT_EQ(bands[0].recovery, (TokenSpan{280, 399}));
}

TEST(StudyBandDetector, RegionNearStartUsesTokensBeforeLeadAndFlagsIt) {
    std::vector<float> d(200, 0.1f);
    fill(d, 0, 15, 0.2f);
    fill(d, 15, 30, 3.0f);
    const auto bands = detectStudyBands(d, {{20, 10}});
    EXPECT_EQ(bands[0].baselineSource, BaselineSource::BeforeLead);
    EXPECT_EQ(bands[0].baselineSpan, (TokenSpan{0, 15}));
    EXPECT_NEAR(bands[0].baseline, 0.2, 1e-6);
    EXPECT_EQ(bands[0].peak, (TokenSpan{15, 30}));
    EXPECT_EQ(bands[0].assimilation, (TokenSpan{30, 33}));
}

TEST(StudyBandDetector, RegionAtClipStartHasZeroBaselineAndClippedPeak) {
    std::vector<float> d(200, -0.1f);
    fill(d, 0, 12, 2.0f);
    const auto bands = detectStudyBands(d, {{0, 8}});
    EXPECT_EQ(bands[0].baselineSource, BaselineSource::None);
    EXPECT_DOUBLE_EQ(bands[0].baseline, 0.0);
    EXPECT_EQ(bands[0].peak, (TokenSpan{0, 12}));
    EXPECT_TRUE(bands[0].assimilation.empty());
    EXPECT_EQ(bands[0].recovery, (TokenSpan{12, 199}));
}

TEST(StudyBandDetector, RegionAtClipEndIsClipped) {
    std::vector<float> d(300, 0.0f);
    fill(d, 275, 300, 1.0f);
    const auto bands = detectStudyBands(d, {{280, 20}});
    EXPECT_FALSE(bands[0].peakReturnedToBaseline);
    EXPECT_EQ(bands[0].peak, (TokenSpan{275, 300})); // o + 45 clipped to n
    EXPECT_TRUE(bands[0].assimilation.empty());
    EXPECT_TRUE(bands[0].recovery.empty());
    EXPECT_LE(bands[0].recovery.end, 300);
}

TEST(StudyBandDetector, TwoRegionsDoNotOverlap) {
    std::vector<float> d(500, 0.0f);
    fill(d, 95, 105, 1.0f);
    fill(d, 295, 320, 2.0f);
    const auto bands = detectStudyBands(d, {{100, 20}, {300, 20}});
    ASSERT_EQ(bands.size(), 2u);
    EXPECT_EQ(bands[0].peak, (TokenSpan{95, 105}));
    EXPECT_EQ(bands[0].assimilation, (TokenSpan{105, 123}));
    EXPECT_EQ(bands[0].recovery, (TokenSpan{123, 295})); // up to the second region's Peak start
    EXPECT_EQ(bands[1].peak, (TokenSpan{295, 320}));
    EXPECT_EQ(bands[1].recovery, (TokenSpan{323, 499}));
    EXPECT_NEAR(bands[1].baseline, 10.0 / 250.0, 1e-6); // D[0:250] includes the first peak
}

TEST(StudyBandDetector, NaNsAreSkippedInBaselineAndNeverCountAsReturn) {
    std::vector<float> d(400, 0.0f);
    fill(d, 0, 100, kNaN);
    fill(d, 100, 200, 0.5f);
    fill(d, 245, 250, 2.0f);
    fill(d, 250, 260, kNaN); // deleted tokens: no counterpart
    fill(d, 260, 400, 0.0f);
    const auto bands = detectStudyBands(d, {{250, 10}});
    EXPECT_NEAR(bands[0].baseline, 0.5, 1e-6);
    EXPECT_EQ(bands[0].peak, (TokenSpan{245, 260}));
}
