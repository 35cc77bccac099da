#pragma once

#include "audio/AudioFile.h"

#include <filesystem>
#include <sndfile.h>
#include <string>

namespace noiseloss {

/// Owns one libsndfile handle and turns libsndfile's failures into Error messages that name the
/// file and say what is wrong (missing, unreadable, empty, unsupported, corrupt, truncated).
/// Internal to core/audio (this header includes sndfile.h). Move-only; one thread at a time.
class SndFileHandle {
public:
    /// Opens for decoding; checks existence, readability and size first. Throws Error.
    static SndFileHandle openForReading(const std::filesystem::path& path);
    /// Creates/truncates `path` for writing with a libsndfile format code. Throws Error.
    static SndFileHandle openForWriting(const std::filesystem::path& path, int sampleRate, int channels,
                                        int sfFormat);

    SndFileHandle(SndFileHandle&& other) noexcept;
    SndFileHandle& operator=(SndFileHandle&&) = delete;
    SndFileHandle(const SndFileHandle&) = delete;
    ~SndFileHandle();

    SNDFILE* get() const { return m_file; }
    /// Header facts of a file opened for reading.
    AudioFileInfo info() const;
    /// After decoding `framesDecoded` frames: throws Error when libsndfile reported a decode error or
    /// fewer frames came out than the header promised (truncated), or when nothing decoded.
    void throwIfDecodeFailed(std::int64_t framesDecoded) const;
    /// Closes the file, throwing Error if finishing the write fails.
    void close();

private:
    SndFileHandle(SNDFILE* file, SF_INFO info, std::filesystem::path path);
    std::string name() const { return m_path.string(); }

    SNDFILE* m_file = nullptr;
    SF_INFO m_info{};
    std::filesystem::path m_path;
};

} // namespace noiseloss
