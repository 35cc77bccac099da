// Engine-internal (includes LibTorch): the study's layer x token map for many targets in a few
// backward passes (see computeSelfPositionNorms in GradientComputation.h for the contract).
#pragma once

#include "engine/grads/GradientTypes.h"
#include "engine/lm/DecoderConfig.h"
#include "engine/lm/DecoderWeights.h"

#include <torch/torch.h>

namespace noiseloss {

/// codes [K, T] int64.
SelfPositionNorms computeDecoderSelfPositionNorms(const DecoderWeights& weights, const DecoderConfig& config,
                                                  const torch::Tensor& codes, const GradientParams& params,
                                                  const RunControl& control = {});

} // namespace noiseloss
