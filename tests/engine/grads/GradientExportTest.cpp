// GradientExport on synthetic results (no model): the .npy shapes, dtypes and values, buckets.json,
// targets.json (null codebook = summed), meta.json, the aligned-difference folder, and a readable
// error for a folder that cannot be created.
#include "engine/grads/GradientExport.h"

#include "engine/grads/GradientAggregates.h"
#include "engine/grads/GradientBuckets.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

namespace noiseloss {
namespace {

constexpr int kLayers = 2;
constexpr int kHeads = 2;
constexpr int kCodebooks = 2;

/// Two layers, two heads, two codebooks, 5 positions; value = a code of (target, layer, position).
GradientResult syntheticResult() {
    GradientResult result;
    result.alignment = Alignment::Delayed;
    result.method = GradientMethod::Fast;
    result.layers = kLayers;
    result.codebooks = kCodebooks;
    result.frames = 4;
    result.positions = 5;
    result.buckets = GradientBuckets(kLayers, kHeads, kCodebooks).describe();
    result.seconds = 1.25;
    const std::vector<GradientTarget> targets{{0, 1}, {1, 1}, {GradientTarget::kAllCodebooks, 2}};
    for (std::size_t t = 0; t < targets.size(); ++t) {
        TargetGradients gradients;
        gradients.target = targets[t];
        gradients.nll = 0.5 + static_cast<double>(t);
        gradients.lastPosition = 1 + static_cast<std::int64_t>(t);
        for (int layer = 0; layer <= kLayers; ++layer)
            for (int position = 0; position < 5; ++position)
                gradients.activationNorms.push_back(static_cast<float>(100 * t + 10 * layer + position));
        for (std::size_t bucket = 0; bucket < result.buckets.size(); ++bucket)
            gradients.parameterNorms.push_back(static_cast<float>(t) + 0.001f * static_cast<float>(bucket));
        result.targets.push_back(std::move(gradients));
    }
    return result;
}

nlohmann::json readJson(const std::filesystem::path& path) {
    std::ifstream stream(path);
    return nlohmann::json::parse(stream);
}

class GradientExportTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_folder = std::filesystem::temp_directory_path() /
                   ("noiseloss-gradient-export-" + std::to_string(::getpid()) + "-" +
                    ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(m_folder);
    }
    void TearDown() override { std::filesystem::remove_all(m_folder); }

    std::filesystem::path m_folder;
};

TEST_F(GradientExportTest, WritesNpyShapesDtypesAndValues) {
    const GradientResult result = syntheticResult();
    ModelInfo model;
    model.layers = kLayers;
    model.heads = kHeads;
    model.codebooks = kCodebooks;
    writeGradientDirectory(m_folder, result, model, {{"targets", "1:3"}});

    const NpyArray activations = readNpy(m_folder / "act_grad_norms.npy");
    EXPECT_EQ(activations.dtype, NpyArray::DType::Float32);
    EXPECT_EQ(activations.shape, (std::vector<std::int64_t>{3, kLayers + 1, 5}));
    // [target 2, layer 1, position 4] = 200 + 10 + 4
    EXPECT_FLOAT_EQ(activations.f32[static_cast<std::size_t>((2 * (kLayers + 1) + 1) * 5 + 4)], 214.0f);

    const NpyArray parameters = readNpy(m_folder / "param_grad_norms.npy");
    EXPECT_EQ(parameters.dtype, NpyArray::DType::Float32);
    const auto bucketCount = static_cast<std::int64_t>(result.buckets.size());
    EXPECT_EQ(parameters.shape, (std::vector<std::int64_t>{3, bucketCount}));
    EXPECT_FLOAT_EQ(parameters.f32[static_cast<std::size_t>(bucketCount + 7)], 1.007f);
}

TEST_F(GradientExportTest, WritesBucketsTargetsAndMeta) {
    const GradientResult result = syntheticResult();
    ModelInfo model;
    model.layers = kLayers;
    model.codebooks = kCodebooks;
    writeGradientDirectory(m_folder, result, model, {{"targets", "1:3"}});

    const nlohmann::json buckets = readJson(m_folder / "buckets.json");
    ASSERT_EQ(buckets.size(), result.buckets.size());
    const GradientBuckets index(kLayers, kHeads, kCodebooks);
    const nlohmann::json& head =
        buckets[static_cast<std::size_t>(index.attention(1, GradientBuckets::Key, 1))];
    EXPECT_EQ(head["layer"], 1);
    EXPECT_EQ(head["module"], "self_attn.k_proj");
    EXPECT_EQ(head["head"], 1);
    EXPECT_EQ(head["parameter"], result.buckets[head["index"].get<std::size_t>()].parameterKey);
    const nlohmann::json& whole = buckets[static_cast<std::size_t>(index.fc2(0))];
    EXPECT_EQ(whole["module"], "fc2");
    EXPECT_TRUE(whole["head"].is_null());
    const nlohmann::json& lmHead = buckets[static_cast<std::size_t>(index.head(1))];
    EXPECT_TRUE(lmHead["layer"].is_null());

    const nlohmann::json targets = readJson(m_folder / "targets.json");
    ASSERT_EQ(targets.size(), 3u);
    EXPECT_EQ(targets[0]["row"], 0);
    EXPECT_EQ(targets[0]["codebook"], 0);
    EXPECT_EQ(targets[1]["codebook"], 1);
    EXPECT_TRUE(targets[2]["codebook"].is_null()); // summed over codebooks
    EXPECT_EQ(targets[2]["frame"], 2);
    EXPECT_EQ(targets[2]["last_position"], 3);
    EXPECT_DOUBLE_EQ(targets[1]["nll"].get<double>(), 1.5);

    const nlohmann::json meta = readJson(m_folder / "meta.json");
    EXPECT_TRUE(meta.contains("version"));
    EXPECT_TRUE(meta.contains("git_commit"));
    EXPECT_TRUE(meta.contains("libraries"));
    EXPECT_EQ(meta["settings"]["targets"], "1:3");
    EXPECT_EQ(meta["model"]["layers"], kLayers);
    EXPECT_EQ(meta["gradients"]["method"], "fast");
    EXPECT_EQ(meta["gradients"]["alignment"], "delayed");
    EXPECT_EQ(meta["gradients"]["targets"], 3);
    EXPECT_EQ(meta["gradients"]["positions"], 5);
    EXPECT_EQ(meta["gradients"]["buckets"], result.buckets.size());
    EXPECT_DOUBLE_EQ(meta["gradients"]["seconds"].get<double>(), 1.25);
}

TEST_F(GradientExportTest, WritesAlignedDifference) {
    const GradientResult original = syntheticResult();
    GradientResult perturbed = syntheticResult();
    for (TargetGradients& target : perturbed.targets)
        for (float& value : target.activationNorms)
            value += 1.0f;
    // Perturbed frame 1 is original frame 1, frame 2 has no original (deleted neighbourhood).
    const GradientDifference difference = differenceOnAlignedTokens(perturbed, original, {0, 1, -1, 3});
    writeGradientDifference(m_folder, difference, original.buckets.size());

    const NpyArray activations = readNpy(m_folder / "act_self_diff.npy");
    EXPECT_EQ(activations.dtype, NpyArray::DType::Float32);
    EXPECT_EQ(activations.shape, (std::vector<std::int64_t>{kLayers + 1, 2}));
    for (float value : activations.f32)
        EXPECT_FLOAT_EQ(value, 1.0f);
    const NpyArray parameters = readNpy(m_folder / "param_diff.npy");
    EXPECT_EQ(parameters.shape,
              (std::vector<std::int64_t>{2, static_cast<std::int64_t>(original.buckets.size())}));
    for (float value : parameters.f32)
        EXPECT_FLOAT_EQ(value, 0.0f);
    const nlohmann::json columns = readJson(m_folder / "diff_targets.json");
    ASSERT_EQ(columns.size(), 2u);
    EXPECT_EQ(columns[0]["original_frame"], 1);
    EXPECT_EQ(columns[0]["codebook"], 0);
    EXPECT_EQ(columns[1]["codebook"], 1);
}

TEST_F(GradientExportTest, UnwritableFolderFailsWithAMessage) {
    std::filesystem::create_directories(m_folder);
    std::ofstream(m_folder / "file") << "x";
    try {
        writeGradientDirectory(m_folder / "file" / "sub", syntheticResult(), ModelInfo{}, {});
        FAIL() << "expected an error";
    } catch (const std::exception& error) {
        EXPECT_NE(std::string(error.what()).find("file"), std::string::npos) << error.what();
    }
}

} // namespace
} // namespace noiseloss
