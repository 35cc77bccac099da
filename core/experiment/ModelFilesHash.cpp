#include "experiment/ModelFilesHash.h"

#include "util/Error.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <vector>

namespace noiseloss {
namespace {

bool decidesOutputs(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    return name == "config.json" || file.extension() == ".safetensors" ||
           name == "model.safetensors.index.json";
}

/// Word-at-a-time multiply-xorshift mixing: byte-wise FNV would take tens of seconds on a
/// multi-gigabyte checkpoint; this runs at memory speed and any changed byte changes the result.
class StreamHash {
public:
    void add(const unsigned char* bytes, std::size_t count) {
        std::size_t i = 0;
        for (; i + 8 <= count; i += 8) {
            std::uint64_t word;
            std::memcpy(&word, bytes + i, 8);
            mix(word);
        }
        std::uint64_t tail = 0;
        for (std::size_t shift = 0; i < count; ++i, shift += 8)
            tail |= static_cast<std::uint64_t>(bytes[i]) << shift;
        mix(tail ^ (static_cast<std::uint64_t>(count % 8) << 56));
    }
    void add(const std::string& text) {
        add(reinterpret_cast<const unsigned char*>(text.data()), text.size());
    }
    std::uint64_t value() const { return m_state; }

private:
    void mix(std::uint64_t word) {
        m_state ^= word + 0x9e3779b97f4a7c15ULL + (m_state << 6) + (m_state >> 2);
        m_state *= 0xff51afd7ed558ccdULL;
        m_state ^= m_state >> 33;
    }
    std::uint64_t m_state = 0xcbf29ce484222325ULL;
};

} // namespace

std::string modelFilesHash(const std::filesystem::path& modelFolder) {
    std::error_code error;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(modelFolder, error))
        if (entry.is_regular_file() && decidesOutputs(entry.path()))
            files.push_back(entry.path());
    if (error)
        throw Error(modelFolder.string() + ": cannot list the model folder (" + error.message() + ")");
    if (files.empty())
        throw Error(modelFolder.string() + ": no config.json or .safetensors files to hash");
    std::sort(files.begin(), files.end());
    StreamHash hash;
    std::vector<unsigned char> buffer(1 << 20); // a multiple of 8: chunk borders do not change the words
    for (const auto& file : files) {
        hash.add(file.filename().string() + ":" + std::to_string(std::filesystem::file_size(file)));
        std::ifstream stream(file, std::ios::binary);
        if (!stream)
            throw Error(file.string() + ": cannot open to hash the model");
        while (stream) {
            stream.read(reinterpret_cast<char*>(buffer.data()), static_cast<std::streamsize>(buffer.size()));
            const auto count = static_cast<std::size_t>(stream.gcount());
            if (count > 0)
                hash.add(buffer.data(), count);
        }
        if (stream.bad())
            throw Error(file.string() + ": read error while hashing the model");
    }
    char text[17];
    std::snprintf(text, sizeof(text), "%016llx", static_cast<unsigned long long>(hash.value()));
    return text;
}

} // namespace noiseloss
