#pragma once

#include "synth/SongScore.h"

namespace noiseloss {

/// Composes a song from its parameters: sections of four bars in the order A A B A A B ...,
/// one chord per bar from the section's progression, a bass line on the chord roots, a chord part,
/// a drum pattern on the beat grid (beat 1 of every bar starts at a multiple of barSeconds()), and
/// a melody built from one-bar motifs that repeat (transposed to the chord) with variations.
/// Deterministic: the same params give the same score. Thread-safe (no shared state).
SongScore composeSong(const SongParams& params);

} // namespace noiseloss
