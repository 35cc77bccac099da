#include "engine/RandomCheckpoint.h"

#include "engine/codec/EncodecWeights.h"
#include "engine/io/SafeTensorsWriter.h"
#include "engine/lm/DecoderWeights.h"
#include "util/Error.h"

#include <fstream>

namespace noiseloss {
namespace {

constexpr std::int64_t kTextEncoderWidth = 768; // t5-base d_model (enc_to_dec_proj input)

DecoderConfig decoderConfigOf(const RandomCheckpointSpec& spec) {
    DecoderConfig config;
    config.dModel = spec.dModel;
    config.layers = spec.layers;
    config.heads = spec.heads;
    config.ffnDim = spec.ffnDim;
    config.codebookSize = spec.codebookSize;
    config.codebooks = spec.codebooks;
    nlohmann::json check = {{"model_type", "musicgen"}, {"decoder", config.toJson()}};
    return parseDecoderConfig(check, "make-random-checkpoint"); // validates the sizes
}

/// Random tensor for an EnCodec key, by what the key is.
torch::Tensor randomEncodecTensor(const EncodecTensorSpec& spec, at::Generator& generator) {
    const std::string& key = spec.key;
    if (key.ends_with("weight_g") || key.ends_with("cluster_size") || key.ends_with("inited"))
        return torch::ones(spec.shape);
    if (key.ends_with(".conv.bias"))
        return torch::zeros(spec.shape);
    if (key.find(".lstm.") != std::string::npos) {
        const double bound = 1.0 / std::sqrt(static_cast<double>(spec.shape.back()));
        return at::rand(spec.shape, generator) * (2 * bound) - bound;
    }
    return at::normal(0.0, 1.0, spec.shape, generator); // weight_v, codebook embed / embed_avg
}

nlohmann::json textEncoderConfig() {
    return {{"model_type", "t5"}, {"d_model", kTextEncoderWidth},
            {"num_layers", 12},   {"num_heads", 12},
            {"d_kv", 64},         {"d_ff", 3072},
            {"vocab_size", 32128}};
}

} // namespace

bool parseRandomCheckpointDtype(const std::string& name) {
    if (name == "f32")
        return false;
    if (name == "f16")
        return true;
    throw Error("--dtype: unknown value '" + name + "' (f32 or f16)");
}

RandomCheckpointSummary writeRandomCheckpoint(const std::filesystem::path& folder,
                                              const RandomCheckpointSpec& spec) {
    torch::NoGradGuard noGrad;
    const DecoderConfig decoder = decoderConfigOf(spec);
    std::map<std::string, torch::Tensor> tensors =
        namedDecoderTensors(randomDecoderWeights(decoder, spec.seed));
    auto generator = at::detail::createCPUGenerator(spec.seed + 1);
    tensors["enc_to_dec_proj.weight"] = at::normal(0.0, 0.02, {spec.dModel, kTextEncoderWidth}, generator);
    tensors["enc_to_dec_proj.bias"] = torch::zeros({spec.dModel});
    nlohmann::json config = {{"model_type", "musicgen"},
                             {"architectures", {"MusicgenForConditionalGeneration"}},
                             {"decoder", decoder.toJson()},
                             {"text_encoder", textEncoderConfig()}};
    if (spec.encodecFilters > 0) {
        EncodecConfig codec;
        codec.numFilters = static_cast<int>(spec.encodecFilters);
        codec.codebookSize = static_cast<int>(spec.codebookSize);
        codec.numQuantizers = static_cast<int>(spec.codebooks);
        codec.targetBandwidths = {(spec.codebooks + 0.5) * 50 * 10.0 / 1000.0};
        for (const auto& tensor :
             encodecTensorSpecs(makeEncodecLayout(codec, "audio_encoder.", codec.numQuantizers)))
            tensors[tensor.key] = randomEncodecTensor(tensor, generator);
        config["audio_encoder"] = codec.toJson();
    }
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        throw Error(folder.string() + ": could not create the folder (" + error.message() + ")");
    std::ofstream(folder / "config.json") << config.dump(2) << "\n";
    saveSafetensors(folder / "model.safetensors", tensors,
                    spec.float16 ? SafeTensorsDtype::F16 : SafeTensorsDtype::F32,
                    {{"format", "pt"}, {"generator", "noiseloss-cli make-random-checkpoint"}});
    RandomCheckpointSummary summary;
    summary.tensors = static_cast<std::int64_t>(tensors.size());
    for (const auto& [key, tensor] : tensors)
        summary.parameters += tensor.numel();
    summary.bytes = static_cast<std::int64_t>(std::filesystem::file_size(folder / "model.safetensors"));
    return summary;
}

} // namespace noiseloss
