#include "engine/lm/DecoderForward.h"

#include "util/Error.h"

#include <cmath>

namespace noiseloss {
namespace {

constexpr double kLayerNormEps = 1e-5;

torch::Tensor layerNorm(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias) {
    return at::layer_norm(x, {x.size(-1)}, weight, bias, kLayerNormEps);
}

/// [B, S, d] -> [B, H, S, hd]
torch::Tensor splitHeads(const torch::Tensor& x, std::int64_t heads) {
    return x.view({x.size(0), x.size(1), heads, x.size(2) / heads}).transpose(1, 2);
}

/// [B, H, S, hd] -> [B, S, d]
torch::Tensor mergeHeads(const torch::Tensor& x) {
    return x.transpose(1, 2).contiguous().view({x.size(0), x.size(2), x.size(1) * x.size(3)});
}

/// softmax(q k^T / sqrt(hd) + mask) v; mask is a bool [Sq, Sk] of disallowed pairs (or undefined).
torch::Tensor attention(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                        const torch::Tensor& disallowed) {
    const double scale = 1.0 / std::sqrt(static_cast<double>(q.size(-1)));
    torch::Tensor scores = at::matmul(q * scale, k.transpose(-2, -1));
    if (disallowed.defined())
        // In place: the backward of matmul needs its inputs, not its output.
        scores.masked_fill_(disallowed, -std::numeric_limits<float>::infinity());
    return at::matmul(at::softmax(scores, -1), v);
}

torch::Tensor causalMask(std::int64_t queries, std::int64_t past, const torch::Device& device) {
    if (queries <= 1)
        return {};
    return torch::ones({queries, past + queries}, torch::TensorOptions().dtype(torch::kBool).device(device))
        .triu(past + 1);
}

/// Query rows per block of causal attention. Each block multiplies only with the keys it may see
/// (its causal prefix) instead of the whole sequence under a mask, which roughly halves the
/// attention work and memory of a long forward (the masked half contributed exact zeros anyway).
constexpr std::int64_t kCausalBlockQueries = 256;

/// Causal self-attention of q (positions past..past+Sq-1) over k, v (positions 0..past+Sq-1).
torch::Tensor causalAttention(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v,
                              std::int64_t past) {
    const std::int64_t queries = q.size(2);
    if (queries <= kCausalBlockQueries)
        return attention(q, k, v, causalMask(queries, past, q.device()));
    std::vector<torch::Tensor> blocks;
    for (std::int64_t begin = 0; begin < queries; begin += kCausalBlockQueries) {
        const std::int64_t count = std::min(kCausalBlockQueries, queries - begin);
        const std::int64_t visible = past + begin + count;
        blocks.push_back(attention(q.narrow(2, begin, count), k.narrow(2, 0, visible),
                                   v.narrow(2, 0, visible), causalMask(count, past + begin, q.device())));
    }
    return torch::cat(blocks, 2);
}

torch::Tensor selfAttention(const DecoderLayerWeights& w, const DecoderConfig& c, const torch::Tensor& normed,
                            std::size_t layerIndex, const ForwardOptions& options, LayerCapture* capture) {
    torch::Tensor q = splitHeads(linearNoBias(normed, w.queryWeight), c.heads);
    torch::Tensor k = splitHeads(linearNoBias(normed, w.keyWeight), c.heads);
    torch::Tensor v = splitHeads(linearNoBias(normed, w.valueWeight), c.heads);
    if (options.cache) {
        KvCache& cache = *options.cache;
        if (cache.keys.size() <= layerIndex) {
            cache.keys.push_back(k);
            cache.values.push_back(v);
        } else {
            k = torch::cat({cache.keys[layerIndex], k}, 2);
            v = torch::cat({cache.values[layerIndex], v}, 2);
            cache.keys[layerIndex] = k;
            cache.values[layerIndex] = v;
        }
    }
    const torch::Tensor context = mergeHeads(causalAttention(q, k, v, k.size(2) - q.size(2)));
    if (capture)
        capture->attentionContext = context;
    return linearNoBias(context, w.outWeight);
}

torch::Tensor crossAttention(const DecoderLayerWeights& w, const DecoderConfig& c,
                             const torch::Tensor& normed, const torch::Tensor& encoderStates) {
    if (!w.hasCrossAttention())
        throw Error(
            "cross-attention was requested but the decoder was loaded without its encoder_attn weights");
    const torch::Tensor q = splitHeads(linearNoBias(normed, w.crossQueryWeight), c.heads);
    const torch::Tensor k = splitHeads(linearNoBias(encoderStates, w.crossKeyWeight), c.heads);
    const torch::Tensor v = splitHeads(linearNoBias(encoderStates, w.crossValueWeight), c.heads);
    return linearNoBias(mergeHeads(attention(q, k, v, {})), w.crossOutWeight);
}

torch::Tensor decoderLayer(const DecoderLayerWeights& w, const DecoderConfig& c, const torch::Tensor& input,
                           std::size_t layerIndex, const ForwardOptions& options, LayerCapture* capture) {
    const torch::Tensor selfNormed = layerNorm(input, w.selfNormWeight, w.selfNormBias);
    torch::Tensor x = input + selfAttention(w, c, selfNormed, layerIndex, options, capture);
    if (options.encoderStates)
        x = x +
            crossAttention(w, c, layerNorm(x, w.crossNormWeight, w.crossNormBias), *options.encoderStates);
    const torch::Tensor ffnNormed = layerNorm(x, w.ffnNormWeight, w.ffnNormBias);
    const torch::Tensor activation = at::gelu(linearNoBias(ffnNormed, w.fc1Weight));
    torch::Tensor output = x + linearNoBias(activation, w.fc2Weight);
    if (capture) {
        capture->input = input;
        capture->selfAttnNormed = selfNormed;
        capture->ffnInput = x;
        capture->ffnNormed = ffnNormed;
        capture->ffnActivation = activation;
        capture->output = output;
    }
    return output;
}

torch::Tensor embed(const DecoderWeights& weights, const DecoderConfig& c, const torch::Tensor& ids,
                    std::int64_t pastLength) {
    if (ids.dim() != 3 || ids.size(1) != c.codebooks)
        throw Error("decoder input must be [batch, " + std::to_string(c.codebooks) +
                    " codebooks, steps], got " + std::to_string(ids.dim()) + " dimensions");
    if (ids.numel() > 0 &&
        (ids.min().item<std::int64_t>() < 0 || ids.max().item<std::int64_t>() > c.codebookSize))
        throw Error("decoder input holds codes outside 0.." + std::to_string(c.codebookSize));
    torch::Tensor sum = at::embedding(weights.embeddings[0], ids.select(1, 0));
    for (std::int64_t k = 1; k < c.codebooks; ++k)
        sum = sum + at::embedding(weights.embeddings[static_cast<std::size_t>(k)], ids.select(1, k));
    return sum + sinusoidalPositions(pastLength, ids.size(2), c.dModel).to(sum.device()).unsqueeze(0);
}

} // namespace

torch::Tensor sinusoidalPositions(std::int64_t start, std::int64_t count, std::int64_t dModel) {
    const std::int64_t half = dModel / 2;
    const auto f64 = torch::TensorOptions().dtype(torch::kFloat64);
    const torch::Tensor frequencies =
        torch::exp(torch::arange(half, f64) * (-std::log(10000.0) / static_cast<double>(half - 1)));
    const torch::Tensor angles =
        torch::arange(start, start + count, f64).unsqueeze(1) * frequencies.unsqueeze(0);
    return torch::cat({torch::cos(angles), torch::sin(angles)}, 1).to(torch::kFloat32);
}

void KvCache::truncate(std::int64_t positions) {
    for (std::size_t i = 0; i < keys.size(); ++i) {
        keys[i] = keys[i].narrow(2, 0, positions);
        values[i] = values[i].narrow(2, 0, positions);
    }
}

torch::Tensor linearNoBias(const torch::Tensor& x, const torch::Tensor& weight) {
    if (!weight.is_mkldnn())
        return at::matmul(x, weight.t());
    std::vector<std::int64_t> outShape(x.sizes().begin(), x.sizes().end());
    outShape.back() = weight.size(0);
    const torch::Tensor flat = x.reshape({-1, x.size(-1)}).contiguous();
    return at::mkldnn_linear(flat.to_mkldnn(), weight).to_dense().view(outShape);
}

torch::Tensor decoderHidden(const DecoderWeights& weights, const DecoderConfig& config,
                            const torch::Tensor& ids, const ForwardOptions& options) {
    if (options.cache && options.cache->length() != options.pastLength)
        throw Error("KV cache holds " + std::to_string(options.cache->length()) +
                    " positions but pastLength is " + std::to_string(options.pastLength));
    torch::Tensor x = embed(weights, config, ids, options.pastLength);
    if (options.capture) {
        options.capture->embedded = x;
        options.capture->layers.assign(weights.layers.size(), {});
    }
    for (std::size_t i = 0; i < weights.layers.size(); ++i) {
        if (options.control && options.control->cancelled())
            throw Cancelled();
        LayerCapture* capture = options.capture ? &options.capture->layers[i] : nullptr;
        x = decoderLayer(weights.layers[i], config, x, i, options, capture);
        if (options.control)
            options.control->report("score",
                                    static_cast<double>(i + 1) / static_cast<double>(weights.layers.size()));
    }
    if (options.capture)
        options.capture->finalNormInput = x;
    return layerNorm(x, weights.finalNormWeight, weights.finalNormBias);
}

torch::Tensor decoderLogits(const DecoderWeights& weights, const torch::Tensor& hidden) {
    std::vector<torch::Tensor> perCodebook;
    perCodebook.reserve(weights.heads.size());
    for (const auto& head : weights.heads)
        perCodebook.push_back(linearNoBias(hidden, head));
    return torch::stack(perCodebook, 1);
}

} // namespace noiseloss
