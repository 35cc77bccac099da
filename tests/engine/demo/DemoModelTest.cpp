// The shipped demo model (resources/models/demo) on the shipped held-out clips: it loads through
// the normal loader, predicts held-out music far better than chance, and 2 s of white noise at
// -12 dBFS from 5 s raises the loss: by at least 0.5 nats over the first 10 tokens (the Peak) on
// clip 2, and over the whole noise span on both clips. Clip 1's own music is surprising right at
// 5 s (original loss ~5 nats at tokens 249-253), so its first 10 noise tokens rise only ~0.4
// nats; docs/demo-model.md reports the condition on 12 held-out clips (10 meet it).
#include "audio/AudioFile.h"
#include "dsp/NoiseGenerator.h"
#include "engine/MusicModel.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace noiseloss;

namespace {

const std::filesystem::path kModelDir = std::filesystem::path(NOISELOSS_SOURCE_DIR) / "resources/models/demo";
const std::filesystem::path kDemoDir = std::filesystem::path(NOISELOSS_SOURCE_DIR) / "resources/demo";
const std::filesystem::path kClip = kDemoDir / "demo-clip-1.flac";
constexpr std::size_t kOnset = 250;       // 5 s at 50 frames/s
constexpr std::size_t kNoiseTokens = 100; // 2 s

struct NoiseResponse {
    double firstTenTokens = 0.0; ///< mean D over [onset, onset + 10)
    double noiseSpan = 0.0;      ///< mean D over the noise span
    double beforeOnset = 0.0;    ///< mean |D| before onset - 10 (the codec's receptive field)
};

std::vector<float> replaceWithWhiteNoise(std::vector<float> samples, std::size_t begin, std::size_t count) {
    NoiseParams params;
    params.color = NoiseColor::White;
    params.method = NoiseMethod::NoiseLoss;
    params.seed = 12345;
    const std::vector<float> noise = generateNoise(count, params);
    const double gain = dbToGain(-12.0);
    for (std::size_t i = 0; i < count; ++i)
        samples[begin + i] = static_cast<float>(gain * noise[i]);
    return samples;
}

} // namespace

TEST(DemoModel, LoadsAndPredictsHeldOutMusicBetterThanChance) {
    const auto model = MusicModel::load(kModelDir);
    ASSERT_TRUE(model->info().hasCodec);
    ASSERT_TRUE(model->info().hasLanguageModel);
    EXPECT_EQ(model->info().sampleRate, 32000);
    EXPECT_EQ(model->info().hopSamples, 640);
    const AudioBuffer clip = downmixToMono(loadAudioFile(kClip));
    const ScoreResult score = model->score(model->encode(clip.samples));
    const double uniform = std::log(static_cast<double>(model->info().codebookSize));
    EXPECT_LT(score.meanNll(), uniform - 1.0) << "mean NLL " << score.meanNll() << " vs uniform " << uniform;
}

namespace {

NoiseResponse whiteNoiseResponse(const MusicModel& model, const std::filesystem::path& clipPath) {
    const AudioBuffer clip = downmixToMono(loadAudioFile(clipPath));
    EXPECT_EQ(clip.sampleRate, 32000);
    const std::vector<float> noisy = replaceWithWhiteNoise(clip.samples, 5 * 32000, 2 * 32000);
    const std::vector<float> original = model.score(model.encode(clip.samples)).meanNllPerColumn();
    const std::vector<float> perturbed = model.score(model.encode(noisy)).meanNllPerColumn();
    EXPECT_EQ(original.size(), perturbed.size());
    EXPECT_GT(original.size(), kOnset + kNoiseTokens);
    NoiseResponse response;
    for (std::size_t t = kOnset; t < kOnset + 10; ++t)
        response.firstTenTokens += (perturbed[t] - original[t]) / 10.0;
    for (std::size_t t = kOnset; t < kOnset + kNoiseTokens; ++t)
        response.noiseSpan += (perturbed[t] - original[t]) / static_cast<double>(kNoiseTokens);
    for (std::size_t t = 0; t < kOnset - 10; ++t)
        response.beforeOnset += std::fabs(perturbed[t] - original[t]) / static_cast<double>(kOnset - 10);
    return response;
}

} // namespace

TEST(DemoModel, WhiteNoiseAtFiveSecondsGivesAPeak) {
    const auto model = MusicModel::load(kModelDir);
    const NoiseResponse response = whiteNoiseResponse(*model, kDemoDir / "demo-clip-2.flac");
    EXPECT_GE(response.firstTenTokens, 0.5)
        << "mean loss difference over the first 10 noise tokens: " << response.firstTenTokens << " nats";
    EXPECT_LT(response.beforeOnset, 0.05);
}

TEST(DemoModel, WhiteNoiseRaisesTheLossOverTheNoiseSpanOfBothClips) {
    const auto model = MusicModel::load(kModelDir);
    for (const char* name : {"demo-clip-1.flac", "demo-clip-2.flac"}) {
        const NoiseResponse response = whiteNoiseResponse(*model, kDemoDir / name);
        EXPECT_GE(response.noiseSpan, 0.5) << name << ": mean loss difference over the noise span";
        EXPECT_LT(response.beforeOnset, 0.05) << name;
    }
}
