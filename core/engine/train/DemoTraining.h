#pragma once

#include "engine/EngineTypes.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace noiseloss {

/// Settings of a demo-model training run (noiseloss-cli train-demo). Plain value, no LibTorch.
/// The run trains a small EnCodec (reconstruction + RVQ) on synthesized songs, encodes a pool of
/// songs with it, trains a small MusicGen decoder on those codes, and writes a model folder in the
/// Hugging Face combined layout that MusicModel::load() reads.
struct DemoTrainingOptions {
    std::filesystem::path outputDir; ///< checkpoints, train-log.csv and (at the end) model/
    std::uint64_t seed = 1;          ///< drives initialisation and the training songs (seeds < 1000000)
    double minutes = 60.0;           ///< wall-clock cap; a phase that hits its share stops early
    double codecShare = 0.4;         ///< fraction of `minutes` for the codec phase
    int codecSteps = 1500;           ///< codec optimiser steps (upper bound)
    int lmSteps = 3000;              ///< decoder optimiser steps (upper bound)
    int codecSongs = 48;             ///< songs (10 s each) the codec trains on
    int lmSongs = 60;                ///< songs (30 s each) encoded for the decoder
    int threads = 2;                 ///< LibTorch intra-op threads
};

/// defaults as above.
inline DemoTrainingOptions defaultDemoTrainingOptions() {
    return {};
}

/// Runs (or resumes: the phase and step are kept in outputDir/state.json with checkpoints beside
/// it) the whole training. Logs one line per logged step to stdout and appends the same fields to
/// outputDir/train-log.csv. Writes outputDir/model/{config.json, model.safetensors} (fp16).
/// Progress stages "codec", "encode", "lm"; the control's cancel flag stops between steps
/// (checkpoint saved, then Cancelled thrown). Throws Error on I/O problems. Call from one thread.
void trainDemoModel(const DemoTrainingOptions& options, const RunControl& control = {});

/// Measures a model folder on held-out synthesized songs and clips: codec reconstruction (SI-SNR,
/// multi-resolution STFT distance), codebook perplexity, decoder NLL (delayed) against
/// log(codebook_size), and the noise-replacement experiment (2 s of white noise at -12 dBFS from
/// 5 s). Writes `reportDir`/evaluation.json and per-token curves `reportDir`/noise-curves.csv;
/// returns the JSON text. `clips` are audio files (mono 32 kHz expected, resampled otherwise).
std::string evaluateDemoModel(const std::filesystem::path& modelDir,
                              const std::vector<std::filesystem::path>& clips,
                              const std::filesystem::path& reportDir);

} // namespace noiseloss
