// Engine-internal (includes LibTorch): the tensors of a MusicGen decoder as plain torch::Tensors.
#pragma once

#include "engine/lm/DecoderConfig.h"

#include <map>
#include <string>
#include <torch/torch.h>
#include <vector>

namespace noiseloss {

class WeightStore;

/// One decoder layer. Linear weights are [out, in] (HF layout, no biases). A linear weight may be
/// in oneDNN (mkldnn) layout after prepackForMkldnn(); such weights are inference-only.
/// Cross-attention tensors are undefined when the layer was loaded without them.
struct DecoderLayerWeights {
    torch::Tensor selfNormWeight, selfNormBias;
    torch::Tensor queryWeight, keyWeight, valueWeight, outWeight;
    torch::Tensor crossNormWeight, crossNormBias;
    torch::Tensor crossQueryWeight, crossKeyWeight, crossValueWeight, crossOutWeight;
    torch::Tensor ffnNormWeight, ffnNormBias;
    torch::Tensor fc1Weight, fc2Weight;

    bool hasCrossAttention() const { return crossQueryWeight.defined(); }
};

/// All decoder tensors. Built from a checkpoint (loadDecoderWeights), from fresh trainable tensors
/// (randomDecoderWeights with requiresGrad), or assembled by hand. Not thread-safe to mutate;
/// read-only use from several threads is fine.
struct DecoderWeights {
    std::vector<torch::Tensor> embeddings; ///< per codebook [codebookSize + 1, d] (last row = BOS/pad)
    std::vector<DecoderLayerWeights> layers;
    torch::Tensor finalNormWeight, finalNormBias; ///< [d]
    std::vector<torch::Tensor> heads;             ///< per codebook [codebookSize, d]
};

/// Hugging Face key -> shape of every decoder tensor of a combined MusicGen checkpoint
/// ("decoder.model.decoder.layers.0.self_attn.q_proj.weight" ...), in a stable order.
/// `includeCrossAttention` adds the encoder_attn tensors (present in real checkpoints).
std::vector<std::pair<std::string, std::vector<std::int64_t>>>
decoderKeyShapes(const DecoderConfig& config, bool includeCrossAttention = true);

/// Reads the decoder tensors from a checkpoint, checking every shape against `config`; all missing
/// or mis-shaped tensors are listed in one Error. Cross-attention tensors are only checked for
/// presence unless `loadCrossAttention` (they cost 4 d^2 per layer and unconditional scoring skips them).
DecoderWeights loadDecoderWeights(const WeightStore& store, const DecoderConfig& config,
                                  bool loadCrossAttention = false);

/// Random weights with a sane scale (normal std 0.02, LayerNorm 1/0, head std 1/sqrt(d) so the
/// softmax is neither flat nor one-hot). `requiresGrad` makes every tensor a trainable leaf.
DecoderWeights randomDecoderWeights(const DecoderConfig& config, std::uint64_t seed,
                                    bool requiresGrad = false, bool includeCrossAttention = true);

/// HF key -> tensor (dense layout), e.g. to save with saveSafetensors. Undefined tensors are skipped.
std::map<std::string, torch::Tensor> namedDecoderTensors(const DecoderWeights& weights);

/// Every tensor as a flat list (e.g. for an optimizer). Undefined tensors are skipped.
std::vector<torch::Tensor> decoderParameters(const DecoderWeights& weights);

/// Converts the linear weights (projections, FFN, heads) to oneDNN layout in place, releasing the
/// dense copies. Afterwards the forward uses at::mkldnn_linear; no autograd through those weights.
void prepackForMkldnn(DecoderWeights& weights);

/// Moves every tensor to `device` in place (dense weights only).
void moveDecoderWeights(DecoderWeights& weights, const torch::Device& device);

} // namespace noiseloss
