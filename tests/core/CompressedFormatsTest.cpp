// Decoding the lossy formats the study's datasets come in (OGG/Vorbis, Opus, MP3) through
// loadAudioFile. The files are made here with libsndfile's own encoders.
#include "TestSignals.h"
#include "audio/AudioFile.h"
#include "util/Error.h"

#include <gtest/gtest.h>
#include <sndfile.h>

using namespace noiseloss;
using namespace noiseloss::test;

namespace {

struct EncodedCase {
    const char* fileName;
    int sfFormat;
    int sampleRate;
    const char* expectedFormat;
};

/// Writes `audio` with libsndfile directly; returns false when this libsndfile cannot encode it.
bool writeWithLibsndfile(const std::filesystem::path& path, const AudioBuffer& audio, int sfFormat) {
    SF_INFO info{};
    info.samplerate = audio.sampleRate;
    info.channels = audio.channels;
    info.format = sfFormat;
    SNDFILE* file = sf_open(path.c_str(), SFM_WRITE, &info);
    if (!file)
        return false;
    sf_writef_float(file, audio.samples.data(), static_cast<sf_count_t>(audio.frameCount()));
    sf_close(file);
    return true;
}

/// Best normalised cross-correlation of `decoded` with `reference` over small lags (codec delay).
double bestCorrelation(const std::vector<float>& decoded, const std::vector<float>& reference) {
    double best = 0.0;
    for (int lag = 0; lag < 2000; ++lag) {
        double dot = 0.0, a = 0.0, b = 0.0;
        for (std::size_t n = 4000; n + lag < decoded.size() && n < reference.size() - 4000; ++n) {
            dot += static_cast<double>(decoded[n + lag]) * reference[n];
            a += static_cast<double>(decoded[n + lag]) * decoded[n + lag];
            b += static_cast<double>(reference[n]) * reference[n];
        }
        if (a > 0 && b > 0)
            best = std::max(best, dot / std::sqrt(a * b));
    }
    return best;
}

class CompressedFormats : public ::testing::TestWithParam<EncodedCase> {};

} // namespace

TEST_P(CompressedFormats, DecodeToTheEncodedSignal) {
    const EncodedCase param = GetParam();
    const AudioBuffer audio = sine(440.0, 0.5, param.sampleRate, 1.0, 2);
    const auto path = tempPath(param.fileName);
    ASSERT_TRUE(writeWithLibsndfile(path, audio, param.sfFormat)) << sf_strerror(nullptr);
    const AudioFileInfo info = probeAudioFile(path);
    EXPECT_EQ(info.format, param.expectedFormat);
    EXPECT_EQ(info.sampleRate, param.sampleRate);
    EXPECT_EQ(info.channels, 2);
    const AudioBuffer decoded = loadAudioFile(path);
    EXPECT_EQ(decoded.channels, 2);
    EXPECT_NEAR(decoded.durationSeconds(), 1.0, 0.06);
    const AudioBuffer left = downmixToMono(sine(440.0, 0.5, param.sampleRate, 1.0));
    std::vector<float> decodedLeft;
    for (std::size_t n = 0; n < decoded.frameCount(); ++n)
        decodedLeft.push_back(decoded.samples[2 * n]);
    EXPECT_GT(bestCorrelation(decodedLeft, left.samples), 0.99);
}

INSTANTIATE_TEST_SUITE_P(
    Lossy, CompressedFormats,
    ::testing::Values(EncodedCase{"sine.ogg", SF_FORMAT_OGG | SF_FORMAT_VORBIS, 44100, "OGG/Vorbis"},
                      EncodedCase{"sine.opus", SF_FORMAT_OGG | SF_FORMAT_OPUS, 48000, "OGG/Opus"},
                      EncodedCase{"sine.mp3", SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III, 44100, "MP3"}));
