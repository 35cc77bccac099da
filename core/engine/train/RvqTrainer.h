#pragma once

// Engine-internal (LibTorch): training of EnCodec's residual vector quantizer.

#include <torch/torch.h>
#include <vector>

namespace noiseloss {

/// Result of one quantisation pass over latents [N, D].
struct RvqPass {
    torch::Tensor quantized; ///< [N, D] straight-through: forward = sum of code vectors, gradient = identity
    torch::Tensor commitmentLoss; ///< scalar: sum over stages of mean ||residual - sg(code vector)||^2
    torch::Tensor codes;          ///< [N, Q] int64
};

/// Trains the codebooks of a residual vector quantizer the way EnCodec does: k-means
/// initialisation, exponential-moving-average (EMA) codebook updates instead of gradients, and
/// restart of dead codes (EMA usage below a threshold) with vectors drawn from the current
/// batch's residuals. The codebook tensors passed in ([codebookSize, D] each, no gradient) are
/// updated in place, so an EncodecWeights that shares them always sees the current codebooks.
/// Not thread-safe.
class RvqTrainer {
public:
    RvqTrainer(std::vector<torch::Tensor> codebooks, double decay, double deadCodeThreshold);

    bool initialised() const { return m_initialised; }
    /// k-means (Lloyd, `iterations` rounds) on each stage's residuals of `latents` [N, D], N >= codebookSize.
    void initialiseWithKMeans(const torch::Tensor& latents, int iterations);

    /// Quantises `latents` [N, D] (may carry gradient). With `update`, applies one EMA step and
    /// restarts dead codes; returns how many codes were restarted through `restarted` if given.
    RvqPass quantize(const torch::Tensor& latents, bool update, int* restarted = nullptr);

    /// exp(entropy) of the code histogram per stage (a perplexity; codebookSize = all used evenly).
    static std::vector<double> perplexities(const torch::Tensor& codes, std::int64_t codebookSize);

    /// EMA state for checkpoints: per stage cluster sizes [C] and embedding sums [C, D], plus an
    /// "initialised" flag tensor; restoreState() takes the same list.
    std::vector<torch::Tensor> state() const;
    void restoreState(const std::vector<torch::Tensor>& state);

private:
    torch::Tensor nearest(const torch::Tensor& residual, const torch::Tensor& codebook) const;
    int updateStage(std::size_t stage, const torch::Tensor& residual, const torch::Tensor& indices);

    std::vector<torch::Tensor> m_codebooks, m_clusterSizes, m_embedSums;
    double m_decay;
    double m_deadCodeThreshold;
    bool m_initialised = false;
};

} // namespace noiseloss
