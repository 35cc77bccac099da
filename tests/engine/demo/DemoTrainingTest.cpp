#include "engine/MusicModel.h"
#include "engine/train/CodecTrainer.h"
#include "engine/train/DemoModelWriter.h"
#include "engine/train/LmTrainer.h"
#include "engine/train/RvqTrainer.h"
#include "engine/train/SpectralLoss.h"
#include "engine/train/TrainingState.h"

#include <gtest/gtest.h>

using namespace noiseloss;

namespace {

EncodecConfig tinyCodecConfig() {
    EncodecConfig config;
    config.numFilters = 4;
    config.hiddenSize = 8;
    config.codebookSize = 16;
    config.numLstmLayers = 1;
    config.numQuantizers = 2;
    config.targetBandwidths = {1.2}; // floor(1000 * 1.2 / 500) = 2 quantizers
    return config;
}

DecoderConfig tinyDecoderConfig() {
    DecoderConfig config;
    config.codebookSize = 16;
    config.dModel = 16;
    config.layers = 1;
    config.heads = 2;
    config.ffnDim = 32;
    config.codebooks = 2;
    return config;
}

std::filesystem::path freshTemporaryFolder(const std::string& name) {
    const auto folder = std::filesystem::temp_directory_path() / ("noiseloss-demo-test-" + name);
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

} // namespace

TEST(DemoTraining, KMeansInitialisationBeatsRandomCodebooks) {
    torch::manual_seed(3);
    const torch::Tensor latents =
        torch::randn({600, 4}) + torch::randint(0, 3, {600, 1}).to(torch::kFloat32) * 4.0;
    RvqTrainer random({torch::randn({16, 4})}, 0.9, 0.0);
    RvqTrainer trained({torch::randn({16, 4})}, 0.9, 0.0);
    trained.initialiseWithKMeans(latents, 10);
    auto error = [&](RvqTrainer& rvq) {
        return (rvq.quantize(latents, false).quantized - latents).square().mean().item<double>();
    };
    EXPECT_LT(error(trained), 0.5 * error(random));
    EXPECT_TRUE(trained.initialised());
}

TEST(DemoTraining, DeadCodesAreRestartedFromTheBatch) {
    torch::manual_seed(4);
    torch::Tensor codebook = torch::randn({8, 2}) + 100.0; // far from the data: all but one code unused
    RvqTrainer rvq({codebook}, 0.5, 0.3);
    const torch::Tensor latents = torch::randn({64, 2});
    int restarted = 0;
    for (int i = 0; i < 4; ++i)
        rvq.quantize(latents, true, &restarted);
    EXPECT_LT(codebook.abs().max().item<double>(), 50.0); // every code moved into the data
}

TEST(DemoTraining, PerplexityOfUniformAndConstantCodes) {
    const torch::Tensor uniform = torch::arange(64, torch::kLong).remainder(16).unsqueeze(1);
    const torch::Tensor constant = torch::zeros({64, 1}, torch::kLong);
    EXPECT_NEAR(RvqTrainer::perplexities(uniform, 16)[0], 16.0, 1e-9);
    EXPECT_NEAR(RvqTrainer::perplexities(constant, 16)[0], 1.0, 1e-9);
}

TEST(DemoTraining, SpectralDistanceAndSiSnr) {
    const torch::Tensor signal = torch::sin(torch::arange(8000, torch::kFloat32) * 0.05).unsqueeze(0);
    EXPECT_NEAR(multiResolutionStftDistance(signal, signal).item<double>(), 0.0, 1e-6);
    EXPECT_GT(multiResolutionStftDistance(signal * 0.5, signal).item<double>(), 0.1);
    torch::manual_seed(9);
    // sine RMS 0.5 / sqrt(2) against noise RMS 0.001: 20 log10(353.6) = 50.97 dB
    EXPECT_NEAR(scaleInvariantSnrDb(signal * 0.5 + 0.001 * torch::randn_like(signal), signal), 50.97, 1.0);
}

TEST(DemoTraining, CodecStepsReduceTheReconstructionLoss) {
    torch::manual_seed(5);
    CodecTrainer codec(tinyCodecConfig());
    const torch::Tensor audio =
        0.3 * torch::sin(torch::arange(2 * 3200, torch::kFloat32) * 0.07).reshape({2, 1, 3200});
    const double first = codec.step(audio, false, 3e-3).total;
    double last = first;
    for (int i = 0; i < 30; ++i)
        last = codec.step(audio, false, 3e-3).total;
    EXPECT_LT(last, 0.8 * first);
    codec.initialiseCodebooks(audio.repeat({4, 1, 1}), 5);
    EXPECT_TRUE(std::isfinite(codec.step(audio, true, 1e-3).commitment));
}

TEST(DemoTraining, DecoderLearnsARepeatingPattern) {
    LmTrainer lm(tinyDecoderConfig(), 6);
    const torch::Tensor codes =
        torch::arange(40, torch::kLong).remainder(4).reshape({1, 1, 40}).repeat({2, 2, 1});
    const double first = lm.step(codes, 3e-3);
    double last = first;
    for (int i = 0; i < 60; ++i)
        last = lm.step(codes, 3e-3);
    EXPECT_GT(first, 2.0); // about log(16) at the start
    EXPECT_LT(last, 0.5);
}

TEST(DemoTraining, WrittenFolderLoadsAndScoresLikeTheTrainer) {
    torch::manual_seed(7);
    CodecTrainer codec(tinyCodecConfig());
    codec.initialiseCodebooks(0.2 * torch::randn({4, 1, 3200}), 3);
    codec.roundToHalfPrecision();
    LmTrainer lm(tinyDecoderConfig(), 8);
    lm.roundToHalfPrecision();
    const auto folder = freshTemporaryFolder("writer");
    writeDemoModelFolder(folder, codec, lm, {{"format", "pt"}});
    const auto model = MusicModel::load(folder);
    ASSERT_TRUE(model->info().hasCodec);
    ASSERT_TRUE(model->info().hasLanguageModel);
    const std::vector<float> audio(6400, 0.1f);
    const CodeMatrix codes = model->encode(audio);
    EXPECT_EQ(codes.codebooks, 2);
    EXPECT_EQ(codes.frames, 10);
    const torch::Tensor codeTensor = torch::tensor(codes.codes).reshape({1, 2, 10});
    EXPECT_NEAR(model->score(codes).meanNll(), lm.evaluate(codeTensor), 2e-3);
    std::filesystem::remove_all(folder);
}

TEST(DemoTraining, TrainingStateRoundTrips) {
    const auto folder = freshTemporaryFolder("state");
    TrainingState state;
    state.phase = "lm";
    state.codecStep = 12;
    state.codecPlanned = 40;
    state.lmStep = 3;
    state.lmSeconds = 2.5;
    state.lmBestStep = 2;
    state.lmBestNll = 1.25;
    state.save(folder);
    const TrainingState loaded = TrainingState::load(folder);
    EXPECT_EQ(loaded.phase, "lm");
    EXPECT_EQ(loaded.codecStep, 12);
    EXPECT_EQ(loaded.codecPlanned, 40);
    EXPECT_EQ(loaded.lmStep, 3);
    EXPECT_DOUBLE_EQ(loaded.lmSeconds, 2.5);
    EXPECT_EQ(loaded.lmBestStep, 2);
    EXPECT_DOUBLE_EQ(loaded.lmBestNll, 1.25);
    std::filesystem::remove_all(folder);
}

TEST(DemoTraining, BestWeightsSnapshotRestoresTheDecoder) {
    // The trainer ships the best-validation snapshot, not the last step: restoring it must bring
    // back exactly the snapshot's predictions after further training moved the weights.
    const auto folder = freshTemporaryFolder("best");
    const torch::Tensor codes =
        torch::arange(40, torch::kLong).remainder(4).reshape({1, 1, 40}).repeat({2, 2, 1});
    LmTrainer lm(tinyDecoderConfig(), 6);
    lm.step(codes, 3e-3);
    const double atSnapshot = lm.evaluate(codes);
    lm.saveWeights(folder / "best.pt");
    for (int i = 0; i < 5; ++i)
        lm.step(codes, 3e-3);
    ASSERT_NE(lm.evaluate(codes), atSnapshot);
    lm.loadWeights(folder / "best.pt");
    EXPECT_DOUBLE_EQ(lm.evaluate(codes), atSnapshot);
    std::filesystem::remove_all(folder);
}
