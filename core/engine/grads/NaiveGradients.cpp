#include "engine/grads/NaiveGradients.h"

#include "engine/lm/DecoderForward.h"

namespace noiseloss {
namespace {

float normOf(const torch::Tensor& gradient) {
    return gradient.defined() ? static_cast<float>(gradient.norm().item<double>()) : 0.0f;
}

/// Whole-tensor and per-head norms of a projection gradient: heads own rows (q/k/v) or columns (out).
void fillAttentionNorms(std::vector<float>& norms, const GradientBuckets& buckets, int layer,
                        GradientBuckets::Linear linear, const torch::Tensor& weight, std::int64_t heads) {
    const torch::Tensor& gradient = weight.grad();
    norms[buckets.attention(layer, linear)] = normOf(gradient);
    if (!gradient.defined())
        return;
    const std::int64_t headDim = gradient.size(0) / heads;
    const int dimension = linear == GradientBuckets::Out ? 1 : 0;
    for (std::int64_t h = 0; h < heads; ++h)
        norms[buckets.attention(layer, linear, static_cast<int>(h))] =
            normOf(gradient.narrow(dimension, h * headDim, headDim));
}

} // namespace

NaiveGradients::NaiveGradients(const DecoderWeights& source, const GradientProblem& problem,
                               torch::ScalarType dtype)
    : m_problem(problem),
      m_buckets(static_cast<int>(problem.config.layers), static_cast<int>(problem.config.heads),
                static_cast<int>(problem.config.codebooks)),
      m_weights(prepareGradientWeights(source, dtype, true)) {}

void NaiveGradients::forward() {
    ForwardCapture capture;
    ForwardOptions options;
    options.capture = &capture;
    const torch::Tensor hidden = decoderHidden(m_weights, m_problem.config, m_problem.input, options);
    m_logProbabilities = at::log_softmax(decoderLogits(m_weights, hidden).squeeze(0), -1);
    m_activations = {capture.embedded};
    for (const LayerCapture& layer : capture.layers)
        m_activations.push_back(layer.output);
    for (torch::Tensor& activation : m_activations)
        activation.retain_grad();
}

void NaiveGradients::clearGradients() {
    for (torch::Tensor& parameter : decoderParameters(m_weights))
        if (parameter.grad().defined())
            parameter.mutable_grad().reset();
    for (torch::Tensor& activation : m_activations)
        if (activation.grad().defined())
            activation.mutable_grad().reset();
}

TargetGradients NaiveGradients::compute(const GradientTarget& target) {
    const std::vector<TokenTerm> terms = m_problem.termsOf(target);
    if (!m_logProbabilities.defined())
        forward();
    clearGradients();
    torch::Tensor loss;
    for (const TokenTerm& term : terms) {
        const torch::Tensor nll = -m_logProbabilities[term.codebook][term.position][term.label];
        loss = loss.defined() ? loss + nll : nll;
    }
    loss.backward({}, /*retain_graph=*/true);

    TargetGradients result;
    result.target = target;
    result.nll = loss.item<double>();
    result.lastPosition = terms.back().position;
    const std::int64_t positions = m_problem.positions();
    result.activationNorms.resize(m_activations.size() * static_cast<std::size_t>(positions));
    for (std::size_t l = 0; l < m_activations.size(); ++l) {
        const torch::Tensor norms =
            m_activations[l].grad().squeeze(0).norm(2, {-1}).to(torch::kFloat32).contiguous();
        std::copy_n(norms.data_ptr<float>(), positions, result.activationNorms.begin() + l * positions);
    }
    result.parameterNorms.assign(static_cast<std::size_t>(m_buckets.count()), 0.0f);
    fillParameterNorms(result.parameterNorms);
    return result;
}

void NaiveGradients::fillParameterNorms(std::vector<float>& norms) const {
    const std::int64_t heads = m_problem.config.heads;
    for (int i = 0; i < static_cast<int>(m_weights.layers.size()); ++i) {
        const DecoderLayerWeights& w = m_weights.layers[static_cast<std::size_t>(i)];
        fillAttentionNorms(norms, m_buckets, i, GradientBuckets::Query, w.queryWeight, heads);
        fillAttentionNorms(norms, m_buckets, i, GradientBuckets::Key, w.keyWeight, heads);
        fillAttentionNorms(norms, m_buckets, i, GradientBuckets::Value, w.valueWeight, heads);
        fillAttentionNorms(norms, m_buckets, i, GradientBuckets::Out, w.outWeight, heads);
        norms[m_buckets.fc1(i)] = normOf(w.fc1Weight.grad());
        norms[m_buckets.fc2(i)] = normOf(w.fc2Weight.grad());
        norms[m_buckets.layerNorm(i, GradientBuckets::SelfNormWeight)] = normOf(w.selfNormWeight.grad());
        norms[m_buckets.layerNorm(i, GradientBuckets::SelfNormBias)] = normOf(w.selfNormBias.grad());
        norms[m_buckets.layerNorm(i, GradientBuckets::FfnNormWeight)] = normOf(w.ffnNormWeight.grad());
        norms[m_buckets.layerNorm(i, GradientBuckets::FfnNormBias)] = normOf(w.ffnNormBias.grad());
    }
    norms[m_buckets.finalNormWeight()] = normOf(m_weights.finalNormWeight.grad());
    norms[m_buckets.finalNormBias()] = normOf(m_weights.finalNormBias.grad());
    for (std::size_t k = 0; k < m_weights.heads.size(); ++k) {
        norms[m_buckets.embedding(static_cast<int>(k))] = normOf(m_weights.embeddings[k].grad());
        norms[m_buckets.head(static_cast<int>(k))] = normOf(m_weights.heads[k].grad());
    }
}

} // namespace noiseloss
