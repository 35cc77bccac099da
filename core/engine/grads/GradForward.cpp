#include "engine/grads/GradForward.h"

#include "engine/lm/DecoderForward.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace noiseloss {
namespace {

constexpr double kLayerNormEps = 1e-5;

torch::Tensor layerNorm(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias) {
    return at::layer_norm(x, {x.size(-1)}, weight, bias, kLayerNormEps);
}

torch::Tensor splitHeads(const torch::Tensor& x, std::int64_t heads) {
    return x.view({x.size(0), x.size(1), heads, x.size(2) / heads}).transpose(1, 2);
}

torch::Tensor mergeHeads(const torch::Tensor& x) {
    return x.transpose(1, 2).contiguous().view({x.size(0), x.size(2), x.size(1) * x.size(3)});
}

torch::Tensor causalAttention(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v) {
    const double scale = 1.0 / std::sqrt(static_cast<double>(q.size(-1)));
    torch::Tensor scores = at::matmul(q * scale, k.transpose(-2, -1));
    const std::int64_t length = q.size(2);
    if (length > 1) {
        const torch::Tensor disallowed =
            torch::ones({length, length}, torch::TensorOptions().dtype(torch::kBool)).triu(1);
        scores = scores.masked_fill(disallowed, -std::numeric_limits<double>::infinity());
    }
    return at::matmul(at::softmax(scores, -1), v);
}

/// causalAttention with the other positions' keys and values detached (GradPaths::SelfPositionOnly).
/// `k - kd` and `v - vd` are zero-valued but carry the gradient of the query's own key and value.
torch::Tensor selfPathAttention(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v) {
    const double scale = 1.0 / std::sqrt(static_cast<double>(q.size(-1)));
    const torch::Tensor kd = k.detach();
    const torch::Tensor vd = v.detach();
    const torch::Tensor scaled = q * scale;
    torch::Tensor scores =
        at::matmul(scaled, kd.transpose(-2, -1)) + at::diag_embed((scaled * (k - kd)).sum(-1));
    const std::int64_t length = q.size(2);
    if (length > 1) {
        const torch::Tensor disallowed =
            torch::ones({length, length}, torch::TensorOptions().dtype(torch::kBool)).triu(1);
        scores = scores.masked_fill(disallowed, -std::numeric_limits<double>::infinity());
    }
    const torch::Tensor probabilities = at::softmax(scores, -1);
    return at::matmul(probabilities, vd) + probabilities.diagonal(0, -2, -1).unsqueeze(-1) * (v - vd);
}

/// Attention of queries at positions `rows` [R] over keys and values at every position [1, H, P, hd].
torch::Tensor rowAttention(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                           const torch::Tensor& rows) {
    const double scale = 1.0 / std::sqrt(static_cast<double>(q.size(-1)));
    const torch::Tensor scores = at::matmul(q * scale, k.transpose(-2, -1)); // [1, H, R, P]
    const torch::Tensor keyPositions = torch::arange(k.size(2), rows.options());
    const torch::Tensor disallowed = keyPositions.unsqueeze(0) > rows.unsqueeze(1); // [R, P]
    return at::matmul(
        at::softmax(scores.masked_fill(disallowed, -std::numeric_limits<double>::infinity()), -1), v);
}

/// One layer; with `rows` defined, the query side and everything after attention only at those rows.
GradLayerTensors layerForward(const DecoderLayerWeights& w, const FrozenLayer& frozen, std::int64_t heads,
                              const torch::Tensor& input, GradPaths paths, const torch::Tensor& rows = {}) {
    GradLayerTensors t;
    t.input = input;
    t.selfNormed = layerNorm(input, w.selfNormWeight, w.selfNormBias);
    t.queryInput = rows.defined() ? t.selfNormed.index_select(1, rows) : t.selfNormed;
    t.query = frozen.query.apply(t.queryInput);
    t.key = frozen.key.apply(t.selfNormed);
    t.value = frozen.value.apply(t.selfNormed);
    const torch::Tensor q = splitHeads(t.query, heads);
    const torch::Tensor k = splitHeads(t.key, heads);
    const torch::Tensor v = splitHeads(t.value, heads);
    if (rows.defined())
        t.context = mergeHeads(rowAttention(q, k, v, rows));
    else
        t.context =
            mergeHeads(paths == GradPaths::All ? causalAttention(q, k, v) : selfPathAttention(q, k, v));
    t.attentionOut = frozen.out.apply(t.context);
    t.ffnInput = (rows.defined() ? input.index_select(1, rows) : input) + t.attentionOut;
    t.ffnNormed = layerNorm(t.ffnInput, w.ffnNormWeight, w.ffnNormBias);
    t.fc1Out = frozen.fc1.apply(t.ffnNormed);
    t.activation = at::gelu(t.fc1Out);
    t.fc2Out = frozen.fc2.apply(t.activation);
    t.output = t.ffnInput + t.fc2Out;
    return t;
}

} // namespace

FrozenDecoder::FrozenDecoder(const DecoderWeights& dense, bool prepack) : weights(&dense) {
    for (const DecoderLayerWeights& w : dense.layers) {
        FrozenLayer layer{FrozenLinear(w.queryWeight), FrozenLinear(w.keyWeight), FrozenLinear(w.valueWeight),
                          FrozenLinear(w.outWeight),   FrozenLinear(w.fc1Weight), FrozenLinear(w.fc2Weight)};
        if (prepack)
            for (FrozenLinear* linear :
                 {&layer.query, &layer.key, &layer.value, &layer.out, &layer.fc1, &layer.fc2})
                linear->prepack();
        layers.push_back(std::move(layer));
    }
}

namespace {

GradForwardTensors forwardImpl(const FrozenDecoder& decoder, const DecoderConfig& config,
                               const torch::Tensor& ids, GradPaths paths,
                               const std::vector<std::int64_t>& outputRows) {
    const DecoderWeights& weights = *decoder.weights;
    GradForwardTensors tensors;
    {
        torch::NoGradGuard noGrad;
        torch::Tensor sum = at::embedding(weights.embeddings[0], ids.select(1, 0));
        for (std::int64_t k = 1; k < config.codebooks; ++k)
            sum = sum + at::embedding(weights.embeddings[static_cast<std::size_t>(k)], ids.select(1, k));
        tensors.embedded =
            sum + sinusoidalPositions(0, ids.size(2), config.dModel).to(sum.dtype()).unsqueeze(0);
    }
    tensors.embedded.set_requires_grad(torch::GradMode::is_enabled());
    const torch::Tensor rows = outputRows.empty()
                                   ? torch::Tensor()
                                   : torch::tensor(outputRows, torch::TensorOptions().dtype(torch::kLong));
    torch::Tensor x = tensors.embedded;
    for (std::size_t i = 0; i < weights.layers.size(); ++i) {
        const bool last = i + 1 == weights.layers.size();
        tensors.layers.push_back(layerForward(weights.layers[i], decoder.layers[i], config.heads, x, paths,
                                              last ? rows : torch::Tensor()));
        x = tensors.layers.back().output;
    }
    tensors.finalInput = x;
    tensors.hidden = layerNorm(x, weights.finalNormWeight, weights.finalNormBias);
    tensors.outputRows = outputRows;
    return tensors;
}

} // namespace

GradForwardTensors gradForward(const FrozenDecoder& decoder, const DecoderConfig& config,
                               const torch::Tensor& ids, GradPaths paths) {
    return forwardImpl(decoder, config, ids, paths, {});
}

GradForwardTensors gradForwardAtRows(const FrozenDecoder& decoder, const DecoderConfig& config,
                                     const torch::Tensor& ids, const std::vector<std::int64_t>& outputRows) {
    if (outputRows.empty() || outputRows.back() >= ids.size(2) ||
        !std::is_sorted(outputRows.begin(), outputRows.end()))
        throw std::invalid_argument("gradForwardAtRows: rows must be increasing positions inside the input");
    return forwardImpl(decoder, config, ids, GradPaths::All, outputRows);
}

} // namespace noiseloss
