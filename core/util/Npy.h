#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

namespace noiseloss {

/// An n-dimensional array read from or written to a NumPy .npy file (format 1.0, C order,
/// little-endian). Exactly one of the two data vectors is filled, by dtype.
struct NpyArray {
    enum class DType { Float32, Int64 };
    DType dtype = DType::Float32;
    std::vector<std::int64_t> shape;
    std::vector<float> f32;
    std::vector<std::int64_t> i64;

    std::int64_t elementCount() const;
};

/// Writes a float32 array ('<f4'). data.size() must equal the product of shape. Throws Error.
void writeNpy(const std::filesystem::path& path, const std::vector<std::int64_t>& shape,
              const std::vector<float>& data);
/// Writes an int64 array ('<i8').
void writeNpy(const std::filesystem::path& path, const std::vector<std::int64_t>& shape,
              const std::vector<std::int64_t>& data);

/// Reads a .npy file of dtype <f4, <f8 (converted to float32), <i4 or <i8 (converted to int64),
/// C order. Throws Error naming the file for anything else or a truncated file.
NpyArray readNpy(const std::filesystem::path& path);

} // namespace noiseloss
