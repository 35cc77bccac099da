#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

namespace noiseloss {

/// Shape of a MusicGen decoder (the `decoder` sub-config of a combined MusicGen config.json, see
/// musicgen-encodec.md section 2). A plain value; thread-safe to share.
struct DecoderConfig {
    std::int64_t codebookSize = 2048; ///< vocab_size: classes per codebook; id codebookSize = BOS/pad
    std::int64_t dModel = 1024;       ///< hidden_size
    std::int64_t layers = 24;         ///< num_hidden_layers
    std::int64_t heads = 16;          ///< num_attention_heads (head dim = dModel / heads)
    std::int64_t ffnDim = 4096;       ///< ffn_dim
    std::int64_t maxPositions = 2048; ///< max_position_embeddings (informational: positions extend)
    std::int64_t codebooks = 4;       ///< num_codebooks
    std::int64_t audioChannels = 1;   ///< 1 = mono (2 = stereo is refused)

    std::int64_t headDim() const { return dModel / heads; }
    std::int64_t padToken() const { return codebookSize; }
    /// The decoder sub-config as it appears in config.json (for writing random checkpoints).
    nlohmann::json toJson() const;
};

/// Reads and validates the decoder config of a MusicGen folder's config.json (top level
/// `model_type: "musicgen"` with a `decoder` object; a bare `musicgen_decoder` config is accepted
/// too). Every problem found is listed in one Error: missing keys, non-positive sizes,
/// hidden_size not divisible by heads, an odd hidden_size, unsupported variants (melody, stereo),
/// unknown model_type, activation other than gelu. `source` names the file in messages.
DecoderConfig parseDecoderConfig(const nlohmann::json& config, const std::string& source);

} // namespace noiseloss
