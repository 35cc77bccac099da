#pragma once

#include <stdexcept>
#include <string>

namespace noiseloss {

/// The one exception type the project throws for bad input or failed operations.
/// The message is meant for a researcher: it names the file, field or tensor and the reason,
/// e.g. "song.flac: corrupt or truncated audio (libsndfile: ...)".
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message) : std::runtime_error(message) {}
};

/// Thrown when a run is cancelled through its cancellation token; not an error for the user.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

} // namespace noiseloss
