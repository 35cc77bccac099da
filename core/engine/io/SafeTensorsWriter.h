#pragma once

// Engine-internal header (includes LibTorch): never include it from app/ or widgets/.

#include "engine/io/SafeTensorsFile.h"

#include <filesystem>
#include <map>
#include <string>
#include <torch/torch.h>

namespace noiseloss {

/// Writes `tensors` (name -> tensor, laid out in name order) to a .safetensors file that
/// SafeTensorsFile and the Python `safetensors` package read. Every tensor is converted to
/// `dtype` (F32, F16 or BF16; anything else throws Error) and written contiguous, little-endian.
/// The JSON header is padded with spaces so the data buffer starts 8-byte aligned. `metadata`
/// becomes "__metadata__" (omitted when empty). The file is written to "<path>.partial" and
/// renamed, so a crash never leaves a half-written file under `path`.
/// Thread-safety: free function, no shared state; tensors may live on any device (moved to CPU).
void saveSafetensors(const std::filesystem::path& path, const std::map<std::string, torch::Tensor>& tensors,
                     SafeTensorsDtype dtype = SafeTensorsDtype::F32,
                     const std::map<std::string, std::string>& metadata = {});

} // namespace noiseloss
