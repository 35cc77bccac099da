#include "engine/codec/EncodecForward.h"

#include "util/Error.h"

namespace noiseloss {

namespace {

torch::Tensor resblockForward(const EncodecResBlock& block, const torch::Tensor& x,
                              const std::string& padMode) {
    torch::Tensor y = encodecConv1d(block.first, torch::elu(x), padMode);
    y = encodecConv1d(block.second, torch::elu(y), padMode);
    return x + y;
}

std::string shapeText(c10::IntArrayRef shape) {
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        text += (i ? ", " : "") + std::to_string(shape[i]);
    return text + "]";
}

} // namespace

torch::Tensor encodecPad1d(const torch::Tensor& x, std::int64_t left, std::int64_t right,
                           const std::string& padMode) {
    if (left == 0 && right == 0)
        return x;
    if (padMode == "constant")
        return torch::constant_pad_nd(x, {left, right}, 0.0);
    if (padMode == "replicate")
        return torch::replication_pad1d(x, {left, right});
    const std::int64_t length = x.size(-1);
    const std::int64_t maxPad = std::max(left, right);
    std::int64_t extra = 0;
    torch::Tensor input = x;
    if (length <= maxPad) {
        extra = maxPad - length + 1;
        input = torch::constant_pad_nd(x, {0, extra}, 0.0);
    }
    torch::Tensor padded = torch::reflection_pad1d(input, {left, right});
    return extra ? padded.narrow(-1, 0, padded.size(-1) - extra) : padded;
}

torch::Tensor encodecConv1d(const EncodecConv& conv, const torch::Tensor& x, const std::string& padMode) {
    const std::int64_t effectiveKernel = (conv.kernel - 1) * conv.dilation + 1;
    const std::int64_t paddingTotal = effectiveKernel - conv.stride;
    const std::int64_t length = x.size(-1);
    const std::int64_t frames = (length + conv.stride - 1) / conv.stride;
    const std::int64_t extra = frames * conv.stride - length;
    const std::int64_t right = paddingTotal / 2;
    const std::int64_t left = paddingTotal - right;
    torch::Tensor padded = encodecPad1d(x, left, right + extra, padMode);
    const std::int64_t noPadding = 0;
    return torch::conv1d(padded, conv.effectiveWeight(), conv.bias, c10::IntArrayRef(conv.stride),
                         c10::IntArrayRef(noPadding), c10::IntArrayRef(conv.dilation));
}

torch::Tensor encodecConvTranspose1d(const EncodecConv& conv, const torch::Tensor& x) {
    torch::Tensor y = torch::conv_transpose1d(x, conv.effectiveWeight(), conv.bias, {conv.stride});
    const std::int64_t paddingTotal = conv.kernel - conv.stride;
    const std::int64_t right = paddingTotal / 2;
    const std::int64_t left = paddingTotal - right;
    return y.narrow(-1, left, y.size(-1) - left - right);
}

torch::Tensor encodecLstm(const EncodecLstm& lstm, const torch::Tensor& x) {
    torch::Tensor sequence = x.permute({2, 0, 1}); // [T, B, C]
    const auto batch = sequence.size(1);
    torch::Tensor zeros = torch::zeros({lstm.layers, batch, lstm.channels}, sequence.options());
    auto result =
        torch::lstm(sequence, {zeros, zeros}, lstm.params, /*has_biases=*/true, lstm.layers,
                    /*dropout=*/0.0, /*train=*/false, /*bidirectional=*/false, /*batch_first=*/false);
    return (std::get<0>(result) + sequence).permute({1, 2, 0});
}

torch::Tensor encodecEncoderForward(const EncodecWeights& weights, const torch::Tensor& audio) {
    if (audio.dim() != 3 || audio.size(1) != weights.config.audioChannels || audio.size(2) < 1)
        throw Error("EnCodec encode: audio tensor has shape " + shapeText(audio.sizes()) +
                    ", expected [batch, 1, samples >= 1]");
    torch::Tensor x = encodecEncoderFrontEnd(weights, audio, kEncoderChunkFrames, kEncoderMarginFrames);
    x = encodecLstm(weights.encoderLstm, x);
    return encodecConv1d(weights.encoderOutput, torch::elu(x), weights.config.padMode);
}

torch::Tensor encodecEncoderFrontEnd(const EncodecWeights& weights, const torch::Tensor& audio,
                                     std::int64_t chunkFrames, std::int64_t marginFrames) {
    const std::string& padMode = weights.config.padMode;
    auto convolve = [&](const torch::Tensor& input) {
        torch::Tensor x = encodecConv1d(weights.encoderInput, input, padMode);
        for (const auto& stage : weights.encoderStages) {
            for (const auto& block : stage.resblocks)
                x = resblockForward(block, x, padMode);
            x = encodecConv1d(stage.downsample, torch::elu(x), padMode);
        }
        return x;
    };
    const std::int64_t hop = weights.config.hopLengthSamples();
    const std::int64_t samples = audio.size(2);
    const std::int64_t frames = (samples + hop - 1) / hop;
    if (chunkFrames <= 0 || frames <= chunkFrames + 2 * marginFrames)
        return convolve(audio);
    // Everything before the LSTM is local: each output frame depends on ~6000 samples around it
    // (the receptive field). Chunks start on frame boundaries, so a chunk's frame i is the clip's
    // frame (start + i); the `marginFrames` frames at an inner chunk edge see padding instead of
    // the neighbour's samples and are dropped. Only the clip's true ends are padded as usual.
    std::vector<torch::Tensor> pieces;
    for (std::int64_t first = 0; first < frames; first += chunkFrames) {
        const std::int64_t last = std::min(frames, first + chunkFrames);
        const std::int64_t from = std::max<std::int64_t>(0, first - marginFrames);
        const std::int64_t to = std::min(frames, last + marginFrames);
        const std::int64_t endSample = std::min(samples, to * hop);
        const torch::Tensor features = convolve(audio.slice(2, from * hop, endSample));
        pieces.push_back(features.slice(2, first - from, last - from));
    }
    return torch::cat(pieces, 2);
}

torch::Tensor encodecDecoderForward(const EncodecWeights& weights, const torch::Tensor& latents) {
    if (latents.dim() != 3 || latents.size(1) != weights.config.hiddenSize || latents.size(2) < 1)
        throw Error("EnCodec decode: latent tensor has shape " + shapeText(latents.sizes()) +
                    ", expected [batch, " + std::to_string(weights.config.hiddenSize) + ", frames >= 1]");
    const std::string& padMode = weights.config.padMode;
    torch::Tensor x = encodecConv1d(weights.decoderInput, latents, padMode);
    x = encodecLstm(weights.decoderLstm, x);
    for (const auto& stage : weights.decoderStages) {
        x = encodecConvTranspose1d(stage.upsample, torch::elu(x));
        for (const auto& block : stage.resblocks)
            x = resblockForward(block, x, padMode);
    }
    return encodecConv1d(weights.decoderOutput, torch::elu(x), padMode);
}

torch::Tensor rvqEncode(const EncodecWeights& weights, const torch::Tensor& latents, int numQuantizers) {
    const int available = static_cast<int>(weights.codebooks.size());
    if (numQuantizers == 0)
        numQuantizers = available;
    if (numQuantizers < 1 || numQuantizers > available)
        throw Error("EnCodec: " + std::to_string(numQuantizers) + " quantizers requested, the model has " +
                    std::to_string(available));
    if (latents.dim() != 3 || latents.size(1) != weights.config.hiddenSize)
        throw Error("EnCodec quantize: latent tensor has shape " + shapeText(latents.sizes()) +
                    ", expected [batch, " + std::to_string(weights.config.hiddenSize) + ", frames]");
    const auto batch = latents.size(0);
    const auto frames = latents.size(2);
    torch::Tensor residual = latents.permute({0, 2, 1}).reshape({batch * frames, latents.size(1)});
    std::vector<torch::Tensor> codes;
    for (int q = 0; q < numQuantizers; ++q) {
        const torch::Tensor& embed = weights.codebooks[static_cast<std::size_t>(q)];
        torch::Tensor distance = residual.pow(2).sum(1, /*keepdim=*/true) - 2.0 * residual.mm(embed.t()) +
                                 embed.pow(2).sum(1).unsqueeze(0);
        torch::Tensor best = distance.argmin(1);
        residual = residual - embed.index_select(0, best);
        codes.push_back(best.reshape({batch, frames}));
    }
    return torch::stack(codes, 1);
}

torch::Tensor rvqDecode(const EncodecWeights& weights, const torch::Tensor& codes) {
    if (codes.dim() != 3 || codes.scalar_type() != torch::kLong || codes.size(1) < 1 ||
        codes.size(1) > static_cast<std::int64_t>(weights.codebooks.size()))
        throw Error("EnCodec decode: codes tensor has shape " + shapeText(codes.sizes()) +
                    ", expected int64 [batch, " + "1.." + std::to_string(weights.codebooks.size()) +
                    " codebooks, frames]");
    const std::int64_t size = weights.config.codebookSize;
    torch::Tensor bad = (codes < 0).logical_or(codes >= size).nonzero();
    if (bad.size(0) > 0) {
        const auto b = bad[0][0].item<std::int64_t>(), k = bad[0][1].item<std::int64_t>();
        const auto t = bad[0][2].item<std::int64_t>();
        throw Error("EnCodec decode: codes[" + std::to_string(b) + "] codebook " + std::to_string(k) +
                    " frame " + std::to_string(t) + " holds " +
                    std::to_string(codes[b][k][t].item<std::int64_t>()) + ", outside 0.." +
                    std::to_string(size - 1));
    }
    torch::Tensor sum;
    for (std::int64_t q = 0; q < codes.size(1); ++q) {
        torch::Tensor vectors =
            weights.codebooks[static_cast<std::size_t>(q)].index({codes.select(1, q)}); // [B,T,D]
        sum = sum.defined() ? sum + vectors : vectors;
    }
    return sum.permute({0, 2, 1});
}

} // namespace noiseloss
