#include "audio/Resampler.h"

#include "TestSignals.h"
#include "util/Error.h"

#include <gtest/gtest.h>

using namespace noiseloss;
using namespace noiseloss::test;

TEST(Resampler, Sine44k1To32kKeepsFrequencyAndAmplitude) {
    constexpr double kFrequency = 1000.0, kAmplitude = 0.5;
    const AudioBuffer in = sine(kFrequency, kAmplitude, 44100, 2.0);
    const AudioBuffer out = resample(in, 32000);
    EXPECT_EQ(out.sampleRate, 32000);
    ASSERT_EQ(out.frameCount(), 64000u);
    const AudioBuffer ideal = sine(kFrequency, kAmplitude, 32000, 2.0);
    double signal = 0.0, error = 0.0;
    for (std::size_t n = 2000; n < 62000; ++n) { // interior: no edge transients
        signal += static_cast<double>(ideal.samples[n]) * ideal.samples[n];
        const double difference = static_cast<double>(out.samples[n]) - ideal.samples[n];
        error += difference * difference;
    }
    const double snrDb = 10.0 * std::log10(signal / error);
    EXPECT_GE(snrDb, 80.0);
}

TEST(Resampler, UpsamplingKeepsStereoChannelsApart) {
    const AudioBuffer in = sine(500.0, 0.3, 16000, 1.0, 2); // channel 1 is phase-shifted by 1 rad
    const AudioBuffer out = resample(in, 48000);
    ASSERT_EQ(out.channels, 2);
    ASSERT_EQ(out.frameCount(), 48000u);
    const AudioBuffer ideal = sine(500.0, 0.3, 48000, 1.0, 2);
    for (std::size_t n = 1000; n < 47000; n += 97)
        for (std::size_t c = 0; c < 2; ++c)
            ASSERT_NEAR(out.samples[2 * n + c], ideal.samples[2 * n + c], 1e-3) << n << " " << c;
}

TEST(Resampler, EqualRatesReturnTheInputAndBadRatesThrow) {
    const AudioBuffer in = sine(100.0, 0.5, 32000, 0.1);
    EXPECT_EQ(resample(in, 32000).samples, in.samples);
    EXPECT_THROW(resample(in, 0), Error);
    AudioBuffer noRate = in;
    noRate.sampleRate = 0;
    EXPECT_THROW(resample(noRate, 32000), Error);
}

TEST(Resampler, PrepareForModelDownmixesThenResamples) {
    AudioBuffer stereo = sine(440.0, 0.5, 44100, 1.0, 2);
    for (std::size_t i = 1; i < stereo.samples.size(); i += 2)
        stereo.samples[i] = 0.0f; // right channel silent: mono = left / 2
    const AudioBuffer prepared = prepareForModel(stereo, 32000);
    EXPECT_EQ(prepared.channels, 1);
    EXPECT_EQ(prepared.sampleRate, 32000);
    ASSERT_EQ(prepared.frameCount(), 32000u);
    EXPECT_NEAR(rmsOf(prepared.samples.data() + 1000, 30000), 0.25 / std::sqrt(2.0), 1e-3);
}
