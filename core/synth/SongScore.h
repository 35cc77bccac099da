#pragma once

#include "synth/SongParams.h"

#include <vector>

namespace noiseloss {

/// One pitched note of a composed song. Times in seconds from the start of the song.
struct NoteEvent {
    double startSeconds = 0.0;
    double durationSeconds = 0.0; ///< sounding length before the release tail
    int midi = 60;
    float velocity = 1.0f; ///< 0..1, linear amplitude scale
    Timbre timbre = Timbre::Additive;
    float gain = 1.0f; ///< part gain (lead, chords, bass mix levels)
};

enum class DrumSound { Kick, Snare, ClosedHat, OpenHat };

/// One drum hit. Time in seconds from the start of the song.
struct DrumHit {
    double startSeconds = 0.0;
    DrumSound sound = DrumSound::Kick;
    float velocity = 1.0f;
};

/// A composed song before rendering: what plays when. Plain value type.
struct SongScore {
    SongParams params;
    std::vector<NoteEvent> notes;
    std::vector<DrumHit> drums;
};

} // namespace noiseloss
