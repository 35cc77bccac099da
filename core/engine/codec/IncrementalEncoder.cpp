#include "engine/codec/IncrementalEncoder.h"

#include "engine/codec/EncodecForward.h"
#include "util/Error.h"

#include <algorithm>
#include <bit>

namespace noiseloss {
namespace {

using LstmState = std::pair<torch::Tensor, torch::Tensor>;

/// LSTM + skip over `features` [1, C, n], which start at clip frame `firstFrame` (a multiple of
/// kEncodeCheckpointFrames), from `state`. Runs in checkpoint-sized pieces (the same recurrence
/// as one call) and appends the state before every later checkpoint frame to `checkpoints`.
torch::Tensor runLstm(const EncodecLstm& lstm, const torch::Tensor& features, std::int64_t firstFrame,
                      LstmState state, std::vector<LstmState>& checkpoints) {
    const torch::Tensor sequence = features.permute({2, 0, 1}); // [n, 1, C]
    const std::int64_t length = sequence.size(0);
    std::vector<torch::Tensor> outputs;
    for (std::int64_t begin = 0; begin < length; begin += kEncodeCheckpointFrames) {
        const std::int64_t count = std::min(kEncodeCheckpointFrames, length - begin);
        const torch::Tensor piece = sequence.narrow(0, begin, count);
        auto [output, hidden, cell] =
            torch::lstm(piece, {state.first, state.second}, lstm.params, /*has_biases=*/true, lstm.layers,
                        /*dropout=*/0.0, /*train=*/false, /*bidirectional=*/false, /*batch_first=*/false);
        outputs.push_back(output + piece);
        state = {hidden, cell};
        if (begin + count < length) {
            if ((firstFrame + begin + count) % kEncodeCheckpointFrames != 0)
                throw Error("EnCodec incremental encode: LSTM checkpoints out of step (internal error)");
            checkpoints.push_back(state);
        }
    }
    return torch::cat(outputs, 0).permute({1, 2, 0});
}

/// Output convolution + quantiser over LSTM outputs [1, C, T] for frames [first, T). The
/// convolution is local (stride 1), so it reads `reach` frames of context before `first` and
/// drops the outputs that saw the slice's artificial left padding.
torch::Tensor quantizeFrom(const EncodecWeights& weights, const torch::Tensor& lstmOutput,
                           std::int64_t first) {
    const EncodecConv& conv = weights.encoderOutput;
    const std::int64_t reach = (conv.kernel - 1) * conv.dilation + 1;
    const std::int64_t from = std::max<std::int64_t>(0, first - reach);
    const std::int64_t frames = lstmOutput.size(2);
    const torch::Tensor latents =
        encodecConv1d(conv, torch::elu(lstmOutput.narrow(2, from, frames - from)), weights.config.padMode)
            .narrow(2, first - from, frames - first);
    return rvqEncode(weights, latents);
}

void encodeInFull(const EncodecWeights& weights, const torch::Tensor& audio, EncodeCacheState& cache) {
    const EncodecLstm& lstm = weights.encoderLstm;
    cache.frontEnd = encodecEncoderFrontEnd(weights, audio, kEncoderChunkFrames, kEncoderMarginFrames);
    const torch::Tensor zeros = torch::zeros({lstm.layers, 1, lstm.channels}, cache.frontEnd.options());
    cache.lstmCheckpoints = {{zeros, zeros}};
    cache.lstmOutput = runLstm(lstm, cache.frontEnd, 0, {zeros, zeros}, cache.lstmCheckpoints);
    cache.codes = quantizeFrom(weights, cache.lstmOutput, 0);
    cache.reusedFrames = 0;
    cache.computedFrames = cache.codes.size(2);
}

/// Recomputes the front end from `firstChanged` and everything after it from the LSTM checkpoint
/// at `lstmStart` (lstmStart <= firstChanged, 0 < firstChanged); earlier frames are reused.
void encodeFrom(const EncodecWeights& weights, const torch::Tensor& audio, std::int64_t firstChanged,
                std::int64_t lstmStart, EncodeCacheState& cache) {
    const std::int64_t hop = weights.config.hopLengthSamples();
    const std::int64_t frames = cache.codes.size(2);
    // The front end of frames >= firstChanged, with kEncoderMarginFrames of real audio before them
    // (slices start on frame boundaries, so slice frame i is clip frame from + i).
    const std::int64_t from = std::max<std::int64_t>(0, firstChanged - kEncoderMarginFrames);
    const torch::Tensor features =
        encodecEncoderFrontEnd(weights, audio.narrow(2, from * hop, audio.size(2) - from * hop),
                               kEncoderChunkFrames, kEncoderMarginFrames)
            .narrow(2, firstChanged - from, frames - firstChanged);
    cache.frontEnd = torch::cat({cache.frontEnd.narrow(2, 0, firstChanged), features}, 2);

    const std::size_t checkpoint = static_cast<std::size_t>(lstmStart / kEncodeCheckpointFrames);
    cache.lstmCheckpoints.resize(checkpoint + 1);
    const torch::Tensor lstmTail =
        runLstm(weights.encoderLstm, cache.frontEnd.narrow(2, lstmStart, frames - lstmStart), lstmStart,
                cache.lstmCheckpoints[checkpoint], cache.lstmCheckpoints);
    cache.lstmOutput = torch::cat({cache.lstmOutput.narrow(2, 0, lstmStart), lstmTail}, 2);

    // Output frames up to `reach` before lstmStart read changed LSTM outputs only through their
    // right context, but recomputing them is cheap and keeps the rule simple.
    const EncodecConv& conv = weights.encoderOutput;
    const std::int64_t reach = (conv.kernel - 1) * conv.dilation + 1;
    const std::int64_t outputStart = std::max<std::int64_t>(0, lstmStart - reach);
    const torch::Tensor tail = quantizeFrom(weights, cache.lstmOutput, outputStart);
    cache.codes = torch::cat({cache.codes.narrow(2, 0, outputStart), tail}, 2);
    cache.reusedFrames = outputStart;
    cache.computedFrames = frames - outputStart;
}

} // namespace

std::int64_t sharedPrefixSamples(const std::vector<float>& a, const std::vector<float>& b) {
    if (a.size() != b.size())
        return 0;
    // Bitwise: -0.0 == 0.0 and NaN != NaN would otherwise blur "the same input".
    const auto sameBits = [](float x, float y) {
        return std::bit_cast<std::uint32_t>(x) == std::bit_cast<std::uint32_t>(y);
    };
    return std::mismatch(a.begin(), a.end(), b.begin(), sameBits).first - a.begin();
}

torch::Tensor encodeWithCache(const EncodecWeights& weights, const std::vector<float>& samples,
                              EncodeCacheState& cache) {
    if (samples.empty())
        throw Error("encode: the audio is empty");
    torch::NoGradGuard noGrad;
    const auto length = static_cast<std::int64_t>(samples.size());
    const torch::Tensor audio =
        torch::from_blob(const_cast<float*>(samples.data()), {1, 1, length}, torch::kFloat32);
    try {
        const bool usable = !cache.empty() && cache.owner == &weights && weights.encoderOutput.stride == 1;
        const std::int64_t shared = usable ? sharedPrefixSamples(cache.samples, samples) : 0;
        const std::int64_t hop = weights.config.hopLengthSamples();
        if (usable && shared == length) {
            cache.reusedFrames = cache.codes.size(2);
            cache.computedFrames = 0;
            return cache.codes;
        }
        // The first frame whose front-end output can change: the receptive field reaches less
        // than kEncoderMarginFrames back. The LSTM restarts at the checkpoint at or before it.
        const std::int64_t firstChanged = std::max<std::int64_t>(0, shared / hop - kEncoderMarginFrames);
        const std::int64_t lstmStart = firstChanged / kEncodeCheckpointFrames * kEncodeCheckpointFrames;
        if (firstChanged == 0) {
            encodeInFull(weights, audio, cache);
        } else {
            encodeFrom(weights, audio, firstChanged, lstmStart, cache);
        }
        cache.owner = &weights;
        cache.samples = samples;
        return cache.codes;
    } catch (...) {
        cache = EncodeCacheState{};
        throw;
    }
}

} // namespace noiseloss
