#pragma once

#include "engine/EncodeCache.h"
#include "engine/EngineTypes.h"
#include "engine/ScoreCache.h"
#include "engine/ScoreParams.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace noiseloss {

struct DecoderConfig;
struct DecoderWeights;

/// What a loaded model folder offers (plain value).
struct ModelInfo {
    std::filesystem::path folder;
    std::string modelType;   ///< "musicgen" (codec + language model) or "encodec" (codec only)
    int sampleRate = 32000;  ///< Hz of the audio the codec expects
    int hopSamples = 640;    ///< samples per code frame
    double frameRate = 50.0; ///< code frames per second (sampleRate / hopSamples)
    int codebooks = 4;
    int codebookSize = 2048;
    bool hasLanguageModel = false;
    bool hasCodec = false;
    int layers = 0; ///< decoder layers (0 without a language model)
    int dModel = 0;
    int heads = 0;
    std::string configHash; ///< 16 hex digits of config.json (provenance)
};

/// A loaded MusicGen (or EnCodec-only) model: EnCodec 32 kHz encode/decode and teacher-forced
/// scoring with the MusicGen decoder (unconditional). Immutable after load(): every const method
/// may be called from several threads at once (each call uses its own buffers; LibTorch's
/// intra-op threads are process-wide, set from EngineOptions::threads at load).
/// Progress stages: "encode", "decode", "score". Cancellation throws noiseloss::Cancelled.
class MusicModel {
public:
    /// Loads config.json + safetensors from `folder`. Throws Error listing every problem with
    /// the config (missing keys, unsupported variants such as melody or stereo, unknown
    /// model_type) or the tensors (missing, wrong shape), and for device "cuda" without CUDA.
    static std::shared_ptr<const MusicModel> load(const std::filesystem::path& folder,
                                                  const EngineOptions& options = {});
    ~MusicModel();

    const ModelInfo& info() const;
    const EngineOptions& options() const;

    /// Mono samples at info().sampleRate -> codes K x ceil(samples / hop). Throws Error when the
    /// folder has no codec or the audio is empty. With a cache, only the frames after the unchanged
    /// prefix of the last clip are recomputed (EncodeCache.h) and the cache is updated.
    CodeMatrix encode(const std::vector<float>& monoAtModelRate, const RunControl& control = {},
                      EncodeCache* cache = nullptr) const;
    /// Codes -> mono samples at info().sampleRate (hop x frames samples).
    std::vector<float> decode(const CodeMatrix& codes, const RunControl& control = {}) const;
    /// Teacher-forced per-token NLL, entropy, rank and top-5 (see ScoreParams, Alignment). With a
    /// cache, an unchanged prefix of the decoder input is reused (ScoreCache.h). Throws Error when
    /// the folder has no language model or the codes do not fit it.
    ScoreResult score(const CodeMatrix& codes, const ScoreParams& params = defaultScoreParams(),
                      const RunControl& control = {}, ScoreCache* cache = nullptr) const;

    /// Engine-internal access (LibTorch types, defined in engine/lm/): for the gradient and
    /// training code. Null without a language model.
    const DecoderConfig* decoderConfig() const;
    const DecoderWeights* decoderWeights() const;

    struct Impl;

private:
    explicit MusicModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace noiseloss
