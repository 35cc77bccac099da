#include "engine/MusicModel.h"

#include "engine/codec/EncodecModel.h"
#include "engine/codec/IncrementalEncoder.h"
#include "engine/io/WeightStore.h"
#include "engine/lm/DecoderConfig.h"
#include "engine/lm/DecoderScorer.h"
#include "engine/lm/DecoderWeights.h"
#include "util/Error.h"

#include <optional>

namespace noiseloss {

struct MusicModel::Impl {
    ModelInfo info;
    EngineOptions options;
    torch::Device device = torch::kCPU;
    std::optional<DecoderConfig> decoderConfig;
    DecoderWeights decoder;
    std::optional<EncodecModel> codec;
};

namespace {

torch::Device selectDevice(const std::string& name) {
    if (name.empty() || name == "cpu")
        return torch::kCPU;
    if (name == "cuda") {
        if (!torch::cuda::is_available())
            throw Error("device \"cuda\" requested, but this LibTorch build has no usable CUDA device "
                        "(Debian's libtorch is CPU-only); use --device cpu");
        return torch::kCUDA;
    }
    throw Error("unknown device \"" + name + "\" (expected cpu or cuda)");
}

std::string modelTypeOf(const WeightStore& store) {
    const auto& config = store.config();
    const std::string type = config.is_object() ? config.value("model_type", std::string()) : std::string();
    if (type == "encodec")
        return "encodec";
    return "musicgen"; // anything else goes through parseDecoderConfig, which names the problem
}

void loadLanguageModel(MusicModel::Impl& impl, const WeightStore& store) {
    const DecoderConfig config =
        parseDecoderConfig(store.config(), (store.folder() / "config.json").string());
    DecoderWeights weights = loadDecoderWeights(store, config);
    if (impl.device.is_cpu() && impl.options.oneDnnLinear)
        prepackForMkldnn(weights); // releases the mapped views: one copy of each linear weight
    else if (!impl.device.is_cpu())
        moveDecoderWeights(weights, impl.device);
    impl.decoderConfig = config;
    impl.decoder = std::move(weights);
    impl.info.hasLanguageModel = true;
    impl.info.layers = static_cast<int>(config.layers);
    impl.info.dModel = static_cast<int>(config.dModel);
    impl.info.heads = static_cast<int>(config.heads);
    impl.info.codebooks = static_cast<int>(config.codebooks);
    impl.info.codebookSize = static_cast<int>(config.codebookSize);
}

bool hasCodecWeights(const WeightStore& store, const std::string& modelType) {
    const std::string prefix = modelType == "encodec" ? "" : "audio_encoder.";
    return store.contains(prefix + "quantizer.layers.0.codebook.embed");
}

void loadCodec(MusicModel::Impl& impl, const WeightStore& store) {
    if (!hasCodecWeights(store, impl.info.modelType)) {
        if (impl.info.modelType == "encodec")
            throw Error(store.folder().string() + ": model_type is encodec but the weights hold no "
                                                  "quantizer.layers.0.codebook.embed");
        return;
    }
    impl.codec.emplace(EncodecModel::load(store));
    const EncodecConfig& config = impl.codec->config();
    impl.info.hasCodec = true;
    impl.info.sampleRate = config.samplingRate;
    impl.info.hopSamples = config.hopLengthSamples();
    impl.info.frameRate = static_cast<double>(config.samplingRate) / config.hopLengthSamples();
    if (!impl.info.hasLanguageModel) {
        impl.info.codebooks = impl.codec->numQuantizers();
        impl.info.codebookSize = config.codebookSize;
    } else if (impl.codec->numQuantizers() != impl.info.codebooks ||
               config.codebookSize != impl.info.codebookSize) {
        throw Error(store.folder().string() + ": the EnCodec quantizer (" +
                    std::to_string(impl.codec->numQuantizers()) + " x " +
                    std::to_string(config.codebookSize) + ") does not match the decoder (" +
                    std::to_string(impl.info.codebooks) + " codebooks x " +
                    std::to_string(impl.info.codebookSize) + ")");
    }
}

const EncodecModel& requireCodec(const MusicModel::Impl& impl, const char* action) {
    if (!impl.codec)
        throw Error(impl.info.folder.string() + ": this folder has no EnCodec weights, so it cannot " +
                    action);
    return *impl.codec;
}

} // namespace

MusicModel::MusicModel(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
MusicModel::~MusicModel() = default;

std::shared_ptr<const MusicModel> MusicModel::load(const std::filesystem::path& folder,
                                                   const EngineOptions& options) {
    auto impl = std::make_unique<Impl>();
    impl->options = options;
    impl->device = selectDevice(options.device);
    if (options.threads > 0)
        at::set_num_threads(options.threads);
    torch::NoGradGuard noGrad; // not InferenceMode: gradient code may use the weights later
    const WeightStore store = WeightStore::open(folder);
    impl->info.folder = folder;
    impl->info.configHash = store.configHash();
    impl->info.modelType = modelTypeOf(store);
    if (impl->info.modelType == "musicgen")
        loadLanguageModel(*impl, store);
    loadCodec(*impl, store);
    return std::shared_ptr<const MusicModel>(new MusicModel(std::move(impl)));
}

const ModelInfo& MusicModel::info() const {
    return m_impl->info;
}
const EngineOptions& MusicModel::options() const {
    return m_impl->options;
}

const DecoderConfig* MusicModel::decoderConfig() const {
    return m_impl->decoderConfig ? &*m_impl->decoderConfig : nullptr;
}

const DecoderWeights* MusicModel::decoderWeights() const {
    return m_impl->decoderConfig ? &m_impl->decoder : nullptr;
}

ScoreResult MusicModel::score(const CodeMatrix& codes, const ScoreParams& params, const RunControl& control,
                              ScoreCache* cache) const {
    if (!m_impl->decoderConfig)
        throw Error(m_impl->info.folder.string() +
                    ": this folder holds no MusicGen language model (model_type " + m_impl->info.modelType +
                    "), so it cannot score");
    return scoreWithDecoder(m_impl->decoder, *m_impl->decoderConfig, codes, params, control,
                            cache ? &cache->state() : nullptr, m_impl->device);
}

CodeMatrix MusicModel::encode(const std::vector<float>& monoAtModelRate, const RunControl& control,
                              EncodeCache* cache) const {
    const EncodecModel& codec = requireCodec(*m_impl, "encode audio");
    if (monoAtModelRate.empty())
        throw Error("encode: the audio is empty");
    if (control.cancelled())
        throw Cancelled();
    control.report("encode", 0.0);
    torch::Tensor encoded;
    if (cache) {
        encoded = encodeWithCache(codec.weights(), monoAtModelRate, cache->state());
    } else {
        const auto length = static_cast<std::int64_t>(monoAtModelRate.size());
        const torch::Tensor audio =
            torch::from_blob(const_cast<float*>(monoAtModelRate.data()), {1, 1, length}, torch::kFloat32);
        encoded = codec.encode(audio);
    }
    const torch::Tensor codes = encoded.squeeze(0).contiguous().to(torch::kInt64);
    CodeMatrix result;
    result.codebooks = static_cast<int>(codes.size(0));
    result.frames = codes.size(1);
    result.codes.assign(codes.data_ptr<std::int64_t>(), codes.data_ptr<std::int64_t>() + codes.numel());
    control.report("encode", 1.0);
    return result;
}

std::vector<float> MusicModel::decode(const CodeMatrix& codes, const RunControl& control) const {
    const EncodecModel& codec = requireCodec(*m_impl, "decode codes");
    if (control.cancelled())
        throw Cancelled();
    control.report("decode", 0.0);
    const torch::Tensor tensor = codesToTensor(codes, codec.config().codebookSize, torch::kCPU).unsqueeze(0);
    const torch::Tensor audio = codec.decode(tensor).reshape({-1}).contiguous();
    control.report("decode", 1.0);
    return std::vector<float>(audio.data_ptr<float>(), audio.data_ptr<float>() + audio.numel());
}

} // namespace noiseloss
