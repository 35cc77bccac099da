#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace noiseloss {

/// Element types of the safetensors format (all of them are recognised; the engine converts the
/// float types F32 / F16 / BF16 for weights).
enum class SafeTensorsDtype {
    Bool,
    U8,
    I8,
    I16,
    U16,
    F16,
    BF16,
    I32,
    U32,
    F32,
    F64,
    I64,
    U64,
    F8E5M2,
    F8E4M3
};

/// The format's spelling ("F32", "BF16", "F8_E5M2", ...).
std::string safeTensorsDtypeName(SafeTensorsDtype dtype);
/// Parses a format spelling; std::nullopt for an unknown name.
std::optional<SafeTensorsDtype> parseSafeTensorsDtype(const std::string& name);
/// Bytes per element (1 for BOOL and the F8 types).
std::size_t safeTensorsDtypeSize(SafeTensorsDtype dtype);

/// One tensor described in the header. `beginByte`/`endByte` are relative to the data buffer.
struct SafeTensorsEntry {
    std::string name;
    SafeTensorsDtype dtype = SafeTensorsDtype::F32;
    std::vector<std::int64_t> shape;
    std::uint64_t beginByte = 0;
    std::uint64_t endByte = 0;

    std::int64_t elementCount() const;
};

/// A read-only, memory-mapped .safetensors file, validated completely at open():
/// header length <= 100 MB and within the file, a JSON object, known dtypes, shape x dtype size ==
/// byte range, ranges inside the buffer and tiling it exactly (no overlap, no gap). Any violation
/// throws noiseloss::Error naming the file (and the tensor); a hostile file never causes an
/// out-of-bounds read.
///
/// Ownership: the mapping lives as long as the object; hold it through the shared_ptr returned by
/// open() (tensor views created by WeightStore capture that shared_ptr). The mapping is private
/// copy-on-write, so writing through a pointer never changes the file; callers must treat the
/// bytes as read-only anyway. Immutable after open(): any thread may read concurrently.
class SafeTensorsFile {
public:
    static constexpr std::uint64_t kMaxHeaderBytes = 100ull * 1024 * 1024;
    static constexpr int kMaxJsonNesting = 64;

    static std::shared_ptr<const SafeTensorsFile> open(const std::filesystem::path& path);

    ~SafeTensorsFile();
    SafeTensorsFile(const SafeTensorsFile&) = delete;
    SafeTensorsFile& operator=(const SafeTensorsFile&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    /// Tensors in header order (sorted by name, as nlohmann::json orders object keys).
    const std::vector<SafeTensorsEntry>& entries() const { return m_entries; }
    /// nullptr when the file has no such tensor.
    const SafeTensorsEntry* find(const std::string& name) const;
    /// First byte of the tensor's data (entry must come from this file's entries()).
    const std::byte* data(const SafeTensorsEntry& entry) const { return m_buffer + entry.beginByte; }
    std::uint64_t bufferBytes() const { return m_bufferBytes; }
    /// The optional "__metadata__" string map.
    const std::map<std::string, std::string>& metadata() const { return m_metadata; }

private:
    SafeTensorsFile() = default;
    void parseHeader(const char* text, std::size_t length);
    void checkTiling() const;
    std::string where() const; ///< file name for messages

    std::filesystem::path m_path;
    void* m_mapping = nullptr;
    std::size_t m_mappingBytes = 0;
    const std::byte* m_buffer = nullptr;
    std::uint64_t m_bufferBytes = 0;
    std::vector<SafeTensorsEntry> m_entries;
    std::map<std::string, std::size_t> m_indexByName;
    std::map<std::string, std::string> m_metadata;
};

} // namespace noiseloss
