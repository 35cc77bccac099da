// Scoring against the Python reference (tests/reference/musicgen_reference.py), oneDNN vs plain,
// incremental re-scoring with the KV cache, cancellation, score directory export.
#include "engine/MusicModel.h"
#include "engine/ScoreExport.h"
#include "engine/lm/DecoderForward.h"
#include "engine/lm/DelayPattern.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <fstream>
#include <gtest/gtest.h>

namespace noiseloss {
namespace {

const std::filesystem::path kTiny = std::filesystem::path(NOISELOSS_TEST_DATA_DIR) / "tiny-musicgen";
const std::filesystem::path kExpected = kTiny / "expected";

CodeMatrix codesFromNpy(const std::filesystem::path& path) {
    const NpyArray array = readNpy(path);
    CodeMatrix codes;
    codes.codebooks = static_cast<int>(array.shape[array.shape.size() - 2]);
    codes.frames = array.shape.back();
    codes.codes = array.i64;
    return codes;
}

std::shared_ptr<const MusicModel> tinyModel(bool oneDnn) {
    EngineOptions options;
    options.oneDnnLinear = oneDnn;
    return MusicModel::load(kTiny, options);
}

float maxAbsDiff(const std::vector<float>& a, const std::vector<float>& b) {
    EXPECT_EQ(a.size(), b.size());
    float worst = 0.0f;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]));
    return worst;
}

class ReferenceScores : public ::testing::TestWithParam<bool> {};

TEST_P(ReferenceScores, DelayedMatchesPythonReference) {
    const auto model = tinyModel(GetParam());
    const CodeMatrix codes = codesFromNpy(kExpected / "lm_codes.npy");
    const ScoreResult result = model->score(codes);
    EXPECT_EQ(result.columns, 90);
    EXPECT_EQ(result.firstFrame, 0);
    EXPECT_LE(maxAbsDiff(result.nll, readNpy(kExpected / "lm_nll_delayed.npy").f32), 1e-4f);
    EXPECT_LE(maxAbsDiff(result.entropy, readNpy(kExpected / "lm_entropy_delayed.npy").f32), 1e-4f);
    const auto rank = readNpy(kExpected / "lm_rank_delayed.npy").i64;
    const auto top5 = readNpy(kExpected / "lm_top5_delayed.npy").i64;
    ASSERT_EQ(result.rank.size(), rank.size());
    ASSERT_EQ(result.top5.size(), top5.size());
    int rankMismatches = 0, topMismatches = 0;
    for (std::size_t i = 0; i < rank.size(); ++i)
        rankMismatches += result.rank[i] != rank[i];
    for (std::size_t i = 0; i < top5.size(); ++i)
        topMismatches += result.top5[i] != top5[i];
    EXPECT_LE(rankMismatches, 2); // float32 vs float64 near-ties only
    EXPECT_LE(topMismatches, 4);
}

TEST_P(ReferenceScores, NoiseLossAlignmentMatchesPythonReference) {
    const auto model = tinyModel(GetParam());
    ScoreParams params;
    params.alignment = Alignment::NoiseLoss;
    params.computeTop5 = false;
    const ScoreResult result = model->score(codesFromNpy(kExpected / "lm_codes.npy"), params);
    EXPECT_EQ(result.columns, 89);
    EXPECT_EQ(result.firstFrame, 1);
    EXPECT_TRUE(result.top5.empty());
    EXPECT_LE(maxAbsDiff(result.nll, readNpy(kExpected / "lm_nll_noiseloss.npy").f32), 1e-4f);
    EXPECT_LE(maxAbsDiff(result.entropy, readNpy(kExpected / "lm_entropy_noiseloss.npy").f32), 1e-4f);
}

TEST_P(ReferenceScores, CodecFixtureCodesMatch) {
    const ScoreResult result = tinyModel(GetParam())->score(codesFromNpy(kExpected / "codes.npy"));
    EXPECT_LE(maxAbsDiff(result.nll, readNpy(kExpected / "lm_codec_nll_delayed.npy").f32), 1e-4f);
}

INSTANTIATE_TEST_SUITE_P(PlainAndOneDnn, ReferenceScores, ::testing::Values(false, true));

TEST(Scoring, RawLogitsMatchReferenceAtChosenPositions) {
    const auto model = tinyModel(false);
    const CodeMatrix codes = codesFromNpy(kExpected / "lm_codes.npy");
    const torch::Tensor tensor = torch::tensor(codes.codes).view({codes.codebooks, codes.frames});
    c10::InferenceMode guard;
    const torch::Tensor input = delayedScoringInput(tensor, 64).unsqueeze(0);
    const torch::Tensor logits =
        decoderLogits(*model->decoderWeights(),
                      decoderHidden(*model->decoderWeights(), *model->decoderConfig(), input))
            .squeeze(0);
    const NpyArray expected = readNpy(kExpected / "lm_logits_delayed.npy");
    const torch::Tensor reference = torch::tensor(expected.f32).view({4, 3, 64});
    const torch::Tensor picked = logits.index_select(1, torch::tensor(std::vector<std::int64_t>{0, 40, 92}));
    EXPECT_LE((picked - reference).abs().max().item<float>(), 1e-4f);
}

TEST(Scoring, OneDnnEqualsPlainPath) {
    const CodeMatrix codes = codesFromNpy(kExpected / "lm_codes.npy");
    const ScoreResult plain = tinyModel(false)->score(codes);
    const ScoreResult fast = tinyModel(true)->score(codes);
    EXPECT_LE(maxAbsDiff(plain.nll, fast.nll), 1e-4f);
    EXPECT_LE(maxAbsDiff(plain.entropy, fast.entropy), 1e-4f);
}

void expectCachedEqualsFull(const MusicModel& model, ScoreCache& cache, const CodeMatrix& codes,
                            const ScoreParams& params, std::int64_t expectedReuse) {
    const ScoreResult incremental = model.score(codes, params, {}, &cache);
    const ScoreResult full = model.score(codes, params);
    EXPECT_EQ(cache.reusedPositions(), expectedReuse);
    EXPECT_EQ(incremental.columns, full.columns);
    EXPECT_LE(maxAbsDiff(incremental.nll, full.nll), 1e-4f);
    EXPECT_LE(maxAbsDiff(incremental.entropy, full.entropy), 1e-4f);
}

TEST(ScoreCache, IncrementalRescoringEqualsFullScore) {
    for (const bool oneDnn : {false, true}) {
        const auto model = tinyModel(oneDnn);
        CodeMatrix codes = codesFromNpy(kExpected / "lm_codes.npy");
        ScoreCache cache;
        const ScoreParams params;
        expectCachedEqualsFull(*model, cache, codes, params, 0);
        EXPECT_EQ(cache.computedPositions(), 93);
        expectCachedEqualsFull(*model, cache, codes, params, 93);       // unchanged: nothing recomputed
        codes.codes[2 * 90 + 50] = (codes.codes[2 * 90 + 50] + 1) % 64; // C[2, 50] sits at input 50+1+2
        expectCachedEqualsFull(*model, cache, codes, params, 53);
        EXPECT_EQ(cache.computedPositions(), 40);
        CodeMatrix shorter = codes; // a deletion of the tail
        shorter.frames = 70;
        shorter.codes.clear();
        for (int k = 0; k < 4; ++k)
            for (int t = 0; t < 70; ++t)
                shorter.codes.push_back(codes.at(k, t));
        expectCachedEqualsFull(*model, cache, shorter, params, 71); // common prefix of both inputs
        ScoreParams noiseLoss;
        noiseLoss.alignment = Alignment::NoiseLoss;
        expectCachedEqualsFull(*model, cache, codes, noiseLoss, 0); // other alignment: full run
        codes.codes[0 * 90 + 30] = (codes.codes[30] + 7) % 64;
        expectCachedEqualsFull(*model, cache, codes, noiseLoss, 30);
    }
}

TEST(Scoring, CancellationAndBadInput) {
    const auto model = tinyModel(true);
    const CodeMatrix codes = codesFromNpy(kExpected / "lm_codes.npy");
    std::atomic<bool> cancel{true};
    RunControl control;
    control.cancel = &cancel;
    EXPECT_THROW(model->score(codes, {}, control), Cancelled);
    CodeMatrix bad = codes;
    bad.codes[5] = 64; // the pad id is not a code
    EXPECT_THROW(model->score(bad), Error);
    bad = codes;
    bad.codebooks = 2;
    bad.codes.resize(2 * 90);
    EXPECT_THROW(model->score(bad), Error);
    std::vector<std::pair<std::string, double>> progress;
    control.cancel = nullptr;
    control.progress = [&](const std::string& stage, double fraction) {
        progress.emplace_back(stage, fraction);
    };
    model->score(codes, {}, control);
    ASSERT_FALSE(progress.empty());
    EXPECT_EQ(progress.back().first, "score");
    EXPECT_DOUBLE_EQ(progress.back().second, 1.0);
}

TEST(MusicModelLoad, InfoAndDeviceErrors) {
    const auto model = tinyModel(true);
    EXPECT_EQ(model->info().modelType, "musicgen");
    EXPECT_TRUE(model->info().hasLanguageModel);
    EXPECT_EQ(model->info().layers, 2);
    EXPECT_EQ(model->info().codebookSize, 64);
    EXPECT_EQ(model->info().configHash.size(), 16u);
    EngineOptions options;
    options.device = "tpu";
    EXPECT_THROW(MusicModel::load(kTiny, options), Error);
    if (!torch::cuda::is_available()) {
        options.device = "cuda";
        try {
            MusicModel::load(kTiny, options);
            FAIL();
        } catch (const Error& error) {
            EXPECT_NE(std::string(error.what()).find("CUDA"), std::string::npos);
        }
    }
}

TEST(ScoreExport, WritesTheScoreDirectoryLayout) {
    const auto model = tinyModel(true);
    const CodeMatrix codes = codesFromNpy(kExpected / "lm_codes.npy");
    ScoreParams params;
    params.alignment = Alignment::NoiseLoss;
    const ScoreResult result = model->score(codes, params);
    const auto folder = std::filesystem::temp_directory_path() / "noiseloss-lm-export";
    std::filesystem::remove_all(folder);
    writeScoreDirectory(folder, codes, result, model->info(), {{"alignment", "noiseloss"}});
    const NpyArray savedCodes = readNpy(folder / "codes.npy");
    EXPECT_EQ(savedCodes.shape, (std::vector<std::int64_t>{4, 90}));
    EXPECT_EQ(savedCodes.i64, codes.codes);
    const NpyArray nll = readNpy(folder / "nll.npy");
    EXPECT_EQ(nll.shape, (std::vector<std::int64_t>{4, 89}));
    EXPECT_EQ(nll.f32, result.nll);
    EXPECT_EQ(readNpy(folder / "entropy.npy").f32, result.entropy);
    std::ifstream summaryFile(folder / "summary.json");
    const auto summary = nlohmann::json::parse(summaryFile);
    EXPECT_NEAR(summary["mean_nll"].get<double>(), result.meanNll(), 1e-9);
    EXPECT_EQ(summary["T"], 90);
    EXPECT_EQ(summary["K"], 4);
    EXPECT_EQ(summary["alignment"], "noiseloss");
    EXPECT_EQ(summary["frame_rate"], 50.0);
    double perCodebookMean = 0.0;
    for (const auto& value : summary["mean_nll_per_codebook"])
        perCodebookMean += value.get<double>() / 4.0;
    EXPECT_NEAR(perCodebookMean, result.meanNll(), 1e-6);
    std::ifstream metaFile(folder / "meta.json");
    const auto meta = nlohmann::json::parse(metaFile);
    EXPECT_EQ(meta["model"]["config_hash"], model->info().configHash);
    EXPECT_FALSE(meta["libraries"]["torch"].get<std::string>().empty());
    EXPECT_FALSE(meta["git_commit"].get<std::string>().empty());
    const auto perColumn = result.meanNllPerColumn();
    EXPECT_NEAR(perColumn[3], (result.nllAt(0, 3) + result.nllAt(1, 3) + result.nllAt(2, 3) + result.nllAt(3, 3)) / 4,
                1e-6);
}

TEST(MusicModelCodec, EncodeDecodeMatchCodecFixture) {
    const auto model = tinyModel(true);
    ASSERT_TRUE(model->info().hasCodec);
    EXPECT_EQ(model->info().hopSamples, 640);
    const NpyArray clip = readNpy(kTiny / "clip.npy");
    const CodeMatrix codes = model->encode(clip.f32);
    EXPECT_EQ(codes, codesFromNpy(kExpected / "codes.npy"));
    const std::vector<float> audio = model->decode(codes);
    EXPECT_EQ(audio.size(), 65u * 640u);
}

} // namespace
} // namespace noiseloss
