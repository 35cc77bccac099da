#include "engine/train/DemoModelWriter.h"

#include "engine/io/SafeTensorsWriter.h"
#include "engine/train/DemoModelConfig.h"
#include "util/Error.h"

#include <fstream>

namespace noiseloss {

namespace {

constexpr std::int64_t kTextEncoderWidth = 768; // t5-base d_model: the input width of enc_to_dec_proj

nlohmann::json textEncoderConfig() {
    return {{"model_type", "t5"}, {"d_model", kTextEncoderWidth},
            {"num_layers", 12},   {"num_heads", 12},
            {"d_kv", 64},         {"d_ff", 3072},
            {"vocab_size", 32128}};
}

} // namespace

void writeDemoModelFolder(const std::filesystem::path& folder, const CodecTrainer& codec, const LmTrainer& lm,
                          const std::map<std::string, std::string>& metadata) {
    torch::NoGradGuard noGrad;
    std::map<std::string, torch::Tensor> tensors;
    for (const auto& [key, tensor] : namedDecoderTensors(lm.weights()))
        tensors[key] = tensor.detach(); // keys already carry the "decoder." prefix
    for (const auto& [key, tensor] : codec.namedTensors())
        tensors[key] = tensor.detach();
    for (const auto& [key, tensor] : codec.quantizerBuffers())
        tensors[key] = tensor;
    tensors["enc_to_dec_proj.weight"] = torch::zeros({lm.config().dModel, kTextEncoderWidth});
    tensors["enc_to_dec_proj.bias"] = torch::zeros({lm.config().dModel});
    nlohmann::json config = demoCombinedConfig(codec.weights().config, lm.config());
    config["text_encoder"] = textEncoderConfig();
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        throw Error(folder.string() + ": cannot create the model folder (" + error.message() + ")");
    {
        std::ofstream file(folder / "config.json");
        file << config.dump(2) << "\n";
        if (!file)
            throw Error((folder / "config.json").string() + ": cannot write");
    }
    saveSafetensors(folder / "model.safetensors", tensors, SafeTensorsDtype::F16, metadata);
}

} // namespace noiseloss
