// Tests of engine/codec: EnCodec config parsing, padding / transposed-conv arithmetic, LSTM, RVQ,
// and the whole model against the independent Python reference (tests/reference).
#include "engine/codec/EncodecConfig.h"
#include "engine/codec/EncodecForward.h"
#include "engine/codec/EncodecModel.h"
#include "engine/codec/EncodecWeights.h"
#include "engine/io/SafeTensorsWriter.h"
#include "engine/io/WeightStore.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <chrono>
#include <fstream>
#include <gtest/gtest.h>
#include <random>
#include <torch/torch.h>

using namespace noiseloss;
namespace fs = std::filesystem;

namespace {

const fs::path kFixture = fs::path(NOISELOSS_TEST_DATA_DIR) / "tiny-musicgen";

class TempFolder {
public:
    TempFolder() {
        std::random_device device;
        m_path = fs::temp_directory_path() / ("noiseloss-codec-test-" + std::to_string(device()));
        fs::create_directories(m_path);
    }
    ~TempFolder() { fs::remove_all(m_path); }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

torch::Tensor loadNpy(const fs::path& path) {
    NpyArray array = readNpy(path);
    if (array.dtype == NpyArray::DType::Int64)
        return torch::tensor(array.i64, torch::kLong).reshape(array.shape);
    return torch::tensor(array.f32, torch::kFloat).reshape(array.shape);
}

std::string errorOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& error) {
        return error.what();
    }
    return "(no error)";
}

nlohmann::json fixtureConfig() {
    std::ifstream in(kFixture / "config.json");
    return nlohmann::json::parse(in);
}

const EncodecModel& tinyModel() {
    static const EncodecModel model = EncodecModel::load(kFixture);
    return model;
}

EncodecConv handConv(torch::Tensor weight, std::int64_t stride, bool transposed = false) {
    EncodecConv conv;
    conv.kernel = weight.size(2);
    conv.stride = stride;
    conv.transposed = transposed;
    conv.outChannels = transposed ? weight.size(1) : weight.size(0);
    conv.bias = torch::zeros({conv.outChannels});
    conv.weight = std::move(weight);
    return conv;
}

} // namespace

TEST(EncodecConfig, ReadsCombinedAndStandaloneConfigs) {
    const nlohmann::json combined = fixtureConfig();
    const EncodecConfig config = EncodecConfig::fromJson(combined, "config.json");
    EXPECT_EQ(config.numFilters, 4);
    EXPECT_EQ(config.hiddenSize, 16);
    EXPECT_EQ(config.codebookSize, 64);
    EXPECT_EQ(config.numQuantizers, 4);
    EXPECT_EQ(config.hopLengthSamples(), 640);
    EXPECT_EQ(config.frameRateHz(), 50);
    EXPECT_EQ(config.innerChannels(), 64);
    EXPECT_EQ(config.padMode, "reflect");

    nlohmann::json standalone = combined.at("audio_encoder");
    standalone.erase("pad_mode");
    standalone["sampling_rate"] = 24000;
    standalone["upsampling_ratios"] = {8, 5, 4, 2};
    standalone["target_bandwidths"] = {1.5, 3.0, 6.0};
    const EncodecConfig other = EncodecConfig::fromJson(standalone, "config.json");
    EXPECT_EQ(other.padMode, "reflect") << "pad_mode defaults to reflect";
    EXPECT_EQ(other.frameRateHz(), 75);
    EXPECT_EQ(other.numQuantizers, 8);
    standalone.erase("target_bandwidths");
    EXPECT_EQ(EncodecConfig::fromJson(standalone, "config.json").numQuantizers, 0)
        << "0 = count the codebooks";

    const EncodecConfig roundTrip = EncodecConfig::fromJson(config.toJson(), "config.json");
    EXPECT_EQ(roundTrip.toJson(), config.toJson());
    EXPECT_EQ(roundTrip.numQuantizers, 4);
    EncodecConfig sixQuantizers = config;
    sixQuantizers.numQuantizers = 6;
    EXPECT_EQ(EncodecConfig::fromJson(sixQuantizers.toJson(), "c").numQuantizers, 6);
}

TEST(EncodecConfig, ListsEveryProblemInOneError) {
    nlohmann::json json = fixtureConfig().at("audio_encoder");
    json["use_causal_conv"] = true;
    json["normalize"] = true;
    json["audio_channels"] = 2;
    json["pad_mode"] = "circular";
    json.erase("num_filters");
    const std::string message = errorOf([&] { EncodecConfig::fromJson(json, "config.json"); });
    for (const char* fragment : {"config.json", "use_causal_conv", "normalize", "audio_channels is 2",
                                 "missing \"num_filters\"", "pad_mode is \"circular\""})
        EXPECT_NE(message.find(fragment), std::string::npos) << fragment << " not in: " << message;
    EXPECT_NE(errorOf([] {
                  EncodecConfig::fromJson({{"model_type", "t5"}}, "config.json");
              }).find("model_type"),
              std::string::npos);
    EXPECT_NE(errorOf([] {
                  EncodecConfig::fromJson({{"model_type", "musicgen"}}, "config.json");
              }).find("audio_encoder"),
              std::string::npos);
}

TEST(EncodecForward, ReflectPaddingOfShortInputsAndPaddedConvLengths) {
    const torch::Tensor x = torch::tensor({1.0f, 2.0f}).reshape({1, 1, 2});
    // Python: F.pad(F.pad(x, (0, 2)), (3, 3), mode="reflect")[..., :-2]
    EXPECT_TRUE(torch::equal(encodecPad1d(x, 3, 3, "reflect").flatten(),
                             torch::tensor({0.0f, 0.0f, 2.0f, 1.0f, 2.0f, 0.0f, 0.0f, 0.0f})));
    const torch::Tensor y = torch::tensor({1.0f, 2.0f, 3.0f, 4.0f}).reshape({1, 1, 4});
    EXPECT_TRUE(torch::equal(encodecPad1d(y, 2, 1, "reflect").flatten(),
                             torch::tensor({3.0f, 2.0f, 1.0f, 2.0f, 3.0f, 4.0f, 3.0f})));
    EXPECT_TRUE(torch::equal(encodecPad1d(y, 2, 1, "constant").flatten(),
                             torch::tensor({0.0f, 0.0f, 1.0f, 2.0f, 3.0f, 4.0f, 0.0f})));

    // k 4, stride 2: P = 2 (left 1, right 1), L 5 needs extra 1 -> 3 frames; tap 0 reads x[2t - 1].
    const EncodecConv pick = handConv(torch::tensor({1.0f, 0.0f, 0.0f, 0.0f}).reshape({1, 1, 4}), 2);
    const torch::Tensor five = torch::tensor({10.0f, 11.0f, 12.0f, 13.0f, 14.0f}).reshape({1, 1, 5});
    EXPECT_TRUE(
        torch::equal(encodecConv1d(pick, five, "reflect").flatten(), torch::tensor({11.0f, 11.0f, 13.0f})));
    for (std::int64_t length : {1, 2, 3, 7, 8, 9, 100})
        EXPECT_EQ(encodecConv1d(pick, torch::ones({1, 1, length}), "reflect").size(2), (length + 1) / 2)
            << length;
    // Dilation 2 with k 3: effective kernel 5, P 4, output length == input length.
    EncodecConv dilated = handConv(torch::tensor({0.0f, 0.0f, 1.0f}).reshape({1, 1, 3}), 1);
    dilated.dilation = 2;
    EXPECT_TRUE(torch::equal(encodecConv1d(dilated, y, "constant").flatten(),
                             torch::tensor({3.0f, 4.0f, 0.0f, 0.0f})));
}

TEST(EncodecForward, TransposedConvTrimsToStrideTimesLength) {
    // k 4, stride 2: raw length (3 - 1) * 2 + 4 = 8, trim P = 2 (left 1, right 1) -> 6.
    const EncodecConv up = handConv(torch::ones({1, 1, 4}), 2, true);
    const torch::Tensor out =
        encodecConvTranspose1d(up, torch::tensor({1.0f, 0.0f, 0.0f}).reshape({1, 1, 3}));
    EXPECT_TRUE(torch::equal(out.flatten(), torch::tensor({1.0f, 1.0f, 1.0f, 0.0f, 0.0f, 0.0f})));
    // k 16, stride 8: P = 8 -> 8 * T samples.
    EXPECT_EQ(
        encodecConvTranspose1d(handConv(torch::ones({1, 1, 16}), 8, true), torch::ones({1, 1, 5})).size(2),
        40);
}

TEST(EncodecForward, LstmMatchesHandWrittenGatesAndAddsTheSkip) {
    torch::manual_seed(11);
    EncodecLstm lstm{"test.lstm", 3, 2, {}};
    for (int layer = 0; layer < 2; ++layer)
        for (auto shape : {std::vector<std::int64_t>{12, 3}, {12, 3}, {12}, {12}})
            lstm.params.push_back(torch::randn(shape) * 0.7);
    const torch::Tensor x = torch::randn({2, 3, 5}); // [B, C, T]
    torch::Tensor sequence = x.permute({2, 0, 1});   // [T, B, C]
    for (int layer = 0; layer < 2; ++layer) {
        const auto* p = &lstm.params[static_cast<std::size_t>(4 * layer)];
        torch::Tensor h = torch::zeros({2, 3}), c = torch::zeros({2, 3});
        std::vector<torch::Tensor> outputs;
        for (std::int64_t t = 0; t < 5; ++t) {
            auto gates = (sequence[t].mm(p[0].t()) + h.mm(p[1].t()) + p[2] + p[3]).chunk(4, 1);
            c = torch::sigmoid(gates[1]) * c + torch::sigmoid(gates[0]) * torch::tanh(gates[2]);
            h = torch::sigmoid(gates[3]) * torch::tanh(c);
            outputs.push_back(h);
        }
        sequence = torch::stack(outputs);
    }
    const torch::Tensor expected = sequence.permute({1, 2, 0}) + x;
    EXPECT_LT((encodecLstm(lstm, x) - expected).abs().max().item<float>(), 1e-5);
}

TEST(EncodecForward, ResidualQuantisationOnHandBuiltCodebooks) {
    EncodecConfig config;
    config.hiddenSize = 2;
    config.codebookSize = 4;
    EncodecWeights weights;
    weights.config = config;
    weights.codebooks = {torch::tensor({0.0f, 0.0f, 10.0f, 0.0f, 0.0f, 10.0f, 10.0f, 0.0f}).reshape({4, 2}),
                         torch::tensor({0.0f, 0.0f, 1.0f, 0.0f, 0.0f, 1.0f, -1.0f, 0.0f}).reshape({4, 2})};
    // Frame 0: (11, -1) -> (10, 0) [index 1, first of the tie with 3], residual (1, -1) -> (1, 0) [1].
    // Frame 1: (-0.9, 9.2) -> (0, 10) [2], residual (-0.9, -0.8) -> (-1, 0) [3].
    const torch::Tensor latents = torch::tensor({11.0f, -0.9f, -1.0f, 9.2f}).reshape({1, 2, 2});
    const torch::Tensor codes = rvqEncode(weights, latents);
    EXPECT_EQ(codes.scalar_type(), torch::kLong);
    EXPECT_TRUE(torch::equal(codes, torch::tensor({1, 2, 1, 3}, torch::kLong).reshape({1, 2, 2})));
    EXPECT_TRUE(
        torch::equal(rvqEncode(weights, latents, 1), torch::tensor({1, 2}, torch::kLong).reshape({1, 1, 2})));
    EXPECT_TRUE(torch::equal(rvqDecode(weights, codes),
                             torch::tensor({11.0f, -1.0f, 0.0f, 10.0f}).reshape({1, 2, 2})));
    const torch::Tensor bad = torch::tensor({1, 2, 1, 4}, torch::kLong).reshape({1, 2, 2});
    EXPECT_NE(errorOf([&] { rvqDecode(weights, bad); }).find("codebook 1 frame 1 holds 4, outside 0..3"),
              std::string::npos);
    EXPECT_NE(errorOf([&] { rvqEncode(weights, latents, 3); }).find("3 quantizers requested"),
              std::string::npos);
}

TEST(EncodecModel, FrameCountsAndDecodedLengths) {
    const EncodecModel& model = tinyModel();
    for (std::int64_t length : {1, 5, 639, 640, 641, 1234, 3200}) {
        const torch::Tensor codes = model.encode(torch::randn({2, 1, length}) * 0.1);
        const std::int64_t frames = (length + 639) / 640;
        ASSERT_EQ(codes.sizes(), (c10::IntArrayRef{2, 4, frames})) << length;
        EXPECT_EQ(model.decode(codes).sizes(), (c10::IntArrayRef{2, 1, 640 * frames})) << length;
        EXPECT_EQ(model.decode(codes, length).size(2), length);
    }
    EXPECT_NE(errorOf([&] {
                  model.encode(torch::zeros({1, 2, 100}));
              }).find("expected [batch, 1, samples >= 1]"),
              std::string::npos);
}

TEST(EncodecModel, MatchesThePythonReferenceOnTheFixtureClip) {
    const EncodecModel& model = tinyModel();
    for (const std::string suffix : {"", "_short"}) {
        torch::Tensor clip = loadNpy(kFixture / "clip.npy");
        if (!suffix.empty())
            clip = clip.narrow(0, 0, 1234);
        const torch::Tensor audio = clip.reshape({1, 1, -1});
        const torch::Tensor latents = model.encodeLatents(audio);
        const torch::Tensor expectedLatents = loadNpy(kFixture / "expected" / ("latents" + suffix + ".npy"));
        ASSERT_EQ(latents.sizes(), expectedLatents.sizes()) << suffix;
        EXPECT_LT((latents - expectedLatents).abs().max().item<float>(), 1e-4) << suffix;

        const torch::Tensor expectedCodes = loadNpy(kFixture / "expected" / ("codes" + suffix + ".npy"));
        const torch::Tensor codes = model.encode(audio);
        ASSERT_EQ(codes.sizes(), expectedCodes.sizes()) << suffix;
        EXPECT_EQ(codes.ne(expectedCodes).sum().item<std::int64_t>(), 0) << "codes differ" << suffix;

        const torch::Tensor expectedAudio = loadNpy(kFixture / "expected" / ("decoded" + suffix + ".npy"));
        const torch::Tensor decoded = model.decode(expectedCodes, audio.size(2));
        ASSERT_EQ(decoded.sizes(), expectedAudio.sizes()) << suffix;
        const float maxDiff = (decoded - expectedAudio).abs().max().item<float>();
        EXPECT_LE(maxDiff, 1e-4) << suffix;
        EXPECT_GT(expectedAudio.abs().max().item<float>(), 1e-2) << "reference audio must not be silent";
        std::cout << "clip" << suffix << ": decoded max abs diff " << maxDiff << "\n";
    }
}

TEST(EncodecForward, ChunkedFrontEndEqualsTheWholeClip) {
    // 65 frames of fixture audio in chunks of 8 frames with 10 frames (6400 samples > the ~5937-sample
    // receptive field) of context: same features, so long clips can be encoded in bounded memory.
    const EncodecModel& model = tinyModel();
    const torch::Tensor audio = loadNpy(kFixture / "clip.npy").reshape({1, 1, -1});
    torch::NoGradGuard noGrad;
    const torch::Tensor whole = encodecEncoderFrontEnd(model.weights(), audio, 0, 0);
    const torch::Tensor chunked = encodecEncoderFrontEnd(model.weights(), audio, 8, 10);
    ASSERT_EQ(chunked.sizes(), whole.sizes());
    EXPECT_LT((chunked - whole).abs().max().item<float>(), 1e-5);
    // The stitching is real: the chunked features are not just the first chunk repeated or shifted.
    EXPECT_GT((chunked.slice(2, 8, 16) - whole.slice(2, 0, 8)).abs().max().item<float>(), 1e-3);
}

TEST(EncodecModel, StandaloneFolderWithParametrizationsSpellingGivesTheSameCodes) {
    // Rewrite the fixture as a standalone EnCodec folder (no prefix) in the newer spelling.
    const WeightStore fixture = WeightStore::open(kFixture);
    std::map<std::string, torch::Tensor> renamed;
    const std::string prefix = "audio_encoder.";
    for (const auto& key : fixture.keys()) {
        if (key.rfind(prefix, 0) != 0)
            continue;
        std::string name = key.substr(prefix.size());
        for (auto [from, to] :
             {std::pair<std::string, std::string>{".weight_g", ".parametrizations.weight.original0"},
              {".weight_v", ".parametrizations.weight.original1"}})
            if (name.size() > from.size() && name.compare(name.size() - from.size(), from.size(), from) == 0)
                name = name.substr(0, name.size() - from.size()) + to;
        renamed[name] = fixture.get(key);
    }
    TempFolder folder;
    nlohmann::json config = fixture.config().at("audio_encoder");
    config.erase("target_bandwidths"); // quantizer count from the codebooks present
    std::ofstream(folder.path() / "config.json") << config.dump(2);
    saveSafetensors(folder.path() / "model.safetensors", renamed);
    const EncodecModel standalone = EncodecModel::load(folder.path());
    EXPECT_EQ(standalone.numQuantizers(), 4);
    const torch::Tensor audio = loadNpy(kFixture / "clip.npy").reshape({1, 1, -1});
    EXPECT_TRUE(torch::equal(standalone.encode(audio), loadNpy(kFixture / "expected" / "codes.npy")));

    renamed.erase("decoder.layers.1.lstm.bias_hh_l1");
    saveSafetensors(folder.path() / "model.safetensors", renamed);
    EXPECT_NE(errorOf([&] { EncodecModel::load(folder.path()); }).find("decoder.layers.1.lstm.bias_hh_l1"),
              std::string::npos);
    config["num_filters"] = 8; // shapes no longer match the weights
    std::ofstream(folder.path() / "config.json") << config.dump(2);
    EXPECT_NE(errorOf([&] { EncodecModel::load(folder.path()); }).find("config says"), std::string::npos);
}

TEST(EncodecWeights, SpecsListTheCheckpointKeysAndTrainableWeightsMatchTheFoldedModel) {
    const WeightStore fixture = WeightStore::open(kFixture);
    const EncodecConfig config = EncodecConfig::fromJson(fixture.config(), "config.json");
    const EncodecWeights layout = makeEncodecLayout(config, "audio_encoder.", config.numQuantizers);
    std::map<std::string, torch::Tensor> tensors;
    for (const auto& spec : encodecTensorSpecs(layout)) {
        ASSERT_TRUE(fixture.contains(spec.key)) << spec.key;
        tensors[spec.key] = fixture.get(spec.key, spec.shape).clone();
    }
    std::size_t fixtureKeys = 0;
    for (const auto& key : fixture.keys())
        fixtureKeys += key.rfind("audio_encoder.", 0) == 0 && key.find("embed_avg") == std::string::npos &&
                       key.find("cluster_size") == std::string::npos &&
                       key.find("inited") == std::string::npos;
    EXPECT_EQ(tensors.size(), fixtureKeys) << "specs must cover every EnCodec weight of the checkpoint";

    for (auto& [key, tensor] : tensors)
        if (key.find("weight_g") != std::string::npos)
            tensor.requires_grad_(true);
    const EncodecWeights trainable = encodecWeightsFromTensors(layout, tensors, /*foldWeightNorm=*/false);
    const torch::Tensor audio = loadNpy(kFixture / "clip.npy").narrow(0, 0, 3200).reshape({1, 1, -1});
    const torch::Tensor latents = encodecEncoderForward(trainable, audio);
    EXPECT_LT((latents - tinyModel().encodeLatents(audio)).abs().max().item<float>(), 1e-5);
    const torch::Tensor reconstruction = encodecDecoderForward(trainable, latents);
    reconstruction.pow(2).mean().backward();
    const torch::Tensor& g0 = tensors.at("audio_encoder.encoder.layers.0.conv.weight_g");
    ASSERT_TRUE(g0.grad().defined()) << "gradients must reach the weight-norm magnitudes";
    EXPECT_GT(g0.grad().abs().sum().item<float>(), 0.0f);
}

TEST(EncodecModel, RealWidthEncodesThirtySecondsQuickly) {
    torch::NoGradGuard noGrad;
    const EncodecConfig config; // facebook/encodec_32khz: num_filters 64, hidden 128, 2048 x 4 codes
    const EncodecWeights layout = makeEncodecLayout(config, "", config.numQuantizers);
    std::map<std::string, torch::Tensor> tensors;
    torch::manual_seed(5);
    for (const auto& spec : encodecTensorSpecs(layout))
        tensors[spec.key] = torch::randn(spec.shape) * 0.05;
    const EncodecModel model(encodecWeightsFromTensors(layout, tensors, true));
    const torch::Tensor audio = torch::randn({1, 1, 30 * 32000}) * 0.1;
    const auto start = std::chrono::steady_clock::now();
    const torch::Tensor codes = model.encode(audio);
    const double encodeSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const torch::Tensor decoded = model.decode(codes);
    const double totalSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(codes.sizes(), (c10::IntArrayRef{1, 4, 1500}));
    EXPECT_EQ(decoded.size(2), 30 * 32000);
    std::cout << "real width, 30 s, " << torch::get_num_threads() << " threads: encode " << encodeSeconds
              << " s, decode " << totalSeconds - encodeSeconds << " s\n";
    EXPECT_LT(encodeSeconds, 180.0) << "far slower than expected: check the BLAS in use";
}
