#pragma once

#include "audio/AudioBuffer.h"

namespace noiseloss {

/// Resamples with libsoxr at high quality (SOXR_HQ). All channels are kept. Returns the input
/// unchanged when the rates are equal. Throws Error on invalid rates.
AudioBuffer resample(const AudioBuffer& audio, int targetSampleRate);

/// Load -> downmix to mono -> resample to `modelSampleRate`: what every model sees.
AudioBuffer prepareForModel(const AudioBuffer& audio, int modelSampleRate);

} // namespace noiseloss
