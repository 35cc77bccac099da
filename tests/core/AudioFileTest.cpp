#include "audio/AudioFile.h"

#include "TestSignals.h"
#include "util/Error.h"

#include <gtest/gtest.h>

using namespace noiseloss;
using namespace noiseloss::test;

namespace {

/// Expects `action` to throw Error whose message names `path` and contains `reason`.
template <typename Action>
void expectFileError(Action action, const std::filesystem::path& path, const std::string& reason) {
    try {
        action();
        ADD_FAILURE() << "no error for " << path;
    } catch (const Error& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find(path.string()), std::string::npos) << message;
        EXPECT_NE(message.find(reason), std::string::npos) << message;
    }
}

} // namespace

TEST(AudioFile, FloatWavRoundTripIsExactAndKeepsChannels) {
    const auto path = tempPath("roundtrip.wav");
    AudioBuffer audio = sine(440.0, 0.8, 22050, 0.5, 2);
    audio.samples[3] = 1.0e-7f; // tiny values survive
    saveAudioFile(path, audio);
    const AudioFileInfo info = probeAudioFile(path);
    EXPECT_EQ(info.format, "WAV");
    EXPECT_EQ(info.sampleRate, 22050);
    EXPECT_EQ(info.channels, 2);
    EXPECT_EQ(info.frames, static_cast<std::int64_t>(audio.frameCount()));
    const AudioBuffer back = loadAudioFile(path);
    EXPECT_EQ(back.sampleRate, 22050);
    EXPECT_EQ(back.channels, 2);
    EXPECT_EQ(back.samples, audio.samples);
    // No timestamped PEAK chunk: the same samples always give the same bytes.
    EXPECT_EQ(readBytes(path).find("PEAK"), std::string::npos);
}

TEST(AudioFile, Flac16RoundTripWithinHalfAQuantisationStep) {
    const auto path = tempPath("roundtrip.FLAC"); // extension case does not matter
    AudioBuffer audio = sine(1000.0, 0.9, 32000, 0.25);
    audio.samples[10] = 1.5f; // clipped to full scale, not wrapped
    audio.samples[11] = -1.5f;
    saveAudioFile(path, audio);
    EXPECT_EQ(probeAudioFile(path).format, "FLAC");
    const AudioBuffer back = loadAudioFile(path);
    ASSERT_EQ(back.samples.size(), audio.samples.size());
    EXPECT_NEAR(back.samples[10], 32767.0 / 32768.0, 1e-9);
    EXPECT_FLOAT_EQ(back.samples[11], -1.0f);
    for (std::size_t i = 0; i < audio.samples.size(); ++i) {
        if (i == 10 || i == 11)
            continue;
        ASSERT_NEAR(back.samples[i], audio.samples[i], 0.5 / 32768.0 + 1e-7) << i;
    }
}

TEST(AudioFile, MissingEmptyDirectoryAndGarbageFilesAreNamedErrors) {
    const auto missing = tempPath("does_not_exist.wav");
    std::filesystem::remove(missing);
    expectFileError([&] { loadAudioFile(missing); }, missing, "not found");

    const auto empty = tempPath("empty.wav");
    writeBytes(empty, "");
    expectFileError([&] { loadAudioFile(empty); }, empty, "empty file");

    const auto directory = tempPath("a_directory.wav");
    std::filesystem::create_directories(directory);
    expectFileError([&] { probeAudioFile(directory); }, directory, "directory");

    const auto garbage = tempPath("garbage.wav");
    writeBytes(garbage, std::string(4096, 'x'));
    expectFileError([&] { loadAudioFile(garbage); }, garbage, "unsupported or unrecognised");
}

TEST(AudioFile, WavHeaderWithoutFramesIsZeroLength) {
    const auto path = tempPath("zero_frames.wav");
    AudioBuffer audio;
    audio.sampleRate = 16000;
    audio.channels = 1;
    saveAudioFile(path, audio);
    expectFileError([&] { loadAudioFile(path); }, path, "no audio frames");
}

TEST(AudioFile, TruncatedFlacIsReportedAsCorruptOrTruncated) {
    const auto whole = tempPath("whole.flac");
    saveAudioFile(whole, sine(300.0, 0.5, 32000, 2.0));
    const std::string bytes = readBytes(whole);
    const auto cut = tempPath("truncated.flac");
    writeBytes(cut, bytes.substr(0, bytes.size() / 2));
    expectFileError([&] { loadAudioFile(cut); }, cut, "truncated");
}

TEST(AudioFile, TruncatedWavIsReportedAsTruncated) {
    const AudioBuffer audio = sine(300.0, 0.5, 32000, 1.0);
    saveAudioFile(tempPath("whole.wav"), audio);
    const std::string bytes = readBytes(tempPath("whole.wav"));
    const auto cut = tempPath("truncated.wav");
    writeBytes(cut, bytes.substr(0, bytes.size() / 2));
    try {
        const AudioBuffer loaded = loadAudioFile(cut);
        FAIL() << "a WAV cut in half loaded " << loaded.frameCount() << " frames without an error";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find(cut.string()), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("truncated"), std::string::npos) << error.what();
    }
}

TEST(AudioFile, CorruptedFlacBodyIsAnError) {
    const auto whole = tempPath("body.flac");
    saveAudioFile(whole, sine(300.0, 0.5, 32000, 2.0));
    std::string bytes = readBytes(whole);
    for (std::size_t i = bytes.size() / 3; i < bytes.size() / 3 + 2000; ++i)
        bytes[i] = static_cast<char>(i * 37);
    const auto path = tempPath("corrupt_body.flac");
    writeBytes(path, bytes);
    EXPECT_THROW(loadAudioFile(path), Error);
}

TEST(AudioFile, SavingNeedsAKnownExtensionAndAValidBuffer) {
    const auto path = tempPath("out.mp4");
    expectFileError([&] { saveAudioFile(path, sine(100.0, 0.5, 8000, 0.1)); }, path, "extension");
    AudioBuffer bad;
    bad.sampleRate = 0;
    bad.channels = 1;
    EXPECT_THROW(saveAudioFile(tempPath("bad.wav"), bad), Error);
}

TEST(AudioFile, DownmixAveragesChannels) {
    AudioBuffer stereo;
    stereo.sampleRate = 8000;
    stereo.channels = 2;
    stereo.samples = {1.0f, 0.0f, 0.5f, -0.5f, -1.0f, 0.2f};
    const AudioBuffer mono = downmixToMono(stereo);
    EXPECT_EQ(mono.channels, 1);
    EXPECT_EQ(mono.sampleRate, 8000);
    ASSERT_EQ(mono.samples.size(), 3u);
    EXPECT_FLOAT_EQ(mono.samples[0], 0.5f);
    EXPECT_FLOAT_EQ(mono.samples[1], 0.0f);
    EXPECT_FLOAT_EQ(mono.samples[2], -0.4f);
    EXPECT_EQ(downmixToMono(mono).samples, mono.samples);
}
