// Engine-internal (includes LibTorch): Frobenius norms of linear-weight gradients without forming
// them (ghost norms) and exact LayerNorm parameter gradients, from activations and output gradients.
#pragma once

#include <torch/torch.h>
#include <vector>

namespace noiseloss {

/// For y = x W^T over positions s < p: dl/dW = G^T A, so ||dl/dW||_F^2 = <A A^T, G G^T>_F. Both
/// are symmetric, so only the upper triangle of G G^T is formed (BLAS syrk: half a GEMM's work)
/// and `gram` is A A^T in gramOf's weighted form [>= p, >= p] (only the top-left p x p block is
/// read). `outputGradient` G [p, out], contiguous rows. Returns ||dl/dW||_F.
double ghostNorm(const torch::Tensor& gram, const torch::Tensor& outputGradient);

/// Per-head norms of a q/k/v projection (head h owns output rows h*hd..): [heads] (double, CPU).
torch::Tensor ghostNormsByOutputHead(const torch::Tensor& gram, const torch::Tensor& outputGradient,
                                     std::int64_t heads);

/// Per-head norms of out_proj (head h owns input columns h*hd..): `headGrams` [heads, >= p, >= p]
/// = A_h A_h^T of each head's slice of the input (headGramsOf). Returns [heads] (double, CPU).
torch::Tensor ghostNormsByInputHead(const torch::Tensor& headGrams, const torch::Tensor& outputGradient);

/// Direct alternative for long prefixes (p > in): dl/dW = G^T A, [out, in].
torch::Tensor directWeightGradient(const torch::Tensor& input, const torch::Tensor& outputGradient);

/// Exact LayerNorm gradients: dgamma = sum_s xhat_s * g_s, dbeta = sum_s g_s for LN input x [p, d]
/// and gradient g [p, d] of the LN output. Returns {||dgamma||, ||dbeta||}.
std::pair<double, double> layerNormParameterNorms(const torch::Tensor& input,
                                                  const torch::Tensor& outputGradient);

/// A A^T of [P, in] activations, and per-head [heads, P, P] for a [P, heads * hd] input, in the
/// weighted form the ghost norms read: off-diagonal entries doubled above the diagonal, zeros below
/// (so that a sum against the upper triangle of G G^T is the full inner product).
torch::Tensor gramOf(const torch::Tensor& activations);
torch::Tensor headGramsOf(const torch::Tensor& activations, std::int64_t heads);

} // namespace noiseloss
