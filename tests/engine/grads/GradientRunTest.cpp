// Target selection, bucket names, partial results, cancellation and aggregates of gradient runs.
#include "engine/MusicModel.h"
#include "engine/grads/DecoderGradients.h"
#include "engine/grads/GradientAggregates.h"
#include "engine/grads/GradientBuckets.h"
#include "engine/grads/GradientComputation.h"
#include "engine/grads/GradientTargets.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <atomic>
#include <gtest/gtest.h>

namespace noiseloss {
namespace {

const std::filesystem::path kTiny = std::filesystem::path(NOISELOSS_TEST_DATA_DIR) / "tiny-musicgen";

CodeMatrix tinyCodes() {
    const NpyArray array = readNpy(kTiny / "expected" / "lm_codes.npy");
    CodeMatrix codes;
    codes.codebooks = static_cast<int>(array.shape[array.shape.size() - 2]);
    codes.frames = array.shape.back();
    codes.codes = array.i64;
    return codes;
}

std::shared_ptr<const MusicModel> tinyModel() {
    return MusicModel::load(kTiny, EngineOptions{});
}

TEST(TargetSelection, ParsesTheCliForms) {
    EXPECT_EQ(expandTargets(parseTargetSelection("all"), 5, 4, Alignment::Delayed).size(), 20u);
    EXPECT_EQ(expandTargets(parseTargetSelection("all"), 5, 4, Alignment::NoiseLoss).front().frame, 1);
    const auto window = expandTargets(parseTargetSelection("2:4"), 10, 4, Alignment::Delayed);
    ASSERT_EQ(window.size(), 8u);
    EXPECT_EQ(window[0], (GradientTarget{0, 2}));
    EXPECT_EQ(window[7], (GradientTarget{3, 3}));
    const auto every = expandTargets(parseTargetSelection("every:3"), 10, 1, Alignment::Delayed);
    ASSERT_EQ(every.size(), 4u); // 0 3 6 9
    EXPECT_EQ(every[3].frame, 9);
    const auto both = expandTargets(parseTargetSelection("4:6+every:5"), 12, 1, Alignment::Delayed);
    std::vector<std::int64_t> frames;
    for (const auto& target : both)
        frames.push_back(target.frame);
    EXPECT_EQ(frames, (std::vector<std::int64_t>{0, 4, 5, 10}));
    EXPECT_THROW(parseTargetSelection("5:2"), Error);
    EXPECT_THROW(parseTargetSelection("every:0"), Error);
    EXPECT_THROW(parseTargetSelection("first"), Error);
    EXPECT_THROW(expandTargets(parseTargetSelection("20:30"), 10, 4, Alignment::Delayed), Error);
    EXPECT_EQ(lastPositionOf({GradientTarget::kAllCodebooks, 3}, 4, Alignment::Delayed), 6);
    EXPECT_EQ(lastPositionOf({2, 3}, 4, Alignment::NoiseLoss), 2);
    const auto bands = targetsForSpans({{2, 4}, {3, 6}}, 10, 4, Alignment::Delayed, false);
    EXPECT_EQ(bands.size(), 4u);
}

TEST(GradientBuckets, NamesFollowTheCheckpointKeys) {
    const GradientBuckets buckets(2, 4, 4);
    const auto list = buckets.describe();
    ASSERT_EQ(list.size(), static_cast<std::size_t>(buckets.count()));
    const ParameterBucket& head =
        list[static_cast<std::size_t>(buckets.attention(1, GradientBuckets::Out, 3))];
    EXPECT_EQ(head.layer, 1);
    EXPECT_EQ(head.module, "self_attn.out_proj");
    EXPECT_EQ(head.head, 3);
    EXPECT_EQ(head.parameterKey, "decoder.model.decoder.layers.1.self_attn.out_proj.weight");
    EXPECT_EQ(list[static_cast<std::size_t>(buckets.fc2(0))].module, "fc2");
    EXPECT_EQ(list[static_cast<std::size_t>(buckets.layerNorm(1, GradientBuckets::FfnNormBias))].parameterKey,
              "decoder.model.decoder.layers.1.final_layer_norm.bias");
    EXPECT_EQ(list[static_cast<std::size_t>(buckets.finalNormWeight())].parameterKey,
              "decoder.model.decoder.layer_norm.weight");
    EXPECT_EQ(list.back().parameterKey, "decoder.lm_heads.3.weight");
    EXPECT_EQ(list[static_cast<std::size_t>(buckets.embedding(0))].module, "embed_tokens.0");
}

TEST(GradientRun, PartialResultsProgressAndCancel) {
    const auto model = tinyModel(); // oneDNN weights: the run makes dense copies
    GradientParams params;
    params.targets = expandTargets(parseTargetSelection("3:6"), 12, 4, Alignment::Delayed);
    std::vector<std::size_t> delivered;
    double lastFraction = -1.0;
    RunControl control;
    control.progress = [&](const std::string& stage, double fraction) {
        EXPECT_EQ(stage, "grads");
        EXPECT_GE(fraction, lastFraction);
        lastFraction = fraction;
    };
    const GradientResult result =
        computeGradients(*model, tinyCodes(), params, control,
                         [&](std::size_t index, const TargetGradients& g, const GradientProgress& p) {
                             delivered.push_back(index);
                             EXPECT_EQ(g.target, params.targets[index]);
                             EXPECT_EQ(p.completedTargets, delivered.size());
                             EXPECT_GE(p.remainingSeconds, 0.0);
                         });
    EXPECT_EQ(delivered.size(), params.targets.size());
    EXPECT_DOUBLE_EQ(lastFraction, 1.0);
    EXPECT_EQ(result.positions, 90 + 4 - 1); // lm_codes.npy: 90 frames

    std::atomic<bool> cancel{false};
    control.cancel = &cancel;
    control.progress = {};
    std::size_t finished = 0;
    EXPECT_THROW(computeGradients(*model, tinyCodes(), params, control,
                                  [&](std::size_t, const TargetGradients&, const GradientProgress&) {
                                      if (++finished == 2)
                                          cancel = true;
                                  }),
                 Cancelled);
    EXPECT_EQ(finished, 2u);
    params.targets = {{0, 90}};
    EXPECT_THROW(computeGradients(*model, tinyCodes(), params), Error);
}

TEST(GradientAggregates, BandMeansSelfPositionMapAndDifferences) {
    const auto model = tinyModel();
    GradientParams params;
    params.targets = expandTargets(parseTargetSelection("2:8"), 12, 4, Alignment::Delayed);
    params.targets.erase(params.targets.begin() + 4, params.targets.end() - 8); // frames 2, 6, 7
    const GradientResult result = computeGradients(*model, tinyCodes(), params);
    const GradientMean band = meanOverFrames(result, 6, 8);
    EXPECT_EQ(band.targetCount, 8u);
    const std::size_t bucket = 5;
    float sum = 0.0f;
    for (std::size_t i = 4; i < 12; ++i)
        sum += result.targets[i].parameterNorms[bucket];
    EXPECT_NEAR(band.parameterNorms[bucket], sum / 8.0f, 1e-6f * sum);
    EXPECT_EQ(meanOverFrames(result, 100, 200).targetCount, 0u);

    const LayerTokenMap map = selfPositionMap(result);
    EXPECT_EQ(map.rows, 3);
    ASSERT_EQ(map.columns.size(), 12u);
    EXPECT_FLOAT_EQ(map.at(2, 5), result.activationNorm(5, 2, result.targets[5].lastPosition));

    // The same results relabelled as a "perturbed" clip where original frame 6 was deleted: perturbed
    // frame 6 is original frame 7, perturbed frame 11 has no original. Aligned differences are zero.
    const std::vector<std::int64_t> toOriginal = {0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, -1};
    GradientResult shifted = result;
    for (auto& target : shifted.targets)
        target.target.frame =
            target.target.frame == 6 ? 11 : (target.target.frame == 7 ? 6 : target.target.frame);
    const GradientDifference difference = differenceOnAlignedTokens(shifted, result, toOriginal);
    ASSERT_EQ(difference.activation.columns.size(), 8u); // original frames 2 and 7, four codebooks each
    for (const float value : difference.activation.values)
        EXPECT_EQ(value, 0.0f);
    EXPECT_EQ(difference.activation.columns.back().frame, 7);
    EXPECT_EQ(difference.parameterDifference.size(), 8u * result.buckets.size());
}

} // namespace
} // namespace noiseloss
