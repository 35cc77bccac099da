#pragma once

#include "audio/AudioBuffer.h"

#include <cstdint>
#include <string>

namespace noiseloss {

/// 64-bit FNV-1a hash of the sample rate, channel count and sample bits of `audio`, as 16 lower-case
/// hex digits. Identical buffers give identical hashes; any changed sample changes the hash (up to
/// collisions). Used to key cached results and to record provenance. Pure function.
std::string audioContentHash(const AudioBuffer& audio);

} // namespace noiseloss
