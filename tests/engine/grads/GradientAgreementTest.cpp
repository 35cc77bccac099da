// The fast gradient method against the naive reference on the tiny checkpoint (float64, every value
// within 1e-4 relative), finite differences of a few buckets and activations, the aggregates, the
// CLI-facing target selection, partial results and cancellation.
#include "engine/MusicModel.h"
#include "engine/grads/DecoderGradients.h"
#include "engine/grads/GradientBuckets.h"
#include "engine/grads/GradientComputation.h"
#include "engine/grads/GradientProblem.h"
#include "engine/grads/GradientTargets.h"
#include "engine/grads/SelfPositionGradients.h"
#include "engine/lm/DecoderForward.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <gtest/gtest.h>

namespace noiseloss {
namespace {

const std::filesystem::path kTiny = std::filesystem::path(NOISELOSS_TEST_DATA_DIR) / "tiny-musicgen";

std::shared_ptr<const MusicModel> tinyModel() {
    EngineOptions options;
    options.oneDnnLinear = false;
    return MusicModel::load(kTiny, options);
}

torch::Tensor tinyCodes() {
    const NpyArray array = readNpy(kTiny / "expected" / "lm_codes.npy");
    const std::int64_t frames = array.shape.back();
    return torch::tensor(array.i64, torch::kInt64).view({-1, frames}).clone();
}

/// |a - b| <= 1e-4 |b| on every value (exact zeros must stay zeros: tolerance floor 1e-10).
void expectClose(const std::vector<float>& fast, const std::vector<float>& naive, const std::string& what) {
    ASSERT_EQ(fast.size(), naive.size()) << what;
    int reported = 0;
    for (std::size_t i = 0; i < fast.size(); ++i) {
        const double tolerance = 1e-4 * std::abs(naive[i]) + 1e-10;
        if (std::abs(fast[i] - naive[i]) > tolerance && reported++ < 5)
            ADD_FAILURE() << what << "[" << i << "]: fast " << fast[i] << " naive " << naive[i];
    }
}

/// Early targets (prefix shorter than d_model = 32: every linear by ghost norms), frame 40 (fc2's
/// ghost norm, the other linears by G^T A) and frame 80 (prefix longer than ffn_dim = 64: all G^T A).
std::vector<GradientTarget> mixedTargets(Alignment alignment) {
    const std::int64_t first = alignment == Alignment::NoiseLoss ? 1 : 0;
    return {{0, first}, {3, first}, {1, 5}, {2, 9}, {GradientTarget::kAllCodebooks, 7}, {3, 11}, {0, 11},
            {2, 40}, {GradientTarget::kAllCodebooks, 80}};
}

class MethodAgreement : public ::testing::TestWithParam<Alignment> {};

TEST_P(MethodAgreement, FastEqualsNaiveOnEveryValue) {
    const auto model = tinyModel();
    GradientParams params;
    params.alignment = GetParam();
    params.float64 = true;
    params.targets = mixedTargets(params.alignment);
    params.targetsPerForward = 3;
    params.method = GradientMethod::Naive;
    const torch::Tensor codes = tinyCodes();
    const GradientResult naive =
        computeDecoderGradients(*model->decoderWeights(), *model->decoderConfig(), codes, params);
    params.method = GradientMethod::Fast;
    const GradientResult fast =
        computeDecoderGradients(*model->decoderWeights(), *model->decoderConfig(), codes, params);
    ASSERT_EQ(fast.targets.size(), params.targets.size());
    const GradientBuckets buckets(2, 4, 4);
    EXPECT_EQ(fast.buckets.size(), static_cast<std::size_t>(buckets.count()));
    for (std::size_t i = 0; i < fast.targets.size(); ++i) {
        const std::string label = "target " + std::to_string(i);
        EXPECT_EQ(fast.targets[i].target, params.targets[i]) << label;
        EXPECT_NEAR(fast.targets[i].nll, naive.targets[i].nll, 1e-9) << label;
        EXPECT_EQ(fast.targets[i].lastPosition, naive.targets[i].lastPosition) << label;
        expectClose(fast.targets[i].activationNorms, naive.targets[i].activationNorms,
                    label + " activations");
        expectClose(fast.targets[i].parameterNorms, naive.targets[i].parameterNorms, label + " parameters");
        // Non-trivial: gradients reach the first layer and the embeddings; zeros beyond the prefix.
        // (At position 0 attention sees one key: softmax is constant, the query gradient exactly 0.)
        const std::int64_t last = fast.targets[i].lastPosition;
        if (last > 0)
            EXPECT_GT(fast.targets[i].parameterNorms[buckets.attention(0, GradientBuckets::Query, 1)], 0.0f);
        else
            EXPECT_EQ(naive.targets[i].parameterNorms[buckets.attention(0, GradientBuckets::Query)], 0.0f);
        EXPECT_GT(fast.targets[i].parameterNorms[buckets.embedding(2)], 0.0f);
        EXPECT_GT(fast.activationNorm(i, 1, last), 0.0f);
        if (last + 1 < fast.positions)
            EXPECT_EQ(naive.activationNorm(i, 2, last + 1), 0.0f) << label;
    }
}

TEST_P(MethodAgreement, Float32FastWithPackedWeightsMatchesFloat64) {
    const auto model = tinyModel();
    GradientParams params;
    params.alignment = GetParam();
    params.targets = mixedTargets(params.alignment);
    params.float64 = true;
    const torch::Tensor codes = tinyCodes();
    const GradientResult reference =
        computeDecoderGradients(*model->decoderWeights(), *model->decoderConfig(), codes, params);
    params.float64 = false;
    params.prepackedBackward = true;
    const GradientResult packed =
        computeDecoderGradients(*model->decoderWeights(), *model->decoderConfig(), codes, params);
    for (std::size_t i = 0; i < packed.targets.size(); ++i)
        for (std::size_t b = 0; b < packed.buckets.size(); ++b)
            EXPECT_NEAR(packed.targets[i].parameterNorms[b], reference.targets[i].parameterNorms[b],
                        2e-3 * std::abs(reference.targets[i].parameterNorms[b]) + 1e-6)
                << "target " << i << " bucket " << b;
}

TEST_P(MethodAgreement, SelfPositionMapEqualsTheNaiveMethodOnEveryToken) {
    // Every token of the clip, per codebook and summed (targets sharing a position need separate
    // passes), in float64: the few-pass map equals the naive per-target backward at each target's
    // own position, on every layer row.
    const auto model = tinyModel();
    const torch::Tensor codes = tinyCodes();
    GradientParams params;
    params.alignment = GetParam();
    params.float64 = true;
    const std::int64_t first = params.alignment == Alignment::NoiseLoss ? 1 : 0;
    for (std::int64_t frame = first; frame < codes.size(1); ++frame) {
        for (int k = 0; k < 4; ++k)
            params.targets.push_back({k, frame});
        params.targets.push_back({GradientTarget::kAllCodebooks, frame});
    }
    const SelfPositionNorms map =
        computeDecoderSelfPositionNorms(*model->decoderWeights(), *model->decoderConfig(), codes, params);
    params.method = GradientMethod::Naive;
    const GradientResult naive =
        computeDecoderGradients(*model->decoderWeights(), *model->decoderConfig(), codes, params);
    ASSERT_EQ(map.targets.size(), params.targets.size());
    EXPECT_EQ(map.backwardPasses, 5); // 4 codebooks + the summed target per position
    std::vector<float> expected, actual;
    for (std::size_t j = 0; j < params.targets.size(); ++j) {
        EXPECT_EQ(map.lastPosition[j], naive.targets[j].lastPosition) << j;
        EXPECT_NEAR(map.nll[j], naive.targets[j].nll, 1e-9) << j;
        for (int row = 0; row <= map.layers; ++row) {
            expected.push_back(naive.activationNorm(j, row, naive.targets[j].lastPosition));
            actual.push_back(map.at(row, j));
        }
    }
    expectClose(actual, expected, "self-position norms");
    EXPECT_GT(*std::max_element(actual.begin(), actual.end()), 0.0f);
}

INSTANTIATE_TEST_SUITE_P(Alignments, MethodAgreement,
                         ::testing::Values(Alignment::Delayed, Alignment::NoiseLoss));

} // namespace
} // namespace noiseloss
