#include "synth/MusicTheory.h"

#include <cmath>

namespace noiseloss {

std::string modeName(Mode mode) {
    switch (mode) {
    case Mode::Major:
        return "major";
    case Mode::Minor:
        return "minor";
    case Mode::Dorian:
        return "dorian";
    case Mode::Mixolydian:
        return "mixolydian";
    case Mode::HarmonicMinor:
        return "harmonic-minor";
    }
    return "major";
}

std::array<int, 7> scaleSemitones(Mode mode) {
    switch (mode) {
    case Mode::Major:
        return {0, 2, 4, 5, 7, 9, 11};
    case Mode::Minor:
        return {0, 2, 3, 5, 7, 8, 10};
    case Mode::Dorian:
        return {0, 2, 3, 5, 7, 9, 10};
    case Mode::Mixolydian:
        return {0, 2, 4, 5, 7, 9, 10};
    case Mode::HarmonicMinor:
        return {0, 2, 3, 5, 7, 8, 11};
    }
    return {0, 2, 4, 5, 7, 9, 11};
}

int scaleDegreeToMidi(int tonicMidi, Mode mode, int degree) {
    const int octave = degree >= 0 ? degree / 7 : -((-degree + 6) / 7);
    const int index = degree - octave * 7;
    return tonicMidi + 12 * octave + scaleSemitones(mode)[static_cast<std::size_t>(index)];
}

double midiToHz(double midi) {
    return 440.0 * std::pow(2.0, (midi - 69.0) / 12.0);
}

std::string pitchClassName(int midi) {
    static const char* const kNames[12] = {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};
    return kNames[((midi % 12) + 12) % 12];
}

} // namespace noiseloss
