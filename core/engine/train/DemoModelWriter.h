#pragma once

// Engine-internal (LibTorch): writes the demo model folder in the Hugging Face combined layout.

#include "engine/train/CodecTrainer.h"
#include "engine/train/LmTrainer.h"

#include <filesystem>
#include <map>
#include <string>

namespace noiseloss {

/// Writes `folder`/config.json (model_type musicgen, sub-configs decoder / audio_encoder /
/// text_encoder) and `folder`/model.safetensors in float16 with decoder.* keys, audio_encoder.*
/// keys (weight_g / weight_v per conv, LSTM, codebook embed plus the EMA buffers embed_avg,
/// cluster_size, inited) and enc_to_dec_proj.* (zeros: the demo model has no text conditioning).
/// `metadata` goes into the safetensors header. Throws Error on I/O failure.
void writeDemoModelFolder(const std::filesystem::path& folder, const CodecTrainer& codec, const LmTrainer& lm,
                          const std::map<std::string, std::string>& metadata);

} // namespace noiseloss
