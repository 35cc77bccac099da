// Engine-internal (includes LibTorch): the reference gradient method, as the study computed it.
#pragma once

#include "engine/grads/GradientBuckets.h"
#include "engine/grads/GradientProblem.h"

namespace noiseloss {

/// One full forward over all positions with every parameter a leaf requiring grad; per target one
/// backward with retain_graph, then the norms are read from the materialised parameter .grad and
/// the retained activation gradients. Slow on purpose: it is the reference for the fast method.
/// Not thread-safe (one instance per thread).
class NaiveGradients {
public:
    NaiveGradients(const DecoderWeights& source, const GradientProblem& problem, torch::ScalarType dtype);

    TargetGradients compute(const GradientTarget& target);

private:
    void forward();
    void clearGradients();
    void fillParameterNorms(std::vector<float>& norms) const;

    const GradientProblem& m_problem;
    GradientBuckets m_buckets;
    DecoderWeights m_weights;
    torch::Tensor m_logProbabilities;         ///< [K, S, V]
    std::vector<torch::Tensor> m_activations; ///< embedding output, then each layer output [1, S, d]
};

} // namespace noiseloss
