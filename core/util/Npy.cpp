#include "util/Npy.h"

#include "util/Error.h"

#include <cstring>
#include <fstream>
#include <numeric>
#include <regex>
#include <sstream>

namespace noiseloss {
namespace {

constexpr char kMagic[] = "\x93NUMPY";

std::int64_t product(const std::vector<std::int64_t>& shape) {
    return std::accumulate(shape.begin(), shape.end(), std::int64_t{1}, std::multiplies<>());
}

std::string shapeText(const std::vector<std::int64_t>& shape) {
    std::ostringstream out;
    out << '(';
    for (std::size_t i = 0; i < shape.size(); ++i)
        out << shape[i] << (shape.size() == 1 ? "," : (i + 1 < shape.size() ? ", " : ""));
    out << ')';
    return out.str();
}

void writeRaw(const std::filesystem::path& path, const char* descr, const std::vector<std::int64_t>& shape,
              const void* data, std::size_t bytes) {
    std::string header = std::string("{'descr': '") + descr + "', 'fortran_order': False, 'shape': " +
                         shapeText(shape) + ", }";
    // Pad with spaces so that magic(6) + version(2) + length(2) + header + '\n' is a multiple of 64.
    const std::size_t total = 10 + header.size() + 1;
    header.append((64 - total % 64) % 64, ' ');
    header.push_back('\n');
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw Error(path.string() + ": cannot open for writing");
    out.write(kMagic, 6);
    const char version[2] = {1, 0};
    out.write(version, 2);
    const auto length = static_cast<std::uint16_t>(header.size());
    const char lengthBytes[2] = {static_cast<char>(length & 0xff), static_cast<char>(length >> 8)};
    out.write(lengthBytes, 2);
    out.write(header.data(), static_cast<std::streamsize>(header.size()));
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(bytes));
    if (!out)
        throw Error(path.string() + ": write failed");
}

} // namespace

std::int64_t NpyArray::elementCount() const { return product(shape); }

void writeNpy(const std::filesystem::path& path, const std::vector<std::int64_t>& shape,
              const std::vector<float>& data) {
    if (static_cast<std::int64_t>(data.size()) != product(shape))
        throw Error(path.string() + ": NPY data size does not match its shape");
    writeRaw(path, "<f4", shape, data.data(), data.size() * sizeof(float));
}

void writeNpy(const std::filesystem::path& path, const std::vector<std::int64_t>& shape,
              const std::vector<std::int64_t>& data) {
    if (static_cast<std::int64_t>(data.size()) != product(shape))
        throw Error(path.string() + ": NPY data size does not match its shape");
    writeRaw(path, "<i8", shape, data.data(), data.size() * sizeof(std::int64_t));
}

NpyArray readNpy(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path.string() + ": cannot open (missing or unreadable)");
    char magic[8] = {};
    in.read(magic, 8);
    if (!in || std::memcmp(magic, kMagic, 6) != 0)
        throw Error(path.string() + ": not a NumPy .npy file");
    std::uint32_t headerLength = 0;
    if (magic[6] == 1) {
        unsigned char b[2];
        in.read(reinterpret_cast<char*>(b), 2);
        headerLength = b[0] | (b[1] << 8);
    } else {
        unsigned char b[4];
        in.read(reinterpret_cast<char*>(b), 4);
        headerLength = b[0] | (b[1] << 8) | (b[2] << 16) | (static_cast<std::uint32_t>(b[3]) << 24);
    }
    if (!in || headerLength > (1u << 20))
        throw Error(path.string() + ": truncated or malformed .npy header");
    std::string header(headerLength, '\0');
    in.read(header.data(), headerLength);
    if (!in)
        throw Error(path.string() + ": truncated .npy header");

    std::smatch match;
    if (!std::regex_search(header, match, std::regex(R"('descr':\s*'([^']+)')")))
        throw Error(path.string() + ": .npy header has no dtype");
    const std::string descr = match[1];
    if (std::regex_search(header, std::regex(R"('fortran_order':\s*True)")))
        throw Error(path.string() + ": Fortran-order .npy arrays are not supported");
    if (!std::regex_search(header, match, std::regex(R"('shape':\s*\(([^)]*)\))")))
        throw Error(path.string() + ": .npy header has no shape");
    NpyArray array;
    std::string dims = match[1];
    std::stringstream dimStream(dims);
    for (std::string item; std::getline(dimStream, item, ',');) {
        if (item.find_first_not_of(" ") == std::string::npos)
            continue;
        const long long dim = std::stoll(item);
        if (dim < 0)
            throw Error(path.string() + ": negative dimension in .npy shape");
        array.shape.push_back(dim);
    }
    const std::int64_t count = product(array.shape);
    if (count > (std::int64_t{1} << 34))
        throw Error(path.string() + ": .npy array too large");

    auto readValues = [&](auto sample) {
        using T = decltype(sample);
        std::vector<T> values(static_cast<std::size_t>(count));
        in.read(reinterpret_cast<char*>(values.data()), static_cast<std::streamsize>(count * sizeof(T)));
        if (!in)
            throw Error(path.string() + ": truncated .npy data (expected " + std::to_string(count) + " values)");
        return values;
    };
    if (descr == "<f4") {
        array.dtype = NpyArray::DType::Float32;
        array.f32 = readValues(float{});
    } else if (descr == "<f8") {
        array.dtype = NpyArray::DType::Float32;
        auto values = readValues(double{});
        array.f32.assign(values.begin(), values.end());
    } else if (descr == "<i8") {
        array.dtype = NpyArray::DType::Int64;
        array.i64 = readValues(std::int64_t{});
    } else if (descr == "<i4") {
        array.dtype = NpyArray::DType::Int64;
        auto values = readValues(std::int32_t{});
        array.i64.assign(values.begin(), values.end());
    } else {
        throw Error(path.string() + ": unsupported .npy dtype '" + descr + "' (need <f4, <f8, <i4 or <i8)");
    }
    return array;
}

} // namespace noiseloss
