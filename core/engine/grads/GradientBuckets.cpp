#include "engine/grads/GradientBuckets.h"

#include <string>

namespace noiseloss {
namespace {

const std::string kLayerPrefix = "decoder.model.decoder.layers.";

ParameterBucket layerBucket(int layer, const std::string& module, int head, const std::string& tensor) {
    return {layer, module, head, kLayerPrefix + std::to_string(layer) + "." + tensor};
}

} // namespace

GradientBuckets::GradientBuckets(int layers, int heads, int codebooks)
    : m_layers(layers), m_heads(heads), m_codebooks(codebooks) {}

std::vector<ParameterBucket> GradientBuckets::describe() const {
    static const char* const kLinearNames[] = {"self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj",
                                               "self_attn.out_proj"};
    static const char* const kNormNames[] = {"self_attn_layer_norm.weight", "self_attn_layer_norm.bias",
                                             "final_layer_norm.weight", "final_layer_norm.bias"};
    std::vector<ParameterBucket> buckets;
    buckets.reserve(static_cast<std::size_t>(count()));
    for (int layer = 0; layer < m_layers; ++layer) {
        for (const char* name : kLinearNames)
            for (int head = -1; head < m_heads; ++head)
                buckets.push_back(layerBucket(layer, name, head, std::string(name) + ".weight"));
        buckets.push_back(layerBucket(layer, "fc1", -1, "fc1.weight"));
        buckets.push_back(layerBucket(layer, "fc2", -1, "fc2.weight"));
        for (const char* name : kNormNames)
            buckets.push_back(layerBucket(layer, name, -1, name));
    }
    buckets.push_back({-1, "layer_norm.weight", -1, "decoder.model.decoder.layer_norm.weight"});
    buckets.push_back({-1, "layer_norm.bias", -1, "decoder.model.decoder.layer_norm.bias"});
    for (int k = 0; k < m_codebooks; ++k)
        buckets.push_back({-1, "embed_tokens." + std::to_string(k), -1,
                           "decoder.model.decoder.embed_tokens." + std::to_string(k) + ".weight"});
    for (int k = 0; k < m_codebooks; ++k)
        buckets.push_back(
            {-1, "lm_heads." + std::to_string(k), -1, "decoder.lm_heads." + std::to_string(k) + ".weight"});
    return buckets;
}

} // namespace noiseloss
