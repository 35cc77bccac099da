#include "engine/grads/GhostNorms.h"

#include <algorithm>
#include <cmath>

namespace noiseloss {
namespace {

constexpr double kLayerNormEps = 1e-5;

double rootOfNonNegative(double squared) {
    return std::sqrt(std::max(squared, 0.0));
}

torch::Tensor topLeft(const torch::Tensor& gram, std::int64_t p) {
    return gram.narrow(-1, 0, p).narrow(-2, 0, p);
}

} // namespace

double ghostNorm(const torch::Tensor& gram, const torch::Tensor& outputGradient) {
    const std::int64_t p = outputGradient.size(0);
    const torch::Tensor gradientGram = at::matmul(outputGradient, outputGradient.t());
    return rootOfNonNegative((topLeft(gram, p) * gradientGram).sum().item<double>());
}

torch::Tensor ghostNormsByOutputHead(const torch::Tensor& gram, const torch::Tensor& outputGradient,
                                     std::int64_t heads) {
    const std::int64_t p = outputGradient.size(0);
    const torch::Tensor perHead = outputGradient.view({p, heads, -1}).transpose(0, 1); // [H, p, hd]
    const torch::Tensor gradientGrams = at::matmul(perHead, perHead.transpose(1, 2));  // [H, p, p]
    const torch::Tensor squared = (gradientGrams * topLeft(gram, p).unsqueeze(0)).sum({1, 2});
    return squared.to(torch::kFloat64).clamp_min(0.0).sqrt().cpu();
}

torch::Tensor ghostNormsByInputHead(const torch::Tensor& headGrams, const torch::Tensor& outputGradient) {
    const std::int64_t p = outputGradient.size(0);
    const torch::Tensor gradientGram = at::matmul(outputGradient, outputGradient.t());
    const torch::Tensor squared = (topLeft(headGrams, p) * gradientGram.unsqueeze(0)).sum({1, 2});
    return squared.to(torch::kFloat64).clamp_min(0.0).sqrt().cpu();
}

torch::Tensor directWeightGradient(const torch::Tensor& input, const torch::Tensor& outputGradient) {
    return at::matmul(outputGradient.t(), input);
}

std::pair<double, double> layerNormParameterNorms(const torch::Tensor& input,
                                                  const torch::Tensor& outputGradient) {
    const torch::Tensor mean = input.mean(-1, true);
    const torch::Tensor variance = (input - mean).pow(2).mean(-1, true);
    const torch::Tensor normalised = (input - mean) * at::rsqrt(variance + kLayerNormEps);
    const double gammaNorm = (normalised * outputGradient).sum(0).norm().item<double>();
    const double betaNorm = outputGradient.sum(0).norm().item<double>();
    return {gammaNorm, betaNorm};
}

torch::Tensor gramOf(const torch::Tensor& activations) {
    return at::matmul(activations, activations.t());
}

torch::Tensor headGramsOf(const torch::Tensor& activations, std::int64_t heads) {
    const torch::Tensor perHead = activations.view({activations.size(0), heads, -1}).transpose(0, 1);
    return at::matmul(perHead, perHead.transpose(1, 2));
}

} // namespace noiseloss
