#include "engine/grads/GradientProblem.h"

#include "engine/grads/GradientTargets.h"
#include "engine/lm/DelayPattern.h"
#include "util/Error.h"

namespace noiseloss {
namespace {

torch::Tensor prepared(const torch::Tensor& tensor, torch::ScalarType dtype, bool requiresGrad) {
    if (!tensor.defined())
        return tensor;
    torch::Tensor dense = tensor.is_mkldnn() ? tensor.to_dense() : tensor;
    torch::Tensor copy = dense.to(dtype).detach();
    copy.set_requires_grad(requiresGrad);
    return copy;
}

} // namespace

GradientProblem::GradientProblem(const DecoderConfig& decoderConfig, const torch::Tensor& codeTensor,
                                 Alignment mode)
    : config(decoderConfig), alignment(mode), codes(codeTensor.to(torch::kCPU).to(torch::kInt64)) {
    if (codes.dim() != 2 || codes.size(0) != config.codebooks || codes.size(1) < 2)
        throw Error("gradients need codes [" + std::to_string(config.codebooks) + ", T >= 2]");
    input = (alignment == Alignment::Delayed ? delayedScoringInput(codes, config.padToken())
                                             : noiseLossScoringInput(codes))
                .unsqueeze(0);
}

std::vector<TokenTerm> GradientProblem::termsOf(const GradientTarget& target) const {
    const int codebooks = static_cast<int>(config.codebooks);
    const std::int64_t first = alignment == Alignment::NoiseLoss ? 1 : 0;
    if (target.frame < first || target.frame >= frames() || target.codebook < GradientTarget::kAllCodebooks ||
        target.codebook >= codebooks)
        throw Error("target (codebook " + std::to_string(target.codebook) + ", frame " +
                    std::to_string(target.frame) + ") lies outside the scored tokens (frames " +
                    std::to_string(first) + ".." + std::to_string(frames() - 1) + ")");
    std::vector<TokenTerm> terms;
    const auto accessor = codes.accessor<std::int64_t, 2>();
    for (int k = 0; k < codebooks; ++k) {
        if (target.codebook != GradientTarget::kAllCodebooks && k != target.codebook)
            continue;
        const std::int64_t position = alignment == Alignment::NoiseLoss ? target.frame - 1 : target.frame + k;
        terms.push_back({k, position, accessor[k][target.frame]});
    }
    return terms;
}

DecoderWeights prepareGradientWeights(const DecoderWeights& source, torch::ScalarType dtype,
                                      bool requiresGrad) {
    DecoderWeights weights;
    for (const auto& table : source.embeddings)
        weights.embeddings.push_back(prepared(table, dtype, requiresGrad));
    for (const auto& layer : source.layers) {
        DecoderLayerWeights copy;
        copy.selfNormWeight = prepared(layer.selfNormWeight, dtype, requiresGrad);
        copy.selfNormBias = prepared(layer.selfNormBias, dtype, requiresGrad);
        copy.queryWeight = prepared(layer.queryWeight, dtype, requiresGrad);
        copy.keyWeight = prepared(layer.keyWeight, dtype, requiresGrad);
        copy.valueWeight = prepared(layer.valueWeight, dtype, requiresGrad);
        copy.outWeight = prepared(layer.outWeight, dtype, requiresGrad);
        copy.ffnNormWeight = prepared(layer.ffnNormWeight, dtype, requiresGrad);
        copy.ffnNormBias = prepared(layer.ffnNormBias, dtype, requiresGrad);
        copy.fc1Weight = prepared(layer.fc1Weight, dtype, requiresGrad);
        copy.fc2Weight = prepared(layer.fc2Weight, dtype, requiresGrad);
        weights.layers.push_back(copy); // cross-attention left out: unconditional scoring skips it
    }
    weights.finalNormWeight = prepared(source.finalNormWeight, dtype, requiresGrad);
    weights.finalNormBias = prepared(source.finalNormBias, dtype, requiresGrad);
    for (const auto& head : source.heads)
        weights.heads.push_back(prepared(head, dtype, requiresGrad));
    return weights;
}

torch::Tensor targetLoss(const DecoderWeights& weights, const torch::Tensor& hidden,
                         const std::vector<TokenTerm>& terms) {
    torch::Tensor loss;
    for (const TokenTerm& term : terms) {
        const torch::Tensor logits =
            at::matmul(hidden.select(0, 0).select(0, term.position), weights.heads[term.codebook].t());
        const torch::Tensor nll = -at::log_softmax(logits, 0).select(0, term.label);
        loss = loss.defined() ? loss + nll : nll;
    }
    return loss;
}

} // namespace noiseloss
