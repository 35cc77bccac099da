#include "engine/train/LmTrainer.h"

#include "engine/lm/DecoderForward.h"
#include "engine/lm/DelayPattern.h"
#include "util/Error.h"

namespace noiseloss {

namespace {

constexpr double kGradientClip = 1.0;
constexpr double kWeightDecay = 0.01;
constexpr double kEmbeddingScale = 0.5; // randomDecoderWeights draws embeddings with std 1

} // namespace

LmTrainer::LmTrainer(const DecoderConfig& config, std::uint64_t seed)
    : m_config(config), m_weights(randomDecoderWeights(config, seed, /*requiresGrad=*/true)) {
    {
        torch::NoGradGuard noGrad;
        for (auto& embedding : m_weights.embeddings)
            embedding.mul_(kEmbeddingScale);
    }
    for (auto& layer : m_weights.layers)
        for (torch::Tensor* cross : {&layer.crossQueryWeight, &layer.crossKeyWeight, &layer.crossValueWeight,
                                     &layer.crossOutWeight, &layer.crossNormWeight, &layer.crossNormBias})
            if (cross->defined())
                cross->set_requires_grad(false);
    for (const auto& tensor : decoderParameters(m_weights))
        if (tensor.requires_grad())
            m_parameters.push_back(tensor);
    m_optimizer = std::make_unique<torch::optim::Adam>(
        m_parameters, torch::optim::AdamOptions(1e-3).betas(std::make_tuple(0.9, 0.95)));
}

torch::Tensor LmTrainer::delayedNll(const torch::Tensor& codes, std::int64_t firstPosition) const {
    const std::int64_t batch = codes.size(0), codebooks = codes.size(1), frames = codes.size(2);
    if (codebooks != m_config.codebooks)
        throw Error("decoder training: codes have " + std::to_string(codebooks) + " codebooks, the model " +
                    std::to_string(m_config.codebooks));
    std::vector<torch::Tensor> inputs;
    for (std::int64_t b = 0; b < batch; ++b)
        inputs.push_back(delayedScoringInput(codes[b], m_config.padToken()));
    const torch::Tensor ids = torch::stack(inputs); // [B, K, T + K - 1]
    ForwardOptions options;
    options.pastLength = firstPosition;
    const torch::Tensor logits =
        decoderLogits(m_weights, decoderHidden(m_weights, m_config, ids, options)); // [B, K, S, V]
    torch::Tensor total = torch::zeros({});
    for (std::int64_t k = 0; k < codebooks; ++k) {
        const torch::Tensor predicted = logits.select(1, k).narrow(1, k, frames); // [B, T, V]
        total = total + torch::nn::functional::cross_entropy(predicted.reshape({-1, m_config.codebookSize}),
                                                             codes.select(1, k).reshape({-1}));
    }
    return total / static_cast<double>(codebooks);
}

double LmTrainer::step(const torch::Tensor& codes, double learningRate, std::int64_t firstPosition) {
    for (auto& group : m_optimizer->param_groups())
        static_cast<torch::optim::AdamOptions&>(group.options()).lr(learningRate);
    m_optimizer->zero_grad();
    const torch::Tensor loss = delayedNll(codes, firstPosition);
    loss.backward();
    torch::nn::utils::clip_grad_norm_(m_parameters, kGradientClip);
    {
        torch::NoGradGuard noGrad; // decoupled weight decay on matrices (not norms, not embeddings)
        for (auto& tensor : m_parameters)
            if (tensor.dim() == 2 && tensor.size(0) != m_config.codebookSize + 1)
                tensor.mul_(1.0 - learningRate * kWeightDecay);
    }
    m_optimizer->step();
    return loss.item<double>();
}

double LmTrainer::evaluate(const torch::Tensor& codes) const {
    torch::NoGradGuard noGrad;
    return delayedNll(codes).item<double>();
}

void LmTrainer::roundToHalfPrecision() {
    torch::NoGradGuard noGrad;
    for (auto& tensor : decoderParameters(m_weights))
        tensor.copy_(tensor.to(torch::kFloat16).to(torch::kFloat32));
}

void LmTrainer::saveCheckpoint(const std::filesystem::path& stem) const {
    saveWeights(stem.string() + "-weights.pt");
    torch::save(*m_optimizer, stem.string() + "-adam.pt");
}

void LmTrainer::loadCheckpoint(const std::filesystem::path& stem) {
    loadWeights(stem.string() + "-weights.pt");
    torch::load(*m_optimizer, stem.string() + "-adam.pt");
}

void LmTrainer::saveWeights(const std::filesystem::path& path) const {
    std::vector<torch::Tensor> tensors;
    for (const auto& tensor : decoderParameters(m_weights))
        tensors.push_back(tensor.detach());
    torch::save(tensors, path.string());
}

void LmTrainer::loadWeights(const std::filesystem::path& path) {
    std::vector<torch::Tensor> tensors;
    torch::load(tensors, path.string());
    std::vector<torch::Tensor> mine = decoderParameters(m_weights);
    if (tensors.size() != mine.size())
        throw Error(path.string() + ": holds " + std::to_string(tensors.size()) +
                    " tensors, the decoder has " + std::to_string(mine.size()));
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < mine.size(); ++i)
        mine[i].copy_(tensors[i]);
}

} // namespace noiseloss
