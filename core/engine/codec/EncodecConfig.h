#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace noiseloss {

/// Hyper-parameters of an EnCodec model in the Hugging Face "encodec" config spelling. Defaults
/// are facebook/encodec_32khz (the codec of MusicGen). Every layer shape derives from these
/// fields, so small widths (num_filters 4..16, one LSTM layer) work as well as the real one.
/// Plain value type; no LibTorch.
struct EncodecConfig {
    int samplingRate = 32000; ///< Hz
    int audioChannels = 1;    ///< only 1 is supported (stereo MusicGen encodes per channel)
    int numFilters = 64;      ///< width of the first conv
    int hiddenSize = 128;     ///< latent dimension D (== codebook_dim)
    int codebookSize = 2048;  ///< entries per codebook
    std::vector<int> upsamplingRatios{8, 5, 4, 4}; ///< decoder order; the encoder uses them reversed
    int kernelSize = 7;
    int lastKernelSize = 7;
    int residualKernelSize = 3;
    int numResidualLayers = 1;
    int dilationGrowthRate = 2;
    int compress = 2; ///< resblock inner width = channels / compress
    int numLstmLayers = 2;
    std::string padMode = "reflect";           ///< "reflect" (default when absent), "constant" or "replicate"
    std::vector<double> targetBandwidths{2.2}; ///< kbps; the last one sets numQuantizers
    /// Quantizers used by encode(): from the last target bandwidth as in transformers,
    /// floor(1000 * bw / (frameRate * 10)); 0 when the config has no target_bandwidths
    /// (then the loader counts the codebooks present in the weights).
    int numQuantizers = 4;

    /// Samples per code frame (product of the ratios; 640 for 32 kHz).
    int hopLengthSamples() const;
    /// Code frames per second, ceil(samplingRate / hop) as in transformers (50 for 32 kHz).
    int frameRateHz() const;
    /// Width of the innermost layers (numFilters * 2^ratios), the LSTM dimension.
    int innerChannels() const { return numFilters << upsamplingRatios.size(); }

    /// Reads either a standalone EnCodec config (model_type "encodec") or the "audio_encoder"
    /// sub-config of a combined MusicGen config (model_type "musicgen"). Throws one Error, naming
    /// `source` (e.g. "config.json"), that lists every missing key and unsupported value
    /// (use_causal_conv true, use_conv_shortcut true, normalize true, audio_channels != 1,
    /// norm_type other than weight_norm, codebook_dim != hidden_size, non-positive sizes, ...).
    static EncodecConfig fromJson(const nlohmann::json& json, const std::string& source);
    /// A complete standalone config (model_type "encodec") that fromJson reads back unchanged;
    /// for trainers writing a fresh model folder.
    nlohmann::json toJson() const;
};

} // namespace noiseloss
