// Engine-internal (includes LibTorch): computeGradients on a weights struct (used by the public
// entry point, the tests and the benchmark).
#pragma once

#include "engine/grads/GradientTypes.h"
#include "engine/lm/DecoderConfig.h"
#include "engine/lm/DecoderWeights.h"

#include <torch/torch.h>

namespace noiseloss {

/// codes [K, T] int64. See computeGradients (GradientComputation.h) for the contract.
GradientResult computeDecoderGradients(const DecoderWeights& weights, const DecoderConfig& config,
                                       const torch::Tensor& codes, const GradientParams& params,
                                       const RunControl& control = {}, const TargetCallback& onTarget = {});

} // namespace noiseloss
