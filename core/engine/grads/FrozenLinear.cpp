#include "engine/grads/FrozenLinear.h"

namespace noiseloss {
namespace {

torch::Tensor oneDnnLinear(const torch::Tensor& x, const torch::Tensor& packed) {
    std::vector<std::int64_t> outShape(x.sizes().begin(), x.sizes().end());
    outShape.back() = packed.size(0);
    const torch::Tensor flat = x.reshape({-1, x.size(-1)}).contiguous();
    return at::mkldnn_linear(flat.to_mkldnn(), packed).to_dense().view(outShape);
}

/// Forward with W, backward with W^T, both prepacked; no weight gradient.
class PackedLinearFunction : public torch::autograd::Function<PackedLinearFunction> {
public:
    static torch::Tensor forward(torch::autograd::AutogradContext* context, const torch::Tensor& x,
                                 const torch::Tensor& packed, const torch::Tensor& packedTransposed) {
        context->saved_data["transposed"] = packedTransposed;
        return oneDnnLinear(x, packed);
    }
    static torch::autograd::tensor_list backward(torch::autograd::AutogradContext* context,
                                                 torch::autograd::tensor_list outputGradients) {
        const torch::Tensor transposed = context->saved_data["transposed"].toTensor();
        return {oneDnnLinear(outputGradients[0], transposed), torch::Tensor(), torch::Tensor()};
    }
};

} // namespace

void FrozenLinear::prepack() {
    m_packed = m_weight.contiguous().to_mkldnn();
    m_packedTransposed = m_weight.t().contiguous().to_mkldnn();
}

torch::Tensor FrozenLinear::apply(const torch::Tensor& x) const {
    if (!m_packed.defined())
        return at::matmul(x, m_weight.t());
    if (!x.requires_grad())
        return oneDnnLinear(x, m_packed);
    return PackedLinearFunction::apply(x, m_packed, m_packedTransposed);
}

} // namespace noiseloss
