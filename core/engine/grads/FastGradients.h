// Engine-internal (includes LibTorch): the fast exact gradient method (gradient-protocol.md).
#pragma once

#include "engine/grads/GradForward.h"
#include "engine/grads/GradientBuckets.h"
#include "engine/grads/GradientProblem.h"

#include <functional>

namespace noiseloss {

/// Per group of targets: one forward over the causal prefix they need (frozen weights; the last layer
/// only at the positions where the group's losses are read, keys and values everywhere), then per
/// target torch::autograd::grad w.r.t. captured intermediates (retain_graph). Linear-weight norms are
/// ghost norms <A A^T, G G^T> with A A^T cached per layer across all targets (direct G^T A when the
/// prefix is longer than the linear's input width), LayerNorm gradients are exact, embeddings by index_add of the
/// embedding-output gradient, lm_heads as ||softmax - onehot|| * ||y||. Not thread-safe.
class FastGradients {
public:
    using Deliver = std::function<void(std::size_t indexInGroup, TargetGradients&& gradients)>;

    FastGradients(const DecoderWeights& source, const GradientProblem& problem, torch::ScalarType dtype,
                  bool prepack);

    /// Targets are best grouped by nearby positions, largest prefix first (Grams are built once).
    void computeGroup(const std::vector<GradientTarget>& targets, const Deliver& deliver,
                      const RunControl& control);

private:
    struct LayerGrams {
        torch::Tensor qkvInput, outInputHeads, fc1Input, fc2Input;
    };
    void ensureGrams(const GradForwardTensors& forward);
    TargetGradients computeTarget(const GradForwardTensors& forward, const GradientTarget& target) const;
    void fillLayer(const GradLayerTensors& forward, const std::vector<torch::Tensor>& gradients,
                   std::size_t layer, std::int64_t prefix, std::vector<float>& norms) const;
    void fillLastLayer(const GradLayerTensors& forward, const std::vector<torch::Tensor>& gradients,
                       std::size_t layer, std::int64_t prefix, std::vector<float>& norms) const;
    /// Per-head and whole norms of one projection's weight gradient from its input and output
    /// gradient rows: ghost norms with the layer's Grams, or G^T A when `grams` is null.
    void fillProjection(const torch::Tensor& input, const torch::Tensor& outputGradient,
                        const LayerGrams* grams, int layer, GradientBuckets::Linear linear,
                        std::vector<float>& norms) const;
    void fillTables(const GradForwardTensors& forward, const torch::Tensor& embeddedGradient,
                    const std::vector<TokenTerm>& rowTerms, std::int64_t prefix,
                    std::vector<float>& norms) const;

    const GradientProblem& m_problem;
    GradientBuckets m_buckets;
    DecoderWeights m_weights;
    FrozenDecoder m_frozen;
    std::vector<LayerGrams> m_grams;
    std::int64_t m_gramPositions = 0;    ///< positions covered by the d_model-wide Grams
    std::int64_t m_fc2GramPositions = 0; ///< positions covered by fc2's (ffn_dim-wide input) Gram
};

} // namespace noiseloss
