#pragma once

#include "synth/MusicTheory.h"

#include <cstdint>
#include <string>
#include <vector>

namespace noiseloss {

/// Instrument timbres of the synthesizer (see InstrumentVoice.h).
enum class Timbre { Additive, Fm, Pluck, Bass, Pad };

/// Drum patterns (see Composer.cpp): kick on every beat, kick on 1 and 3 with backbeat snare,
/// half-time (snare on 3) and a sparse pattern with syncopated kicks.
enum class DrumStyle { FourOnFloor, BackBeat, HalfTime, Sparse };

/// Everything that defines one synthesized song. randomSongParams() draws all of it from a seed;
/// the fields can also be set by hand. Plain value type.
struct SongParams {
    std::uint64_t seed = 0;  ///< drives composition details (motifs, variations, noise)
    double seconds = 20.0;   ///< length of the rendered audio, seconds
    int sampleRate = 32000;  ///< Hz; output is mono float
    double tempoBpm = 120.0; ///< quarter notes per minute, 70..160 from randomSongParams
    int tonicMidi = 57;      ///< MIDI note of the key's tonic (bass register, 45..56)
    Mode mode = Mode::Major;
    std::vector<int> progressionA; ///< scale degrees of the chords of section A, one chord per bar
    std::vector<int> progressionB; ///< section B (the song is A A B A A B ...)
    Timbre leadTimbre = Timbre::Additive;
    Timbre chordTimbre = Timbre::Pad;
    Timbre bassTimbre = Timbre::Bass;
    DrumStyle drumStyle = DrumStyle::BackBeat;
    double swing = 0.0;           ///< delay of off-beat eighths as a fraction of an eighth (0..0.3)
    double targetRmsDbfs = -16.0; ///< loudness the mix is normalised to (RMS re full scale)

    double beatSeconds() const { return 60.0 / tempoBpm; }
    double barSeconds() const { return 4.0 * beatSeconds(); }
    /// One line for logs: "seed 7, 112.0 BPM, D dorian, lead fm, ...".
    std::string describe() const;
};

/// Draws a song from the seed: tempo uniform in [70, 160] BPM, any of 12 tonics, one of the
/// modes, four-bar progressions, instruments and drum style. Same seed and seconds, same params.
SongParams randomSongParams(std::uint64_t seed, double seconds);

/// "additive", "fm", "pluck", "bass", "pad".
std::string timbreName(Timbre timbre);

} // namespace noiseloss
