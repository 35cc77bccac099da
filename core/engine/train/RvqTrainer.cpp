#include "engine/train/RvqTrainer.h"

#include "util/Error.h"

#include <cmath>

namespace noiseloss {

RvqTrainer::RvqTrainer(std::vector<torch::Tensor> codebooks, double decay, double deadCodeThreshold)
    : m_codebooks(std::move(codebooks)), m_decay(decay), m_deadCodeThreshold(deadCodeThreshold) {
    for (const auto& codebook : m_codebooks) {
        m_clusterSizes.push_back(torch::ones({codebook.size(0)}, codebook.options()));
        m_embedSums.push_back(codebook.detach().clone());
    }
}

torch::Tensor RvqTrainer::nearest(const torch::Tensor& residual, const torch::Tensor& codebook) const {
    const torch::Tensor distances = residual.square().sum(1, true) - 2.0 * residual.matmul(codebook.t()) +
                                    codebook.square().sum(1).unsqueeze(0);
    return distances.argmin(1);
}

void RvqTrainer::initialiseWithKMeans(const torch::Tensor& latents, int iterations) {
    torch::NoGradGuard noGrad;
    torch::Tensor residual = latents.detach().clone();
    const std::int64_t count = residual.size(0);
    for (std::size_t stage = 0; stage < m_codebooks.size(); ++stage) {
        const std::int64_t codes = m_codebooks[stage].size(0);
        if (count < codes)
            throw Error("codec training: k-means needs at least " + std::to_string(codes) +
                        " latent vectors, got " + std::to_string(count));
        torch::Tensor centroids =
            residual.index_select(0, torch::randperm(count, torch::kLong).narrow(0, 0, codes));
        torch::Tensor counts;
        for (int round = 0; round < iterations; ++round) {
            const torch::Tensor indices = nearest(residual, centroids);
            counts = torch::bincount(indices, {}, codes).to(residual.dtype());
            torch::Tensor sums = torch::zeros_like(centroids).index_add_(0, indices, residual);
            const torch::Tensor used = (counts > 0).unsqueeze(1);
            centroids = torch::where(used, sums / counts.clamp_min(1.0).unsqueeze(1), centroids);
        }
        m_codebooks[stage].copy_(centroids);
        m_clusterSizes[stage].copy_(counts.clamp_min(1.0));
        m_embedSums[stage].copy_(centroids * m_clusterSizes[stage].unsqueeze(1));
        residual = residual - centroids.index_select(0, nearest(residual, centroids));
    }
    m_initialised = true;
}

int RvqTrainer::updateStage(std::size_t stage, const torch::Tensor& residual, const torch::Tensor& indices) {
    const std::int64_t codes = m_codebooks[stage].size(0);
    const torch::Tensor counts = torch::bincount(indices, {}, codes).to(residual.dtype());
    const torch::Tensor sums = torch::zeros_like(m_embedSums[stage]).index_add_(0, indices, residual);
    m_clusterSizes[stage].mul_(m_decay).add_(counts, 1.0 - m_decay);
    m_embedSums[stage].mul_(m_decay).add_(sums, 1.0 - m_decay);
    // Laplace smoothing keeps rarely used codes from collapsing to zero.
    const double total = m_clusterSizes[stage].sum().item<double>();
    const torch::Tensor smoothed = (m_clusterSizes[stage] + 1e-5) / (total + codes * 1e-5) * total;
    m_codebooks[stage].copy_(m_embedSums[stage] / smoothed.unsqueeze(1));
    const torch::Tensor dead = (m_clusterSizes[stage] < m_deadCodeThreshold).nonzero().flatten();
    const std::int64_t deadCount = dead.size(0);
    if (deadCount == 0)
        return 0;
    const torch::Tensor picks = torch::randint(residual.size(0), {deadCount}, torch::kLong);
    const torch::Tensor replacements = residual.index_select(0, picks);
    m_codebooks[stage].index_copy_(0, dead, replacements);
    m_embedSums[stage].index_copy_(0, dead, replacements);
    m_clusterSizes[stage].index_fill_(0, dead, 1.0);
    return static_cast<int>(deadCount);
}

RvqPass RvqTrainer::quantize(const torch::Tensor& latents, bool update, int* restarted) {
    RvqPass pass;
    torch::Tensor residual = latents;
    torch::Tensor sum = torch::zeros_like(latents);
    pass.commitmentLoss = torch::zeros({}, latents.options());
    std::vector<torch::Tensor> allCodes;
    int restartedCount = 0;
    for (std::size_t stage = 0; stage < m_codebooks.size(); ++stage) {
        torch::Tensor indices, chosen;
        {
            torch::NoGradGuard noGrad;
            indices = nearest(residual.detach(), m_codebooks[stage]);
            chosen = m_codebooks[stage].index_select(0, indices);
        }
        pass.commitmentLoss = pass.commitmentLoss + (residual - chosen).square().mean();
        if (update) {
            torch::NoGradGuard noGrad;
            restartedCount += updateStage(stage, residual.detach(), indices);
        }
        sum = sum + chosen;
        residual = residual - chosen;
        allCodes.push_back(indices);
    }
    pass.quantized = latents + (sum - latents).detach();
    pass.codes = torch::stack(allCodes, 1);
    if (restarted)
        *restarted = restartedCount;
    return pass;
}

std::vector<double> RvqTrainer::perplexities(const torch::Tensor& codes, std::int64_t codebookSize) {
    std::vector<double> result;
    for (std::int64_t stage = 0; stage < codes.size(1); ++stage) {
        const torch::Tensor counts =
            torch::bincount(codes.select(1, stage).contiguous(), {}, codebookSize).to(torch::kFloat64);
        const torch::Tensor p = counts / counts.sum();
        const double entropy = -(p * torch::log(p.clamp_min(1e-300))).sum().item<double>();
        result.push_back(std::exp(entropy));
    }
    return result;
}

std::vector<torch::Tensor> RvqTrainer::state() const {
    std::vector<torch::Tensor> state;
    for (std::size_t stage = 0; stage < m_codebooks.size(); ++stage) {
        state.push_back(m_clusterSizes[stage]);
        state.push_back(m_embedSums[stage]);
    }
    state.push_back(torch::full({1}, m_initialised ? 1.0 : 0.0));
    return state;
}

void RvqTrainer::restoreState(const std::vector<torch::Tensor>& state) {
    if (state.size() != 2 * m_codebooks.size() + 1)
        throw Error("codec checkpoint: quantizer state has " + std::to_string(state.size()) +
                    " tensors, expected " + std::to_string(2 * m_codebooks.size() + 1));
    torch::NoGradGuard noGrad;
    for (std::size_t stage = 0; stage < m_codebooks.size(); ++stage) {
        m_clusterSizes[stage].copy_(state[2 * stage]);
        m_embedSums[stage].copy_(state[2 * stage + 1]);
    }
    m_initialised = state.back().item<double>() > 0.5;
}

} // namespace noiseloss
