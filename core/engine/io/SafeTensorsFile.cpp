#include "engine/io/SafeTensorsFile.h"

#include "util/Error.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <nlohmann/json.hpp>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static_assert(std::endian::native == std::endian::little, "safetensors data is little-endian");

namespace noiseloss {

namespace {

struct DtypeInfo {
    SafeTensorsDtype dtype;
    const char* name;
    std::size_t size;
};

constexpr std::array<DtypeInfo, 15> kDtypes{{
    {SafeTensorsDtype::Bool, "BOOL", 1},
    {SafeTensorsDtype::U8, "U8", 1},
    {SafeTensorsDtype::I8, "I8", 1},
    {SafeTensorsDtype::I16, "I16", 2},
    {SafeTensorsDtype::U16, "U16", 2},
    {SafeTensorsDtype::F16, "F16", 2},
    {SafeTensorsDtype::BF16, "BF16", 2},
    {SafeTensorsDtype::I32, "I32", 4},
    {SafeTensorsDtype::U32, "U32", 4},
    {SafeTensorsDtype::F32, "F32", 4},
    {SafeTensorsDtype::F64, "F64", 8},
    {SafeTensorsDtype::I64, "I64", 8},
    {SafeTensorsDtype::U64, "U64", 8},
    {SafeTensorsDtype::F8E5M2, "F8_E5M2", 1},
    {SafeTensorsDtype::F8E4M3, "F8_E4M3", 1},
}};

const DtypeInfo& infoOf(SafeTensorsDtype dtype) {
    for (const auto& info : kDtypes)
        if (info.dtype == dtype)
            return info;
    throw Error("internal: unknown safetensors dtype");
}

std::string shapeText(const std::vector<std::int64_t>& shape) {
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

/// Deepest bracket nesting of a JSON text, ignoring brackets inside strings. Checked before
/// parsing so that a hostile header cannot exhaust the stack of the recursive parser.
int jsonNestingDepth(const char* text, std::size_t length) {
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    for (std::size_t i = 0; i < length; ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

struct FileDescriptor {
    int fd = -1;
    ~FileDescriptor() {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

std::string safeTensorsDtypeName(SafeTensorsDtype dtype) {
    return infoOf(dtype).name;
}

std::optional<SafeTensorsDtype> parseSafeTensorsDtype(const std::string& name) {
    for (const auto& info : kDtypes)
        if (name == info.name)
            return info.dtype;
    return std::nullopt;
}

std::size_t safeTensorsDtypeSize(SafeTensorsDtype dtype) {
    return infoOf(dtype).size;
}

std::int64_t SafeTensorsEntry::elementCount() const {
    std::int64_t count = 1;
    for (auto extent : shape)
        count *= extent;
    return count;
}

std::string SafeTensorsFile::where() const {
    return m_path.filename().string();
}

std::shared_ptr<const SafeTensorsFile> SafeTensorsFile::open(const std::filesystem::path& path) {
    std::shared_ptr<SafeTensorsFile> file(new SafeTensorsFile());
    file->m_path = path;
    FileDescriptor descriptor{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
    if (descriptor.fd < 0)
        throw Error(path.string() + ": cannot open weight file (" + std::strerror(errno) + ")");
    struct stat status {};
    if (::fstat(descriptor.fd, &status) != 0 || !S_ISREG(status.st_mode))
        throw Error(path.string() + ": not a regular file");
    const auto fileBytes = static_cast<std::uint64_t>(status.st_size);
    if (fileBytes < 8)
        throw Error(file->where() + ": too short for a safetensors file (" + std::to_string(fileBytes) +
                    " bytes; the 8-byte header length is missing)");
    void* mapping = ::mmap(nullptr, fileBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE, descriptor.fd, 0);
    if (mapping == MAP_FAILED)
        throw Error(file->where() + ": cannot memory-map the file (" + std::strerror(errno) + ")");
    file->m_mapping = mapping;
    file->m_mappingBytes = fileBytes;
    const auto* bytes = static_cast<const std::byte*>(mapping);

    std::uint64_t headerBytes = 0;
    std::memcpy(&headerBytes, bytes, 8);
    if (headerBytes > kMaxHeaderBytes)
        throw Error(file->where() + ": header length " + std::to_string(headerBytes) +
                    " bytes exceeds the 100 MB limit (not a safetensors file?)");
    if (headerBytes > fileBytes - 8)
        throw Error(file->where() + ": header length " + std::to_string(headerBytes) + " bytes exceeds the " +
                    std::to_string(fileBytes - 8) + " bytes after the length field (truncated file?)");
    file->m_buffer = bytes + 8 + headerBytes;
    file->m_bufferBytes = fileBytes - 8 - headerBytes;
    file->parseHeader(reinterpret_cast<const char*>(bytes + 8), headerBytes);
    file->checkTiling();
    return file;
}

SafeTensorsFile::~SafeTensorsFile() {
    if (m_mapping)
        ::munmap(m_mapping, m_mappingBytes);
}

const SafeTensorsEntry* SafeTensorsFile::find(const std::string& name) const {
    auto it = m_indexByName.find(name);
    return it == m_indexByName.end() ? nullptr : &m_entries[it->second];
}

namespace {

std::uint64_t readOffset(const nlohmann::json& value, const std::string& context) {
    if (!value.is_number_unsigned() && !(value.is_number_integer() && value.get<std::int64_t>() >= 0))
        throw Error(context + ": data_offsets must be two non-negative integers");
    return value.get<std::uint64_t>();
}

SafeTensorsEntry parseEntry(const std::string& name, const nlohmann::json& value, const std::string& file,
                            std::uint64_t bufferBytes) {
    const std::string context = file + ": tensor " + name;
    if (!value.is_object())
        throw Error(context + ": header entry is not a JSON object");
    SafeTensorsEntry entry;
    entry.name = name;
    auto dtypeIt = value.find("dtype");
    if (dtypeIt == value.end() || !dtypeIt->is_string())
        throw Error(context + ": missing or non-string \"dtype\"");
    auto dtype = parseSafeTensorsDtype(dtypeIt->get<std::string>());
    if (!dtype)
        throw Error(context + ": unknown dtype \"" + dtypeIt->get<std::string>() + "\"");
    entry.dtype = *dtype;

    auto shapeIt = value.find("shape");
    if (shapeIt == value.end() || !shapeIt->is_array())
        throw Error(context + ": missing or non-array \"shape\"");
    std::uint64_t elements = 1;
    bool overflow = false;
    for (const auto& extent : *shapeIt) {
        if (!extent.is_number_integer() || extent.get<std::int64_t>() < 0)
            throw Error(context + ": shape entries must be non-negative integers");
        const auto n = extent.get<std::uint64_t>();
        overflow = overflow || n > (1ull << 62) || __builtin_mul_overflow(elements, n, &elements);
        entry.shape.push_back(static_cast<std::int64_t>(std::min<std::uint64_t>(n, 1ull << 62)));
    }
    std::uint64_t expectedBytes = 0;
    overflow =
        overflow || __builtin_mul_overflow(elements, safeTensorsDtypeSize(entry.dtype), &expectedBytes);

    auto offsetsIt = value.find("data_offsets");
    if (offsetsIt == value.end() || !offsetsIt->is_array() || offsetsIt->size() != 2)
        throw Error(context + ": missing \"data_offsets\" [begin, end]");
    entry.beginByte = readOffset((*offsetsIt)[0], context);
    entry.endByte = readOffset((*offsetsIt)[1], context);
    const std::string range =
        "[" + std::to_string(entry.beginByte) + ", " + std::to_string(entry.endByte) + "]";
    if (entry.endByte < entry.beginByte)
        throw Error(context + ": data_offsets " + range + " end before they begin");
    if (entry.endByte > bufferBytes)
        throw Error(context + ": data_offsets " + range + " exceed the " + std::to_string(bufferBytes) +
                    "-byte buffer");
    if (overflow || expectedBytes != entry.endByte - entry.beginByte)
        throw Error(
            context + ": shape " + shapeText(entry.shape) + " x " + safeTensorsDtypeName(entry.dtype) +
            " needs " + (overflow ? std::string("more than 2^64") : std::to_string(expectedBytes)) +
            " bytes but data_offsets " + range + " hold " + std::to_string(entry.endByte - entry.beginByte));
    return entry;
}

} // namespace

void SafeTensorsFile::parseHeader(const char* text, std::size_t length) {
    if (jsonNestingDepth(text, length) > kMaxJsonNesting)
        throw Error(where() + ": header JSON is nested too deeply (not a safetensors header)");
    nlohmann::json header = nlohmann::json::parse(text, text + length, nullptr, false);
    if (header.is_discarded())
        throw Error(where() + ": header is not valid JSON");
    if (!header.is_object())
        throw Error(where() + ": header JSON is not an object");
    for (const auto& [name, value] : header.items()) {
        if (name == "__metadata__") {
            if (!value.is_object())
                throw Error(where() + ": __metadata__ is not a JSON object");
            for (const auto& [key, item] : value.items()) {
                if (!item.is_string())
                    throw Error(where() + ": __metadata__ value \"" + key + "\" is not a string");
                m_metadata[key] = item.get<std::string>();
            }
            continue;
        }
        m_indexByName[name] = m_entries.size();
        m_entries.push_back(parseEntry(name, value, where(), m_bufferBytes));
    }
}

void SafeTensorsFile::checkTiling() const {
    std::vector<const SafeTensorsEntry*> byOffset;
    for (const auto& entry : m_entries)
        byOffset.push_back(&entry);
    std::sort(byOffset.begin(), byOffset.end(), [](const auto* a, const auto* b) {
        return a->beginByte != b->beginByte ? a->beginByte < b->beginByte : a->endByte < b->endByte;
    });
    std::uint64_t covered = 0;
    const SafeTensorsEntry* previous = nullptr;
    for (const auto* entry : byOffset) {
        if (entry->beginByte < covered)
            throw Error(where() + ": tensor " + entry->name + ": data_offsets [" +
                        std::to_string(entry->beginByte) + ", " + std::to_string(entry->endByte) +
                        "] overlap tensor " + previous->name + " (which ends at byte " +
                        std::to_string(covered) + ")");
        if (entry->beginByte > covered)
            throw Error(where() + ": tensor " + entry->name + ": data_offsets begin at byte " +
                        std::to_string(entry->beginByte) + " but the previous tensor ends at byte " +
                        std::to_string(covered) + " (gap in the data buffer)");
        covered = entry->endByte;
        previous = entry;
    }
    if (covered != m_bufferBytes)
        throw Error(where() + ": tensors cover " + std::to_string(covered) + " bytes of the " +
                    std::to_string(m_bufferBytes) + "-byte data buffer (trailing bytes or truncated file)");
}

} // namespace noiseloss
