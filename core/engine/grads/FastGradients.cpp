#include "engine/grads/FastGradients.h"

#include "engine/grads/GhostNorms.h"
#include "util/Error.h"

#include <algorithm>

namespace noiseloss {
namespace {

/// Tensors whose gradients one target needs, per layer in this order.
enum LayerSlot { Output, SelfNormed, Query, Key, Value, AttentionOut, FfnNormed, Fc1Out, Fc2Out, kSlots };

torch::Tensor rows(const torch::Tensor& batched, std::int64_t prefix) {
    return batched.select(0, 0).narrow(0, 0, prefix);
}

/// Every row of a [1, R, ...] tensor (the last layer's output-row tensors: rows the target's loss
/// does not read carry exact zeros).
torch::Tensor allRows(const torch::Tensor& batched) {
    return batched.select(0, 0);
}

/// Row of `position` in the forward's output rows.
std::int64_t outputRow(const GradForwardTensors& forward, std::int64_t position) {
    const auto it = std::lower_bound(forward.outputRows.begin(), forward.outputRows.end(), position);
    if (it == forward.outputRows.end() || *it != position)
        throw Error("internal: gradient target position " + std::to_string(position) +
                    " was not computed by the group's forward");
    return static_cast<std::int64_t>(it - forward.outputRows.begin());
}

} // namespace

FastGradients::FastGradients(const DecoderWeights& source, const GradientProblem& problem,
                             torch::ScalarType dtype, bool prepack)
    : m_problem(problem),
      m_buckets(static_cast<int>(problem.config.layers), static_cast<int>(problem.config.heads),
                static_cast<int>(problem.config.codebooks)),
      m_weights(prepareGradientWeights(source, dtype, false)),
      m_frozen(m_weights, prepack && dtype == torch::kFloat32) {}

void FastGradients::ensureGrams(const GradForwardTensors& forward) {
    // Ghost norms cost p^2 d_out against p d_in d_out for G^T A: they win while the prefix p is
    // shorter than the linear's input width (d_model, or ffn_dim for fc2).
    const std::int64_t positions = forward.embedded.size(1);
    const std::int64_t wanted = std::min(positions, m_problem.config.dModel);
    const std::int64_t wantedFc2 = std::min(positions, m_problem.config.ffnDim);
    if (wanted <= m_gramPositions && wantedFc2 <= m_fc2GramPositions)
        return;
    torch::NoGradGuard noGrad;
    m_grams.clear();
    for (std::size_t l = 0; l < forward.layers.size(); ++l) {
        const GradLayerTensors& layer = forward.layers[l];
        LayerGrams grams;
        grams.qkvInput = gramOf(rows(layer.selfNormed, wanted));
        if (l + 1 < forward.layers.size()) { // the last layer's other inputs exist at output rows only
            grams.outInputHeads = headGramsOf(rows(layer.context, wanted), m_problem.config.heads);
            grams.fc1Input = gramOf(rows(layer.ffnNormed, wanted));
            grams.fc2Input = gramOf(rows(layer.activation, wantedFc2));
        }
        m_grams.push_back(std::move(grams));
    }
    m_gramPositions = wanted;
    m_fc2GramPositions = wantedFc2;
}

void FastGradients::computeGroup(const std::vector<GradientTarget>& targets, const Deliver& deliver,
                                 const RunControl& control) {
    // The last layer is needed only where the group's losses are read (its output feeds nothing else).
    std::vector<std::int64_t> outputRows;
    for (const GradientTarget& target : targets)
        for (const TokenTerm& term : m_problem.termsOf(target))
            outputRows.push_back(term.position);
    std::sort(outputRows.begin(), outputRows.end());
    outputRows.erase(std::unique(outputRows.begin(), outputRows.end()), outputRows.end());
    const std::int64_t prefix = outputRows.back() + 1;
    const GradForwardTensors forward =
        gradForwardAtRows(m_frozen, m_problem.config, m_problem.input.narrow(2, 0, prefix), outputRows);
    ensureGrams(forward);
    for (std::size_t i = 0; i < targets.size(); ++i) {
        if (control.cancelled())
            throw Cancelled();
        deliver(i, computeTarget(forward, targets[i]));
    }
}

TargetGradients FastGradients::computeTarget(const GradForwardTensors& forward,
                                             const GradientTarget& target) const {
    const std::vector<TokenTerm> terms = m_problem.termsOf(target);
    std::int64_t prefix = 0;
    for (const TokenTerm& term : terms)
        prefix = std::max(prefix, term.position + 1);
    std::vector<TokenTerm> rowTerms = terms; // the final hidden state exists at output rows only
    for (TokenTerm& term : rowTerms)
        term.position = outputRow(forward, term.position);
    const torch::Tensor loss = targetLoss(m_weights, forward.hidden, rowTerms);

    std::vector<torch::Tensor> inputs = {forward.embedded, forward.hidden};
    for (const GradLayerTensors& layer : forward.layers)
        inputs.insert(inputs.end(), {layer.output, layer.selfNormed, layer.query, layer.key, layer.value,
                                     layer.attentionOut, layer.ffnNormed, layer.fc1Out, layer.fc2Out});
    const std::vector<torch::Tensor> gradients =
        torch::autograd::grad({loss}, inputs, {}, /*retain_graph=*/true, /*create_graph=*/false,
                              /*allow_unused=*/true);
    torch::NoGradGuard noGrad;

    TargetGradients result;
    result.target = target;
    result.nll = loss.item<double>();
    result.lastPosition = prefix - 1;
    const std::int64_t positions = m_problem.positions();
    const std::size_t layers = forward.layers.size();
    result.activationNorms.assign((layers + 1) * static_cast<std::size_t>(positions), 0.0f);
    const auto writeActivation = [&](std::size_t row, const torch::Tensor& gradient) {
        const torch::Tensor norms = rows(gradient, prefix).norm(2, {-1}).to(torch::kFloat32).contiguous();
        std::copy_n(norms.data_ptr<float>(), prefix, result.activationNorms.begin() + row * positions);
    };
    writeActivation(0, gradients[0]);
    result.parameterNorms.assign(static_cast<std::size_t>(m_buckets.count()), 0.0f);
    for (std::size_t l = 0; l < layers; ++l) {
        const std::vector<torch::Tensor> layerGradients(gradients.begin() + 2 + l * kSlots,
                                                        gradients.begin() + 2 + (l + 1) * kSlots);
        if (l + 1 < layers) {
            writeActivation(l + 1, layerGradients[Output]);
            fillLayer(forward.layers[l], layerGradients, l, prefix, result.parameterNorms);
        } else {
            const torch::Tensor norms =
                allRows(layerGradients[Output]).norm(2, {-1}).to(torch::kFloat32).contiguous();
            for (std::size_t r = 0; r < forward.outputRows.size(); ++r)
                result.activationNorms[(layers * static_cast<std::size_t>(positions)) +
                                       static_cast<std::size_t>(forward.outputRows[r])] =
                    norms.data_ptr<float>()[r];
            fillLastLayer(forward.layers[l], layerGradients, l, prefix, result.parameterNorms);
        }
    }
    const auto [gamma, beta] = layerNormParameterNorms(allRows(forward.finalInput), allRows(gradients[1]));
    result.parameterNorms[m_buckets.finalNormWeight()] = static_cast<float>(gamma);
    result.parameterNorms[m_buckets.finalNormBias()] = static_cast<float>(beta);
    fillTables(forward, gradients[0], rowTerms, prefix, result.parameterNorms);
    return result;
}

void FastGradients::fillLayer(const GradLayerTensors& forward, const std::vector<torch::Tensor>& gradients,
                              std::size_t layer, std::int64_t prefix, std::vector<float>& norms) const {
    const int i = static_cast<int>(layer);
    const bool ghost = prefix <= m_gramPositions;
    const LayerGrams* grams = ghost ? &m_grams[layer] : nullptr;
    const torch::Tensor qkvInput = rows(forward.selfNormed, prefix);
    fillProjection(qkvInput, rows(gradients[Query], prefix), grams, i, GradientBuckets::Query, norms);
    fillProjection(qkvInput, rows(gradients[Key], prefix), grams, i, GradientBuckets::Key, norms);
    fillProjection(qkvInput, rows(gradients[Value], prefix), grams, i, GradientBuckets::Value, norms);
    fillProjection(rows(forward.context, prefix), rows(gradients[AttentionOut], prefix), grams, i,
                   GradientBuckets::Out, norms);
    const torch::Tensor fc1Gradient = rows(gradients[Fc1Out], prefix);
    const torch::Tensor fc2Gradient = rows(gradients[Fc2Out], prefix);
    norms[m_buckets.fc1(i)] = static_cast<float>(
        ghost ? ghostNorm(grams->fc1Input, fc1Gradient)
              : directWeightGradient(rows(forward.ffnNormed, prefix), fc1Gradient).norm().item<double>());
    norms[m_buckets.fc2(i)] = static_cast<float>(
        prefix <= m_fc2GramPositions
            ? ghostNorm(m_grams[layer].fc2Input, fc2Gradient)
            : directWeightGradient(rows(forward.activation, prefix), fc2Gradient).norm().item<double>());
    const auto [selfGamma, selfBeta] =
        layerNormParameterNorms(rows(forward.input, prefix), rows(gradients[SelfNormed], prefix));
    const auto [ffnGamma, ffnBeta] =
        layerNormParameterNorms(rows(forward.ffnInput, prefix), rows(gradients[FfnNormed], prefix));
    norms[m_buckets.layerNorm(i, GradientBuckets::SelfNormWeight)] = static_cast<float>(selfGamma);
    norms[m_buckets.layerNorm(i, GradientBuckets::SelfNormBias)] = static_cast<float>(selfBeta);
    norms[m_buckets.layerNorm(i, GradientBuckets::FfnNormWeight)] = static_cast<float>(ffnGamma);
    norms[m_buckets.layerNorm(i, GradientBuckets::FfnNormBias)] = static_cast<float>(ffnBeta);
}

void FastGradients::fillLastLayer(const GradLayerTensors& forward,
                                  const std::vector<torch::Tensor>& gradients, std::size_t layer,
                                  std::int64_t prefix, std::vector<float>& norms) const {
    // Keys, values and the self-attention norm span the prefix; the rest exists at output rows only,
    // where a few rows make the direct weight gradients cheap.
    const int i = static_cast<int>(layer);
    const LayerGrams* grams = prefix <= m_gramPositions ? &m_grams[layer] : nullptr;
    const torch::Tensor qkvInput = rows(forward.selfNormed, prefix);
    fillProjection(allRows(forward.queryInput), allRows(gradients[Query]), nullptr, i, GradientBuckets::Query,
                   norms);
    fillProjection(qkvInput, rows(gradients[Key], prefix), grams, i, GradientBuckets::Key, norms);
    fillProjection(qkvInput, rows(gradients[Value], prefix), grams, i, GradientBuckets::Value, norms);
    fillProjection(allRows(forward.context), allRows(gradients[AttentionOut]), nullptr, i,
                   GradientBuckets::Out, norms);
    norms[m_buckets.fc1(i)] = static_cast<float>(
        directWeightGradient(allRows(forward.ffnNormed), allRows(gradients[Fc1Out])).norm().item<double>());
    norms[m_buckets.fc2(i)] = static_cast<float>(
        directWeightGradient(allRows(forward.activation), allRows(gradients[Fc2Out])).norm().item<double>());
    const auto [selfGamma, selfBeta] =
        layerNormParameterNorms(rows(forward.input, prefix), rows(gradients[SelfNormed], prefix));
    const auto [ffnGamma, ffnBeta] =
        layerNormParameterNorms(allRows(forward.ffnInput), allRows(gradients[FfnNormed]));
    norms[m_buckets.layerNorm(i, GradientBuckets::SelfNormWeight)] = static_cast<float>(selfGamma);
    norms[m_buckets.layerNorm(i, GradientBuckets::SelfNormBias)] = static_cast<float>(selfBeta);
    norms[m_buckets.layerNorm(i, GradientBuckets::FfnNormWeight)] = static_cast<float>(ffnGamma);
    norms[m_buckets.layerNorm(i, GradientBuckets::FfnNormBias)] = static_cast<float>(ffnBeta);
}

void FastGradients::fillProjection(const torch::Tensor& input, const torch::Tensor& outputGradient,
                                   const LayerGrams* grams, int layer, GradientBuckets::Linear linear,
                                   std::vector<float>& norms) const {
    const std::int64_t heads = m_problem.config.heads;
    torch::Tensor headNorms;
    if (grams) {
        headNorms = linear == GradientBuckets::Out
                        ? ghostNormsByInputHead(grams->outInputHeads, outputGradient)
                        : ghostNormsByOutputHead(grams->qkvInput, outputGradient, heads);
    } else {
        const torch::Tensor weightGradient = directWeightGradient(input, outputGradient);
        const torch::Tensor perHead =
            linear == GradientBuckets::Out
                ? weightGradient.view({weightGradient.size(0), heads, -1}).transpose(0, 1)
                : weightGradient.view({heads, -1, weightGradient.size(1)});
        headNorms = perHead.reshape({heads, -1}).norm(2, {1}).to(torch::kFloat64).cpu();
    }
    const auto accessor = headNorms.accessor<double, 1>();
    double squaredSum = 0.0;
    for (std::int64_t h = 0; h < heads; ++h) {
        norms[m_buckets.attention(layer, linear, static_cast<int>(h))] = static_cast<float>(accessor[h]);
        squaredSum += accessor[h] * accessor[h];
    }
    norms[m_buckets.attention(layer, linear)] = static_cast<float>(std::sqrt(squaredSum));
}

void FastGradients::fillTables(const GradForwardTensors& forward, const torch::Tensor& embeddedGradient,
                               const std::vector<TokenTerm>& rowTerms, std::int64_t prefix,
                               std::vector<float>& norms) const {
    const torch::Tensor gradient = rows(embeddedGradient, prefix);
    for (std::int64_t k = 0; k < m_problem.config.codebooks; ++k) {
        // Rows of the table receive the summed gradients of the positions that read them.
        const torch::Tensor ids = m_problem.input[0][k].narrow(0, 0, prefix);
        const torch::Tensor inverse = std::get<1>(at::_unique(ids, false, true));
        const std::int64_t distinct = inverse.numel() > 0 ? inverse.max().item<std::int64_t>() + 1 : 0;
        const torch::Tensor table = torch::zeros({distinct, gradient.size(1)}, gradient.options());
        norms[m_buckets.embedding(static_cast<int>(k))] =
            static_cast<float>(table.index_add(0, inverse, gradient).norm().item<double>());
    }
    for (const TokenTerm& term : rowTerms) {
        // dl/dW_k = (softmax - onehot) y^T at the term's position: a rank-one matrix.
        const torch::Tensor y = forward.hidden[0][term.position];
        torch::Tensor error = at::softmax(at::matmul(y, m_weights.heads[term.codebook].t()), 0);
        error[term.label] -= 1.0;
        norms[m_buckets.head(term.codebook)] =
            static_cast<float>(error.norm().item<double>() * y.norm().item<double>());
    }
}

} // namespace noiseloss
