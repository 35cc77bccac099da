#pragma once

// Engine-internal header (includes LibTorch): never include it from app/ or widgets/.
//
// The EnCodec forward as free functions over EncodecWeights. They are autograd-capable and set no
// grad mode themselves: callers choose (torch::InferenceMode for analysis, nothing for training).
// Tensors are float32 (or the dtype of the weights) on the weights' device; shapes are
// [batch, channels, time]. Thread-safety: pure functions; the weights are only read.

#include "engine/codec/EncodecWeights.h"

#include <string>
#include <torch/torch.h>

namespace noiseloss {

/// Pads the last dimension by (left, right) in `padMode` ("reflect", "constant", "replicate").
/// Reflect on inputs not longer than the pad zero-pads on the right first, reflects, then strips
/// that zero padding again (as EnCodec does).
torch::Tensor encodecPad1d(const torch::Tensor& x, std::int64_t left, std::int64_t right,
                           const std::string& padMode);

/// EnCodec's non-causal Conv1d: pads (P - P/2, P/2 + extra) with P = (k-1)*dilation + 1 - stride
/// and extra = ceil(L / stride) * stride - L, so the output has ceil(L / stride) frames.
torch::Tensor encodecConv1d(const EncodecConv& conv, const torch::Tensor& x, const std::string& padMode);

/// EnCodec's ConvTranspose1d: plain transposed conv, then trims P - P/2 left and P/2 right
/// (P = k - stride), so the output has L * stride samples.
torch::Tensor encodecConvTranspose1d(const EncodecConv& conv, const torch::Tensor& x);

/// Stacked LSTM over time plus the skip: [B, C, T] -> LSTM(x) + x, zero initial state.
torch::Tensor encodecLstm(const EncodecLstm& lstm, const torch::Tensor& x);

/// Audio [B, 1, L] (L >= 1) -> continuous latents [B, hiddenSize, ceil(L / hop)].
/// Long clips run the convolutional front end in chunks (see encodecEncoderFrontEnd), which bounds
/// peak memory without changing the result.
torch::Tensor encodecEncoderForward(const EncodecWeights& weights, const torch::Tensor& audio);

/// Chunk length and overlap (in code frames) used by encodecEncoderForward: 10 s chunks, 0.64 s of
/// overlap on each side, far more than the front end's receptive field (~5937 samples, ~10 frames).
inline constexpr std::int64_t kEncoderChunkFrames = 500;
inline constexpr std::int64_t kEncoderMarginFrames = 32;

/// The encoder's layers before the LSTM, [B, 1, L] -> [B, innerChannels, ceil(L / hop)], computed
/// in chunks of `chunkFrames` frames with `marginFrames` of context on each side (0 = in one piece).
/// Exact (up to float rounding) as long as marginFrames covers the receptive field.
torch::Tensor encodecEncoderFrontEnd(const EncodecWeights& weights, const torch::Tensor& audio,
                                     std::int64_t chunkFrames, std::int64_t marginFrames);

/// Latents [B, hiddenSize, T] -> audio [B, 1, T * hop] (not cropped).
torch::Tensor encodecDecoderForward(const EncodecWeights& weights, const torch::Tensor& latents);

/// Residual vector quantisation: latents [B, D, T] -> codes [B, numQuantizers, T] int64; each
/// stage takes argmin ||r - E_q||^2 (first index on ties) and subtracts the chosen vector.
/// `numQuantizers` <= weights.codebooks.size(); 0 = all. Not differentiable (argmin).
torch::Tensor rvqEncode(const EncodecWeights& weights, const torch::Tensor& latents, int numQuantizers = 0);

/// codes [B, K, T] int64 (K <= codebooks, values in [0, codebookSize)) -> latents [B, D, T], the
/// sum of the chosen codebook vectors. Throws Error naming the codebook and frame of a bad code.
torch::Tensor rvqDecode(const EncodecWeights& weights, const torch::Tensor& codes);

} // namespace noiseloss
