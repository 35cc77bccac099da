// Engine-internal (includes LibTorch): computeGradients on a weights struct (used by the public
// entry point, the tests and the benchmark).
#pragma once

#include "engine/grads/GradientTypes.h"
#include "engine/lm/DecoderConfig.h"
#include "engine/lm/DecoderWeights.h"

#include <torch/torch.h>

namespace noiseloss {

class MusicModel;

/// codes [K, T] int64. See computeGradients (GradientComputation.h) for the contract.
GradientResult computeDecoderGradients(const DecoderWeights& weights, const DecoderConfig& config,
                                       const torch::Tensor& codes, const GradientParams& params,
                                       const RunControl& control = {}, const TargetCallback& onTarget = {});

/// The decoder of `model` and `codes` as a [K, T] tensor, checked for the public gradient entry
/// points: throws Error without a language model or for codes of another codebook count.
struct DecoderGradientInputs {
    const DecoderConfig& config;
    const DecoderWeights& weights;
    torch::Tensor codes;
};
DecoderGradientInputs decoderGradientInputs(const MusicModel& model, const CodeMatrix& codes);

} // namespace noiseloss
