#include "engine/PerformanceProbe.h"

#include "engine/lm/DecoderConfig.h"

#include <algorithm>
#include <chrono>
#include <sys/resource.h>

namespace noiseloss {
namespace {

template <typename Function> double secondsPerCall(int repeats, Function&& function) {
    function(); // warm-up (allocations, oneDNN primitive creation)
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < repeats; ++i)
        function();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / repeats;
}

} // namespace

GemmRates measureGemmRates(std::int64_t m, std::int64_t n, std::int64_t k, int repeats) {
    torch::NoGradGuard noGrad;
    const torch::Tensor input = torch::randn({m, k});
    const torch::Tensor weight = torch::randn({n, k});
    const double flops = 2.0 * static_cast<double>(m) * static_cast<double>(n) * static_cast<double>(k);
    GemmRates rates;
    const torch::Tensor packed = weight.to_mkldnn();
    rates.oneDnnGflops =
        flops /
        secondsPerCall(repeats, [&] { (void)at::mkldnn_linear(input.to_mkldnn(), packed).to_dense(); }) / 1e9;
    const torch::Tensor transposed = weight.t().contiguous();
    rates.blasGflops = flops / secondsPerCall(repeats, [&] { (void)at::mm(input, transposed); }) / 1e9;
    return rates;
}

double decoderForwardFlops(const DecoderConfig& c, std::int64_t positions) {
    const auto s = static_cast<double>(positions);
    const auto d = static_cast<double>(c.dModel);
    const double perLayer =
        2.0 * s * (4.0 * d * d + 2.0 * d * static_cast<double>(c.ffnDim)) + 4.0 * d * s * s;
    const double heads = 2.0 * s * static_cast<double>(c.codebooks * c.codebookSize) * d;
    return perLayer * static_cast<double>(c.layers) + heads;
}

GradientTargetFlops gradientTargetFlops(const DecoderConfig& c, std::int64_t positions, std::int64_t prefix,
                                        int targetsPerForward) {
    const auto s = static_cast<double>(positions);
    const auto p = static_cast<double>(prefix);
    const auto d = static_cast<double>(c.dModel);
    const auto f = static_cast<double>(c.ffnDim);
    const auto layers = static_cast<double>(c.layers);
    const double linearWork = 4.0 * d * d + 2.0 * d * f; // multiply-adds per position and layer
    // Attention backward: dP = dO V^T, dV = P^T dO, dQ = dS K, dK = dS^T Q over the causal square.
    const auto attentionBackward = [&](double n) {
        return 8.0 * n * n * d;
    };
    // One linear's weight-gradient norm: ghost (syrk: p^2 d_out) or G^T A (2 p d_in d_out).
    const auto parameterNorm = [&](double in, double out) {
        return p <= in ? p * p * out : 2.0 * p * in * out;
    };

    GradientTargetFlops flops;
    flops.naive = layers * (2.0 * 2.0 * s * linearWork + attentionBackward(s));
    const double lowerLayer = 2.0 * p * linearWork + attentionBackward(p) + 4.0 * parameterNorm(d, d) +
                              parameterNorm(d, f) + parameterNorm(f, d);
    const double lastLayer = 2.0 * p * 2.0 * d * d + 2.0 * parameterNorm(d, d); // keys and values
    const double forward = layers * (2.0 * p * linearWork + 4.0 * p * p * d);
    flops.fast = (layers - 1.0) * lowerLayer + lastLayer + forward / std::max(1, targetsPerForward);
    return flops;
}

std::int64_t peakResidentBytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<std::int64_t>(usage.ru_maxrss) * 1024;
}

} // namespace noiseloss
