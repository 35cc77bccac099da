#include "engine/lm/DecoderWeights.h"

#include "engine/io/WeightStore.h"
#include "util/Error.h"

#include <sys/mman.h>
#include <unistd.h>

#include <functional>

namespace noiseloss {
namespace {

const std::string kLayerPrefix = "decoder.model.decoder.layers.";

/// Visits every tensor slot of the weights with its HF key and expected shape.
using SlotVisitor = std::function<void(const std::string& key, std::vector<std::int64_t> shape,
                                       torch::Tensor& slot, bool crossAttention)>;

void visitLayer(const DecoderConfig& c, DecoderLayerWeights& layer, std::size_t index,
                const SlotVisitor& visit) {
    const std::string p = kLayerPrefix + std::to_string(index) + ".";
    const std::int64_t d = c.dModel;
    visit(p + "self_attn_layer_norm.weight", {d}, layer.selfNormWeight, false);
    visit(p + "self_attn_layer_norm.bias", {d}, layer.selfNormBias, false);
    visit(p + "self_attn.q_proj.weight", {d, d}, layer.queryWeight, false);
    visit(p + "self_attn.k_proj.weight", {d, d}, layer.keyWeight, false);
    visit(p + "self_attn.v_proj.weight", {d, d}, layer.valueWeight, false);
    visit(p + "self_attn.out_proj.weight", {d, d}, layer.outWeight, false);
    visit(p + "encoder_attn_layer_norm.weight", {d}, layer.crossNormWeight, true);
    visit(p + "encoder_attn_layer_norm.bias", {d}, layer.crossNormBias, true);
    visit(p + "encoder_attn.q_proj.weight", {d, d}, layer.crossQueryWeight, true);
    visit(p + "encoder_attn.k_proj.weight", {d, d}, layer.crossKeyWeight, true);
    visit(p + "encoder_attn.v_proj.weight", {d, d}, layer.crossValueWeight, true);
    visit(p + "encoder_attn.out_proj.weight", {d, d}, layer.crossOutWeight, true);
    visit(p + "final_layer_norm.weight", {d}, layer.ffnNormWeight, false);
    visit(p + "final_layer_norm.bias", {d}, layer.ffnNormBias, false);
    visit(p + "fc1.weight", {c.ffnDim, d}, layer.fc1Weight, false);
    visit(p + "fc2.weight", {d, c.ffnDim}, layer.fc2Weight, false);
}

/// Sizes the vectors of `weights` for `config` and visits every slot in a stable order.
void visitAll(const DecoderConfig& c, DecoderWeights& weights, const SlotVisitor& visit) {
    const auto k = static_cast<std::size_t>(c.codebooks);
    weights.embeddings.resize(k);
    weights.heads.resize(k);
    weights.layers.resize(static_cast<std::size_t>(c.layers));
    for (std::size_t i = 0; i < k; ++i)
        visit("decoder.model.decoder.embed_tokens." + std::to_string(i) + ".weight",
              {c.codebookSize + 1, c.dModel}, weights.embeddings[i], false);
    for (std::size_t i = 0; i < weights.layers.size(); ++i)
        visitLayer(c, weights.layers[i], i, visit);
    visit("decoder.model.decoder.layer_norm.weight", {c.dModel}, weights.finalNormWeight, false);
    visit("decoder.model.decoder.layer_norm.bias", {c.dModel}, weights.finalNormBias, false);
    for (std::size_t i = 0; i < k; ++i)
        visit("decoder.lm_heads." + std::to_string(i) + ".weight", {c.codebookSize, c.dModel},
              weights.heads[i], false);
}

/// The same traversal over an existing weights object (for naming tensors), deducing the config.
DecoderConfig configOf(const DecoderWeights& w) {
    DecoderConfig c;
    c.codebooks = static_cast<std::int64_t>(w.embeddings.size());
    c.layers = static_cast<std::int64_t>(w.layers.size());
    c.dModel = w.finalNormWeight.size(0);
    c.codebookSize = w.heads.empty() ? 0 : w.heads[0].size(0);
    c.ffnDim = w.layers.empty() ? 0 : w.layers[0].fc1Weight.size(0);
    return c;
}

std::string shapeText(c10::IntArrayRef shape) {
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

/// Drops the whole pages inside [data, data + bytes) from the resident set (MADV_DONTNEED). Only
/// for memory whose contents are no longer needed.
void releaseResidentPages(void* data, std::size_t bytes) {
    const auto pageSize = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + pageSize - 1) / pageSize * pageSize;
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) / pageSize * pageSize;
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
}

bool isLinearSlot(const std::string& key) {
    return key.ends_with("_proj.weight") || key.ends_with("fc1.weight") || key.ends_with("fc2.weight") ||
           key.find("lm_heads") != std::string::npos;
}

} // namespace

std::vector<std::pair<std::string, std::vector<std::int64_t>>> decoderKeyShapes(const DecoderConfig& config,
                                                                                bool includeCrossAttention) {
    std::vector<std::pair<std::string, std::vector<std::int64_t>>> result;
    DecoderWeights scratch;
    visitAll(config, scratch,
             [&](const std::string& key, std::vector<std::int64_t> shape, torch::Tensor&, bool cross) {
                 if (!cross || includeCrossAttention)
                     result.emplace_back(key, std::move(shape));
             });
    return result;
}

DecoderWeights loadDecoderWeights(const WeightStore& store, const DecoderConfig& config,
                                  bool loadCrossAttention) {
    std::vector<std::string> problems;
    // Presence first, so one error lists every missing tensor.
    for (const auto& [key, shape] : decoderKeyShapes(config, true))
        if (!store.contains(key))
            problems.push_back(key + " is missing (expected shape " + shapeText(shape) + ")");
    if (!problems.empty()) {
        std::string message = (store.folder() / "model.safetensors").string() + ": " +
                              std::to_string(problems.size()) + " decoder tensors missing:";
        for (std::size_t i = 0; i < problems.size() && i < 20; ++i)
            message += "\n  - " + problems[i];
        if (problems.size() > 20)
            message += "\n  - ... and " + std::to_string(problems.size() - 20) + " more";
        throw Error(message);
    }
    DecoderWeights weights;
    visitAll(config, weights,
             [&](const std::string& key, std::vector<std::int64_t> shape, torch::Tensor& slot, bool cross) {
                 if (cross && !loadCrossAttention)
                     return;
                 try {
                     slot = store.get(key, shape);
                 } catch (const Error& error) {
                     problems.push_back(error.what());
                 }
             });
    if (!problems.empty()) {
        std::string message =
            store.folder().string() + ": decoder tensors do not match config.json (d_model " +
            std::to_string(config.dModel) + ", ffn " + std::to_string(config.ffnDim) + ", codebooks " +
            std::to_string(config.codebooks) + " x " + std::to_string(config.codebookSize) + "):";
        for (std::size_t i = 0; i < problems.size() && i < 20; ++i)
            message += "\n  - " + problems[i];
        throw Error(message);
    }
    return weights;
}

DecoderWeights randomDecoderWeights(const DecoderConfig& config, std::uint64_t seed, bool requiresGrad,
                                    bool includeCrossAttention) {
    auto generator = at::detail::createCPUGenerator(seed);
    DecoderWeights weights;
    visitAll(config, weights,
             [&](const std::string& key, std::vector<std::int64_t> shape, torch::Tensor& slot, bool cross) {
                 if (cross && !includeCrossAttention)
                     return;
                 if (key.ends_with("norm.weight")) {
                     slot = torch::ones(shape);
                 } else if (key.ends_with("norm.bias")) {
                     slot = torch::zeros(shape);
                 } else {
                     const double std = key.find("lm_heads") != std::string::npos
                                            ? 1.0 / std::sqrt(static_cast<double>(config.dModel))
                                            : (key.find("embed_tokens") != std::string::npos ? 1.0 : 0.02);
                     slot = at::normal(0.0, std, shape, generator);
                 }
                 slot.set_requires_grad(requiresGrad);
             });
    return weights;
}

std::map<std::string, torch::Tensor> namedDecoderTensors(const DecoderWeights& weights) {
    std::map<std::string, torch::Tensor> named;
    auto& mutableWeights = const_cast<DecoderWeights&>(weights); // visitAll needs slots; nothing is written
    visitAll(configOf(weights), mutableWeights,
             [&](const std::string& key, std::vector<std::int64_t>, torch::Tensor& slot, bool) {
                 if (slot.defined())
                     named[key] = slot.is_mkldnn() ? slot.to_dense() : slot;
             });
    return named;
}

std::vector<torch::Tensor> decoderParameters(const DecoderWeights& weights) {
    std::vector<torch::Tensor> parameters;
    for (auto& [key, tensor] : namedDecoderTensors(weights))
        parameters.push_back(tensor);
    return parameters;
}

void prepackForMkldnn(DecoderWeights& weights) {
    visitAll(configOf(weights), weights,
             [&](const std::string& key, std::vector<std::int64_t>, torch::Tensor& slot, bool) {
                 if (!slot.defined() || slot.is_mkldnn() || !isLinearSlot(key))
                     return;
                 torch::Tensor dense = std::move(slot);
                 slot = dense.detach().contiguous().to_mkldnn();
                 // Sole owner: the dense buffer dies here anyway. If it is a view of a mapped
                 // safetensors file its pages would otherwise stay resident (second copy in RSS).
                 if (dense.is_contiguous() && dense.storage().use_count() == 1)
                     releaseResidentPages(dense.data_ptr(), dense.nbytes());
             });
}

void moveDecoderWeights(DecoderWeights& weights, const torch::Device& device) {
    visitAll(configOf(weights), weights,
             [&](const std::string&, std::vector<std::int64_t>, torch::Tensor& slot, bool) {
                 if (slot.defined())
                     slot = slot.to(device);
             });
}

} // namespace noiseloss
