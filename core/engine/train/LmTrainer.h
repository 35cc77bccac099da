#pragma once

// Engine-internal (LibTorch): trains a MusicGen decoder through the project's functional forward
// (engine/lm/DecoderForward.h) on code sequences, with the delay pattern.

#include "engine/lm/DecoderConfig.h"
#include "engine/lm/DecoderWeights.h"

#include <filesystem>
#include <memory>
#include <torch/torch.h>

namespace noiseloss {

/// Owns trainable decoder weights (randomDecoderWeights with gradients; cross-attention tensors
/// are kept for the checkpoint layout but never used: the model is unconditional) and an Adam
/// optimiser (AdamW-style decoupled weight decay on matrices). Not thread-safe.
class LmTrainer {
public:
    LmTrainer(const DecoderConfig& config, std::uint64_t seed);

    /// Teacher-forced mean NLL (nats) of codes [B, K, T] (int64, < codebookSize) under the delay
    /// pattern: every code of every frame, each from its own position (BOS column first).
    /// `firstPosition` is the absolute position of the BOS column (0 for a clip's beginning).
    torch::Tensor delayedNll(const torch::Tensor& codes, std::int64_t firstPosition = 0) const;
    /// One optimiser step on `codes` [B, K, T]; returns the mean NLL before the step.
    double step(const torch::Tensor& codes, double learningRate, std::int64_t firstPosition = 0);
    /// Mean NLL without gradients.
    double evaluate(const torch::Tensor& codes) const;

    /// Rounds every tensor to float16 and back in place (what the fp16 checkpoint will hold).
    void roundToHalfPrecision();

    const DecoderConfig& config() const { return m_config; }
    const DecoderWeights& weights() const { return m_weights; }

    void saveCheckpoint(const std::filesystem::path& stem) const;
    /// The weights alone (no optimiser state), e.g. the best-validation snapshot.
    void saveWeights(const std::filesystem::path& path) const;
    void loadWeights(const std::filesystem::path& path);
    void loadCheckpoint(const std::filesystem::path& stem);

private:
    DecoderConfig m_config;
    DecoderWeights m_weights;
    std::vector<torch::Tensor> m_parameters;
    std::unique_ptr<torch::optim::Adam> m_optimizer;
};

} // namespace noiseloss
