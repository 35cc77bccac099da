#include "analysis/ContentHash.h"

#include <gtest/gtest.h>

using namespace noiseloss;

TEST(ContentHash, EqualBuffersHashEqualAndAnyChangeShows) {
    AudioBuffer audio{32000, 1, {0.0f, 0.25f, -0.5f, 1.0f}};
    const std::string hash = audioContentHash(audio);
    EXPECT_EQ(hash.size(), 16u);
    EXPECT_EQ(hash, audioContentHash(AudioBuffer{32000, 1, {0.0f, 0.25f, -0.5f, 1.0f}}));

    AudioBuffer changedSample = audio;
    changedSample.samples[2] = -0.5000001f;
    AudioBuffer changedRate = audio;
    changedRate.sampleRate = 44100;
    AudioBuffer changedLayout = audio;
    changedLayout.channels = 2;
    EXPECT_NE(hash, audioContentHash(changedSample));
    EXPECT_NE(hash, audioContentHash(changedRate));
    EXPECT_NE(hash, audioContentHash(changedLayout));
    EXPECT_NE(audioContentHash(AudioBuffer{}), hash);
}
