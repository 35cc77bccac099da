#include "engine/train/SpectralLoss.h"

namespace noiseloss {

namespace {

constexpr double kLogFloor = 1e-5;

torch::Tensor magnitude(const torch::Tensor& signal, std::int64_t fftSize, const torch::Tensor& window) {
    const torch::Tensor spectrum = torch::stft(signal, fftSize, fftSize / 4, fftSize, window, /*center=*/true,
                                               "reflect", /*normalized=*/false, /*onesided=*/true,
                                               /*return_complex=*/true);
    return torch::sqrt(torch::view_as_real(spectrum).square().sum(-1) + 1e-10);
}

} // namespace

torch::Tensor multiResolutionStftDistance(const torch::Tensor& estimate, const torch::Tensor& reference) {
    torch::Tensor total = torch::zeros({}, estimate.options());
    const std::int64_t sizes[] = {256, 512, 1024, 2048};
    for (std::int64_t fftSize : sizes) {
        const torch::Tensor window = torch::hann_window(fftSize, estimate.options());
        const torch::Tensor estimated = magnitude(estimate, fftSize, window);
        const torch::Tensor target = magnitude(reference, fftSize, window);
        const torch::Tensor convergence = (target - estimated).norm() / (target.norm() + 1e-7);
        const torch::Tensor logDistance =
            (torch::log(target + kLogFloor) - torch::log(estimated + kLogFloor)).abs().mean();
        total = total + convergence + logDistance;
    }
    return total / static_cast<double>(std::size(sizes));
}

double scaleInvariantSnrDb(const torch::Tensor& estimate, const torch::Tensor& reference) {
    torch::NoGradGuard noGrad;
    torch::Tensor x = estimate.reshape({-1, estimate.size(-1)}).to(torch::kFloat64);
    torch::Tensor s = reference.reshape({-1, reference.size(-1)}).to(torch::kFloat64);
    x = x - x.mean(-1, true);
    s = s - s.mean(-1, true);
    const torch::Tensor scale = (x * s).sum(-1, true) / (s.square().sum(-1, true) + 1e-12);
    const torch::Tensor target = scale * s;
    const torch::Tensor noise = x - target;
    const torch::Tensor ratio = target.square().sum(-1) / (noise.square().sum(-1) + 1e-20);
    return (10.0 * torch::log10(ratio)).mean().item<double>();
}

} // namespace noiseloss
