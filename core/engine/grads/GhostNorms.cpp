#include "engine/grads/GhostNorms.h"

#include <algorithm>
#include <cmath>
#include <dlfcn.h>

namespace noiseloss {
namespace {

constexpr double kLayerNormEps = 1e-5;

double rootOfNonNegative(double squared) {
    return std::sqrt(std::max(squared, 0.0));
}

torch::Tensor topLeft(const torch::Tensor& gram, std::int64_t p) {
    return gram.narrow(-1, 0, p).narrow(-2, 0, p);
}

// BLAS's symmetric rank-k update (Fortran interface of the libblas.so.3 LibTorch already uses):
// C := alpha op(A) op(A)^T + beta C on one triangle, half the multiply-adds of a general GEMM.
using SsyrkFunction = void (*)(const char*, const char*, const int*, const int*, const float*, const float*,
                               const int*, const float*, float*, const int*);
using DsyrkFunction = void (*)(const char*, const char*, const int*, const int*, const double*, const double*,
                               const int*, const double*, double*, const int*);

template <typename Function> Function blasSymbol(const char* name) {
    return reinterpret_cast<Function>(dlsym(RTLD_DEFAULT, name));
}

template <typename Scalar, typename Function>
void syrkUpper(Function syrk, const torch::Tensor& g, torch::Tensor& upper) {
    // Row-major G [p, n] is the column-major n x p matrix G^T; C = (G^T)^T G^T = G G^T. The
    // column-major lower triangle ('L') is the row-major upper one.
    const int p = static_cast<int>(g.size(0));
    const int k = static_cast<int>(g.size(1));
    const int lda = static_cast<int>(g.stride(0));
    const Scalar one = 1;
    const Scalar zero = 0;
    syrk("L", "T", &p, &k, &one, g.data_ptr<Scalar>(), &lda, &zero, upper.data_ptr<Scalar>(), &p);
}

/// The upper triangle (diagonal included) of G G^T [p, p], zeros below.
torch::Tensor upperGramOf(const torch::Tensor& g) {
    static const auto ssyrk = blasSymbol<SsyrkFunction>("ssyrk_");
    static const auto dsyrk = blasSymbol<DsyrkFunction>("dsyrk_");
    const bool usable = g.device().is_cpu() && g.dim() == 2 && g.stride(1) == 1 && g.size(1) > 0 &&
                        g.stride(0) >= std::max<std::int64_t>(1, g.size(1));
    if (usable && g.scalar_type() == torch::kFloat32 && ssyrk) {
        torch::Tensor upper = torch::zeros({g.size(0), g.size(0)}, g.options());
        syrkUpper<float>(ssyrk, g, upper);
        return upper;
    }
    if (usable && g.scalar_type() == torch::kFloat64 && dsyrk) {
        torch::Tensor upper = torch::zeros({g.size(0), g.size(0)}, g.options());
        syrkUpper<double>(dsyrk, g, upper);
        return upper;
    }
    return at::matmul(g, g.t()).triu();
}

/// Off-diagonal entries twice, the diagonal once: <S, T>_F = sum(weighted(S) * triu(T)) for
/// symmetric S and T.
torch::Tensor weightedForUpper(const torch::Tensor& gram) {
    return gram.triu(1) * 2 + at::diag_embed(gram.diagonal(0, -2, -1));
}

} // namespace

double ghostNorm(const torch::Tensor& gram, const torch::Tensor& outputGradient) {
    const std::int64_t p = outputGradient.size(0);
    return rootOfNonNegative((topLeft(gram, p) * upperGramOf(outputGradient)).sum().item<double>());
}

torch::Tensor ghostNormsByOutputHead(const torch::Tensor& gram, const torch::Tensor& outputGradient,
                                     std::int64_t heads) {
    const std::int64_t p = outputGradient.size(0);
    const std::int64_t headDim = outputGradient.size(1) / heads;
    const torch::Tensor weights = topLeft(gram, p);
    torch::Tensor squared = torch::empty({heads}, torch::TensorOptions().dtype(torch::kFloat64));
    for (std::int64_t h = 0; h < heads; ++h)
        squared[h] =
            (weights * upperGramOf(outputGradient.narrow(1, h * headDim, headDim))).sum().item<double>();
    return squared.clamp_min(0.0).sqrt();
}

torch::Tensor ghostNormsByInputHead(const torch::Tensor& headGrams, const torch::Tensor& outputGradient) {
    const std::int64_t p = outputGradient.size(0);
    const torch::Tensor squared =
        (topLeft(headGrams, p) * upperGramOf(outputGradient).unsqueeze(0)).sum({1, 2});
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
    return weightedForUpper(at::matmul(activations, activations.t()));
}

torch::Tensor headGramsOf(const torch::Tensor& activations, std::int64_t heads) {
    const torch::Tensor perHead = activations.view({activations.size(0), heads, -1}).transpose(0, 1);
    return weightedForUpper(at::matmul(perHead, perHead.transpose(1, 2)));
}

} // namespace noiseloss
