#include "perturb/PlanValidation.h"

#include "util/Error.h"

#include <gtest/gtest.h>

using namespace noiseloss;

namespace {

Region region(RegionKind kind, double start, double end) {
    Region r;
    r.kind = kind;
    r.startSeconds = start;
    r.endSeconds = end;
    return r;
}

/// Validates a one-or-more-region plan against a 10 s clip and returns the messages.
std::vector<std::string> problemsOf(const PerturbationPlan& plan, double clipSeconds = 10.0) {
    std::vector<std::string> messages;
    for (const PlanProblem& problem : validatePlan(plan, clipSeconds))
        messages.push_back(problem.message);
    return messages;
}

bool contains(const std::vector<std::string>& messages, const std::string& text) {
    for (const auto& message : messages)
        if (message.find(text) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST(PlanValidation, ValidPlanHasNoProblems) {
    PerturbationPlan plan;
    plan.regions = {region(RegionKind::Noise, 5.0, 7.0), region(RegionKind::Shuffle, 1.0, 2.0),
                    region(RegionKind::Delete, 8.0, 9.0), region(RegionKind::Silence, 9.0, 10.0)};
    EXPECT_TRUE(problemsOf(plan).empty());
    EXPECT_NO_THROW(requireValidPlan(plan, 10.0));
}

TEST(PlanValidation, TimesOutsideTheClipOrReversed) {
    PerturbationPlan plan;
    plan.regions = {region(RegionKind::Noise, 9.0, 10.5), region(RegionKind::Silence, -0.5, 0.5),
                    region(RegionKind::Silence, 4.0, 3.0), region(RegionKind::Silence, 2.0, 2.0)};
    const auto messages = problemsOf(plan);
    EXPECT_TRUE(contains(messages, "regions[0] (noise 9.00-10.50 s): ends after the clip (10.00 s)"));
    EXPECT_TRUE(contains(messages, "regions[1] (silence -0.50-0.50 s): starts before the clip"));
    EXPECT_TRUE(
        contains(messages, "regions[2] (silence 4.00-3.00 s): starts at 4.00 s, not before its end 3.00 s"));
    EXPECT_TRUE(contains(messages, "regions[3] (silence 2.00-2.00 s): starts at 2.00 s"));
    const auto validations = validatePlan(plan, 10.0);
    EXPECT_EQ(validations[0].regionIndex, 0);
}

TEST(PlanValidation, OverlapsUnlessAllowed) {
    PerturbationPlan plan;
    plan.regions = {region(RegionKind::Noise, 1.0, 5.0), region(RegionKind::Silence, 2.0, 3.0),
                    region(RegionKind::Silence, 4.5, 6.0), region(RegionKind::Silence, 6.0, 7.0)};
    const auto messages = problemsOf(plan);
    EXPECT_EQ(messages.size(), 2u); // touching regions (6.0) do not overlap
    EXPECT_TRUE(
        contains(messages, "regions[1] (silence 2.00-3.00 s): overlaps regions[0] (noise 1.00-5.00 s)"));
    EXPECT_TRUE(contains(messages, "regions[2] (silence 4.50-6.00 s): overlaps regions[0]"));
    plan.allowOverlap = true;
    EXPECT_TRUE(problemsOf(plan).empty());
}

TEST(PlanValidation, ParameterProblems) {
    PerturbationPlan plan;
    Region violet = region(RegionKind::Noise, 0.0, 1.0);
    violet.color = NoiseColor::Violet;
    violet.method = NoiseMethod::NoiseLoss;
    Region badBlocks = region(RegionKind::Shuffle, 1.0, 2.0);
    badBlocks.blockTokens = 0;
    badBlocks.fraction = 0.0;
    Region shortShuffle = region(RegionKind::Shuffle, 2.0, 2.5); // 25 tokens < 2 x 20
    shortShuffle.blockTokens = 20;
    Region loud = region(RegionKind::Noise, 3.0, 4.0);
    loud.levelDb = std::numeric_limits<double>::infinity();
    plan.regions = {violet, badBlocks, shortShuffle, loud};
    const auto messages = problemsOf(plan);
    EXPECT_TRUE(contains(messages, "regions[0] (noise 0.00-1.00 s): colour violet is not defined"));
    EXPECT_TRUE(
        contains(messages, "regions[1] (shuffle 1.00-2.00 s): block length must be at least 1 token"));
    EXPECT_TRUE(contains(messages, "regions[1] (shuffle 1.00-2.00 s): fraction must be in (0, 1]"));
    EXPECT_TRUE(contains(
        messages, "regions[2] (shuffle 2.00-2.50 s): spans 25 tokens, too short for two blocks of 20"));
    EXPECT_TRUE(contains(messages, "regions[3] (noise 3.00-4.00 s): the noise level must be a finite"));
}

TEST(PlanValidation, TokenDomainRegionsMustBeFrameAligned) {
    PerturbationPlan plan;
    plan.regions = {region(RegionKind::Delete, 1.005, 2.0), region(RegionKind::Shuffle, 3.006, 4.0),
                    region(RegionKind::Noise, 5.005, 6.0)};
    auto messages = problemsOf(plan);
    EXPECT_EQ(messages.size(), 2u) << "noise may start anywhere";
    EXPECT_TRUE(contains(messages, "regions[0] (delete 1.00-2.00 s): start 1.005"));
    EXPECT_TRUE(contains(messages, "start 1.005 s is not on a token-frame boundary (20 ms frames)"));
    EXPECT_TRUE(contains(messages, "regions[1] (shuffle 3.01-4.00 s): start 3.006"));
    const PerturbationPlan snapped = snapPlanToFrames(plan, TokenTimeMap{});
    EXPECT_TRUE(problemsOf(snapped).empty());
    EXPECT_DOUBLE_EQ(snapped.regions[0].startSeconds, 1.0);
    EXPECT_DOUBLE_EQ(snapped.regions[1].startSeconds, 3.0);
    EXPECT_DOUBLE_EQ(snapped.regions[2].startSeconds, 5.0);
}

TEST(PlanValidation, DeletingTheWholeClipAndEmptyClips) {
    PerturbationPlan plan;
    plan.regions = {region(RegionKind::Delete, 0.0, 4.0), region(RegionKind::Delete, 4.0, 10.0)};
    EXPECT_TRUE(contains(problemsOf(plan), "remove every token"));
    EXPECT_TRUE(contains(problemsOf(PerturbationPlan{}, 0.0), "the clip is empty"));
}

TEST(PlanValidation, RequireValidPlanListsEveryProblemOnOneLine) {
    PerturbationPlan plan;
    plan.regions = {region(RegionKind::Noise, 9.0, 11.0), region(RegionKind::Silence, 3.0, 2.0)};
    try {
        requireValidPlan(plan, 10.0);
        FAIL();
    } catch (const Error& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("ends after the clip"), std::string::npos) << message;
        EXPECT_NE(message.find("not before its end"), std::string::npos) << message;
        EXPECT_EQ(message.find('\n'), std::string::npos);
    }
}
