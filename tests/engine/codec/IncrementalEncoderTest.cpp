// EnCodec encoding with an EncodeCache: re-encoding an edited clip recomputes only the frames after
// the unchanged prefix and gives the codes of a full encode.
#include "engine/codec/IncrementalEncoder.h"

#include "engine/codec/EncodecForward.h"
#include "engine/codec/EncodecModel.h"

#include <cmath>
#include <gtest/gtest.h>
#include <random>
#include <torch/torch.h>

using namespace noiseloss;

namespace {

const std::filesystem::path kFixture = std::filesystem::path(NOISELOSS_TEST_DATA_DIR) / "tiny-musicgen";

const EncodecModel& tinyModel() {
    static const EncodecModel model = EncodecModel::load(kFixture);
    return model;
}

/// `seconds` of a chord with a slow vibrato and a little noise at 32 kHz (deterministic).
std::vector<float> testClip(double seconds) {
    std::mt19937 random(11);
    std::normal_distribution<float> noise(0.0f, 0.02f);
    std::vector<float> samples(static_cast<std::size_t>(seconds * 32000));
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const double time = static_cast<double>(i) / 32000.0;
        const double vibrato = 1.0 + 0.01 * std::sin(2 * M_PI * 0.7 * time);
        samples[i] = static_cast<float>(0.3 * std::sin(2 * M_PI * 220 * vibrato * time) +
                                        0.2 * std::sin(2 * M_PI * 331 * time)) +
                     noise(random);
    }
    return samples;
}

torch::Tensor fullEncode(const std::vector<float>& samples) {
    const torch::Tensor audio =
        torch::from_blob(const_cast<float*>(samples.data()),
                         {1, 1, static_cast<std::int64_t>(samples.size())}, torch::kFloat32);
    return tinyModel().encode(audio);
}

void addNoise(std::vector<float>& samples, double fromSeconds, double toSeconds, unsigned seed) {
    std::mt19937 random(seed);
    std::normal_distribution<float> noise(0.0f, 0.3f);
    for (auto i = static_cast<std::size_t>(fromSeconds * 32000);
         i < static_cast<std::size_t>(toSeconds * 32000); ++i)
        samples[i] = noise(random);
}

} // namespace

TEST(IncrementalEncoder, EditedClipsGiveTheCodesOfAFullEncode) {
    // 14 s = 700 frames: longer than one front-end chunk (500 frames), so the tail re-encode
    // crosses a chunk boundary too.
    const EncodecWeights& weights = tinyModel().weights();
    std::vector<float> clip = testClip(14.0);
    EncodeCacheState cache;
    const torch::Tensor first = encodeWithCache(weights, clip, cache);
    EXPECT_TRUE(torch::equal(first, fullEncode(clip)));
    EXPECT_EQ(cache.reusedFrames, 0);
    EXPECT_EQ(cache.computedFrames, 700);
    EXPECT_EQ(cache.lstmCheckpoints.size(), 7u); // before frames 0, 100, ..., 600

    // An edit at 70 % (frame 490): the front end restarts at frame 490 - 32 = 458, the LSTM at the
    // checkpoint before it (400), the output convolution 7 frames before that.
    addNoise(clip, 9.8, 11.0, 3);
    const torch::Tensor edited = encodeWithCache(weights, clip, cache);
    EXPECT_EQ(cache.reusedFrames, 393);
    EXPECT_EQ(cache.computedFrames, 307);
    EXPECT_TRUE(torch::equal(edited, fullEncode(clip)));
    EXPECT_FALSE(torch::equal(edited, first)); // the edit changed codes
    // The stored activations are those of the edited clip, so the next edit can build on them.
    torch::NoGradGuard noGrad;
    const torch::Tensor audio = torch::from_blob(clip.data(), {1, 1, 14 * 32000}, torch::kFloat32);
    const torch::Tensor frontEnd = encodecEncoderFrontEnd(weights, audio, 0, 0);
    EXPECT_LT((cache.frontEnd - frontEnd).abs().max().item<float>(), 1e-4);
    EXPECT_LT((cache.lstmOutput - encodecLstm(weights.encoderLstm, frontEnd)).abs().max().item<float>(),
              1e-4);

    // A second, later edit starts from the edited clip's state.
    addNoise(clip, 12.5, 13.0, 4);
    EXPECT_TRUE(torch::equal(encodeWithCache(weights, clip, cache), fullEncode(clip)));
    EXPECT_EQ(cache.reusedFrames, 493); // checkpoint 500 (before 625 - 32 = 593) minus 7

    // Nothing changed: every frame is reused.
    EXPECT_TRUE(torch::equal(encodeWithCache(weights, clip, cache), fullEncode(clip)));
    EXPECT_EQ(cache.computedFrames, 0);

    // An edit near the start, and a clip of another length, are encoded in full.
    addNoise(clip, 0.1, 0.2, 5);
    EXPECT_TRUE(torch::equal(encodeWithCache(weights, clip, cache), fullEncode(clip)));
    EXPECT_EQ(cache.reusedFrames, 0);
    clip.resize(clip.size() - 1000);
    EXPECT_TRUE(torch::equal(encodeWithCache(weights, clip, cache), fullEncode(clip)));
    EXPECT_EQ(cache.reusedFrames, 0);
}

TEST(IncrementalEncoder, SharedPrefixIsBitwise) {
    EXPECT_EQ(sharedPrefixSamples({1.0f, 2.0f, 3.0f}, {1.0f, 2.0f, 4.0f}), 2);
    EXPECT_EQ(sharedPrefixSamples({0.0f, 1.0f}, {-0.0f, 1.0f}), 0);
    EXPECT_EQ(sharedPrefixSamples({1.0f}, {1.0f, 2.0f}), 0);
    EXPECT_EQ(sharedPrefixSamples({1.0f, 2.0f}, {1.0f, 2.0f}), 2);
}
