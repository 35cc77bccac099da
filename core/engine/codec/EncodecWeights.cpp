#include "engine/codec/EncodecWeights.h"

#include "engine/io/WeightStore.h"
#include "util/Error.h"

namespace noiseloss {

namespace {

EncodecConv makeConv(const std::string& module, std::int64_t in, std::int64_t out, std::int64_t kernel,
                     std::int64_t stride = 1, std::int64_t dilation = 1, bool transposed = false) {
    EncodecConv conv;
    conv.name = module + ".conv";
    conv.inChannels = in;
    conv.outChannels = out;
    conv.kernel = kernel;
    conv.stride = stride;
    conv.dilation = dilation;
    conv.transposed = transposed;
    return conv;
}

EncodecResBlock makeResBlock(const std::string& module, std::int64_t channels, std::int64_t dilation,
                             const EncodecConfig& config) {
    const std::int64_t hidden = channels / config.compress;
    return {makeConv(module + ".block.1", channels, hidden, config.residualKernelSize, 1, dilation),
            makeConv(module + ".block.3", hidden, channels, 1)};
}

EncodecLstm makeLstm(const std::string& module, std::int64_t channels, int layers) {
    return {module + ".lstm", channels, layers, {}};
}

std::vector<std::string> lstmKeys(const EncodecLstm& lstm) {
    std::vector<std::string> keys;
    for (int layer = 0; layer < lstm.layers; ++layer)
        for (const char* kind : {"weight_ih", "weight_hh", "bias_ih", "bias_hh"})
            keys.push_back(lstm.name + "." + kind + "_l" + std::to_string(layer));
    return keys;
}

std::vector<std::int64_t> lstmShape(const EncodecLstm& lstm, std::size_t keyIndex) {
    const std::int64_t gates = 4 * lstm.channels;
    return keyIndex % 4 < 2 ? std::vector<std::int64_t>{gates, lstm.channels}
                            : std::vector<std::int64_t>{gates};
}

std::string codebookKey(const std::string& prefix, int q) {
    return prefix + "quantizer.layers." + std::to_string(q) + ".codebook.embed";
}

std::string shapeText(const std::vector<std::int64_t>& shape) {
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

} // namespace

std::vector<std::int64_t> EncodecConv::weightShape() const {
    return transposed ? std::vector<std::int64_t>{inChannels, outChannels, kernel}
                      : std::vector<std::int64_t>{outChannels, inChannels, kernel};
}

torch::Tensor EncodecConv::effectiveWeight() const {
    return weight.defined() ? weight : foldWeightNorm(g, v, name);
}

std::vector<EncodecConv*> EncodecWeights::convs() {
    std::vector<EncodecConv*> list{&encoderInput};
    for (auto& stage : encoderStages) {
        for (auto& block : stage.resblocks)
            list.insert(list.end(), {&block.first, &block.second});
        list.push_back(&stage.downsample);
    }
    list.insert(list.end(), {&encoderOutput, &decoderInput});
    for (auto& stage : decoderStages) {
        list.push_back(&stage.upsample);
        for (auto& block : stage.resblocks)
            list.insert(list.end(), {&block.first, &block.second});
    }
    list.push_back(&decoderOutput);
    return list;
}

std::vector<const EncodecConv*> EncodecWeights::convs() const {
    auto mutableList = const_cast<EncodecWeights*>(this)->convs();
    return {mutableList.begin(), mutableList.end()};
}

EncodecWeights makeEncodecLayout(const EncodecConfig& config, const std::string& prefix, int numQuantizers) {
    EncodecWeights w;
    w.config = config;
    w.prefix = prefix;
    const std::string encoder = prefix + "encoder.layers.";
    const std::string decoder = prefix + "decoder.layers.";
    std::int64_t channels = config.numFilters;
    int index = 0;
    w.encoderInput =
        makeConv(encoder + std::to_string(index++), config.audioChannels, channels, config.kernelSize);
    for (auto it = config.upsamplingRatios.rbegin(); it != config.upsamplingRatios.rend(); ++it) {
        EncodecDownStage stage;
        std::int64_t dilation = 1;
        for (int j = 0; j < config.numResidualLayers; ++j, dilation *= config.dilationGrowthRate)
            stage.resblocks.push_back(
                makeResBlock(encoder + std::to_string(index++), channels, dilation, config));
        ++index; // ELU
        stage.downsample = makeConv(encoder + std::to_string(index++), channels, channels * 2, 2 * *it, *it);
        channels *= 2;
        w.encoderStages.push_back(std::move(stage));
    }
    w.encoderLstm = makeLstm(encoder + std::to_string(index++), channels, config.numLstmLayers);
    ++index; // ELU
    w.encoderOutput =
        makeConv(encoder + std::to_string(index), channels, config.hiddenSize, config.lastKernelSize);

    w.decoderInput = makeConv(decoder + "0", config.hiddenSize, channels, config.kernelSize);
    w.decoderLstm = makeLstm(decoder + "1", channels, config.numLstmLayers);
    index = 2;
    for (int ratio : config.upsamplingRatios) {
        EncodecUpStage stage;
        ++index; // ELU
        stage.upsample =
            makeConv(decoder + std::to_string(index++), channels, channels / 2, 2 * ratio, ratio, 1, true);
        channels /= 2;
        std::int64_t dilation = 1;
        for (int j = 0; j < config.numResidualLayers; ++j, dilation *= config.dilationGrowthRate)
            stage.resblocks.push_back(
                makeResBlock(decoder + std::to_string(index++), channels, dilation, config));
        w.decoderStages.push_back(std::move(stage));
    }
    ++index; // ELU
    w.decoderOutput =
        makeConv(decoder + std::to_string(index), channels, config.audioChannels, config.lastKernelSize);
    w.codebooks.resize(static_cast<std::size_t>(numQuantizers));
    w.config.numQuantizers = numQuantizers;
    return w;
}

std::vector<EncodecTensorSpec> encodecTensorSpecs(const EncodecWeights& layout) {
    std::vector<EncodecTensorSpec> specs;
    for (const EncodecConv* conv : layout.convs()) {
        const auto shape = conv->weightShape();
        specs.push_back({conv->name + ".weight_g", {shape[0], 1, 1}});
        specs.push_back({conv->name + ".weight_v", shape});
        specs.push_back({conv->name + ".bias", {conv->outChannels}});
    }
    for (const EncodecLstm* lstm : {&layout.encoderLstm, &layout.decoderLstm}) {
        const auto keys = lstmKeys(*lstm);
        for (std::size_t i = 0; i < keys.size(); ++i)
            specs.push_back({keys[i], lstmShape(*lstm, i)});
    }
    for (std::size_t q = 0; q < layout.codebooks.size(); ++q)
        specs.push_back({codebookKey(layout.prefix, static_cast<int>(q)),
                         {layout.config.codebookSize, layout.config.hiddenSize}});
    return specs;
}

EncodecWeights encodecWeightsFromTensors(EncodecWeights layout,
                                         const std::map<std::string, torch::Tensor>& tensors,
                                         bool foldWeightNorm) {
    auto fetch = [&tensors](const std::string& key, const std::vector<std::int64_t>& shape) {
        auto it = tensors.find(key);
        if (it == tensors.end() || !it->second.defined())
            throw Error("EnCodec weights: tensor " + key + " is missing");
        if (it->second.sizes().vec() != shape)
            throw Error("EnCodec weights: tensor " + key + " has shape " +
                        shapeText(it->second.sizes().vec()) + ", expected " + shapeText(shape));
        return it->second;
    };
    for (EncodecConv* conv : layout.convs()) {
        const auto shape = conv->weightShape();
        conv->g = fetch(conv->name + ".weight_g", {shape[0], 1, 1});
        conv->v = fetch(conv->name + ".weight_v", shape);
        conv->bias = fetch(conv->name + ".bias", {conv->outChannels});
        if (foldWeightNorm) {
            conv->weight = conv->effectiveWeight();
            conv->g = conv->v = torch::Tensor();
        }
    }
    for (EncodecLstm* lstm : {&layout.encoderLstm, &layout.decoderLstm}) {
        const auto keys = lstmKeys(*lstm);
        for (std::size_t i = 0; i < keys.size(); ++i)
            lstm->params.push_back(fetch(keys[i], lstmShape(*lstm, i)));
    }
    for (std::size_t q = 0; q < layout.codebooks.size(); ++q)
        layout.codebooks[q] = fetch(codebookKey(layout.prefix, static_cast<int>(q)),
                                    {layout.config.codebookSize, layout.config.hiddenSize});
    return layout;
}

EncodecWeights loadEncodecWeights(const WeightStore& store) {
    const std::string source = (store.folder() / "config.json").filename().string();
    const EncodecConfig config = EncodecConfig::fromJson(store.config(), source);
    const std::string prefix =
        store.config().value("model_type", std::string()) == "encodec" ? "" : "audio_encoder.";
    int numQuantizers = config.numQuantizers;
    if (numQuantizers == 0)
        while (store.contains(codebookKey(prefix, numQuantizers)))
            ++numQuantizers;
    if (numQuantizers == 0)
        throw Error(store.folder().filename().string() + ": no EnCodec codebooks (" + codebookKey(prefix, 0) +
                    ") in the weights");
    EncodecWeights weights = makeEncodecLayout(config, prefix, numQuantizers);
    for (EncodecConv* conv : weights.convs()) {
        conv->weight = store.getWeightNormed(conv->name);
        if (conv->weight.sizes().vec() != conv->weightShape())
            throw Error(store.folder().filename().string() + ": " + conv->name + " weight has shape " +
                        shapeText(conv->weight.sizes().vec()) + ", config says " +
                        shapeText(conv->weightShape()));
        conv->bias = store.get(conv->name + ".bias", {conv->outChannels});
    }
    for (EncodecLstm* lstm : {&weights.encoderLstm, &weights.decoderLstm}) {
        const auto keys = lstmKeys(*lstm);
        for (std::size_t i = 0; i < keys.size(); ++i)
            lstm->params.push_back(store.get(keys[i], lstmShape(*lstm, i)));
    }
    for (int q = 0; q < numQuantizers; ++q)
        weights.codebooks[static_cast<std::size_t>(q)] =
            store.get(codebookKey(prefix, q), {config.codebookSize, config.hiddenSize});
    return weights;
}

} // namespace noiseloss
