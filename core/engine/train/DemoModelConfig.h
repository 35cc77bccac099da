#pragma once

// Engine-internal: the architecture of the built-in demo model.

#include "engine/codec/EncodecConfig.h"
#include "engine/lm/DecoderConfig.h"

#include <nlohmann/json.hpp>

namespace noiseloss {

/// EnCodec 32 kHz layout (hop 640, 50 frames/s, ratios 8 5 4 4) at small widths: 8 filters,
/// 64-dimensional latents, one LSTM layer, 4 codebooks of 256 entries, reflect padding.
EncodecConfig demoEncodecConfig();

/// MusicGen decoder: d 256, 4 layers, 4 heads, ffn 1024, 4 codebooks of 256 (+ BOS 256).
DecoderConfig demoDecoderConfig();

/// The combined config.json (model_type "musicgen", sub-configs decoder / audio_encoder /
/// text_encoder) that MusicModel::load() parses.
nlohmann::json demoCombinedConfig(const EncodecConfig& codec, const DecoderConfig& decoder);

} // namespace noiseloss
