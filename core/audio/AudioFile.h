#pragma once

#include "audio/AudioBuffer.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace noiseloss {

/// What libsndfile reports about a file before decoding it.
struct AudioFileInfo {
    int sampleRate = 0;
    int channels = 0;
    std::int64_t frames = 0;
    std::string format; ///< e.g. "FLAC", "WAV", "OGG/Vorbis", "OGG/Opus", "MP3"
    double durationSeconds() const { return sampleRate > 0 ? static_cast<double>(frames) / sampleRate : 0.0; }
};

/// Reads the header only. Throws Error naming the file and the reason
/// (missing, unreadable, unsupported format, zero-length, corrupt).
AudioFileInfo probeAudioFile(const std::filesystem::path& path);

/// Decodes a whole file (WAV, FLAC, OGG/Vorbis, Opus, MP3 through libsndfile) into float samples,
/// keeping all channels. Throws Error as above; a file that decodes fewer frames than its header
/// promises is reported as truncated.
AudioBuffer loadAudioFile(const std::filesystem::path& path);

enum class AudioFileFormat { Wav, Flac };
/// Writes 16-bit PCM FLAC or 32-bit float WAV (WAV keeps exact float samples). Throws Error.
void saveAudioFile(const std::filesystem::path& path, const AudioBuffer& audio, AudioFileFormat format);
/// Picks the format from the extension (.wav or .flac); throws Error for anything else.
void saveAudioFile(const std::filesystem::path& path, const AudioBuffer& audio);

/// Averages the channels into one (the study's convention). A mono buffer is returned unchanged.
AudioBuffer downmixToMono(const AudioBuffer& audio);

} // namespace noiseloss
