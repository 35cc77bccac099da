#include "perturb/PlanJson.h"

#include "TestSignals.h"
#include "util/Error.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace noiseloss;
using nlohmann::json;

namespace {

PerturbationPlan examplePlan() {
    PerturbationPlan plan;
    Region noise;
    noise.kind = RegionKind::Noise;
    noise.startSeconds = 5.0;
    noise.endSeconds = 7.0;
    noise.seed = 18446744073709551615ull; // full 64-bit seeds survive
    noise.color = NoiseColor::Violet;
    noise.method = NoiseMethod::Spectral;
    noise.mode = NoiseMode::Mix;
    noise.levelMode = LevelMode::SnrClip;
    noise.levelDb = 12.5;
    noise.label = "violet burst";
    Region shuffle;
    shuffle.kind = RegionKind::Shuffle;
    shuffle.startSeconds = 1.0;
    shuffle.endSeconds = 2.4;
    shuffle.seed = 3;
    shuffle.scheme = ShuffleScheme::RandomPairs;
    shuffle.blockTokens = 7;
    shuffle.fraction = 0.35;
    Region silence;
    silence.kind = RegionKind::Silence;
    silence.startSeconds = 8.0;
    silence.endSeconds = 8.5;
    Region cut;
    cut.kind = RegionKind::Delete;
    cut.startSeconds = 9.0;
    cut.endSeconds = 9.2;
    cut.label = "cut";
    plan.regions = {shuffle, noise, silence, cut};
    plan.allowOverlap = true;
    return plan;
}

/// Expects planFromJson(text) to throw Error whose message contains `expected`.
void expectPlanError(const std::string& text, const std::string& expected) {
    try {
        planFromJson(json::parse(text));
        ADD_FAILURE() << "no error for " << text;
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find(expected), std::string::npos)
            << "message: " << error.what() << "\nexpected to contain: " << expected;
    }
}

const std::string kGood = R"({"kind": "noise", "start": 1, "end": 2)";

} // namespace

TEST(PlanJson, RoundTripKeepsEveryField) {
    const PerturbationPlan plan = examplePlan();
    EXPECT_EQ(planFromJson(planToJson(plan)), plan);
    const auto path = noiseloss::test::tempPath("plan.json");
    savePlanFile(path, plan);
    EXPECT_EQ(loadPlanFile(path), plan);
}

TEST(PlanJson, ReadsTheDocumentedFieldsAndDefaults) {
    const PerturbationPlan plan = planFromJson(json::parse(R"({"regions": [
        {"kind": "shuffle", "start": 3.0, "end": 4.0, "scheme": "adjacent_swap", "block_tokens": 5},
        {"kind": "noise", "start": 0.5, "end": 1.0, "snr_db": 6, "color": "pink", "method": "spectral"}]})"));
    ASSERT_EQ(plan.regions.size(), 2u);
    const Region& noise = plan.regions[0]; // sorted by start time
    EXPECT_EQ(noise.kind, RegionKind::Noise);
    EXPECT_EQ(noise.levelMode, LevelMode::SnrSegment); // level_reference defaults to segment
    EXPECT_EQ(noise.levelDb, 6.0);
    EXPECT_EQ(noise.color, NoiseColor::Pink);
    EXPECT_EQ(noise.mode, NoiseMode::Replace);
    EXPECT_EQ(noise.method, NoiseMethod::Spectral);
    EXPECT_EQ(plan.regions[1].blockTokens, 5);
    EXPECT_EQ(plan.regions[1].scheme, ShuffleScheme::AdjacentSwap);
    EXPECT_FALSE(plan.allowOverlap);
    const Region study = planFromJson(json::parse(R"({"regions": [)" + kGood + "}]}")).regions[0];
    EXPECT_EQ(study.method, NoiseMethod::NoiseLoss);
    EXPECT_EQ(study.levelMode, LevelMode::AbsoluteDbfs);
}

TEST(PlanJson, EveryBadFieldIsNamed) {
    const std::string pre = R"({"regions": [)" + kGood + R"(}, )";
    expectPlanError(pre + kGood + R"(, "color": "green"}]})",
                    "regions[1].color: unknown colour 'green' (white, pink, brown, blue, violet)");
    expectPlanError(pre + R"({"kind": "shuffle", "start": 3, "end": 4, "scheme": "rotate"}]})",
                    "regions[1].scheme: unknown scheme 'rotate' (adjacent_swap, random_pairs)");
    expectPlanError(pre + kGood + R"(, "colour": "pink"}]})", "regions[1].colour: unknown field");
    expectPlanError(pre + R"({"kind": "reverse", "start": 1, "end": 2}]})",
                    "regions[1].kind: unknown kind 'reverse'");
    expectPlanError(R"({"regions": [{"start": 1, "end": 2}]})", "regions[0].kind: missing");
    expectPlanError(R"({"regions": [{"kind": "silence", "end": 2}]})", "regions[0].start: missing");
    expectPlanError(R"({"regions": [{"kind": "silence", "start": "1", "end": 2}]})",
                    "regions[0].start: expected a number");
    expectPlanError(R"({"regions": [)" + kGood + R"(, "mode": "blend"}]})",
                    "regions[0].mode: unknown mode 'blend'");
    expectPlanError(R"({"regions": [)" + kGood + R"(, "method": "fft"}]})", "regions[0].method: unknown");
    expectPlanError(R"({"regions": [)" + kGood + R"(, "level_dbfs": -20, "snr_db": 10}]})",
                    "regions[0].snr_db: give either level_dbfs or snr_db");
    expectPlanError(R"({"regions": [)" + kGood + R"(, "level_reference": "clip"}]})",
                    "regions[0].level_reference: only applies with snr_db");
    expectPlanError(R"({"regions": [)" + kGood + R"(, "snr_db": 3, "level_reference": "song"}]})",
                    "regions[0].level_reference: unknown reference 'song'");
    expectPlanError(R"({"regions": [)" + kGood + R"(, "seed": -1}]})",
                    "regions[0].seed: expected a non-negative");
    expectPlanError(R"({"regions": [)" + kGood + R"(, "seed": 1.5}]})",
                    "regions[0].seed: expected a non-negative");
    expectPlanError(R"({"regions": [{"kind": "shuffle", "start": 1, "end": 3, "block_tokens": 0}]})",
                    "regions[0].block_tokens: must be a whole number of tokens >= 1");
    expectPlanError(R"({"regions": [{"kind": "shuffle", "start": 1, "end": 3, "block_tokens": 2.5}]})",
                    "regions[0].block_tokens: expected an integer");
    expectPlanError(R"({"regions": [{"kind": "shuffle", "start": 1, "end": 3, "fraction": 1.5}]})",
                    "regions[0].fraction: must be in (0, 1]");
    expectPlanError(R"({"regions": [{"kind": "shuffle", "start": 1, "end": 3, "color": "pink"}]})",
                    "regions[0].color: not used by a shuffle region");
    expectPlanError(R"({"regions": [{"kind": "delete", "start": 1, "end": 3, "seed": 4}]})",
                    "regions[0].seed: not used by a delete region");
    expectPlanError(R"({"regions": [{"kind": "silence", "start": 1, "end": 3, "label": 7}]})",
                    "regions[0].label: expected a string");
    expectPlanError(R"({"regions": [], "allow_overlap": "yes"})", "allow_overlap: expected true or false");
    expectPlanError(R"({"regions": [], "version": 2})", "version: unknown field");
    expectPlanError(R"({"regions": {}})", "regions: expected an array");
    expectPlanError(R"({})", "regions: missing");
    expectPlanError(R"({"regions": [3]})", "regions[0]: expected a JSON object");
}

TEST(PlanJson, FileErrorsNameTheFile) {
    const auto missing = noiseloss::test::tempPath("missing_plan.json");
    std::filesystem::remove(missing);
    try {
        loadPlanFile(missing);
        ADD_FAILURE();
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find(missing.string() + ": plan file not found"),
                  std::string::npos);
    }
    const auto broken = noiseloss::test::tempPath("broken_plan.json");
    noiseloss::test::writeBytes(broken, R"({"regions": [)");
    EXPECT_THROW(loadPlanFile(broken), Error);
    const auto badField = noiseloss::test::tempPath("bad_field_plan.json");
    noiseloss::test::writeBytes(badField,
                                R"({"regions": [{"kind": "silence", "start": 1, "end": 2, "x": 1}]})");
    try {
        loadPlanFile(badField);
        ADD_FAILURE();
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find(badField.string() + ": regions[0].x: unknown field"),
                  std::string::npos)
            << error.what();
    }
}
