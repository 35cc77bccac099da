// Decoder building blocks: positions, delay pattern, config checks, weights, autograd captures.
#include "engine/MusicModel.h"
#include "engine/RandomCheckpoint.h"
#include "engine/io/SafeTensorsWriter.h"
#include "engine/io/WeightStore.h"
#include "engine/lm/DecoderConfig.h"
#include "engine/lm/DecoderForward.h"
#include "engine/lm/DecoderWeights.h"
#include "engine/lm/DelayPattern.h"
#include "util/Error.h"

#include <cmath>
#include <fstream>
#include <gtest/gtest.h>

namespace noiseloss {
namespace {

const std::filesystem::path kTiny = std::filesystem::path(NOISELOSS_TEST_DATA_DIR) / "tiny-musicgen";

nlohmann::json tinyConfig() {
    std::ifstream in(kTiny / "config.json");
    return nlohmann::json::parse(in);
}

std::string errorOf(const nlohmann::json& config) {
    try {
        parseDecoderConfig(config, "config.json");
    } catch (const Error& error) {
        return error.what();
    }
    return "";
}

TEST(SinusoidalPositions, HandComputedEntries) {
    const torch::Tensor pe = sinusoidalPositions(0, 3, 8); // half 4: f = 1, 1e4^(-1/3), 1e4^(-2/3), 1e-4
    ASSERT_EQ(pe.sizes(), (std::vector<std::int64_t>{3, 8}));
    for (int i = 0; i < 4; ++i) {
        EXPECT_FLOAT_EQ(pe[0][i].item<float>(), 1.0f);     // cos(0), cos block first
        EXPECT_FLOAT_EQ(pe[0][4 + i].item<float>(), 0.0f); // sin(0)
    }
    EXPECT_NEAR(pe[1][0].item<float>(), std::cos(1.0), 1e-7);
    EXPECT_NEAR(pe[1][1].item<float>(), std::cos(0.046415888336127774), 1e-7);
    EXPECT_NEAR(pe[2][2].item<float>(), std::cos(2 * 0.002154434690031882), 1e-7);
    EXPECT_NEAR(pe[2][7].item<float>(), std::sin(2e-4), 1e-9); // divisor half-1: last frequency is 1e-4
    EXPECT_NEAR(pe[1][5].item<float>(), std::sin(0.046415888336127774), 1e-7);
}

TEST(SinusoidalPositions, ExtendBeyondMaxPositionsAndOffsetsAgree) {
    const torch::Tensor far = sinusoidalPositions(2990, 20, 1024);
    const torch::Tensor full = sinusoidalPositions(0, 3010, 1024);
    EXPECT_TRUE(torch::allclose(far, full.narrow(0, 2990, 20), 0, 1e-6));
    const double f1 = std::exp(-std::log(10000.0) / 511.0);
    EXPECT_NEAR(far[10][1].item<float>(), std::cos(3000.0 * f1), 1e-5);
    EXPECT_NEAR(far[10][512].item<float>(), std::sin(3000.0), 1e-5);
}

TEST(DelayPattern, LayoutAndRoundTrip) {
    const torch::Tensor codes = torch::arange(12, torch::kInt64).view({3, 4}); // K 3, T 4
    const torch::Tensor delayed = buildDelayedSequence(codes, 99);
    ASSERT_EQ(delayed.sizes(), (std::vector<std::int64_t>{3, 7}));
    const std::vector<std::int64_t> row1 = {99, 99, 4, 5, 6, 7, 99};
    for (int s = 0; s < 7; ++s)
        EXPECT_EQ(delayed[1][s].item<std::int64_t>(), row1[s]) << s;
    EXPECT_TRUE((delayed.select(1, 0) == 99).all().item<bool>()); // BOS column
    EXPECT_EQ(delayed[2][3].item<std::int64_t>(), 8);             // C[2,0] at s = 0 + 1 + 2
    EXPECT_TRUE(torch::equal(revertDelayedSequence(delayed, 99), codes));
    EXPECT_EQ(delayedScoringInput(codes, 99).size(1), 6); // T + K - 1
    torch::Tensor broken = delayed.clone();
    broken[0][2] = 99;
    EXPECT_THROW(revertDelayedSequence(broken, 99), Error);
}

TEST(DecoderConfig, ReadsTinyCheckpoint) {
    const DecoderConfig config = parseDecoderConfig(tinyConfig(), "config.json");
    EXPECT_EQ(config.codebookSize, 64);
    EXPECT_EQ(config.dModel, 32);
    EXPECT_EQ(config.layers, 2);
    EXPECT_EQ(config.heads, 4);
    EXPECT_EQ(config.ffnDim, 64);
    EXPECT_EQ(config.codebooks, 4);
    EXPECT_EQ(config.padToken(), 64);
}

TEST(DecoderConfig, ListsEveryProblemAtOnce) {
    nlohmann::json config = tinyConfig();
    config["decoder"].erase("hidden_size");
    config["decoder"].erase("ffn_dim");
    config["decoder"]["num_attention_heads"] = -3;
    const std::string message = errorOf(config);
    EXPECT_NE(message.find("decoder.hidden_size is missing"), std::string::npos) << message;
    EXPECT_NE(message.find("decoder.ffn_dim is missing"), std::string::npos) << message;
    EXPECT_NE(message.find("num_attention_heads must be a positive integer"), std::string::npos) << message;
    EXPECT_NE(message.find("3 problems"), std::string::npos) << message;
}

TEST(DecoderConfig, RefusesUnsupportedVariants) {
    nlohmann::json stereo = tinyConfig();
    stereo["decoder"]["audio_channels"] = 2;
    EXPECT_NE(errorOf(stereo).find("stereo"), std::string::npos);
    nlohmann::json melody = tinyConfig();
    melody["model_type"] = "musicgen_melody";
    EXPECT_NE(errorOf(melody).find("melody"), std::string::npos);
    nlohmann::json unknown = tinyConfig();
    unknown["model_type"] = "bark";
    EXPECT_NE(errorOf(unknown).find("\"bark\" is not a MusicGen model"), std::string::npos);
    nlohmann::json codecOnly = tinyConfig();
    codecOnly["model_type"] = "encodec";
    EXPECT_NE(errorOf(codecOnly).find("codec-only"), std::string::npos);
    nlohmann::json noDecoder = tinyConfig();
    noDecoder.erase("decoder");
    EXPECT_NE(errorOf(noDecoder).find("\"decoder\" sub-config is missing"), std::string::npos);
    nlohmann::json indivisible = tinyConfig();
    indivisible["decoder"]["num_attention_heads"] = 5;
    EXPECT_NE(errorOf(indivisible).find("not divisible"), std::string::npos);
    nlohmann::json relu = tinyConfig();
    relu["decoder"]["activation_function"] = "relu";
    EXPECT_NE(errorOf(relu).find("only gelu"), std::string::npos);
    nlohmann::json odd = tinyConfig();
    odd["decoder"]["hidden_size"] = 33;
    odd["decoder"]["num_attention_heads"] = 3;
    EXPECT_NE(errorOf(odd).find("must be even"), std::string::npos);
}

/// A model folder with the tiny config and the given tensors.
std::filesystem::path writeFolder(const std::string& name,
                                  const std::map<std::string, torch::Tensor>& tensors,
                                  const nlohmann::json& config) {
    const auto folder = std::filesystem::temp_directory_path() / ("noiseloss-lm-" + name);
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    std::ofstream(folder / "config.json") << config.dump(2);
    saveSafetensors(folder / "model.safetensors", tensors);
    return folder;
}

TEST(DecoderWeights, KeyShapesMatchTheTinyCheckpoint) {
    const WeightStore store = WeightStore::open(kTiny);
    const auto shapes = decoderKeyShapes(parseDecoderConfig(store.config(), "config.json"));
    EXPECT_EQ(shapes.size(), 4u * 2 + 2 * 16 + 2);
    for (const auto& [key, shape] : shapes)
        EXPECT_EQ(store.get(key).sizes(), c10::IntArrayRef(shape)) << key;
}

TEST(DecoderWeights, MissingAndMisshapedTensorsAreNamed) {
    const DecoderConfig config = parseDecoderConfig(tinyConfig(), "config.json");
    auto tensors = namedDecoderTensors(randomDecoderWeights(config, 1));
    tensors.erase("decoder.lm_heads.2.weight");
    tensors.erase("decoder.model.decoder.layers.1.fc2.weight");
    try {
        MusicModel::load(writeFolder("missing", tensors, tinyConfig()));
        FAIL() << "no error";
    } catch (const Error& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("2 decoder tensors missing"), std::string::npos) << message;
        EXPECT_NE(message.find("decoder.lm_heads.2.weight is missing (expected shape [64, 32])"),
                  std::string::npos);
        EXPECT_NE(message.find("layers.1.fc2.weight"), std::string::npos);
    }
    tensors = namedDecoderTensors(randomDecoderWeights(config, 1));
    tensors["decoder.model.decoder.layers.0.fc1.weight"] = torch::zeros({64, 16});
    try {
        MusicModel::load(writeFolder("shape", tensors, tinyConfig()));
        FAIL() << "no error";
    } catch (const Error& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("layers.0.fc1.weight"), std::string::npos) << message;
        EXPECT_NE(message.find("[64, 16]"), std::string::npos) << message;
    }
}

TEST(DecoderWeights, RandomWeightsRoundTripThroughSafetensors) {
    const DecoderConfig config = parseDecoderConfig(tinyConfig(), "config.json");
    const DecoderWeights random = randomDecoderWeights(config, 5);
    const auto folder = writeFolder("roundtrip", namedDecoderTensors(random), tinyConfig());
    const DecoderWeights loaded = loadDecoderWeights(WeightStore::open(folder), config, true);
    EXPECT_TRUE(torch::equal(loaded.layers[1].fc2Weight, random.layers[1].fc2Weight));
    EXPECT_TRUE(torch::equal(loaded.embeddings[3], random.embeddings[3]));
    EXPECT_TRUE(torch::equal(loaded.layers[0].crossKeyWeight, random.layers[0].crossKeyWeight));
    EXPECT_FALSE(
        torch::equal(random.layers[0].queryWeight, randomDecoderWeights(config, 6).layers[0].queryWeight));
}

TEST(DecoderForward, TrainableWeightsGetGradientsAndCapturesWork) {
    const DecoderConfig config = parseDecoderConfig(tinyConfig(), "config.json");
    const DecoderWeights weights = randomDecoderWeights(config, 3, true, false);
    const torch::Tensor ids = torch::randint(0, 65, {2, 4, 10}, torch::kInt64);
    ForwardCapture capture;
    ForwardOptions options;
    options.capture = &capture;
    const torch::Tensor logits = decoderLogits(weights, decoderHidden(weights, config, ids, options));
    ASSERT_EQ(logits.sizes(), (std::vector<std::int64_t>{2, 4, 10, 64}));
    ASSERT_EQ(capture.layers.size(), 2u);
    EXPECT_TRUE(torch::equal(capture.layers[1].input, capture.layers[0].output));
    EXPECT_EQ(capture.layers[0].ffnActivation.size(2), 64);
    const torch::Tensor loss = logits.select(2, 7).logsumexp(-1).sum();
    // Causality: the loss at position 7 has no gradient through positions after 7.
    const auto grads = torch::autograd::grad({loss}, {capture.layers[0].output}, {}, true);
    EXPECT_GT(grads[0].narrow(1, 0, 8).abs().sum().item<float>(), 0.0f);
    EXPECT_EQ(grads[0].narrow(1, 8, 2).abs().sum().item<float>(), 0.0f);
    loss.backward();
    EXPECT_TRUE(weights.layers[0].fc1Weight.grad().defined());
    EXPECT_GT(weights.heads[0].grad().abs().sum().item<float>(), 0.0f);
}

TEST(RandomCheckpoint, WritesALoadableScorableModel) {
    RandomCheckpointSpec spec;
    spec.dModel = 32;
    spec.layers = 2;
    spec.heads = 4;
    spec.ffnDim = 64;
    spec.codebookSize = 64;
    spec.codebooks = 4;
    spec.encodecFilters = 4;
    for (const bool half : {false, true}) {
        spec.float16 = half;
        const auto folder = std::filesystem::temp_directory_path() / "noiseloss-lm-random";
        std::filesystem::remove_all(folder);
        const RandomCheckpointSummary summary = writeRandomCheckpoint(folder, spec);
        EXPECT_GT(summary.tensors, 50);
        const auto model = MusicModel::load(folder);
        EXPECT_TRUE(model->info().hasCodec);
        EXPECT_EQ(model->info().layers, 2);
        std::vector<float> audio(32000);
        for (std::size_t i = 0; i < audio.size(); ++i)
            audio[i] = 0.3f * std::sin(0.05f * static_cast<float>(i));
        const CodeMatrix codes = model->encode(audio);
        EXPECT_EQ(codes.frames, 50);
        const ScoreResult result = model->score(codes);
        double entropy = 0.0;
        for (float value : result.entropy)
            entropy += value / static_cast<double>(result.entropy.size());
        EXPECT_GT(entropy, 0.5);                   // not one-hot
        EXPECT_LT(entropy, std::log(64.0) - 0.01); // not uniform
    }
    spec.heads = 5;
    EXPECT_THROW(writeRandomCheckpoint(std::filesystem::temp_directory_path() / "noiseloss-lm-bad", spec),
                 Error);
}

} // namespace
} // namespace noiseloss
