#include "engine/PerformanceProbe.h"

#include "engine/lm/DecoderConfig.h"

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

std::int64_t peakResidentBytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<std::int64_t>(usage.ru_maxrss) * 1024;
}

} // namespace noiseloss
