#pragma once

// Engine-internal (LibTorch): reconstruction losses and metrics for codec training/evaluation.

#include <torch/torch.h>

namespace noiseloss {

/// Multi-resolution STFT distance between `estimate` and `reference` ([B, L] float, same shape):
/// mean over FFT sizes 256, 512, 1024 and 2048 (hop = size / 4, Hann window) of spectral
/// convergence ||S - S^||_F / ||S||_F plus mean |log(S + 1e-5) - log(S^ + 1e-5)| on magnitudes.
/// Autograd-capable (a training loss); 0 for identical signals.
torch::Tensor multiResolutionStftDistance(const torch::Tensor& estimate, const torch::Tensor& reference);

/// Scale-invariant signal-to-noise ratio in dB of `estimate` against `reference` ([L] or [B, L];
/// means removed, averaged over the batch). Higher is better; +inf for a perfect copy.
double scaleInvariantSnrDb(const torch::Tensor& estimate, const torch::Tensor& reference);

} // namespace noiseloss
