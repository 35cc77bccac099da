#pragma once

#include "audio/AudioBuffer.h"
#include "synth/SongScore.h"

#include <cstdint>

namespace noiseloss {

/// Renders a composed score to mono float audio of exactly round(seconds * sampleRate) frames,
/// normalised with normaliseLoudness() to params.targetRmsDbfs. Deterministic: the same score
/// gives bit-identical samples. Thread-safe (no shared state). Cost: roughly 0.1-0.3 s of CPU per
/// 10 s of audio.
AudioBuffer renderScore(const SongScore& score);

/// composeSong() + renderScore(): the synthesizer's entry point.
AudioBuffer renderSong(const SongParams& params);

/// Scales `samples` to the target RMS level (dBFS, full scale = 1.0) and keeps every sample inside
/// (-1, 1) with a soft knee above 0.7 of full scale, re-levelling after the knee (a few passes).
/// Silence is left untouched. Postcondition for ordinary music: RMS within 0.5 dB of the target
/// and |sample| < 1.
void normaliseLoudness(std::vector<float>& samples, double targetRmsDbfs);

/// RMS level of the samples in dBFS (-inf for silence).
double rmsDbfs(const std::vector<float>& samples);

} // namespace noiseloss
