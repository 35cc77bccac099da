#pragma once

#include <filesystem>
#include <string>

namespace noiseloss {

/// A 64-bit content hash (16 hex digits) of a model folder's files that decide its outputs:
/// config.json and every *.safetensors file (and the shard index), in file-name order, each with its
/// name and size. The config hash alone is not enough for provenance or resumption: a retrained model
/// keeps its config and changes only its weights, and its jobs must not be skipped as done.
/// Reads every byte (a few seconds per GB, once per model per run). Throws Error naming the file when
/// the folder or a file cannot be read.
std::string modelFilesHash(const std::filesystem::path& modelFolder);

} // namespace noiseloss
