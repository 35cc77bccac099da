// Engine-internal (includes LibTorch): the MusicGen decoder forward as plain functions over
// DecoderWeights (musicgen-encodec.md section 4). Autograd-capable: nothing here sets
// NoGradGuard / InferenceMode; the caller chooses. Thread-safety: the functions are reentrant;
// concurrent calls may share one DecoderWeights read-only.
#pragma once

#include "engine/EngineTypes.h"
#include "engine/lm/DecoderWeights.h"

#include <torch/torch.h>
#include <vector>

namespace noiseloss {

/// Sinusoidal position embeddings for absolute positions [start, start + count): [count, d],
/// concat(cos(p f), sin(p f)) with f_i = exp(-i ln(10000) / (d/2 - 1)). Any length (not limited to
/// max_position_embeddings). Computed in float64 then cast to float32.
torch::Tensor sinusoidalPositions(std::int64_t start, std::int64_t count, std::int64_t dModel);

/// Self-attention keys/values of every layer for the positions already processed (batch B,
/// [B, heads, pastLength, headDim] per layer). Empty = no past.
struct KvCache {
    std::vector<torch::Tensor> keys, values;

    std::int64_t length() const { return keys.empty() ? 0 : keys.front().size(2); }
    /// Keeps the first `positions` positions (positions <= length()).
    void truncate(std::int64_t positions);
};

/// Intermediates of one layer, captured on request (all [B, S, ...] for the new positions).
struct LayerCapture {
    torch::Tensor input;            ///< residual stream entering the layer (self-attn LN input)
    torch::Tensor selfAttnNormed;   ///< LN1 output = input of q/k/v projections
    torch::Tensor attentionContext; ///< concatenated heads = input of out_proj [B, S, d]
    torch::Tensor ffnInput;         ///< residual after attention (LN2 input)
    torch::Tensor ffnNormed;        ///< LN2 output = fc1 input
    torch::Tensor ffnActivation;    ///< GELU output = fc2 input [B, S, ffn]
    torch::Tensor output;           ///< residual stream leaving the layer
};

struct ForwardCapture {
    std::vector<LayerCapture> layers; ///< filled, one per layer, when a capture is passed
    torch::Tensor embedded;           ///< summed embeddings + positions (input of layer 0)
    torch::Tensor finalNormInput;     ///< = layers.back().output
};

/// Options of one forward call.
struct ForwardOptions {
    std::int64_t pastLength = 0;       ///< absolute position of the first input column
    KvCache* cache = nullptr;          ///< read (if pastLength > 0) and extended when given
    ForwardCapture* capture = nullptr; ///< intermediates on request
    const torch::Tensor* encoderStates =
        nullptr;                         ///< [B, Senc, d] cross-attention states; null = unconditional
    const RunControl* control = nullptr; ///< progress ("score") per layer and cancellation
};

/// ids [B, K, S] int64 (values 0..codebookSize, codebookSize = BOS/pad) -> final-LN hidden [B, S, d].
/// With options.cache, its length must equal options.pastLength; keys/values of the new positions
/// are appended. Throws Cancelled between layers when the control's flag is set.
torch::Tensor decoderHidden(const DecoderWeights& weights, const DecoderConfig& config,
                            const torch::Tensor& ids, const ForwardOptions& options = {});

/// Per-codebook logits from final hidden states: [B, S, d] -> [B, K, S, codebookSize].
torch::Tensor decoderLogits(const DecoderWeights& weights, const torch::Tensor& hidden);

/// y = x W^T for a dense or oneDNN-layout weight [out, in]; x [..., in].
torch::Tensor linearNoBias(const torch::Tensor& x, const torch::Tensor& weight);

} // namespace noiseloss
