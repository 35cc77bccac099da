// Public: the fixed order of parameter-gradient buckets (plain values, no LibTorch).
#pragma once

#include "engine/grads/GradientTypes.h"

#include <vector>

namespace noiseloss {

/// Index arithmetic of the bucket list. Per layer i (base = i * perLayer()):
///   self_attn.{q,k,v,out}_proj: whole tensor, then one bucket per head (q/k/v rows, out columns)
///   fc1, fc2, self_attn_layer_norm.{weight,bias}, final_layer_norm.{weight,bias} (the FFN LayerNorm)
/// then the decoder's final layer_norm.{weight,bias}, embed_tokens.{k} and lm_heads.{k} per codebook.
/// Cross-attention is absent: unconditional scoring skips it, so its gradients are zero by construction.
class GradientBuckets {
public:
    enum Linear { Query = 0, Key = 1, Value = 2, Out = 3 };
    enum LayerNormPart { SelfNormWeight = 0, SelfNormBias, FfnNormWeight, FfnNormBias };

    GradientBuckets(int layers, int heads, int codebooks);

    int count() const { return perLayer() * m_layers + 2 + 2 * m_codebooks; }
    int perLayer() const { return 4 * (m_heads + 1) + 6; }
    int attention(int layer, Linear linear, int head = -1) const {
        return layer * perLayer() + linear * (m_heads + 1) + 1 + head;
    }
    int fc1(int layer) const { return layer * perLayer() + 4 * (m_heads + 1); }
    int fc2(int layer) const { return fc1(layer) + 1; }
    int layerNorm(int layer, LayerNormPart part) const { return fc1(layer) + 2 + part; }
    int finalNormWeight() const { return perLayer() * m_layers; }
    int finalNormBias() const { return finalNormWeight() + 1; }
    int embedding(int codebook) const { return finalNormWeight() + 2 + codebook; }
    int head(int codebook) const { return embedding(m_codebooks) + codebook; }

    /// The named list, in index order (for buckets.json and the views).
    std::vector<ParameterBucket> describe() const;

private:
    int m_layers, m_heads, m_codebooks;
};

} // namespace noiseloss
