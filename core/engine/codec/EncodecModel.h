#pragma once

// Engine-internal header (includes LibTorch): never include it from app/ or widgets/.

#include "engine/codec/EncodecWeights.h"

#include <filesystem>
#include <torch/torch.h>

namespace noiseloss {

class WeightStore;

/// A loaded EnCodec model (32 kHz layout at any width): audio <-> discrete codes.
/// Weight-norm is folded once at load. Immutable after load: encode()/decode() may run from any
/// number of threads at once. They run under torch::NoGradGuard (results can still enter autograd
/// later, unlike InferenceMode tensors); use EncodecForward.h directly for differentiable paths.
class EncodecModel {
public:
    /// From a model folder: a combined MusicGen checkpoint (keys under "audio_encoder.") or a
    /// standalone EnCodec one (model_type "encodec", no prefix). Throws Error naming file/tensor.
    static EncodecModel load(const std::filesystem::path& folder);
    static EncodecModel load(const WeightStore& store);
    /// Wraps weights built elsewhere (e.g. by a trainer), folding any g/v pairs.
    explicit EncodecModel(EncodecWeights weights);

    const EncodecConfig& config() const { return m_weights.config; }
    const EncodecWeights& weights() const { return m_weights; }
    int numQuantizers() const { return static_cast<int>(m_weights.codebooks.size()); }
    int hopLengthSamples() const { return m_weights.config.hopLengthSamples(); }

    /// audio [B, 1, L] float32 at config().samplingRate, L >= 1 -> codes [B, K, ceil(L / hop)]
    /// int64 (K = numQuantizers()). Throws Error on a wrong shape.
    torch::Tensor encode(const torch::Tensor& audio) const;
    /// Continuous encoder output [B, hiddenSize, ceil(L / hop)] before quantisation.
    torch::Tensor encodeLatents(const torch::Tensor& audio) const;
    /// codes [B, K, T] int64 (K <= numQuantizers()) -> audio [B, 1, hop * T], cropped to
    /// `lengthSamples` when 0 < lengthSamples <= hop * T. Throws Error on a bad code.
    torch::Tensor decode(const torch::Tensor& codes, std::int64_t lengthSamples = 0) const;

private:
    EncodecWeights m_weights;
};

} // namespace noiseloss
