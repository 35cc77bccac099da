#pragma once

#include <array>
#include <string>

namespace noiseloss {

/// Scales the synthesizer composes in.
enum class Mode { Major, Minor, Dorian, Mixolydian, HarmonicMinor };
constexpr int kModeCount = 5;

/// "major", "minor", "dorian", "mixolydian", "harmonic-minor".
std::string modeName(Mode mode);
/// Semitone offsets of the seven scale degrees from the tonic, ascending, first = 0.
std::array<int, 7> scaleSemitones(Mode mode);
/// MIDI note of a scale degree (0 = tonic; negative or >= 7 wrap into other octaves).
int scaleDegreeToMidi(int tonicMidi, Mode mode, int degree);
/// Equal-tempered frequency in Hz of a MIDI note (A4 = 69 = 440 Hz).
double midiToHz(double midi);
/// "C", "C#", ... "B" for the pitch class of a MIDI note.
std::string pitchClassName(int midi);

} // namespace noiseloss
