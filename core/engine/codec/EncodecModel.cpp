#include "engine/codec/EncodecModel.h"

#include "engine/codec/EncodecForward.h"
#include "engine/io/WeightStore.h"

namespace noiseloss {

EncodecModel EncodecModel::load(const std::filesystem::path& folder) {
    return load(WeightStore::open(folder));
}

EncodecModel EncodecModel::load(const WeightStore& store) {
    torch::NoGradGuard noGrad;
    return EncodecModel(loadEncodecWeights(store));
}

EncodecModel::EncodecModel(EncodecWeights weights) : m_weights(std::move(weights)) {
    torch::NoGradGuard noGrad;
    for (EncodecConv* conv : m_weights.convs()) {
        conv->weight = conv->effectiveWeight().detach().contiguous();
        conv->g = conv->v = torch::Tensor();
    }
}

torch::Tensor EncodecModel::encodeLatents(const torch::Tensor& audio) const {
    torch::NoGradGuard noGrad;
    return encodecEncoderForward(m_weights, audio);
}

torch::Tensor EncodecModel::encode(const torch::Tensor& audio) const {
    torch::NoGradGuard noGrad;
    return rvqEncode(m_weights, encodecEncoderForward(m_weights, audio));
}

torch::Tensor EncodecModel::decode(const torch::Tensor& codes, std::int64_t lengthSamples) const {
    torch::NoGradGuard noGrad;
    torch::Tensor audio = encodecDecoderForward(m_weights, rvqDecode(m_weights, codes));
    if (lengthSamples > 0 && lengthSamples < audio.size(-1))
        audio = audio.narrow(-1, 0, lengthSamples);
    return audio;
}

} // namespace noiseloss
