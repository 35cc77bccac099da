#pragma once

// Engine-internal (LibTorch): trains a small EnCodec through the project's functional forward
// (engine/codec/EncodecForward.h) on weight-norm parameters g/v.

#include "engine/codec/EncodecWeights.h"
#include "engine/train/RvqTrainer.h"

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <torch/torch.h>

namespace noiseloss {

/// Losses of one codec training step (batch means).
struct CodecStepResult {
    double waveformL1 = 0.0;
    double stftDistance = 0.0; ///< multi-resolution STFT distance (SpectralLoss.h)
    double commitment = 0.0;   ///< 0 before the quantizer is switched on
    double total = 0.0;
    int restartedCodes = 0;
};

/// Owns trainable EnCodec tensors in the Hugging Face combined layout ("audio_encoder." keys,
/// weight_g / weight_v per conv), an Adam optimiser over them and the RVQ trainer. Reconstruction
/// loss = waveform L1 + multi-resolution STFT distance (+ commitment once quantising).
/// Not thread-safe.
class CodecTrainer {
public:
    /// Fresh weights for `config` (PyTorch-default-like initialisation from torch's global RNG).
    explicit CodecTrainer(const EncodecConfig& config);

    /// One optimiser step on `audio` [B, 1, L] (L a multiple of the hop) at `learningRate`.
    /// Without quantisation the latents go straight to the decoder (the warm-up phase).
    CodecStepResult step(const torch::Tensor& audio, bool quantize, double learningRate);
    /// k-means initialisation of the codebooks from the encoder latents of `audio` [B, 1, L].
    void initialiseCodebooks(const torch::Tensor& audio, int iterations);
    bool codebooksInitialised() const { return m_rvq->initialised(); }

    /// Rounds every tensor to float16 and back in place, so the stored fp16 checkpoint computes
    /// exactly what the trainer computed afterwards.
    void roundToHalfPrecision();

    const EncodecWeights& weights() const { return m_weights; }
    /// HF key -> tensor (the layout encodecTensorSpecs lists), for saveSafetensors.
    const std::map<std::string, torch::Tensor>& namedTensors() const { return m_tensors; }
    /// The quantizer's training buffers under their HF names (...codebook.embed_avg [C, D],
    /// .cluster_size [C], .inited [1]) for a checkpoint that transformers can also resume from.
    std::map<std::string, torch::Tensor> quantizerBuffers() const;

    void saveCheckpoint(const std::filesystem::path& stem) const;
    void loadCheckpoint(const std::filesystem::path& stem);

private:
    EncodecWeights m_weights;
    std::map<std::string, torch::Tensor> m_tensors;
    std::vector<torch::Tensor> m_parameters;
    std::unique_ptr<torch::optim::Adam> m_optimizer;
    std::unique_ptr<RvqTrainer> m_rvq;
};

} // namespace noiseloss
