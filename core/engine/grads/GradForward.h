// Engine-internal (includes LibTorch): the decoder forward of the fast gradient method, with frozen
// weights and every intermediate the gradient norms need (linear inputs AND outputs, LN inputs).
// Same maths as engine/lm/DecoderForward (unconditional, no KV cache); the agreement test against
// the naive method (which uses DecoderForward) checks that they stay identical.
#pragma once

#include "engine/grads/FrozenLinear.h"
#include "engine/lm/DecoderConfig.h"
#include "engine/lm/DecoderWeights.h"

#include <torch/torch.h>
#include <vector>

namespace noiseloss {

/// The frozen linear weights of one layer (norm weights are used as plain tensors).
struct FrozenLayer {
    FrozenLinear query, key, value, out, fc1, fc2;
};

/// Frozen view of a DecoderWeights (dense, no requires_grad), optionally prepacked for oneDNN.
struct FrozenDecoder {
    const DecoderWeights* weights = nullptr;
    std::vector<FrozenLayer> layers;

    FrozenDecoder(const DecoderWeights& dense, bool prepack);
};

/// Intermediates of one layer, [1, P, ...] each; in the last layer of a forward with output rows,
/// [1, R, ...] from queryInput on (see GradForwardTensors::outputRows).
struct GradLayerTensors {
    torch::Tensor input, selfNormed, queryInput, query, key, value, context, attentionOut;
    torch::Tensor ffnInput, ffnNormed, fc1Out, activation, fc2Out, output;
};

struct GradForwardTensors {
    torch::Tensor embedded; ///< leaf requiring grad: summed embeddings + positions [1, P, d]
    std::vector<GradLayerTensors> layers;
    torch::Tensor finalInput; ///< final LayerNorm input
    torch::Tensor hidden;     ///< final LayerNorm output [1, P, d], or [1, R, d] with output rows
    /// Empty: every position. Otherwise the R positions (increasing) at which the last layer's query
    /// side and everything after it were computed: row i of those tensors is position outputRows[i].
    /// A loss read at these positions has the same gradients as in the full forward, and the rows
    /// the last layer skips carry none (the last layer's output at a position feeds only its logits).
    std::vector<std::int64_t> outputRows;
};

/// Which gradient paths the forward keeps. All: the true graph. SelfPositionOnly: same values, but
/// attention at query position p takes the keys and values of the other positions as constants,
/// so the gradient of a loss read at p w.r.t. h_l[s] keeps only the paths that stay at position p
/// (exact for s = p, zero for s != p); see computeSelfPositionNorms.
enum class GradPaths { All, SelfPositionOnly };

/// Forward over decoder input ids [1, K, P] (positions 0..P-1). Builds the autograd graph from
/// `embedded` unless called under NoGradGuard.
GradForwardTensors gradForward(const FrozenDecoder& decoder, const DecoderConfig& config,
                               const torch::Tensor& ids, GradPaths paths = GradPaths::All);

/// gradForward whose last layer computes queries, attention, FFN and the final norm only at
/// `outputRows` (increasing positions < P); keys and values still cover every position. For losses
/// read at those rows this skips most of the last layer's forward and backward.
GradForwardTensors gradForwardAtRows(const FrozenDecoder& decoder, const DecoderConfig& config,
                                     const torch::Tensor& ids, const std::vector<std::int64_t>& outputRows);

} // namespace noiseloss
