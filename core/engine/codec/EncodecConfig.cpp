#include "engine/codec/EncodecConfig.h"

#include "util/Error.h"

#include <cmath>
#include <numeric>

namespace noiseloss {

namespace {

/// Collects every problem of a config so the researcher sees them all at once.
class ConfigReader {
public:
    explicit ConfigReader(const nlohmann::json& json) : m_json(json) {}

    void readInt(const char* key, int& value, bool required, int minimum = 1) {
        auto it = m_json.find(key);
        if (it == m_json.end() || it->is_null()) {
            if (required)
                m_problems.push_back(std::string("missing \"") + key + "\"");
        } else if (!it->is_number_integer()) {
            m_problems.push_back(std::string("\"") + key + "\" must be an integer");
        } else {
            value = it->get<int>();
        }
        if (value < minimum)
            m_problems.push_back(std::string("\"") + key + "\" is " + std::to_string(value) +
                                 ", must be >= " + std::to_string(minimum));
    }

    void readBool(const char* key, bool& value, bool required) {
        auto it = m_json.find(key);
        if (it == m_json.end() || it->is_null()) {
            if (required)
                m_problems.push_back(std::string("missing \"") + key + "\"");
        } else if (!it->is_boolean()) {
            m_problems.push_back(std::string("\"") + key + "\" must be true or false");
        } else {
            value = it->get<bool>();
        }
    }

    template <typename T> void readList(const char* key, std::vector<T>& value, bool required) {
        auto it = m_json.find(key);
        if (it == m_json.end() || it->is_null()) {
            if (required)
                m_problems.push_back(std::string("missing \"") + key + "\"");
            return;
        }
        bool valid = it->is_array() && !it->empty();
        for (const auto& item : valid ? *it : nlohmann::json::array())
            valid = valid && item.is_number() && item.get<double>() > 0 &&
                    (!std::is_integral_v<T> || item.is_number_integer());
        if (!valid) {
            m_problems.push_back(std::string("\"") + key + "\" must be a non-empty list of positive numbers");
            return;
        }
        value = it->get<std::vector<T>>();
    }

    void readString(const char* key, std::string& value) {
        auto it = m_json.find(key);
        if (it != m_json.end() && !it->is_null()) {
            if (it->is_string())
                value = it->get<std::string>();
            else
                m_problems.push_back(std::string("\"") + key + "\" must be a string");
        }
    }

    void problem(const std::string& text) { m_problems.push_back(text); }
    const std::vector<std::string>& problems() const { return m_problems; }

private:
    const nlohmann::json& m_json;
    std::vector<std::string> m_problems;
};

const nlohmann::json& selectEncodecConfig(const nlohmann::json& json, const std::string& source) {
    if (!json.is_object())
        throw Error(source + ": not a JSON object");
    const std::string modelType = json.value("model_type", std::string());
    if (modelType == "musicgen" || modelType == "musicgen_melody") {
        auto it = json.find("audio_encoder");
        if (it == json.end() || !it->is_object())
            throw Error(source + ": MusicGen config has no \"audio_encoder\" sub-config");
        return *it;
    }
    if (modelType != "encodec")
        throw Error(source + ": model_type is \"" + modelType + "\", expected \"encodec\" or \"musicgen\"");
    return json;
}

} // namespace

int EncodecConfig::hopLengthSamples() const {
    return std::accumulate(upsamplingRatios.begin(), upsamplingRatios.end(), 1, std::multiplies<int>());
}

int EncodecConfig::frameRateHz() const {
    const int hop = hopLengthSamples();
    return (samplingRate + hop - 1) / hop;
}

EncodecConfig EncodecConfig::fromJson(const nlohmann::json& json, const std::string& source) {
    const nlohmann::json& node = selectEncodecConfig(json, source);
    EncodecConfig config;
    ConfigReader reader(node);
    reader.readInt("sampling_rate", config.samplingRate, true);
    reader.readInt("audio_channels", config.audioChannels, false);
    reader.readInt("num_filters", config.numFilters, true);
    reader.readInt("hidden_size", config.hiddenSize, true);
    reader.readInt("codebook_size", config.codebookSize, true);
    reader.readList("upsampling_ratios", config.upsamplingRatios, true);
    reader.readInt("kernel_size", config.kernelSize, false);
    reader.readInt("last_kernel_size", config.lastKernelSize, false);
    reader.readInt("residual_kernel_size", config.residualKernelSize, false);
    reader.readInt("num_residual_layers", config.numResidualLayers, false, 0);
    reader.readInt("dilation_growth_rate", config.dilationGrowthRate, false);
    reader.readInt("compress", config.compress, false);
    reader.readInt("num_lstm_layers", config.numLstmLayers, false);
    reader.readString("pad_mode", config.padMode);
    int codebookDim = config.hiddenSize;
    reader.readInt("codebook_dim", codebookDim, false);
    bool causal = false, convShortcut = false, normalize = false;
    reader.readBool("use_causal_conv", causal, true);
    reader.readBool("use_conv_shortcut", convShortcut, false);
    reader.readBool("normalize", normalize, false);
    std::string normType = "weight_norm";
    reader.readString("norm_type", normType);

    if (config.audioChannels != 1)
        reader.problem("audio_channels is " + std::to_string(config.audioChannels) + ", only 1 is supported");
    if (causal)
        reader.problem("use_causal_conv is true, only non-causal EnCodec (32 kHz) is supported");
    if (convShortcut)
        reader.problem("use_conv_shortcut is true, only identity residual skips are supported");
    if (normalize)
        reader.problem("normalize is true, only normalize false (no input scaling) is supported");
    if (normType != "weight_norm")
        reader.problem("norm_type is \"" + normType + "\", only \"weight_norm\" is supported");
    if (config.padMode != "reflect" && config.padMode != "constant" && config.padMode != "replicate")
        reader.problem("pad_mode is \"" + config.padMode + "\", expected reflect, constant or replicate");
    if (codebookDim != config.hiddenSize)
        reader.problem("codebook_dim " + std::to_string(codebookDim) + " differs from hidden_size " +
                       std::to_string(config.hiddenSize));
    if (config.compress > 0 && config.numFilters > 0 && config.numFilters % config.compress != 0)
        reader.problem("num_filters " + std::to_string(config.numFilters) + " is not divisible by compress " +
                       std::to_string(config.compress));

    config.numQuantizers = 0;
    auto bandwidths = node.find("target_bandwidths");
    if (bandwidths != node.end() && !bandwidths->is_null()) {
        reader.readList("target_bandwidths", config.targetBandwidths, false);
        if (reader.problems().empty()) {
            const double frameRate = config.frameRateHz();
            config.numQuantizers =
                static_cast<int>(std::floor(1000.0 * config.targetBandwidths.back() / (frameRate * 10.0)));
            if (config.numQuantizers < 1)
                reader.problem("target_bandwidths give " + std::to_string(config.numQuantizers) +
                               " quantizers");
        }
    } else {
        config.targetBandwidths.clear();
    }

    if (!reader.problems().empty()) {
        std::string message = source + ": unsupported EnCodec config:";
        for (const auto& problem : reader.problems())
            message += "\n  - " + problem;
        throw Error(message);
    }
    return config;
}

nlohmann::json EncodecConfig::toJson() const {
    nlohmann::json json = {{"model_type", "encodec"},
                           {"sampling_rate", samplingRate},
                           {"audio_channels", audioChannels},
                           {"num_filters", numFilters},
                           {"hidden_size", hiddenSize},
                           {"codebook_dim", hiddenSize},
                           {"codebook_size", codebookSize},
                           {"upsampling_ratios", upsamplingRatios},
                           {"kernel_size", kernelSize},
                           {"last_kernel_size", lastKernelSize},
                           {"residual_kernel_size", residualKernelSize},
                           {"num_residual_layers", numResidualLayers},
                           {"dilation_growth_rate", dilationGrowthRate},
                           {"compress", compress},
                           {"num_lstm_layers", numLstmLayers},
                           {"pad_mode", padMode},
                           {"use_causal_conv", false},
                           {"use_conv_shortcut", false},
                           {"normalize", false},
                           {"norm_type", "weight_norm"}};
    // target_bandwidths is how transformers spells the quantizer count: keep the configured list
    // when it yields numQuantizers, otherwise write one that does (half a quantizer of margin).
    const double frameRate = frameRateHz();
    const bool consistent =
        !targetBandwidths.empty() &&
        static_cast<int>(std::floor(1000.0 * targetBandwidths.back() / (frameRate * 10.0))) == numQuantizers;
    if (consistent)
        json["target_bandwidths"] = targetBandwidths;
    else if (numQuantizers > 0)
        json["target_bandwidths"] = std::vector<double>{(numQuantizers + 0.5) * frameRate * 10.0 / 1000.0};
    return json;
}

} // namespace noiseloss
