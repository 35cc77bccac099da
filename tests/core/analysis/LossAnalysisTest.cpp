#include "analysis/LossAnalysis.h"

#include "analysis/BandStats.h"
#include "analysis/LossAnalysisJson.h"

#include <cmath>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace noiseloss;

namespace {
LossCurves flatCurves(std::int64_t columns, float value) {
    LossCurves curves;
    curves.codebooks = 4;
    curves.columns = columns;
    curves.nll.assign(static_cast<std::size_t>(4 * columns), value);
    return curves;
}
} // namespace

TEST(BandStats, MeansSkipNaNAndEmptyBandsFollowTheStudy) {
    AlignedLosses losses;
    losses.frames = 5;
    losses.differenceMean = {1.0f, std::nanf(""), 3.0f, -2.0f, 0.0f};
    losses.originalMean = {2.0f, 2.0f, 2.0f, 2.0f, 2.0f};
    losses.perturbedMean = {3.0f, std::nanf(""), 5.0f, 0.0f, 2.0f};
    const BandStats stats = computeBandStats(losses, {0, 4});
    EXPECT_EQ(stats.validTokens, 3);
    EXPECT_DOUBLE_EQ(stats.meanDifference, 2.0 / 3.0);
    EXPECT_DOUBLE_EQ(stats.maxDifference, 3.0);
    EXPECT_DOUBLE_EQ(stats.meanOriginal, 2.0);
    EXPECT_DOUBLE_EQ(stats.meanPerturbed, 8.0 / 3.0);
    const BandStats empty = computeBandStats(losses, {3, 3});
    EXPECT_DOUBLE_EQ(empty.meanDifference, 0.0);
    EXPECT_TRUE(std::isnan(empty.maxDifference));
    const BandStats clipped = computeBandStats(losses, {4, 20});
    EXPECT_EQ(clipped.span, (TokenSpan{4, 5}));
}

TEST(BandStats, ClipLevelLoweredFlag) {
    EXPECT_TRUE(computeClipStats(flatCurves(10, 4.0f), flatCurves(8, 3.8f)).lowered);
    const ClipStats raised = computeClipStats(flatCurves(10, 4.0f), flatCurves(10, 4.5f));
    EXPECT_FALSE(raised.lowered);
    EXPECT_NEAR(raised.difference, 0.5, 1e-6);
    EXPECT_EQ(raised.change, ClipChange::Raised);
}

TEST(BandStats, EqualClipMeansAreUnchangedNotRaised) {
    // An empty plan scores the same codes twice: the verdict must be "no change".
    const ClipStats same = computeClipStats(flatCurves(10, 4.0f), flatCurves(10, 4.0f));
    EXPECT_EQ(same.change, ClipChange::Unchanged);
    EXPECT_FALSE(same.lowered);
    EXPECT_STREQ(toString(same.change), "unchanged");
    // Rounding-level differences (another scoring path) are no change either, in both directions.
    EXPECT_EQ(classifyClipChange(4.0, 4.0 + 1e-7), ClipChange::Unchanged);
    EXPECT_EQ(classifyClipChange(4.0, 4.0 - 1e-7), ClipChange::Unchanged);
    EXPECT_EQ(classifyClipChange(4.0, 4.0 - 1e-3), ClipChange::Lowered);
    EXPECT_EQ(classifyClipChange(4.0, 4.0 + 1e-3), ClipChange::Raised);
    EXPECT_EQ(classifyClipChange(0.0, 0.0), ClipChange::Unchanged);
    EXPECT_EQ(classifyClipChange(4.0, std::nan("")), ClipChange::Undetermined);

    const LossAnalysis analysis = analyzeLosses(flatCurves(10, 4.0f), flatCurves(10, 4.0f),
                                                buildFrameIndexMap({}, 10, TokenTimeMap{}), {});
    EXPECT_TRUE(analysis.regions.empty());
    const nlohmann::json json = lossAnalysisToJson(analysis, defaultLossAnalysisParams(), TokenTimeMap{});
    EXPECT_EQ(json["clip"]["verdict"], "unchanged");
    EXPECT_EQ(json["clip"]["lowered"], false);
}

TEST(LossAnalysis, RegionTokensFromPlanAreSortedFrames) {
    PerturbationPlan plan;
    Region later;
    later.startSeconds = 5.0;
    later.endSeconds = 7.0;
    Region earlier;
    earlier.kind = RegionKind::Delete;
    earlier.startSeconds = 1.0;
    earlier.endSeconds = 1.21; // ends inside frame 60: counts it
    plan.regions = {later, earlier};
    const auto regions = regionTokensFromPlan(plan, TokenTimeMap{});
    ASSERT_EQ(regions.size(), 2u);
    EXPECT_EQ(regions[0].first, 1);
    EXPECT_EQ(regions[0].second.onsetFrame, 50);
    EXPECT_EQ(regions[0].second.lengthFrames, 11);
    EXPECT_EQ(regions[1].second.onsetFrame, 250);
    EXPECT_EQ(regions[1].second.lengthFrames, 100);
}

TEST(LossAnalysis, DeletionEndToEndOnHandBuiltCurves) {
    // 300 original frames; frames [100, 110) deleted. The perturbed run is 1.0 nats above the
    // original for its columns [95, 110): 5 tokens before the cut and 10 after it.
    auto original = flatCurves(300, 4.0f);
    auto perturbed = flatCurves(290, 4.0f);
    for (int k = 0; k < 4; ++k)
        for (std::int64_t c = 95; c < 110; ++c)
            perturbed.nll[static_cast<std::size_t>(k * 290 + c)] = 5.0f;
    FrameIndexMap map;
    map.originalFrameCount = 300;
    for (std::int64_t i = 0; i < 290; ++i)
        map.perturbedToOriginal.push_back(i < 100 ? i : i + 10);
    const std::vector<std::pair<int, RegionTokens>> regions = {{0, {100, 10}}};
    const LossAnalysis analysis = analyzeLosses(original, perturbed, map, regions);

    ASSERT_EQ(analysis.regions.size(), 1u);
    const RegionAnalysis& region = analysis.regions[0];
    EXPECT_EQ(region.bands.baselineSource, BaselineSource::Full);
    EXPECT_EQ(region.bands.peak, (TokenSpan{95, 120})); // the deleted NaN span cannot end the Peak
    EXPECT_EQ(region.peak.validTokens, 15);
    EXPECT_NEAR(region.peak.meanDifference, 1.0, 1e-6);
    EXPECT_NEAR(region.peak.maxDifference, 1.0, 1e-6);
    EXPECT_TRUE(region.assimilation.span.empty());
    EXPECT_EQ(region.recovery.span, (TokenSpan{120, 299}));
    EXPECT_NEAR(analysis.clip.difference, 15.0 / 290.0, 1e-5);
    EXPECT_FALSE(analysis.clip.lowered);

    const auto compat =
        analyzeLosses(original, perturbed, map, regions, {AlignmentPolicy::IndexWiseTruncation, {}, {}});
    EXPECT_EQ(compat.regions[0].bands.peak, (TokenSpan{95, 110})); // index-wise: no shift
    EXPECT_TRUE(std::isnan(compat.aligned.differenceMean[295]));

    const nlohmann::json json = lossAnalysisToJson(analysis, defaultLossAnalysisParams(), TokenTimeMap{});
    EXPECT_EQ(json["regions"][0]["onset_token"], 100);
    EXPECT_EQ(json["regions"][0]["peak"]["start"], 95);
    EXPECT_EQ(json["regions"][0]["peak"]["end"], 120);
    EXPECT_DOUBLE_EQ(json["regions"][0]["peak"]["start_seconds"].get<double>(), 1.9);
    EXPECT_TRUE(json["regions"][0]["assimilation"]["max_d"].is_null());
    EXPECT_EQ(json["clip"]["lowered"], false);
    EXPECT_EQ(json["settings"]["study_bands"]["fallback_peak_tokens"], 45);
}
