#pragma once

#include "synth/SongScore.h"
#include "synth/SynthRandom.h"

#include <vector>

namespace noiseloss {

/// Renders one drum hit at the hit's velocity, samples from its onset (the whole decay):
///   Kick      - sine swept 155 -> 45 Hz (40 ms time constant), 250 ms decay, short click
///   Snare     - 185 Hz body plus high-passed noise, 120 ms decay
///   ClosedHat - doubly differenced (bright) noise, 25 ms decay
///   OpenHat   - the same noise, 180 ms decay
/// The kick's peak energy is in its first 30 ms (the onset tests rely on this).
/// Thread-safe (no shared state); `random` supplies the noise.
std::vector<float> renderDrumHit(const DrumHit& hit, int sampleRate, SynthRandom& random);

} // namespace noiseloss
