// Engine-internal (includes LibTorch): y = x W^T for a weight that never needs its own gradient.
#pragma once

#include <torch/torch.h>

namespace noiseloss {

/// A frozen linear weight [out, in]. With prepack(), the forward uses the oneDNN-packed W and the
/// backward (only the input gradient, grad_in = grad_out W) the oneDNN-packed W^T, through a custom
/// autograd function; otherwise plain matmul (autograd skips the weight-gradient GEMM because W does
/// not require grad). Packing needs float32 CPU tensors. Read-only after construction.
class FrozenLinear {
public:
    FrozenLinear() = default;
    explicit FrozenLinear(torch::Tensor weight) : m_weight(std::move(weight)) {}

    /// Builds the packed copies (doubles the memory of this weight).
    void prepack();
    bool prepacked() const { return m_packed.defined(); }
    const torch::Tensor& weight() const { return m_weight; }

    torch::Tensor apply(const torch::Tensor& x) const;

private:
    torch::Tensor m_weight;           ///< dense [out, in]
    torch::Tensor m_packed;           ///< oneDNN [out, in]
    torch::Tensor m_packedTransposed; ///< oneDNN [in, out]
};

} // namespace noiseloss
