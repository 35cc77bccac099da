#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace noiseloss {

/// Shape of a random MusicGen checkpoint (defaults: musicgen-small with the real EnCodec 32 kHz).
struct RandomCheckpointSpec {
    std::int64_t dModel = 1024;
    std::int64_t layers = 24;
    std::int64_t heads = 16;
    std::int64_t ffnDim = 4096;
    std::int64_t codebookSize = 2048;
    std::int64_t codebooks = 4;
    std::int64_t encodecFilters = 64; ///< EnCodec num_filters; 0 = write no codec
    std::uint64_t seed = 0;
    bool float16 = false; ///< store F16 instead of F32
};

struct RandomCheckpointSummary {
    std::int64_t tensors = 0;
    std::int64_t parameters = 0;
    std::int64_t bytes = 0; ///< size of model.safetensors
};

/// Writes `folder`/config.json (model_type musicgen; decoder, audio_encoder and a t5-base-shaped
/// text_encoder sub-config) and `folder`/model.safetensors with every decoder.* key (including
/// cross-attention), enc_to_dec_proj.* and, unless encodecFilters is 0, audio_encoder.* keys
/// (weight_g/weight_v spelling). Scales: projections N(0, 0.02), embeddings N(0, 1), heads
/// N(0, 1/sqrt(d)) so the predictive entropy is well below uniform but not one-hot; conv weight-norm
/// g = 1. Deterministic for a seed. Throws Error on invalid sizes or I/O failure. Any thread.
RandomCheckpointSummary writeRandomCheckpoint(const std::filesystem::path& folder,
                                              const RandomCheckpointSpec& spec);

/// "f32" -> false, "f16" -> true; throws Error otherwise.
bool parseRandomCheckpointDtype(const std::string& name);

} // namespace noiseloss
