#pragma once

// Engine-internal header (includes LibTorch): never include it from app/ or widgets/.

#include "engine/io/SafeTensorsFile.h"

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <torch/torch.h>
#include <unordered_map>
#include <vector>

namespace noiseloss {

/// The weights and config of one model folder in Hugging Face layout: config.json plus either
/// model.safetensors or shards listed in model.safetensors.index.json ("weight_map").
/// pytorch_model.bin (pickle) is deliberately not read.
///
/// Ownership: the store shares the memory-mapped files; tensors returned by get() may be views of
/// a mapping and keep it alive on their own, so they stay valid after the store is destroyed.
/// Treat returned tensors as read-only (writes would change what later get() calls return).
/// Thread-safety: immutable after open(); const methods may be called from any thread.
class WeightStore {
public:
    /// Opens and validates every weight file. Throws Error naming the folder/file on any problem
    /// (missing config.json, invalid JSON, missing shard, a key listed in weight_map but absent
    /// from its shard, a key present in two shards, and every SafeTensorsFile validation error).
    static WeightStore open(const std::filesystem::path& folder);

    const nlohmann::json& config() const { return m_config; }
    const std::filesystem::path& folder() const { return m_folder; }
    bool contains(const std::string& key) const { return m_index.count(key) != 0; }
    /// All tensor names, sorted.
    std::vector<std::string> keys() const;

    /// The tensor as fp32, CPU, contiguous. F32 data is a zero-copy view of the mapping when it is
    /// 4-byte aligned; F16, BF16, F64 and integer types are converted (copied). When
    /// `expectedShape` is non-empty the shape must match it (-1 matches any extent).
    /// Throws Error naming the file and tensor if missing, of an unconvertible dtype (F8, U16,
    /// U32, U64), or of another shape ("...has shape [2048, 512], expected [2048, 1024]").
    torch::Tensor get(const std::string& key, c10::IntArrayRef expectedShape = {}) const;

    /// The effective weight of a weight-normed module, e.g. "audio_encoder.encoder.layers.0.conv":
    /// w = g * v / ||v|| with the norm over all dims but 0 (no epsilon), from
    /// <prefix>.weight_g / .weight_v, or <prefix>.parametrizations.weight.original0 / original1,
    /// or a plain <prefix>.weight. For ConvTranspose1d weights [C_in, C_out, k] g is [C_in, 1, 1];
    /// the formula is the same over dim 0. Returns a new fp32 tensor. Throws Error naming the
    /// prefix and the keys tried when none is present, or when g and v disagree.
    torch::Tensor getWeightNormed(const std::string& modulePrefix) const;

    /// 16 hex digits: FNV-1a 64 of the exact config.json bytes (provenance, not security).
    std::string configHash() const;

private:
    struct Location {
        std::shared_ptr<const SafeTensorsFile> file;
        const SafeTensorsEntry* entry = nullptr;
    };

    void addFile(const std::shared_ptr<const SafeTensorsFile>& file);
    const Location& locate(const std::string& key) const;

    std::filesystem::path m_folder;
    std::string m_configText;
    nlohmann::json m_config;
    std::vector<std::shared_ptr<const SafeTensorsFile>> m_files;
    std::unordered_map<std::string, Location> m_index;
};

/// w = g * v / ||v|| over all dims of v but 0 (no epsilon). g must hold v.size(0) values.
/// Autograd-capable (used by trainers holding g and v as parameters). Throws Error on mismatch.
torch::Tensor foldWeightNorm(const torch::Tensor& g, const torch::Tensor& v, const std::string& name);

} // namespace noiseloss
