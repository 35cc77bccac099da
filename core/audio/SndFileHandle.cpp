#include "audio/SndFileHandle.h"

#include "util/Error.h"

#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <system_error>
#include <vector>

namespace noiseloss {
namespace {

std::string formatName(int format) {
    const int major = format & SF_FORMAT_TYPEMASK;
    const int minor = format & SF_FORMAT_SUBMASK;
    switch (major) {
    case SF_FORMAT_WAV:
    case SF_FORMAT_WAVEX:
    case SF_FORMAT_RF64:
        return "WAV";
    case SF_FORMAT_FLAC:
        return "FLAC";
    case SF_FORMAT_OGG:
        return minor == SF_FORMAT_OPUS ? "OGG/Opus" : "OGG/Vorbis";
    case SF_FORMAT_MPEG:
        return "MP3";
    default:
        break;
    }
    SF_FORMAT_INFO formatInfo{};
    formatInfo.format = major;
    if (sf_command(nullptr, SFC_GET_FORMAT_INFO, &formatInfo, sizeof(formatInfo)) == 0 && formatInfo.name)
        return formatInfo.name;
    return "unknown";
}

/// Checks what can be checked before libsndfile sees the file, so the reason is precise.
void requireReadableFile(const std::filesystem::path& path) {
    const std::string name = path.string();
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (!std::filesystem::exists(status))
        throw Error(name + ": file not found");
    if (std::filesystem::is_directory(status))
        throw Error(name + ": is a directory, not an audio file");
    if (!std::ifstream(path, std::ios::binary).is_open())
        throw Error(name + ": cannot be opened for reading (permission denied?)");
    if (std::filesystem::file_size(path, error) == 0 && !error)
        throw Error(name + ": empty file (0 bytes)");
}

/// libsndfile accepts a WAV whose data chunk is shorter than its header says (it shrinks the frame
/// count), logging "data : 128000 (should be 63960)". Returns the two byte counts when that happened.
/// Sizes 0 and 0xFFFFFFFF are what streaming writers leave in the header: not truncation.
std::optional<std::pair<long long, long long>> truncatedDataChunk(SNDFILE* file) {
    std::vector<char> log(32768, '\0');
    sf_command(file, SFC_GET_LOG_INFO, log.data(), static_cast<int>(log.size() - 1));
    std::istringstream lines(log.data());
    std::string line;
    while (std::getline(lines, line)) {
        long long declared = 0, present = 0;
        if (std::sscanf(line.c_str(), "data : %lld (should be %lld)", &declared, &present) == 2 &&
            present < declared && declared != 0 && declared < 0xFFFFFFF0LL)
            return std::make_pair(declared, present);
    }
    return std::nullopt;
}

} // namespace

SndFileHandle::SndFileHandle(SNDFILE* file, SF_INFO info, std::filesystem::path path)
    : m_file(file), m_info(info), m_path(std::move(path)) {}

SndFileHandle::SndFileHandle(SndFileHandle&& other) noexcept
    : m_file(other.m_file), m_info(other.m_info), m_path(std::move(other.m_path)) {
    other.m_file = nullptr;
}

SndFileHandle::~SndFileHandle() {
    if (m_file)
        sf_close(m_file);
}

SndFileHandle SndFileHandle::openForReading(const std::filesystem::path& path) {
    requireReadableFile(path);
    SF_INFO info{};
    SNDFILE* file = sf_open(path.c_str(), SFM_READ, &info);
    if (!file) {
        const int code = sf_error(nullptr);
        const std::string detail = sf_strerror(nullptr);
        std::string reason = "cannot decode";
        if (code == SF_ERR_UNRECOGNISED_FORMAT)
            reason = "unsupported or unrecognised audio format";
        else if (code == SF_ERR_MALFORMED_FILE)
            reason = "corrupt audio file";
        else if (code == SF_ERR_UNSUPPORTED_ENCODING)
            reason = "unsupported audio encoding";
        throw Error(path.string() + ": " + reason + " (libsndfile: " + detail + ")");
    }
    SndFileHandle handle(file, info, path);
    if (info.channels <= 0 || info.samplerate <= 0)
        throw Error(path.string() + ": corrupt header (" + std::to_string(info.channels) + " channels at " +
                    std::to_string(info.samplerate) + " Hz)");
    if (const auto truncated = truncatedDataChunk(file))
        throw Error(path.string() + ": truncated: the header promises " + std::to_string(truncated->first) +
                    " bytes of audio data but only " + std::to_string(truncated->second) + " are present");
    if (info.frames <= 0)
        throw Error(path.string() + ": contains no audio frames (zero-length " + formatName(info.format) +
                    ")");
    return handle;
}

SndFileHandle SndFileHandle::openForWriting(const std::filesystem::path& path, int sampleRate, int channels,
                                            int sfFormat) {
    SF_INFO info{};
    info.samplerate = sampleRate;
    info.channels = channels;
    info.format = sfFormat;
    if (!sf_format_check(&info))
        throw Error(path.string() + ": libsndfile cannot write this format with " + std::to_string(channels) +
                    " channel(s) at " + std::to_string(sampleRate) + " Hz");
    SNDFILE* file = sf_open(path.c_str(), SFM_WRITE, &info);
    if (!file)
        throw Error(path.string() + ": cannot create file (libsndfile: " + sf_strerror(nullptr) + ")");
    return SndFileHandle(file, info, path);
}

AudioFileInfo SndFileHandle::info() const {
    AudioFileInfo info;
    info.sampleRate = m_info.samplerate;
    info.channels = m_info.channels;
    info.frames = m_info.frames;
    info.format = formatName(m_info.format);
    return info;
}

void SndFileHandle::throwIfDecodeFailed(std::int64_t framesDecoded) const {
    const int code = sf_error(m_file);
    if (code != SF_ERR_NO_ERROR)
        throw Error(name() + ": corrupt or truncated audio after " + std::to_string(framesDecoded) +
                    " frames (libsndfile: " + sf_strerror(m_file) + ")");
    if (framesDecoded == 0)
        throw Error(name() + ": no audio could be decoded (corrupt file)");
    if (framesDecoded < m_info.frames)
        throw Error(name() + ": truncated: decoded " + std::to_string(framesDecoded) + " of " +
                    std::to_string(m_info.frames) + " frames the header promises");
}

void SndFileHandle::close() {
    if (!m_file)
        return;
    const int result = sf_close(m_file);
    m_file = nullptr;
    if (result != 0)
        throw Error(name() + ": could not finish writing (libsndfile: " + sf_error_number(result) + ")");
}

} // namespace noiseloss
