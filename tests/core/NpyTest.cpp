#include "util/Error.h"
#include "util/Npy.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

using namespace noiseloss;

namespace {
std::filesystem::path tempPath(const std::string& name) {
    return std::filesystem::temp_directory_path() / ("noiseloss_npy_" + std::to_string(::getpid()) + "_" + name);
}
} // namespace

TEST(Npy, Float32RoundTripKeepsShapeAndValues) {
    const auto path = tempPath("f32.npy");
    writeNpy(path, {2, 3}, std::vector<float>{1, 2, 3, 4, 5, -6.5f});
    const NpyArray array = readNpy(path);
    EXPECT_EQ(array.dtype, NpyArray::DType::Float32);
    EXPECT_EQ(array.shape, (std::vector<std::int64_t>{2, 3}));
    EXPECT_EQ(array.f32, (std::vector<float>{1, 2, 3, 4, 5, -6.5f}));
    // The header is padded so the data starts on a 64-byte boundary, as NumPy requires.
    const auto size = std::filesystem::file_size(path);
    EXPECT_EQ((size - 6 * 4) % 64, 0u);
    EXPECT_EQ(size, 128u + 6 * 4); // 10-byte preamble + 60-character dict + padding + '\n' = 128
}

TEST(Npy, Int64RoundTripOneDimensional) {
    const auto path = tempPath("i64.npy");
    writeNpy(path, {4}, std::vector<std::int64_t>{0, 2047, -1, 1LL << 40});
    const NpyArray array = readNpy(path);
    EXPECT_EQ(array.dtype, NpyArray::DType::Int64);
    EXPECT_EQ(array.shape, (std::vector<std::int64_t>{4}));
    EXPECT_EQ(array.i64, (std::vector<std::int64_t>{0, 2047, -1, 1LL << 40}));
}

TEST(Npy, ShapeMismatchIsRefused) {
    EXPECT_THROW(writeNpy(tempPath("bad.npy"), {3, 3}, std::vector<float>{1, 2}), Error);
}

TEST(Npy, TruncatedFileGivesErrorNamingTheFile) {
    const auto path = tempPath("trunc.npy");
    writeNpy(path, {100}, std::vector<float>(100, 1.0f));
    std::filesystem::resize_file(path, 64 + 10);
    try {
        readNpy(path);
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("trunc.npy"), std::string::npos);
        EXPECT_NE(std::string(error.what()).find("truncated"), std::string::npos);
    }
}

TEST(Npy, GarbageIsNotAnNpyFile) {
    const auto path = tempPath("garbage.npy");
    std::ofstream(path) << "hello world, definitely not numpy";
    EXPECT_THROW(readNpy(path), Error);
}
