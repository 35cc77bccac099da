#include "perturb/PerturbationRenderer.h"

#include "TestSignals.h"
#include "dsp/NoiseGenerator.h"
#include "util/Error.h"

#include <algorithm>
#include <gtest/gtest.h>

using namespace noiseloss;
using namespace noiseloss::test;

namespace {

const TokenTimeMap kTokens{32000, 640};

/// 10 s at 32 kHz: a 0.5-amplitude sine for the first 5 s, then a 0.05-amplitude one, so segment
/// and clip references differ.
AudioBuffer twoLevelClip() {
    AudioBuffer audio = sine(220.0, 0.5, 32000, 10.0);
    for (std::size_t n = 160000; n < audio.samples.size(); ++n)
        audio.samples[n] *= 0.1f;
    return audio;
}

/// A ramp: every sample distinct, so moved blocks are recognisable.
AudioBuffer rampClip(double seconds) {
    AudioBuffer audio;
    audio.sampleRate = 32000;
    audio.channels = 1;
    audio.samples.resize(static_cast<std::size_t>(seconds * 32000));
    for (std::size_t n = 0; n < audio.samples.size(); ++n)
        audio.samples[n] = static_cast<float>(n) / 1.0e6f;
    return audio;
}

Region noiseRegion(double start, double end, NoiseMode mode, LevelMode levelMode, double levelDb) {
    Region region;
    region.kind = RegionKind::Noise;
    region.startSeconds = start;
    region.endSeconds = end;
    region.mode = mode;
    region.levelMode = levelMode;
    region.levelDb = levelDb;
    region.method = NoiseMethod::Spectral;
    region.color = NoiseColor::Pink;
    region.seed = 11;
    return region;
}

PerturbationPlan planOf(std::vector<Region> regions) {
    PerturbationPlan plan;
    plan.regions = std::move(regions);
    return plan;
}

/// First and last index where two equal-length buffers differ (-1 when identical).
std::pair<long, long> changedRange(const std::vector<float>& a, const std::vector<float>& b) {
    long first = -1, last = -1;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) {
            if (first < 0)
                first = static_cast<long>(i);
            last = static_cast<long>(i);
        }
    return {first, last};
}

} // namespace

TEST(PerturbationRenderer, ReplaceIsAHardSpliceAtTheExactSamples) {
    const AudioBuffer clip = twoLevelClip();
    const Region region = noiseRegion(2.0, 3.0, NoiseMode::Replace, LevelMode::AbsoluteDbfs, -20.0);
    const AudioBuffer out = renderPerturbedAudio(clip, planOf({region}), kTokens);
    ASSERT_EQ(out.samples.size(), clip.samples.size());
    const auto [first, last] = changedRange(clip.samples, out.samples);
    EXPECT_EQ(first, 64000);
    EXPECT_EQ(last, 95999);
    const std::vector<float> noise = generateNoise(32000, {NoiseColor::Pink, NoiseMethod::Spectral, 11});
    for (std::size_t i = 0; i < noise.size(); ++i)
        ASSERT_FLOAT_EQ(out.samples[64000 + i], static_cast<float>(0.1 * noise[i])) << i;
    EXPECT_NEAR(toDb(rmsOf(out.samples.data() + 64000, 32000)), -20.0, 0.1);
}

TEST(PerturbationRenderer, MixAddsNoiseOnlyInsideTheRegion) {
    const AudioBuffer clip = twoLevelClip();
    const Region region = noiseRegion(2.5, 2.75, NoiseMode::Mix, LevelMode::AbsoluteDbfs, -30.0);
    const AudioBuffer out = renderPerturbedAudio(clip, planOf({region}), kTokens);
    const auto [first, last] = changedRange(clip.samples, out.samples);
    EXPECT_EQ(first, 80000);
    EXPECT_EQ(last, 87999);
    const std::vector<float> noise = generateNoise(8000, {NoiseColor::Pink, NoiseMethod::Spectral, 11});
    for (std::size_t i = 0; i < noise.size(); ++i)
        ASSERT_NEAR(out.samples[80000 + i] - clip.samples[80000 + i], dbToGain(-30.0) * noise[i], 1e-6) << i;
}

TEST(PerturbationRenderer, SnrLevelsAreRelativeToSegmentOrClip) {
    const AudioBuffer clip = twoLevelClip();
    for (LevelMode mode : {LevelMode::SnrSegment, LevelMode::SnrClip}) {
        const Region region = noiseRegion(6.0, 8.0, NoiseMode::Mix, mode, 10.0);
        const AudioBuffer out = renderPerturbedAudio(clip, planOf({region}), kTokens);
        std::vector<float> added(64000);
        for (std::size_t i = 0; i < added.size(); ++i)
            added[i] = out.samples[192000 + i] - clip.samples[192000 + i];
        const double reference = mode == LevelMode::SnrSegment
                                     ? rmsOf(clip.samples.data() + 192000, 64000)
                                     : rmsOf(clip.samples.data(), clip.samples.size());
        EXPECT_NEAR(toDb(reference / rmsOf(added.data(), added.size())), 10.0, 0.1) << static_cast<int>(mode);
    }
}

TEST(PerturbationRenderer, StudyMethodLevelWithinATenthOfADb) {
    const AudioBuffer clip = twoLevelClip();
    for (NoiseColor color : {NoiseColor::White, NoiseColor::Pink, NoiseColor::Brown, NoiseColor::Blue}) {
        Region region = noiseRegion(5.0, 7.0, NoiseMode::Replace, LevelMode::AbsoluteDbfs, -12.0);
        region.method = NoiseMethod::NoiseLoss;
        region.color = color;
        const AudioBuffer out = renderPerturbedAudio(clip, planOf({region}), kTokens);
        EXPECT_NEAR(toDb(rmsOf(out.samples.data() + 160000, 64000)), -12.0, 0.1) << static_cast<int>(color);
    }
}

TEST(PerturbationRenderer, SilentSegmentCannotTakeAnSnrLevel) {
    AudioBuffer clip = twoLevelClip();
    std::fill(clip.samples.begin() + 32000, clip.samples.begin() + 64000, 0.0f);
    EXPECT_THROW(
        renderPerturbedAudio(
            clip, planOf({noiseRegion(1.0, 2.0, NoiseMode::Mix, LevelMode::SnrSegment, 0.0)}), kTokens),
        Error);
}

TEST(PerturbationRenderer, SilenceZeroesExactlyTheSpan) {
    const AudioBuffer clip = twoLevelClip();
    Region region;
    region.kind = RegionKind::Silence;
    region.startSeconds = 1.00003125; // sample 32001
    region.endSeconds = 1.5;
    const AudioBuffer out = renderPerturbedAudio(clip, planOf({region}), kTokens);
    const auto [first, last] = changedRange(clip.samples, out.samples);
    EXPECT_EQ(first, 32001);
    EXPECT_EQ(last, 47999);
    EXPECT_TRUE(std::all_of(out.samples.begin() + 32001, out.samples.begin() + 48000,
                            [](float v) { return v == 0; }));
}

TEST(PerturbationRenderer, AdjacentSwapExchangesTheTwoBlocks) {
    const AudioBuffer clip = rampClip(4.0);
    Region region;
    region.kind = RegionKind::Shuffle;
    region.startSeconds = 1.0;
    region.endSeconds = 1.5; // 25 tokens: blocks of 10 -> swap (0,1), 5-token remainder stays
    region.blockTokens = 10;
    const AudioBuffer out = renderPerturbedAudio(clip, planOf({region}), kTokens);
    ASSERT_EQ(out.samples.size(), clip.samples.size());
    const std::size_t start = 32000, block = 6400;
    for (std::size_t i = 0; i < block; ++i) {
        ASSERT_EQ(out.samples[start + i], clip.samples[start + block + i]);
        ASSERT_EQ(out.samples[start + block + i], clip.samples[start + i]);
    }
    const auto [first, last] = changedRange(clip.samples, out.samples);
    EXPECT_EQ(first, 32000);
    EXPECT_EQ(last, 32000 + 2 * 6400 - 1);
}

TEST(PerturbationRenderer, RandomPairsPreserveTheMultisetOfBlocksAndAreSeeded) {
    const AudioBuffer clip = rampClip(8.0);
    Region region;
    region.kind = RegionKind::Shuffle;
    region.scheme = ShuffleScheme::RandomPairs;
    region.startSeconds = 2.0;
    region.endSeconds = 6.0; // 200 tokens, 40 blocks of 5; 20 % = 40 tokens = 4 pairs
    region.blockTokens = 5;
    region.fraction = 0.2;
    region.seed = 5;
    const AudioBuffer out = renderPerturbedAudio(clip, planOf({region}), kTokens);
    ASSERT_EQ(out.samples.size(), clip.samples.size());
    const std::size_t start = 64000, block = 3200;
    std::vector<std::vector<float>> before, after;
    std::size_t moved = 0;
    for (std::size_t b = 0; b < 40; ++b) {
        before.emplace_back(clip.samples.begin() + start + b * block,
                            clip.samples.begin() + start + (b + 1) * block);
        after.emplace_back(out.samples.begin() + start + b * block,
                           out.samples.begin() + start + (b + 1) * block);
        moved += before.back() != after.back();
    }
    EXPECT_EQ(moved, 8u);
    std::sort(before.begin(), before.end());
    std::sort(after.begin(), after.end());
    EXPECT_EQ(before, after);
    EXPECT_EQ(changedRange(std::vector<float>(clip.samples.begin(), clip.samples.begin() + start),
                           std::vector<float>(out.samples.begin(), out.samples.begin() + start))
                  .first,
              -1);
    EXPECT_EQ(renderPerturbedAudio(clip, planOf({region}), kTokens).samples, out.samples);
    region.seed = 6;
    EXPECT_NE(renderPerturbedAudio(clip, planOf({region}), kTokens).samples, out.samples);
}

TEST(PerturbationRenderer, DeleteCutsTheSpanOrKeepsIt) {
    const AudioBuffer clip = rampClip(3.0);
    Region region;
    region.kind = RegionKind::Delete;
    region.startSeconds = 1.0;
    region.endSeconds = 1.2;
    const AudioBuffer cut = renderPerturbedAudio(clip, planOf({region}), kTokens);
    ASSERT_EQ(cut.samples.size(), clip.samples.size() - 6400);
    EXPECT_EQ(cut.samples[31999], clip.samples[31999]);
    EXPECT_EQ(cut.samples[32000], clip.samples[38400]);
    EXPECT_EQ(cut.samples.back(), clip.samples.back());
    EXPECT_EQ(renderPerturbedAudio(clip, planOf({region}), kTokens, false).samples, clip.samples);
}

TEST(PerturbationRenderer, RejectsStereoWrongRateAndInvalidPlans) {
    AudioBuffer stereo = sine(100.0, 0.5, 32000, 1.0, 2);
    EXPECT_THROW(renderPerturbedAudio(stereo, {}, kTokens), Error);
    EXPECT_THROW(renderPerturbedAudio(sine(100.0, 0.5, 44100, 1.0), {}, kTokens), Error);
    EXPECT_THROW(renderPerturbedAudio(
                     sine(100.0, 0.5, 32000, 1.0),
                     planOf({noiseRegion(0.5, 1.5, NoiseMode::Mix, LevelMode::AbsoluteDbfs, -20)}), kTokens),
                 Error);
}
