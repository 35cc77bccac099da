#include "analysis/TokenAlignment.h"

#include "util/Error.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace noiseloss;

namespace {
/// Two codebooks; codebook k at column c holds base + c + 100 k.
LossCurves makeCurves(std::int64_t columns, float base, std::int64_t firstFrame = 0) {
    LossCurves curves;
    curves.codebooks = 2;
    curves.columns = columns;
    curves.firstFrame = firstFrame;
    for (int k = 0; k < 2; ++k)
        for (std::int64_t c = 0; c < columns; ++c)
            curves.nll.push_back(base + static_cast<float>(c) + 100.0f * k);
    return curves;
}

FrameIndexMap identityMap(std::int64_t frames) {
    FrameIndexMap map;
    map.originalFrameCount = frames;
    for (std::int64_t i = 0; i < frames; ++i)
        map.perturbedToOriginal.push_back(i);
    return map;
}
} // namespace

TEST(TokenAlignment, IndexWiseWhenLengthsAreKept) {
    const auto original = makeCurves(6, 1.0f);
    auto perturbed = makeCurves(6, 1.5f);
    perturbed.nll[1] = 10.0f; // codebook 0, frame 1
    const auto aligned = alignLosses(original, perturbed, identityMap(6), AlignmentPolicy::FrameMap);
    ASSERT_EQ(aligned.frames, 6);
    EXPECT_FLOAT_EQ(aligned.difference[aligned.index(0, 0)], 0.5f);
    EXPECT_FLOAT_EQ(aligned.difference[aligned.index(0, 1)], 10.0f - 2.0f);
    EXPECT_FLOAT_EQ(aligned.difference[aligned.index(1, 1)], 0.5f);
    EXPECT_FLOAT_EQ(aligned.differenceMean[1], (8.0f + 0.5f) / 2.0f);
    EXPECT_FLOAT_EQ(aligned.originalMean[2], (3.0f + 103.0f) / 2.0f);
}

TEST(TokenAlignment, DeletionShiftsPerturbedTokensPastTheCut) {
    const auto original = makeCurves(10, 0.0f); // value = frame
    const auto perturbed = makeCurves(7, 0.0f); // value = perturbed frame
    FrameIndexMap map;
    map.originalFrameCount = 10;
    map.perturbedToOriginal = {0, 1, 2, 6, 7, 8, 9}; // original frames 3..5 deleted
    const auto aligned = alignLosses(original, perturbed, map, AlignmentPolicy::FrameMap);
    for (std::int64_t frame : {3, 4, 5}) {
        EXPECT_TRUE(std::isnan(aligned.difference[aligned.index(0, frame)])) << frame;
        EXPECT_TRUE(std::isnan(aligned.differenceMean[static_cast<std::size_t>(frame)]));
        EXPECT_EQ(aligned.perturbedFrameOf[static_cast<std::size_t>(frame)], -1);
    }
    // original frame 6 pairs with perturbed frame 3: D = 3 - 6
    EXPECT_FLOAT_EQ(aligned.difference[aligned.index(0, 6)], -3.0f);
    EXPECT_FLOAT_EQ(aligned.perturbedNll[aligned.index(1, 9)], 106.0f);
    EXPECT_EQ(aligned.perturbedFrameOf[9], 6);
    EXPECT_FLOAT_EQ(aligned.difference[aligned.index(0, 2)], 0.0f);
}

TEST(TokenAlignment, StudyCompatibilityTruncatesIndexWise) {
    const auto original = makeCurves(10, 0.0f);
    const auto perturbed = makeCurves(7, 0.0f);
    FrameIndexMap map;
    map.originalFrameCount = 10;
    map.perturbedToOriginal = {0, 1, 2, 6, 7, 8, 9};
    const auto aligned = alignLosses(original, perturbed, map, AlignmentPolicy::IndexWiseTruncation);
    EXPECT_FLOAT_EQ(aligned.difference[aligned.index(0, 6)], 0.0f); // index-wise: frame 6 vs 6
    EXPECT_FLOAT_EQ(aligned.difference[aligned.index(0, 4)], 0.0f);
    for (std::int64_t frame : {7, 8, 9})
        EXPECT_TRUE(std::isnan(aligned.differenceMean[static_cast<std::size_t>(frame)]));
}

TEST(TokenAlignment, NoiseLossAlignmentLeavesFrameZeroUnscored) {
    const auto original = makeCurves(5, 1.0f, 1); // columns are frames 1..5
    const auto perturbed = makeCurves(5, 2.0f, 1);
    const auto aligned = alignLosses(original, perturbed, identityMap(6), AlignmentPolicy::FrameMap);
    EXPECT_EQ(aligned.frames, 6);
    EXPECT_TRUE(std::isnan(aligned.originalMean[0]));
    EXPECT_TRUE(std::isnan(aligned.differenceMean[0]));
    EXPECT_FLOAT_EQ(aligned.originalNll[aligned.index(0, 1)], 1.0f);
    EXPECT_FLOAT_EQ(aligned.differenceMean[5], 1.0f);
}

TEST(TokenAlignment, ShuffledFramesPairWithTheirSource) {
    const auto original = makeCurves(4, 0.0f);
    const auto perturbed = makeCurves(4, 0.0f);
    FrameIndexMap map;
    map.originalFrameCount = 4;
    map.perturbedToOriginal = {0, 2, 1, 3};
    const auto aligned = alignLosses(original, perturbed, map, AlignmentPolicy::FrameMap);
    EXPECT_EQ(aligned.perturbedFrameOf[1], 2);
    EXPECT_FLOAT_EQ(aligned.difference[aligned.index(0, 1)], 2.0f - 1.0f);
    EXPECT_FLOAT_EQ(aligned.difference[aligned.index(0, 2)], 1.0f - 2.0f);
}

TEST(TokenAlignment, MeanSkipsNaNCodebooks) {
    auto original = makeCurves(3, 0.0f);
    original.nll[1] = std::nanf(""); // codebook 0, frame 1
    const auto aligned =
        alignLosses(original, makeCurves(3, 1.0f), identityMap(3), AlignmentPolicy::FrameMap);
    EXPECT_FLOAT_EQ(aligned.originalMean[1], 101.0f);
    EXPECT_FLOAT_EQ(aligned.differenceMean[1], 1.0f);
}

TEST(TokenAlignment, RejectsInconsistentInputs) {
    auto perturbed = makeCurves(3, 0.0f);
    perturbed.codebooks = 1;
    perturbed.nll.resize(3);
    EXPECT_THROW(alignLosses(makeCurves(3, 0.0f), perturbed, identityMap(3), AlignmentPolicy::FrameMap),
                 Error);
    EXPECT_THROW(
        alignLosses(makeCurves(3, 0.0f), makeCurves(3, 0.0f, 1), identityMap(4), AlignmentPolicy::FrameMap),
        Error);
    FrameIndexMap bad = identityMap(3);
    bad.perturbedToOriginal.push_back(7);
    EXPECT_THROW(alignLosses(makeCurves(3, 0.0f), makeCurves(4, 0.0f), bad, AlignmentPolicy::FrameMap),
                 Error);
}
