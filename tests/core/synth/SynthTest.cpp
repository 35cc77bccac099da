#include "synth/Composer.h"
#include "synth/SongRenderer.h"

#include <cmath>
#include <gtest/gtest.h>
#include <set>

using namespace noiseloss;

namespace {

constexpr double kSeconds = 8.0;

/// Energy of a crude low band (two one-pole low-passes at ~150 Hz) over [start, start + length).
double lowBandEnergy(const std::vector<float>& lowPassed, std::size_t start, std::size_t length) {
    double sum = 0.0;
    for (std::size_t i = start; i < start + length && i < lowPassed.size(); ++i)
        sum += static_cast<double>(lowPassed[i]) * lowPassed[i];
    return sum;
}

std::vector<float> lowPass(const std::vector<float>& samples, int sampleRate, double cutoffHz) {
    const double alpha = 1.0 - std::exp(-6.283185307179586 * cutoffHz / sampleRate);
    std::vector<float> out(samples.size());
    double first = 0.0, second = 0.0;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        first += alpha * (samples[i] - first);
        second += alpha * (first - second);
        out[i] = static_cast<float>(second);
    }
    return out;
}

} // namespace

TEST(Synth, SameSeedGivesIdenticalSamples) {
    const AudioBuffer first = renderSong(randomSongParams(42, kSeconds));
    const AudioBuffer second = renderSong(randomSongParams(42, kSeconds));
    ASSERT_EQ(first.samples.size(), second.samples.size());
    EXPECT_EQ(first.samples, second.samples);
}

TEST(Synth, DifferentSeedsDiffer) {
    const AudioBuffer first = renderSong(randomSongParams(1, kSeconds));
    const AudioBuffer second = renderSong(randomSongParams(2, kSeconds));
    double difference = 0.0;
    for (std::size_t i = 0; i < first.samples.size(); ++i)
        difference += std::fabs(first.samples[i] - second.samples[i]);
    EXPECT_GT(difference / static_cast<double>(first.samples.size()), 0.01);
}

TEST(Synth, FormatLengthNoClippingNoNanAndLoudnessTarget) {
    for (std::uint64_t seed = 100; seed < 106; ++seed) {
        const SongParams params = randomSongParams(seed, kSeconds);
        const AudioBuffer audio = renderSong(params);
        EXPECT_EQ(audio.sampleRate, 32000);
        EXPECT_EQ(audio.channels, 1);
        EXPECT_EQ(audio.samples.size(), static_cast<std::size_t>(kSeconds * 32000));
        float peak = 0.0f;
        for (float sample : audio.samples) {
            ASSERT_TRUE(std::isfinite(sample)) << params.describe();
            peak = std::max(peak, std::fabs(sample));
        }
        EXPECT_LT(peak, 1.0f) << params.describe();
        EXPECT_NEAR(rmsDbfs(audio.samples), -16.0, 0.5) << params.describe();
    }
}

TEST(Synth, TempoKeyAndModeInRangeAndVaried) {
    std::set<int> tonics;
    std::set<int> modes;
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
        const SongParams params = randomSongParams(seed, 10.0);
        EXPECT_GE(params.tempoBpm, 70.0);
        EXPECT_LE(params.tempoBpm, 160.0);
        EXPECT_GE(params.tonicMidi, 45);
        EXPECT_LE(params.tonicMidi, 56);
        EXPECT_EQ(params.progressionA.size(), 4u);
        tonics.insert(params.tonicMidi % 12);
        modes.insert(static_cast<int>(params.mode));
    }
    EXPECT_EQ(tonics.size(), 12u);
    EXPECT_EQ(modes.size(), static_cast<std::size_t>(kModeCount));
}

TEST(Synth, KickOnEveryDownbeatAndAudibleAtItsOnset) {
    for (std::uint64_t seed = 7; seed < 11; ++seed) {
        const SongParams params = randomSongParams(seed, kSeconds);
        const SongScore score = composeSong(params);
        const AudioBuffer audio = renderScore(score);
        const std::vector<float> low = lowPass(audio.samples, audio.sampleRate, 150.0);
        const auto window = static_cast<std::size_t>(0.03 * audio.sampleRate);
        int downbeatKicks = 0, louderAfterOnset = 0, kicks = 0;
        for (const auto& hit : score.drums) {
            if (hit.sound != DrumSound::Kick)
                continue;
            const double bars = hit.startSeconds / params.barSeconds();
            if (std::fabs(bars - std::round(bars)) < 1e-9)
                ++downbeatKicks;
            const auto onset = static_cast<std::size_t>(std::llround(hit.startSeconds * audio.sampleRate));
            if (onset < window || onset + window > low.size())
                continue;
            ++kicks;
            if (lowBandEnergy(low, onset, window) > 2.0 * lowBandEnergy(low, onset - window, window))
                ++louderAfterOnset;
        }
        const int bars = static_cast<int>(std::ceil(kSeconds / params.barSeconds()));
        EXPECT_EQ(downbeatKicks, bars) << params.describe();
        ASSERT_GT(kicks, 0);
        // Bass notes also start on the beat; most kick onsets must still show a clear low-band rise.
        EXPECT_GE(louderAfterOnset, kicks * 3 / 4) << params.describe();
    }
}

TEST(Synth, MelodyRepeatsMotifsAcrossSections) {
    const SongParams params = randomSongParams(3, 60.0);
    const SongScore score = composeSong(params);
    // Bars 4 and 12 of section A (index 1 and 3 of A A B A) open with the same motif bar.
    auto barNotes = [&](int bar) {
        std::vector<int> pitches;
        for (const auto& note : score.notes)
            if (note.timbre == params.leadTimbre && note.gain > 0.3f &&
                std::floor(note.startSeconds / params.barSeconds() + 1e-9) == bar)
                pitches.push_back(note.midi);
        return pitches;
    };
    const auto first = barNotes(4);
    ASSERT_FALSE(first.empty());
    EXPECT_EQ(first, barNotes(12));
}
