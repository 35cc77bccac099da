#include "engine/train/DemoModelConfig.h"

namespace noiseloss {

EncodecConfig demoEncodecConfig() {
    EncodecConfig config;
    config.numFilters = 8;
    config.hiddenSize = 64;
    config.codebookSize = 256;
    config.numLstmLayers = 1;
    config.numQuantizers = 4;
    config.padMode = "reflect";
    config.targetBandwidths = {2.2}; // floor(1000 * 2.2 / (50 * 10)) = 4 quantizers, as facebook/musicgen
    return config;
}

DecoderConfig demoDecoderConfig() {
    DecoderConfig config;
    config.codebookSize = 256;
    config.dModel = 256;
    config.layers = 4;
    config.heads = 4;
    config.ffnDim = 1024;
    config.maxPositions = 2048;
    config.codebooks = 4;
    return config;
}

nlohmann::json demoCombinedConfig(const EncodecConfig& codec, const DecoderConfig& decoder) {
    nlohmann::json config;
    config["model_type"] = "musicgen";
    config["architectures"] = {"MusicgenForConditionalGeneration"};
    config["decoder"] = decoder.toJson();
    config["audio_encoder"] = codec.toJson();
    // No text encoder is shipped: the demo model is unconditional only.
    config["text_encoder"] = {{"model_type", "t5"}, {"note", "not included: unconditional demo model"}};
    config["noiseloss_demo"] = {{"description", "NoiseLoss Workstation built-in demo model, trained on "
                                                "synthesized music (see docs/demo-model.md)"}};
    return config;
}

} // namespace noiseloss
