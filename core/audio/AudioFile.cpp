#include "audio/AudioFile.h"

#include "audio/SndFileHandle.h"
#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <sndfile.h>

namespace noiseloss {
namespace {

constexpr sf_count_t kReadChunkFrames = 65536;

std::string lowerExtension(const std::filesystem::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension;
}

void requireValidBuffer(const std::filesystem::path& path, const AudioBuffer& audio) {
    const std::string name = path.string();
    if (audio.sampleRate <= 0 || audio.channels <= 0)
        throw Error(name + ": cannot write audio with sample rate " + std::to_string(audio.sampleRate) +
                    " Hz and " + std::to_string(audio.channels) + " channel(s)");
    if (audio.samples.size() % static_cast<std::size_t>(audio.channels) != 0)
        throw Error(name + ": sample count " + std::to_string(audio.samples.size()) +
                    " is not a multiple of the channel count " + std::to_string(audio.channels));
}

/// 16-bit PCM with full-scale 32768 (the inverse of libsndfile's read scaling), clipped.
std::vector<short> toPcm16(const std::vector<float>& samples) {
    std::vector<short> pcm(samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const double value = std::nearbyint(static_cast<double>(samples[i]) * 32768.0);
        pcm[i] = static_cast<short>(std::clamp(value, -32768.0, 32767.0));
    }
    return pcm;
}

} // namespace

AudioFileInfo probeAudioFile(const std::filesystem::path& path) {
    const SndFileHandle file = SndFileHandle::openForReading(path);
    return file.info();
}

AudioBuffer loadAudioFile(const std::filesystem::path& path) {
    SndFileHandle file = SndFileHandle::openForReading(path);
    const AudioFileInfo info = file.info();
    AudioBuffer audio;
    audio.sampleRate = info.sampleRate;
    audio.channels = info.channels;
    audio.samples.reserve(static_cast<std::size_t>(info.frames) * static_cast<std::size_t>(info.channels));
    std::vector<float> chunk(static_cast<std::size_t>(kReadChunkFrames) *
                             static_cast<std::size_t>(info.channels));
    while (true) {
        const sf_count_t got = sf_readf_float(file.get(), chunk.data(), kReadChunkFrames);
        if (got <= 0)
            break;
        audio.samples.insert(audio.samples.end(), chunk.begin(), chunk.begin() + got * info.channels);
    }
    file.throwIfDecodeFailed(static_cast<std::int64_t>(audio.frameCount()));
    return audio;
}

void saveAudioFile(const std::filesystem::path& path, const AudioBuffer& audio, AudioFileFormat format) {
    requireValidBuffer(path, audio);
    const int sfFormat = format == AudioFileFormat::Wav ? (SF_FORMAT_WAV | SF_FORMAT_FLOAT)
                                                        : (SF_FORMAT_FLAC | SF_FORMAT_PCM_16);
    SndFileHandle file = SndFileHandle::openForWriting(path, audio.sampleRate, audio.channels, sfFormat);
    const auto frames = static_cast<sf_count_t>(audio.frameCount());
    sf_count_t written = 0;
    if (format == AudioFileFormat::Wav) {
        // No PEAK chunk: it carries a timestamp, and identical samples must give identical files.
        sf_command(file.get(), SFC_SET_ADD_PEAK_CHUNK, nullptr, SF_FALSE);
        written = sf_writef_float(file.get(), audio.samples.data(), frames);
    } else {
        const std::vector<short> pcm = toPcm16(audio.samples);
        written = sf_writef_short(file.get(), pcm.data(), frames);
    }
    if (written != frames)
        throw Error(path.string() + ": write failed after " + std::to_string(written) + " of " +
                    std::to_string(frames) + " frames (" + sf_strerror(file.get()) + ")");
    file.close();
}

void saveAudioFile(const std::filesystem::path& path, const AudioBuffer& audio) {
    const std::string extension = lowerExtension(path);
    if (extension == ".wav")
        return saveAudioFile(path, audio, AudioFileFormat::Wav);
    if (extension == ".flac")
        return saveAudioFile(path, audio, AudioFileFormat::Flac);
    throw Error(path.string() + ": cannot tell the output format from the extension '" + extension +
                "' (use .wav for 32-bit float WAV or .flac for 16-bit FLAC)");
}

AudioBuffer downmixToMono(const AudioBuffer& audio) {
    if (audio.channels <= 1)
        return audio;
    AudioBuffer mono;
    mono.sampleRate = audio.sampleRate;
    mono.channels = 1;
    const std::size_t frames = audio.frameCount();
    const auto channels = static_cast<std::size_t>(audio.channels);
    mono.samples.resize(frames);
    for (std::size_t frame = 0; frame < frames; ++frame) {
        double sum = 0.0;
        for (std::size_t channel = 0; channel < channels; ++channel)
            sum += audio.samples[frame * channels + channel];
        mono.samples[frame] = static_cast<float>(sum / static_cast<double>(channels));
    }
    return mono;
}

} // namespace noiseloss
