#include "engine/train/CodecTrainer.h"

#include "engine/codec/EncodecForward.h"
#include "engine/train/SpectralLoss.h"
#include "util/Error.h"

#include <cmath>

namespace noiseloss {

namespace {

constexpr double kRvqDecay = 0.97;
constexpr double kDeadCodeThreshold = 0.2;
constexpr double kCommitmentWeight = 1.0;
constexpr double kGradientClip = 1.0;
const std::string kPrefix = "audio_encoder.";

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

/// PyTorch-default-like initial values for one checkpoint tensor; `vByConv` supplies the v of a g.
torch::Tensor initialTensor(const EncodecTensorSpec& spec, const std::map<std::string, torch::Tensor>& made) {
    const std::vector<std::int64_t>& shape = spec.shape;
    if (endsWith(spec.key, ".weight_v")) {
        const double bound = 1.0 / std::sqrt(static_cast<double>(shape[1] * shape[2]));
        return torch::rand(shape) * (2.0 * bound) - bound;
    }
    if (endsWith(spec.key, ".weight_g")) {
        const std::string vKey = spec.key.substr(0, spec.key.size() - 1) + "v";
        return made.at(vKey).flatten(1).norm(2, 1).reshape(shape);
    }
    if (endsWith(spec.key, ".bias"))
        return torch::zeros(shape);
    if (endsWith(spec.key, "codebook.embed"))
        return torch::randn(shape) * 0.1;
    // LSTM weights and biases: uniform +-1/sqrt(hidden) as torch.nn.LSTM.
    const double bound = 1.0 / std::sqrt(static_cast<double>(shape.back() > 0 ? shape[0] / 4 : 1));
    return torch::rand(shape) * (2.0 * bound) - bound;
}

} // namespace

CodecTrainer::CodecTrainer(const EncodecConfig& config) {
    EncodecWeights layout = makeEncodecLayout(config, kPrefix, config.numQuantizers);
    std::vector<EncodecTensorSpec> specs = encodecTensorSpecs(layout);
    // v before g so every g can be computed from its v.
    std::stable_partition(specs.begin(), specs.end(),
                          [](const auto& spec) { return !endsWith(spec.key, ".weight_g"); });
    for (const auto& spec : specs)
        m_tensors[spec.key] = initialTensor(spec, m_tensors);
    for (auto& [key, tensor] : m_tensors)
        if (!endsWith(key, "codebook.embed")) {
            tensor.requires_grad_(true);
            m_parameters.push_back(tensor);
        }
    m_weights = encodecWeightsFromTensors(layout, m_tensors, /*foldWeightNorm=*/false);
    m_optimizer = std::make_unique<torch::optim::Adam>(
        m_parameters, torch::optim::AdamOptions(1e-3).betas(std::make_tuple(0.8, 0.99)));
    m_rvq = std::make_unique<RvqTrainer>(m_weights.codebooks, kRvqDecay, kDeadCodeThreshold);
}

void CodecTrainer::initialiseCodebooks(const torch::Tensor& audio, int iterations) {
    torch::NoGradGuard noGrad;
    const torch::Tensor latents = encodecEncoderForward(m_weights, audio);
    m_rvq->initialiseWithKMeans(latents.permute({0, 2, 1}).reshape({-1, latents.size(1)}), iterations);
}

CodecStepResult CodecTrainer::step(const torch::Tensor& audio, bool quantize, double learningRate) {
    for (auto& group : m_optimizer->param_groups())
        static_cast<torch::optim::AdamOptions&>(group.options()).lr(learningRate);
    m_optimizer->zero_grad();
    const torch::Tensor latents = encodecEncoderForward(m_weights, audio); // [B, D, T]
    const auto batch = latents.size(0), dim = latents.size(1), frames = latents.size(2);
    torch::Tensor decoderInput = latents;
    torch::Tensor commitment = torch::zeros({});
    CodecStepResult result;
    if (quantize) {
        const torch::Tensor flat = latents.permute({0, 2, 1}).reshape({-1, dim});
        RvqPass pass = m_rvq->quantize(flat, /*update=*/true, &result.restartedCodes);
        commitment = pass.commitmentLoss;
        decoderInput = pass.quantized.reshape({batch, frames, dim}).permute({0, 2, 1});
    }
    const torch::Tensor reconstruction =
        encodecDecoderForward(m_weights, decoderInput).narrow(-1, 0, audio.size(-1)).squeeze(1);
    const torch::Tensor reference = audio.squeeze(1);
    const torch::Tensor l1 = (reconstruction - reference).abs().mean();
    const torch::Tensor stft = multiResolutionStftDistance(reconstruction, reference);
    const torch::Tensor total = l1 + stft + kCommitmentWeight * commitment;
    total.backward();
    torch::nn::utils::clip_grad_norm_(m_parameters, kGradientClip);
    m_optimizer->step();
    result.waveformL1 = l1.item<double>();
    result.stftDistance = stft.item<double>();
    result.commitment = commitment.item<double>();
    result.total = total.item<double>();
    return result;
}

std::map<std::string, torch::Tensor> CodecTrainer::quantizerBuffers() const {
    const std::vector<torch::Tensor> state = m_rvq->state();
    std::map<std::string, torch::Tensor> buffers;
    for (std::size_t q = 0; q < m_weights.codebooks.size(); ++q) {
        const std::string stem = kPrefix + "quantizer.layers." + std::to_string(q) + ".codebook.";
        buffers[stem + "cluster_size"] = state[2 * q].clone();
        buffers[stem + "embed_avg"] = state[2 * q + 1].clone();
        buffers[stem + "inited"] = state.back().clone();
    }
    return buffers;
}

void CodecTrainer::roundToHalfPrecision() {
    torch::NoGradGuard noGrad;
    for (auto& [key, tensor] : m_tensors)
        tensor.copy_(tensor.to(torch::kFloat16).to(torch::kFloat32));
}

void CodecTrainer::saveCheckpoint(const std::filesystem::path& stem) const {
    std::vector<torch::Tensor> tensors;
    for (const auto& [key, tensor] : m_tensors)
        tensors.push_back(tensor.detach());
    torch::save(tensors, stem.string() + "-weights.pt");
    torch::save(m_rvq->state(), stem.string() + "-rvq.pt");
    torch::save(*m_optimizer, stem.string() + "-adam.pt");
}

void CodecTrainer::loadCheckpoint(const std::filesystem::path& stem) {
    std::vector<torch::Tensor> tensors, rvqState;
    torch::load(tensors, stem.string() + "-weights.pt");
    torch::load(rvqState, stem.string() + "-rvq.pt");
    if (tensors.size() != m_tensors.size())
        throw Error(stem.string() + "-weights.pt: holds " + std::to_string(tensors.size()) +
                    " tensors, the codec has " + std::to_string(m_tensors.size()));
    torch::NoGradGuard noGrad;
    std::size_t index = 0;
    for (auto& [key, tensor] : m_tensors)
        tensor.copy_(tensors[index++]);
    m_rvq->restoreState(rvqState);
    torch::load(*m_optimizer, stem.string() + "-adam.pt");
}

} // namespace noiseloss
