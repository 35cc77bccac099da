#include "analysis/ContentHash.h"

#include <cstdio>
#include <cstring>

namespace noiseloss {
namespace {

constexpr std::uint64_t kFnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t kFnvPrime = 0x100000001b3ULL;

void mix(std::uint64_t& hash, const void* data, std::size_t bytes) {
    const auto* byte = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < bytes; ++i) {
        hash ^= byte[i];
        hash *= kFnvPrime;
    }
}

} // namespace

std::string audioContentHash(const AudioBuffer& audio) {
    std::uint64_t hash = kFnvOffset;
    const std::int32_t header[2] = {audio.sampleRate, audio.channels};
    mix(hash, header, sizeof(header));
    mix(hash, audio.samples.data(), audio.samples.size() * sizeof(float));
    char text[17];
    std::snprintf(text, sizeof(text), "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

} // namespace noiseloss
