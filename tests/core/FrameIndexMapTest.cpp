#include "perturb/PerturbationRenderer.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <numeric>

using namespace noiseloss;

namespace {

const TokenTimeMap kTokens{32000, 640};

Region region(RegionKind kind, double start, double end) {
    Region r;
    r.kind = kind;
    r.startSeconds = start;
    r.endSeconds = end;
    return r;
}

/// A clip whose every token frame holds a constant equal to its frame index.
AudioBuffer frameIndexClip(std::int64_t frames) {
    AudioBuffer audio;
    audio.sampleRate = 32000;
    audio.channels = 1;
    for (std::int64_t f = 0; f < frames; ++f)
        audio.samples.insert(audio.samples.end(), 640, static_cast<float>(f));
    return audio;
}

} // namespace

TEST(FrameIndexMap, NoiseKeepsIndexWiseMapping) {
    PerturbationPlan plan;
    plan.regions = {region(RegionKind::Noise, 1.0, 2.0), region(RegionKind::Silence, 3.0, 3.5)};
    const FrameIndexMap map = buildFrameIndexMap(plan, 250, kTokens);
    std::vector<std::int64_t> identity(250);
    std::iota(identity.begin(), identity.end(), 0);
    EXPECT_EQ(map.perturbedToOriginal, identity);
    EXPECT_EQ(map.originalFrameCount, 250);
}

TEST(FrameIndexMap, DeleteShiftsLaterFramesByTheCutLength) {
    PerturbationPlan plan;
    plan.regions = {region(RegionKind::Delete, 5.0, 7.0)}; // tokens [250, 350)
    const FrameIndexMap map = buildFrameIndexMap(plan, 500, kTokens);
    ASSERT_EQ(map.perturbedToOriginal.size(), 400u);
    EXPECT_EQ(map.perturbedToOriginal[249], 249);
    EXPECT_EQ(map.perturbedToOriginal[250], 350);
    EXPECT_EQ(map.perturbedToOriginal[399], 499);
}

TEST(FrameIndexMap, ShuffleAndDeleteAgreeWithTheRenderedAudio) {
    PerturbationPlan plan;
    Region swap = region(RegionKind::Shuffle, 0.4, 1.2); // 40 tokens, blocks of 7 -> 5 blocks, 5 left
    swap.blockTokens = 7;
    Region pairs = region(RegionKind::Shuffle, 2.0, 4.0);
    pairs.scheme = ShuffleScheme::RandomPairs;
    pairs.blockTokens = 3;
    pairs.fraction = 0.5;
    pairs.seed = 77;
    plan.regions = {swap, region(RegionKind::Delete, 1.5, 1.8), pairs, region(RegionKind::Delete, 4.5, 4.52)};
    const std::int64_t frames = 260;
    const AudioBuffer clip = frameIndexClip(frames);
    const AudioBuffer out = renderPerturbedAudio(clip, plan, kTokens);
    const FrameIndexMap map = buildFrameIndexMap(plan, frames, kTokens);
    ASSERT_EQ(static_cast<std::int64_t>(map.perturbedToOriginal.size()) * 640,
              static_cast<std::int64_t>(out.samples.size()));
    EXPECT_EQ(map.perturbedToOriginal.size(), 260u - 15u - 1u);
    std::size_t moved = 0;
    for (std::size_t f = 0; f < map.perturbedToOriginal.size(); ++f) {
        ASSERT_EQ(out.samples[f * 640], static_cast<float>(map.perturbedToOriginal[f])) << "frame " << f;
        ASSERT_EQ(out.samples[f * 640 + 639], static_cast<float>(map.perturbedToOriginal[f]))
            << "frame " << f;
        moved += map.perturbedToOriginal[f] != static_cast<std::int64_t>(f);
    }
    EXPECT_GT(moved, 0u);
    // No frame appears twice and every kept frame is there once.
    std::vector<std::int64_t> sorted = map.perturbedToOriginal;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end());
}

TEST(FrameIndexMap, DeleteToTheEndOfAClipWithAPartialLastFrame) {
    AudioBuffer clip = frameIndexClip(100);
    clip.samples.resize(clip.samples.size() - 320); // 99.5 frames: the last one is half a frame
    PerturbationPlan plan;
    plan.regions = {region(RegionKind::Delete, 1.8, clip.durationSeconds())};
    const AudioBuffer out = renderPerturbedAudio(clip, plan, kTokens);
    EXPECT_EQ(out.samples.size(), 90u * 640u);
    const FrameIndexMap map = buildFrameIndexMap(
        plan, kTokens.frameCountForSamples(static_cast<std::int64_t>(clip.samples.size())), kTokens);
    EXPECT_EQ(map.originalFrameCount, 100);
    ASSERT_EQ(map.perturbedToOriginal.size(), 90u);
    EXPECT_EQ(map.perturbedToOriginal.back(), 89);
}
