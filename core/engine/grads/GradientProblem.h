// Engine-internal (includes LibTorch): the shared inputs of a gradient run and the losses of targets.
#pragma once

#include "engine/grads/GradientTypes.h"
#include "engine/lm/DecoderConfig.h"
#include "engine/lm/DecoderWeights.h"

#include <torch/torch.h>
#include <vector>

namespace noiseloss {

/// One NLL term of a target: -log softmax(head_codebook(y[position]))[label].
struct TokenTerm {
    int codebook = 0;
    std::int64_t position = 0;
    std::int64_t label = 0;
};

/// Codes, decoder input and alignment of a run (read-only once built).
struct GradientProblem {
    DecoderConfig config;
    Alignment alignment = Alignment::Delayed;
    torch::Tensor codes; ///< [K, T] int64, CPU
    torch::Tensor input; ///< [1, K, S] int64 decoder input for the alignment

    GradientProblem(const DecoderConfig& decoderConfig, const torch::Tensor& codeTensor, Alignment mode);
    std::int64_t frames() const { return codes.size(1); }
    std::int64_t positions() const { return input.size(2); }
    /// The NLL terms of a target (validated: throws Error for frames or codebooks out of range).
    std::vector<TokenTerm> termsOf(const GradientTarget& target) const;
};

/// Copy of `source` in `dtype` with dense layout; every tensor a fresh leaf with requires_grad as
/// asked (storage is shared when no conversion is needed; gradients never write into it).
DecoderWeights prepareGradientWeights(const DecoderWeights& source, torch::ScalarType dtype,
                                      bool requiresGrad);

/// Sum of the NLL terms, from final hidden states [1, S', d] (S' > every term's position).
torch::Tensor targetLoss(const DecoderWeights& weights, const torch::Tensor& hidden,
                         const std::vector<TokenTerm>& terms);

} // namespace noiseloss
