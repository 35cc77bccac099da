#include "engine/lm/DecoderConfig.h"

#include "util/Error.h"

#include <vector>

namespace noiseloss {
namespace {

std::string joinProblems(const std::string& source, const std::vector<std::string>& problems) {
    std::string message = source + ": unusable MusicGen decoder config (" + std::to_string(problems.size()) +
                          (problems.size() == 1 ? " problem" : " problems") + "):";
    for (const auto& problem : problems)
        message += "\n  - " + problem;
    return message;
}

std::int64_t readPositive(const nlohmann::json& decoder, const char* key, std::vector<std::string>& problems,
                          std::int64_t fallback, bool required) {
    if (!decoder.contains(key)) {
        if (required)
            problems.push_back(std::string("decoder.") + key + " is missing");
        return fallback;
    }
    const auto& value = decoder.at(key);
    if (!value.is_number_integer() || value.get<std::int64_t>() <= 0) {
        problems.push_back(std::string("decoder.") + key + " must be a positive integer, got " +
                           value.dump());
        return fallback;
    }
    return value.get<std::int64_t>();
}

void checkModelType(const nlohmann::json& config, std::vector<std::string>& problems) {
    const std::string type = config.value("model_type", std::string());
    if (type == "musicgen" || type == "musicgen_decoder")
        return;
    if (type == "musicgen_melody")
        problems.push_back("model_type \"musicgen_melody\": melody checkpoints (chroma prefix, no "
                           "cross-attention) are not supported yet");
    else if (type == "encodec")
        problems.push_back("model_type \"encodec\": this is a codec-only folder, it has no language model");
    else if (type.empty())
        problems.push_back("model_type is missing (expected \"musicgen\")");
    else
        problems.push_back("model_type \"" + type + "\" is not a MusicGen model (expected \"musicgen\")");
}

} // namespace

nlohmann::json DecoderConfig::toJson() const {
    return {{"model_type", "musicgen_decoder"},
            {"vocab_size", codebookSize},
            {"hidden_size", dModel},
            {"num_hidden_layers", layers},
            {"num_attention_heads", heads},
            {"ffn_dim", ffnDim},
            {"max_position_embeddings", maxPositions},
            {"num_codebooks", codebooks},
            {"audio_channels", audioChannels},
            {"activation_function", "gelu"},
            {"scale_embedding", false},
            {"layer_norm_eps", 1e-5},
            {"pad_token_id", codebookSize},
            {"bos_token_id", codebookSize}};
}

DecoderConfig parseDecoderConfig(const nlohmann::json& config, const std::string& source) {
    std::vector<std::string> problems;
    if (!config.is_object())
        throw Error(source + ": config.json is not a JSON object");
    checkModelType(config, problems);
    const bool bare = config.value("model_type", std::string()) == "musicgen_decoder";
    const nlohmann::json* decoder = &config;
    if (!bare) {
        if (!config.contains("decoder") || !config.at("decoder").is_object()) {
            problems.push_back("the \"decoder\" sub-config is missing");
            throw Error(joinProblems(source, problems));
        }
        decoder = &config.at("decoder");
    }
    DecoderConfig result;
    result.codebookSize = readPositive(*decoder, "vocab_size", problems, result.codebookSize, true);
    result.dModel = readPositive(*decoder, "hidden_size", problems, result.dModel, true);
    result.layers = readPositive(*decoder, "num_hidden_layers", problems, result.layers, true);
    result.heads = readPositive(*decoder, "num_attention_heads", problems, result.heads, true);
    result.ffnDim = readPositive(*decoder, "ffn_dim", problems, result.ffnDim, true);
    result.codebooks = readPositive(*decoder, "num_codebooks", problems, result.codebooks, true);
    result.maxPositions =
        readPositive(*decoder, "max_position_embeddings", problems, result.maxPositions, false);
    result.audioChannels = readPositive(*decoder, "audio_channels", problems, 1, false);
    if (result.audioChannels != 1)
        problems.push_back("decoder.audio_channels is " + std::to_string(result.audioChannels) +
                           ": stereo MusicGen checkpoints are not supported (use a mono checkpoint)");
    if (result.dModel % result.heads != 0)
        problems.push_back("decoder.hidden_size " + std::to_string(result.dModel) +
                           " is not divisible by num_attention_heads " + std::to_string(result.heads));
    if (result.dModel % 2 != 0 || result.dModel < 4)
        problems.push_back("decoder.hidden_size " + std::to_string(result.dModel) +
                           " must be even and >= 4 (sinusoidal positions)");
    const std::string activation = decoder->value("activation_function", std::string("gelu"));
    if (activation != "gelu")
        problems.push_back("decoder.activation_function \"" + activation + "\" is not supported (only gelu)");
    if (!problems.empty())
        throw Error(joinProblems(source, problems));
    return result;
}

} // namespace noiseloss
