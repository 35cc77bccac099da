// Finite differences (float64, central, h = 1e-6) against the fast method: a whole LayerNorm bias,
// one attention head's query rows, an lm_head block and the last layer's activation gradient.
#include "engine/MusicModel.h"
#include "engine/grads/DecoderGradients.h"
#include "engine/grads/GradientBuckets.h"
#include "engine/grads/GradientProblem.h"
#include "engine/lm/DecoderForward.h"
#include "util/Npy.h"

#include <cmath>
#include <functional>
#include <gtest/gtest.h>

namespace noiseloss {
namespace {

const std::filesystem::path kTiny = std::filesystem::path(NOISELOSS_TEST_DATA_DIR) / "tiny-musicgen";
constexpr double kStep = 1e-6;

struct Fixture {
    std::shared_ptr<const MusicModel> model;
    DecoderWeights weights; // float64 copies, no grad
    torch::Tensor codes;
};

Fixture makeFixture() {
    EngineOptions options;
    options.oneDnnLinear = false;
    Fixture fixture;
    fixture.model = MusicModel::load(kTiny, options);
    fixture.weights = prepareGradientWeights(*fixture.model->decoderWeights(), torch::kFloat64, false);
    for (auto& layer : fixture.weights.layers) // own storage: the finite differences edit it in place
        for (torch::Tensor* t : {&layer.queryWeight, &layer.selfNormBias})
            *t = t->clone();
    fixture.weights.finalNormBias = fixture.weights.finalNormBias.clone();
    for (auto& head : fixture.weights.heads)
        head = head.clone();
    const NpyArray array = readNpy(kTiny / "expected" / "lm_codes.npy");
    fixture.codes = torch::tensor(array.i64, torch::kInt64).view({-1, array.shape.back()}).clone();
    return fixture;
}

double lossOf(const Fixture& fixture, const GradientProblem& problem, const GradientTarget& target) {
    torch::NoGradGuard noGrad;
    const torch::Tensor hidden = decoderHidden(fixture.weights, problem.config, problem.input);
    return targetLoss(fixture.weights, hidden, problem.termsOf(target)).item<double>();
}

/// ||d loss / d block|| by central differences over every entry of `block` (a view into the weights).
double finiteDifferenceNorm(const Fixture& fixture, const GradientProblem& problem,
                            const GradientTarget& target, torch::Tensor block) {
    double squared = 0.0;
    torch::Tensor flat = block.view({-1});
    for (std::int64_t i = 0; i < flat.numel(); ++i) {
        const double saved = flat[i].item<double>();
        flat[i] = saved + kStep;
        const double up = lossOf(fixture, problem, target);
        flat[i] = saved - kStep;
        const double down = lossOf(fixture, problem, target);
        flat[i] = saved;
        const double derivative = (up - down) / (2 * kStep);
        squared += derivative * derivative;
    }
    return std::sqrt(squared);
}

TEST(FiniteDifferences, ParameterBucketsMatchTheFastMethod) {
    Fixture fixture = makeFixture();
    const DecoderConfig& config = *fixture.model->decoderConfig();
    const GradientTarget target{2, 6};
    const GradientProblem problem(config, fixture.codes, Alignment::Delayed);
    GradientParams params;
    params.float64 = true;
    params.targets = {target};
    const GradientResult result = computeDecoderGradients(fixture.weights, config, fixture.codes, params);
    const std::vector<float>& norms = result.targets[0].parameterNorms;
    const GradientBuckets buckets(2, 4, 4);
    const std::int64_t headDim = config.headDim();

    const double finalBias = finiteDifferenceNorm(fixture, problem, target, fixture.weights.finalNormBias);
    EXPECT_NEAR(norms[buckets.finalNormBias()], finalBias, 1e-5 * finalBias + 1e-8);
    const double queryHead = finiteDifferenceNorm(
        fixture, problem, target, fixture.weights.layers[1].queryWeight.narrow(0, 2 * headDim, headDim));
    EXPECT_NEAR(norms[buckets.attention(1, GradientBuckets::Query, 2)], queryHead, 1e-5 * queryHead + 1e-8);
    const double selfBias =
        finiteDifferenceNorm(fixture, problem, target, fixture.weights.layers[0].selfNormBias);
    EXPECT_NEAR(norms[buckets.layerNorm(0, GradientBuckets::SelfNormBias)], selfBias, 1e-5 * selfBias + 1e-8);
    const double headRows =
        finiteDifferenceNorm(fixture, problem, target, fixture.weights.heads[2].narrow(0, 0, 8));
    EXPECT_GT(norms[buckets.head(2)], headRows); // the block is part of the whole head
    EXPECT_EQ(norms[buckets.head(1)], 0.0f);     // other codebooks' heads are untouched
    EXPECT_GT(finalBias, 0.0);
    EXPECT_GT(queryHead, 0.0);
}

TEST(FiniteDifferences, LastLayerActivationGradient) {
    Fixture fixture = makeFixture();
    const DecoderConfig& config = *fixture.model->decoderConfig();
    const GradientTarget target{GradientTarget::kAllCodebooks, 4};
    const GradientProblem problem(config, fixture.codes, Alignment::Delayed);
    GradientParams params;
    params.float64 = true;
    params.targets = {target};
    const GradientResult result = computeDecoderGradients(fixture.weights, config, fixture.codes, params);

    torch::NoGradGuard noGrad;
    ForwardCapture capture;
    ForwardOptions options;
    options.capture = &capture;
    decoderHidden(fixture.weights, config, problem.input, options);
    const torch::Tensor stream = capture.finalNormInput.clone();
    const auto lossFromStream = [&](const torch::Tensor& x) {
        const torch::Tensor hidden = at::layer_norm(x, {x.size(-1)}, fixture.weights.finalNormWeight,
                                                    fixture.weights.finalNormBias, 1e-5);
        return targetLoss(fixture.weights, hidden, problem.termsOf(target)).item<double>();
    };
    for (const std::int64_t position : {std::int64_t{2}, std::int64_t{6}, std::int64_t{7}, std::int64_t{9}}) {
        double squared = 0.0;
        for (std::int64_t i = 0; i < config.dModel; ++i) {
            torch::Tensor up = stream.clone(), down = stream.clone();
            up[0][position][i] += kStep;
            down[0][position][i] -= kStep;
            const double derivative = (lossFromStream(up) - lossFromStream(down)) / (2 * kStep);
            squared += derivative * derivative;
        }
        const double expected = std::sqrt(squared);
        EXPECT_NEAR(result.activationNorm(0, result.layers, position), expected, 1e-5 * expected + 1e-9)
            << "position " << position;
    }
}

} // namespace
} // namespace noiseloss
