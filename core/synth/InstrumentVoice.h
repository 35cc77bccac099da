#pragma once

#include "synth/SongScore.h"
#include "synth/SynthRandom.h"

#include <vector>

namespace noiseloss {

/// Renders one pitched note in the note's timbre, at unit part gain (the caller applies
/// NoteEvent::gain). Returns the note's samples from its onset, including the release tail
/// (so the result can be longer than durationSeconds). Timbres:
///   Additive - harmonic series (1/n^1.5, odd harmonics favoured) with delayed vibrato
///   Fm       - two-operator FM, modulator at 2x carrier, decaying index (electric-piano like)
///   Pluck    - Karplus-Strong plucked string (noise burst into a tuned, damped delay loop)
///   Bass     - band-limited sawtooth with a closing brightness envelope plus a sine sub-octave
///   Pad      - three detuned band-limited voices with slow attack, release and tremolo
/// All partials stay below 0.45 * sampleRate (no aliasing). Uses `random` for noise only.
/// Thread-safe (no shared state).
std::vector<float> renderNote(const NoteEvent& note, int sampleRate, SynthRandom& random);

} // namespace noiseloss
