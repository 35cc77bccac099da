// The shipped demo model (resources/models/demo) on the shipped held-out clip: it loads through
// the normal loader, predicts held-out music far better than chance, and 2 s of white noise at
// -12 dBFS from 5 s raises the loss by at least 0.5 nats over the first 10 tokens (the Peak).
#include "audio/AudioFile.h"
#include "dsp/NoiseGenerator.h"
#include "engine/MusicModel.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace noiseloss;

namespace {

const std::filesystem::path kModelDir = std::filesystem::path(NOISELOSS_SOURCE_DIR) / "resources/models/demo";
const std::filesystem::path kClip =
    std::filesystem::path(NOISELOSS_SOURCE_DIR) / "resources/demo/demo-clip-1.flac";

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

TEST(DemoModel, WhiteNoiseAtFiveSecondsGivesAPeak) {
    const auto model = MusicModel::load(kModelDir);
    const AudioBuffer clip = downmixToMono(loadAudioFile(kClip));
    ASSERT_EQ(clip.sampleRate, 32000);
    const std::vector<float> noisy = replaceWithWhiteNoise(clip.samples, 5 * 32000, 2 * 32000);
    const std::vector<float> original = model->score(model->encode(clip.samples)).meanNllPerColumn();
    const std::vector<float> perturbed = model->score(model->encode(noisy)).meanNllPerColumn();
    ASSERT_EQ(original.size(), perturbed.size());
    const std::size_t onset = 250; // 5 s at 50 frames/s
    double peak = 0.0;
    for (std::size_t t = onset; t < onset + 10; ++t)
        peak += (perturbed[t] - original[t]) / 10.0;
    EXPECT_GE(peak, 0.5) << "mean loss difference over the first 10 noise tokens: " << peak << " nats";
    double before =
        0.0; // the loss before the noise (minus the codec's ~9-token receptive field) is unchanged
    for (std::size_t t = 0; t < onset - 10; ++t)
        before += std::fabs(perturbed[t] - original[t]) / static_cast<double>(onset - 10);
    EXPECT_LT(before, 0.05);
}
