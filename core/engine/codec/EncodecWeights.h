#pragma once

// Engine-internal header (includes LibTorch): never include it from app/ or widgets/.

#include "engine/codec/EncodecConfig.h"

#include <functional>
#include <map>
#include <string>
#include <torch/torch.h>
#include <vector>

namespace noiseloss {

class WeightStore;

/// One (transposed) convolution. Shapes: weight [out, in, k] ([in, out, k] when transposed),
/// bias [out]. Either `weight` is set (folded at load) or `g`/`v` (weight-norm parameters a
/// trainer optimises; folded on every forward, autograd flows into them).
struct EncodecConv {
    std::string name; ///< HF module prefix, e.g. "audio_encoder.encoder.layers.0.conv"
    std::int64_t inChannels = 0;
    std::int64_t outChannels = 0;
    std::int64_t kernel = 1;
    std::int64_t stride = 1;
    std::int64_t dilation = 1;
    bool transposed = false;
    torch::Tensor weight, g, v, bias;

    std::vector<std::int64_t> weightShape() const;
    /// `weight` if set, else g * v / ||v|| (norm over all dims but 0).
    torch::Tensor effectiveWeight() const;
};

/// y = x + second(ELU(first(ELU(x)))), HF keys block.1 and block.3.
struct EncodecResBlock {
    EncodecConv first, second;
};

/// Stacked unidirectional LSTM with the EnCodec skip (output = LSTM(x) + x). `params` holds per
/// layer weight_ih [4H, H], weight_hh [4H, H], bias_ih [4H], bias_hh [4H] (gate order i f g o).
struct EncodecLstm {
    std::string name; ///< HF module prefix ending in ".lstm"
    std::int64_t channels = 0;
    int layers = 0;
    std::vector<torch::Tensor> params;
};

struct EncodecDownStage {
    std::vector<EncodecResBlock> resblocks;
    EncodecConv downsample; ///< stride = ratio, kernel = 2 * ratio
};

struct EncodecUpStage {
    EncodecConv upsample; ///< transposed, stride = ratio, kernel = 2 * ratio
    std::vector<EncodecResBlock> resblocks;
};

/// All weights of an EnCodec model as plain tensors, structured after the architecture; the
/// functional forward (EncodecForward.h) reads them. Build the layout with makeEncodecLayout(),
/// then fill it with loadEncodecWeights() or encodecWeightsFromTensors().
struct EncodecWeights {
    EncodecConfig config;
    std::string prefix; ///< key prefix: "audio_encoder." (combined MusicGen files) or ""
    EncodecConv encoderInput;
    std::vector<EncodecDownStage> encoderStages;
    EncodecLstm encoderLstm;
    EncodecConv encoderOutput;
    EncodecConv decoderInput;
    EncodecLstm decoderLstm;
    std::vector<EncodecUpStage> decoderStages;
    EncodecConv decoderOutput;
    std::vector<torch::Tensor> codebooks; ///< numQuantizers x [codebookSize, hiddenSize]

    std::vector<EncodecConv*> convs();
    std::vector<const EncodecConv*> convs() const;
};

/// One tensor of the HF checkpoint layout: key and shape.
struct EncodecTensorSpec {
    std::string key;
    std::vector<std::int64_t> shape;
};

/// The architecture for `config` with names under `prefix` ("audio_encoder." in combined
/// MusicGen files, "" for standalone EnCodec), no tensors yet. `numQuantizers` codebooks.
EncodecWeights makeEncodecLayout(const EncodecConfig& config, const std::string& prefix, int numQuantizers);

/// Every key a checkpoint of this layout holds (weight_g / weight_v spelling, LSTM, codebook
/// embed), with shapes, so a trainer can create fresh tensors and save them under the right keys.
std::vector<EncodecTensorSpec> encodecTensorSpecs(const EncodecWeights& layout);

/// Fills the layout from a name -> tensor map (keys as in encodecTensorSpecs). With
/// `foldWeightNorm` the weights are folded once (no autograd to g/v afterwards), otherwise g and v
/// are kept (shared, not copied) for training. Throws Error naming a missing or misshapen key.
EncodecWeights encodecWeightsFromTensors(EncodecWeights layout,
                                         const std::map<std::string, torch::Tensor>& tensors,
                                         bool foldWeightNorm);

/// Loads and folds the EnCodec weights of a model folder. The config comes from the store's
/// config.json (standalone or combined); `prefix` is "audio_encoder." for model_type musicgen
/// and "" otherwise. Accepts both weight-norm spellings. numQuantizers comes from the config, or,
/// when the config has no target_bandwidths, from the codebooks present. Call it under
/// torch::NoGradGuard (inference). Throws Error naming the file and tensor on any mismatch.
EncodecWeights loadEncodecWeights(const WeightStore& store);

} // namespace noiseloss
