// Tests of engine/io: the strict safetensors reader (hostile files), the writer, WeightStore
// (single and sharded folders, dtype conversion, zero-copy views, weight-norm folding, hashing).
#include "engine/io/SafeTensorsFile.h"
#include "engine/io/SafeTensorsWriter.h"
#include "engine/io/WeightStore.h"
#include "util/Error.h"

#include <fstream>
#include <gtest/gtest.h>
#include <random>
#include <torch/torch.h>

using namespace noiseloss;
namespace fs = std::filesystem;

namespace {

/// A fresh empty folder under the system temp directory, removed at destruction.
class TempFolder {
public:
    TempFolder() {
        std::random_device device;
        m_path = fs::temp_directory_path() / ("noiseloss-io-test-" + std::to_string(device()));
        fs::create_directories(m_path);
    }
    ~TempFolder() { fs::remove_all(m_path); }
    const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

void writeBytes(const fs::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string lengthPrefix(std::uint64_t length) {
    std::string bytes(8, '\0');
    for (int i = 0; i < 8; ++i)
        bytes[static_cast<std::size_t>(i)] = static_cast<char>((length >> (8 * i)) & 0xff);
    return bytes;
}

/// A safetensors file with the given header text and `bufferBytes` zero bytes of data.
void writeRawSafetensors(const fs::path& path, const std::string& header, std::size_t bufferBytes) {
    writeBytes(path, lengthPrefix(header.size()) + header + std::string(bufferBytes, '\0'));
}

/// Expects SafeTensorsFile::open to throw Error whose message contains every fragment.
void expectOpenError(const fs::path& path, const std::vector<std::string>& fragments) {
    try {
        SafeTensorsFile::open(path);
        ADD_FAILURE() << "no error for " << path.filename();
    } catch (const Error& error) {
        for (const auto& fragment : fragments)
            EXPECT_NE(std::string(error.what()).find(fragment), std::string::npos)
                << "message \"" << error.what() << "\" lacks \"" << fragment << "\"";
    }
}

std::string errorOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const Error& error) {
        return error.what();
    }
    return "(no error)";
}

void writeConfig(const fs::path& folder, const std::string& text = R"({"model_type": "test"})") {
    writeBytes(folder / "config.json", text);
}

} // namespace

TEST(SafeTensorsFile, RecognisesEveryDtypeOfTheFormat) {
    const std::vector<std::pair<std::string, std::size_t>> expected{
        {"BOOL", 1}, {"U8", 1},   {"I8", 1},  {"I16", 2},     {"U16", 2},
        {"F16", 2},  {"BF16", 2}, {"I32", 4}, {"U32", 4},     {"F32", 4},
        {"F64", 8},  {"I64", 8},  {"U64", 8}, {"F8_E5M2", 1}, {"F8_E4M3", 1}};
    for (const auto& [name, size] : expected) {
        auto dtype = parseSafeTensorsDtype(name);
        ASSERT_TRUE(dtype.has_value()) << name;
        EXPECT_EQ(safeTensorsDtypeName(*dtype), name);
        EXPECT_EQ(safeTensorsDtypeSize(*dtype), size) << name;
    }
    EXPECT_FALSE(parseSafeTensorsDtype("F33").has_value());
    EXPECT_FALSE(parseSafeTensorsDtype("f32").has_value());
}

TEST(SafeTensorsFile, WriterOutputReadsBackWithMetadataAndAlignment) {
    TempFolder folder;
    const auto path = folder.path() / "model.safetensors";
    std::map<std::string, torch::Tensor> tensors{
        {"b.bias", torch::arange(3, torch::kFloat)},
        {"a.weight", torch::arange(6, torch::kFloat).reshape({2, 3}) - 2.5}};
    saveSafetensors(path, tensors, SafeTensorsDtype::F32, {{"format", "pt"}});
    auto file = SafeTensorsFile::open(path);
    ASSERT_EQ(file->entries().size(), 2u);
    const SafeTensorsEntry* weight = file->find("a.weight");
    ASSERT_NE(weight, nullptr);
    EXPECT_EQ(weight->shape, (std::vector<std::int64_t>{2, 3}));
    EXPECT_EQ(weight->endByte - weight->beginByte, 24u);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(file->data(*weight)) % 8, 0u)
        << "data buffer must be 8-aligned";
    float values[6];
    std::memcpy(values, file->data(*weight), sizeof values);
    EXPECT_FLOAT_EQ(values[0], -2.5f);
    EXPECT_FLOAT_EQ(values[5], 2.5f);
    EXPECT_EQ(file->metadata().at("format"), "pt");
    EXPECT_EQ(file->find("missing"), nullptr);
    EXPECT_FALSE(fs::exists(folder.path() / "model.safetensors.partial"));
}

TEST(SafeTensorsFile, RejectsHostileFilesWithMessagesNamingFileAndTensor) {
    TempFolder folder;
    const auto path = folder.path() / "model.safetensors";
    const std::string good = R"("w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]})";

    writeBytes(path, "abc");
    expectOpenError(path, {"model.safetensors", "too short"});
    writeBytes(path, lengthPrefix(20) + "{}");
    expectOpenError(path, {"model.safetensors", "header length 20", "exceeds"});
    writeBytes(path, lengthPrefix(200ull * 1024 * 1024) + "{}");
    expectOpenError(path, {"model.safetensors", "100 MB"});
    writeRawSafetensors(path, "{\"w\": {\"dtype\": ", 8);
    expectOpenError(path, {"model.safetensors", "not valid JSON"});
    writeRawSafetensors(path, "[1, 2]", 0);
    expectOpenError(path, {"not an object"});
    writeRawSafetensors(path, std::string(5000, '[') + std::string(5000, ']'), 0);
    expectOpenError(path, {"nested too deeply"});
    writeRawSafetensors(path, R"({"w":{"dtype":"F33","shape":[2],"data_offsets":[0,8]}})", 8);
    expectOpenError(path, {"model.safetensors", "tensor w", "unknown dtype \"F33\""});
    writeRawSafetensors(path, R"({"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", 8);
    expectOpenError(path, {"tensor w", "shape [3] x F32 needs 12 bytes", "hold 8"});
    writeRawSafetensors(path, R"({"w":{"dtype":"F32","shape":[4294967296,4294967296],"data_offsets":[0,8]}})",
                        8);
    expectOpenError(path, {"tensor w", "more than 2^64"});
    writeRawSafetensors(path, R"({"w":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", 8);
    expectOpenError(path, {"tensor w", "non-negative"});
    writeRawSafetensors(
        path, R"({"decoder.lm_heads.3.weight":{"dtype":"F32","shape":[4],"data_offsets":[8,24]}})", 16);
    expectOpenError(path,
                    {"model.safetensors: tensor decoder.lm_heads.3.weight: data_offsets [8, 24] exceed the "
                     "16-byte buffer"});
    writeRawSafetensors(path, R"({"w":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}})", 8);
    expectOpenError(path, {"tensor w", "end before they begin"});
    writeRawSafetensors(path, "{" + good + R"(,"x":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})", 12);
    expectOpenError(path, {"tensor x", "overlap tensor w"});
    writeRawSafetensors(path, "{" + good + R"(,"x":{"dtype":"F32","shape":[1],"data_offsets":[12,16]}})", 16);
    expectOpenError(path, {"tensor x", "gap"});
    writeRawSafetensors(path, R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", 8);
    expectOpenError(path, {"tensor w", "gap"});
    writeRawSafetensors(path, "{" + good + "}", 12);
    expectOpenError(path, {"cover 8 bytes of the 12-byte data buffer"});
    writeRawSafetensors(path, R"({"w":{"dtype":"F32","shape":[2]}})", 8);
    expectOpenError(path, {"tensor w", "data_offsets"});
    writeRawSafetensors(path, "{" + good + R"(,"__metadata__":{"a":1}})", 8);
    expectOpenError(path, {"__metadata__"});
    expectOpenError(folder.path() / "absent.safetensors", {"absent.safetensors", "cannot open"});

    writeRawSafetensors(path, "{" + good + R"(,"__metadata__":{"a":"b"}})", 8);
    EXPECT_NO_THROW(SafeTensorsFile::open(path));
}

TEST(SafeTensorsFile, SurvivesRandomCorruptionWithoutCrashing) {
    TempFolder folder;
    const auto path = folder.path() / "model.safetensors";
    saveSafetensors(path, {{"a", torch::ones({3, 4})}, {"b", torch::zeros({5})}});
    std::ifstream in(path, std::ios::binary);
    const std::string original((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::mt19937 random(7);
    int rejected = 0;
    for (int trial = 0; trial < 300; ++trial) {
        std::string bytes = original;
        const auto position = random() % bytes.size();
        bytes[position] = static_cast<char>(random());
        if (trial % 3 == 0)
            bytes.resize(random() % bytes.size());
        writeBytes(path, bytes);
        try {
            SafeTensorsFile::open(path);
        } catch (const Error&) {
            ++rejected;
        }
    }
    EXPECT_GT(rejected, 100);
}

TEST(WeightStore, ConvertsHalfAndBFloat16AndChecksShapes) {
    TempFolder folder;
    writeConfig(folder.path());
    const torch::Tensor exact = torch::tensor({0.5f, -1.25f, 3.0f, 1024.0f}).reshape({2, 2});
    const torch::Tensor rounded = torch::tensor({1.1f, -0.3f});
    saveSafetensors(folder.path() / "model.safetensors", {{"exact", exact}, {"rounded", rounded}},
                    SafeTensorsDtype::F16);
    WeightStore half = WeightStore::open(folder.path());
    EXPECT_EQ(SafeTensorsFile::open(folder.path() / "model.safetensors")->find("exact")->dtype,
              SafeTensorsDtype::F16);
    torch::Tensor readExact = half.get("exact", {2, 2});
    EXPECT_EQ(readExact.scalar_type(), torch::kFloat);
    EXPECT_TRUE(readExact.is_contiguous());
    EXPECT_TRUE(torch::equal(readExact, exact));
    EXPECT_NEAR(half.get("rounded")[0].item<float>(), 1.1f, 1e-3);
    EXPECT_NE(half.get("rounded")[0].item<float>(), 1.1f) << "F16 cannot hold 1.1 exactly: was it converted?";

    saveSafetensors(folder.path() / "model.safetensors", {{"exact", exact}, {"rounded", rounded}},
                    SafeTensorsDtype::BF16);
    WeightStore bf16 = WeightStore::open(folder.path());
    EXPECT_TRUE(torch::equal(bf16.get("exact"), exact));
    EXPECT_NEAR(bf16.get("rounded")[1].item<float>(), -0.3f, 2e-3);

    const std::string message = errorOf([&] { bf16.get("exact", {4, 1}); });
    EXPECT_NE(message.find("model.safetensors: tensor exact has shape [2, 2], expected [4, 1]"),
              std::string::npos)
        << message;
    EXPECT_NO_THROW(bf16.get("exact", {-1, 2}));
    EXPECT_NE(errorOf([&] { bf16.get("decoder.absent"); }).find("tensor decoder.absent is missing"),
              std::string::npos);
}

TEST(WeightStore, Float32IsAZeroCopyViewThatOutlivesTheStore) {
    TempFolder folder;
    writeConfig(folder.path());
    const torch::Tensor original = torch::randn({64, 16});
    saveSafetensors(folder.path() / "model.safetensors", {{"w", original}, {"z", torch::zeros({3})}});
    torch::Tensor view;
    {
        WeightStore store = WeightStore::open(folder.path());
        view = store.get("w");
        EXPECT_EQ(store.get("w").data_ptr(), view.data_ptr()) << "F32 weights must not be copied";
        EXPECT_EQ(store.keys(), (std::vector<std::string>{"w", "z"}));
        EXPECT_TRUE(store.contains("z"));
        EXPECT_FALSE(store.contains("y"));
    }
    fs::remove(folder.path() / "model.safetensors");
    EXPECT_TRUE(torch::equal(view, original)) << "the mapping must live as long as the view";
}

TEST(WeightStore, LoadsShardsThroughTheIndexAndValidatesIt) {
    TempFolder folder;
    writeConfig(folder.path());
    saveSafetensors(folder.path() / "model-00001-of-00002.safetensors", {{"a", torch::ones({2})}});
    saveSafetensors(folder.path() / "model-00002-of-00002.safetensors", {{"b", torch::full({3}, 2.0f)}});
    const auto index = folder.path() / "model.safetensors.index.json";
    writeBytes(index, R"({"metadata": {}, "weight_map": {"a": "model-00001-of-00002.safetensors",
                                                        "b": "model-00002-of-00002.safetensors"}})");
    WeightStore store = WeightStore::open(folder.path());
    EXPECT_EQ(store.keys(), (std::vector<std::string>{"a", "b"}));
    EXPECT_FLOAT_EQ(store.get("b", {3})[2].item<float>(), 2.0f);
    EXPECT_FLOAT_EQ(store.get("a")[0].item<float>(), 1.0f);

    writeBytes(index, R"({"weight_map": {"a": "model-00002-of-00002.safetensors",
                                         "b": "model-00002-of-00002.safetensors"}})");
    EXPECT_NE(errorOf([&] { WeightStore::open(folder.path()); }).find("weight_map says tensor a is in"),
              std::string::npos);
    writeBytes(index, R"({"weight_map": {"a": "model-00003-of-00003.safetensors"}})");
    EXPECT_NE(errorOf([&] { WeightStore::open(folder.path()); }).find("model-00003-of-00003.safetensors"),
              std::string::npos);
    writeBytes(index, R"({"weight_map": {"a": "../model-00001-of-00002.safetensors"}})");
    EXPECT_NE(errorOf([&] { WeightStore::open(folder.path()); }).find("only plain file names"),
              std::string::npos);
    saveSafetensors(folder.path() / "model-00002-of-00002.safetensors", {{"a", torch::ones({2})}});
    writeBytes(index, R"({"weight_map": {"a": "model-00001-of-00002.safetensors",
                                         "b": "model-00002-of-00002.safetensors"}})");
    EXPECT_NE(errorOf([&] { WeightStore::open(folder.path()); }).find("tensor a is also in"),
              std::string::npos);
    writeBytes(index, R"({"weights": {}})");
    EXPECT_NE(errorOf([&] { WeightStore::open(folder.path()); }).find("weight_map"), std::string::npos);
}

TEST(WeightStore, ExplainsMissingFiles) {
    TempFolder folder;
    EXPECT_NE(errorOf([&] { WeightStore::open(folder.path()); }).find("config.json"), std::string::npos);
    writeConfig(folder.path(), "{not json");
    EXPECT_NE(errorOf([&] { WeightStore::open(folder.path()); }).find("config.json: not a valid JSON object"),
              std::string::npos);
    writeConfig(folder.path());
    writeBytes(folder.path() / "pytorch_model.bin", "pickle");
    const std::string message = errorOf([&] { WeightStore::open(folder.path()); });
    EXPECT_NE(message.find("neither model.safetensors"), std::string::npos) << message;
    EXPECT_NE(message.find("pickle"), std::string::npos) << message;
    EXPECT_NE(errorOf([&] { WeightStore::open(folder.path() / "absent"); }).find("does not exist"),
              std::string::npos);
}

TEST(WeightStore, FoldsWeightNormForBothSpellingsAndTransposedConvs) {
    TempFolder folder;
    writeConfig(folder.path());
    torch::manual_seed(3);
    // Conv1d [out 5, in 3, k 4] and ConvTranspose1d [in 6, out 2, k 3]: g runs over dim 0.
    const torch::Tensor convV = torch::randn({5, 3, 4}), convG = torch::rand({5, 1, 1}) + 0.5;
    const torch::Tensor transV = torch::randn({6, 2, 3}), transG = torch::rand({6, 1, 1}) + 0.5;
    const torch::Tensor plain = torch::randn({2, 2, 1});
    saveSafetensors(folder.path() / "model.safetensors",
                    {{"enc.conv.weight_g", convG},
                     {"enc.conv.weight_v", convV},
                     {"dec.conv.parametrizations.weight.original0", transG},
                     {"dec.conv.parametrizations.weight.original1", transV},
                     {"out.conv.weight", plain},
                     {"bad.conv.weight_g", torch::ones({4, 1, 1})},
                     {"bad.conv.weight_v", convV}});
    WeightStore store = WeightStore::open(folder.path());
    auto expectFolded = [](const torch::Tensor& folded, const torch::Tensor& g, const torch::Tensor& v) {
        ASSERT_EQ(folded.sizes(), v.sizes());
        auto a = v.accessor<float, 3>();
        for (int i = 0; i < v.size(0); ++i) {
            double sum = 0;
            for (int j = 0; j < v.size(1); ++j)
                for (int k = 0; k < v.size(2); ++k)
                    sum += double(a[i][j][k]) * a[i][j][k];
            for (int j = 0; j < v.size(1); ++j)
                for (int k = 0; k < v.size(2); ++k)
                    EXPECT_NEAR(folded[i][j][k].item<float>(),
                                g[i][0][0].item<float>() * a[i][j][k] / std::sqrt(sum), 1e-5);
        }
    };
    expectFolded(store.getWeightNormed("enc.conv"), convG, convV);
    expectFolded(store.getWeightNormed("dec.conv"), transG, transV);
    EXPECT_TRUE(torch::equal(store.getWeightNormed("out.conv"), plain));
    EXPECT_NE(
        errorOf([&] { store.getWeightNormed("bad.conv"); }).find("g has 4 values but direction v has 5"),
        std::string::npos);
    const std::string missing = errorOf([&] { store.getWeightNormed("none.conv"); });
    EXPECT_NE(missing.find("none.conv.weight_g"), std::string::npos) << missing;
    EXPECT_NE(missing.find("none.conv.parametrizations.weight.original0"), std::string::npos) << missing;
}

TEST(WeightStore, ConfigHashIsStableAndSensitive) {
    TempFolder folder;
    writeConfig(folder.path(), "{}");
    saveSafetensors(folder.path() / "model.safetensors", {{"a", torch::ones({1})}});
    const std::string first = WeightStore::open(folder.path()).configHash();
    EXPECT_EQ(first.size(), 16u);
    EXPECT_EQ(WeightStore::open(folder.path()).configHash(), first);
    writeConfig(folder.path(), "{ }");
    EXPECT_NE(WeightStore::open(folder.path()).configHash(), first);
    // FNV-1a 64 of the two bytes "{}" (computed independently).
    EXPECT_EQ(first, "08f44b07b5901a25");
}

TEST(WeightStore, OpensTheTinyMusicgenFixture) {
    WeightStore store = WeightStore::open(fs::path(NOISELOSS_TEST_DATA_DIR) / "tiny-musicgen");
    EXPECT_EQ(store.config().at("model_type"), "musicgen");
    EXPECT_TRUE(store.contains("decoder.lm_heads.3.weight"));
    EXPECT_TRUE(store.contains("audio_encoder.encoder.layers.0.conv.weight_g"));
    EXPECT_EQ(store.get("decoder.lm_heads.3.weight").sizes(), (c10::IntArrayRef{64, 32}));
    for (const auto& key : store.keys())
        EXPECT_NE(key.rfind("text_encoder.", 0), 0u) << "fixture has no text encoder weights";
}
