#include "synth/Composer.h"

#include "synth/SynthRandom.h"

#include <algorithm>
#include <cmath>

namespace noiseloss {

namespace {

constexpr float kLeadGain = 0.32f;
constexpr float kChordGain = 0.13f;
constexpr float kBassGain = 0.42f;
constexpr int kBarsPerSection = 4;

/// One note of a one-bar motif: position and length in eighth notes, pitch as a scale step above
/// the chord root (0 = root, 2 = third, 4 = fifth, 7 = octave).
struct MotifNote {
    int eighth = 0;
    int lengthEighths = 1;
    int step = 0;
};
using Motif = std::vector<MotifNote>;

/// Start time of an eighth note in a bar, with swing applied to the off-beats.
double eighthTime(const SongParams& params, int bar, int eighth) {
    const double beat = params.beatSeconds();
    double offset = 0.5 * beat * eighth;
    if (eighth % 2 == 1)
        offset += params.swing * 0.5 * beat;
    return bar * params.barSeconds() + offset;
}

Motif makeMotif(SynthRandom& random) {
    static const int kRhythms[][8] = {
        {2, 1, 1, 2, 2, 0, 0, 0}, {1, 1, 2, 1, 1, 2, 0, 0}, {3, 1, 2, 2, 0, 0, 0, 0},
        {1, 1, 1, 1, 2, 2, 0, 0}, {2, 2, 1, 1, 1, 1, 0, 0}, {4, 2, 1, 1, 0, 0, 0, 0},
    };
    static const int kSteps[] = {0, 2, 4, 1, 3, 5, 7, 6, -1};
    const int* rhythm = kRhythms[random.below(6)];
    Motif motif;
    int position = 0;
    int step = kSteps[random.below(3)];
    for (int i = 0; i < 8 && rhythm[i] > 0; ++i) {
        if (random.chance(0.15) && i > 0) { // a rest keeps the motif from being a run of notes
            position += rhythm[i];
            continue;
        }
        motif.push_back({position, rhythm[i], step});
        position += rhythm[i];
        step = std::clamp(step + random.below(5) - 2, -2, 8);
    }
    return motif;
}

/// A variation: the last notes move by a step, or the rhythm of one note is split.
Motif varyMotif(const Motif& motif, SynthRandom& random) {
    Motif varied = motif;
    if (varied.empty())
        return varied;
    auto& last = varied.back();
    last.step = std::clamp(last.step + (random.chance(0.5) ? 1 : -1) * (1 + random.below(2)), -2, 8);
    if (varied.size() > 2 && random.chance(0.5))
        varied[varied.size() - 2].step =
            std::clamp(varied[varied.size() - 2].step + random.below(3) - 1, -2, 8);
    return varied;
}

/// The cadence bar: the motif's first half, then a long chord tone.
Motif cadenceMotif(const Motif& motif) {
    Motif cadence;
    for (const auto& note : motif)
        if (note.eighth + note.lengthEighths <= 4)
            cadence.push_back(note);
    cadence.push_back({4, 4, 0});
    return cadence;
}

void addMotif(SongScore& score, const Motif& motif, int bar, int chordDegree, SynthRandom& random) {
    const SongParams& params = score.params;
    const int melodyTonic = params.tonicMidi + 24;
    for (const auto& note : motif) {
        NoteEvent event;
        event.startSeconds = eighthTime(params, bar, note.eighth);
        event.durationSeconds = 0.5 * params.beatSeconds() * note.lengthEighths * 0.92;
        event.midi = scaleDegreeToMidi(melodyTonic, params.mode, chordDegree + note.step);
        event.velocity =
            static_cast<float>(0.75 + 0.25 * random.uniform() + (note.eighth % 4 == 0 ? 0.1 : 0.0));
        event.timbre = params.leadTimbre;
        event.gain = kLeadGain;
        score.notes.push_back(event);
    }
}

void addChordBar(SongScore& score, int bar, int degree, int patternIndex) {
    const SongParams& params = score.params;
    static const int kPatterns[][8] = {
        {1, 0, 1, 0, 1, 0, 1, 0}, {1, 0, 0, 1, 0, 0, 1, 0}, {1, 0, 1, 1, 0, 1, 1, 0}};
    const bool sustained = params.chordTimbre == Timbre::Pad;
    for (int voice = 0; voice < 3; ++voice) {
        const int midi = scaleDegreeToMidi(params.tonicMidi + 12, params.mode, degree + 2 * voice);
        for (int eighth = 0; eighth < 8; ++eighth) {
            if (!sustained && kPatterns[patternIndex][eighth] == 0)
                continue;
            NoteEvent event;
            event.startSeconds = eighthTime(params, bar, eighth);
            event.durationSeconds = sustained ? params.barSeconds() * 0.97 : 0.5 * params.beatSeconds() * 0.8;
            event.midi = midi;
            event.velocity = eighth == 0 ? 1.0f : 0.8f;
            event.timbre = params.chordTimbre;
            event.gain = kChordGain * (sustained ? 0.8f : 1.0f);
            score.notes.push_back(event);
            if (sustained)
                break;
        }
    }
}

void addBassBar(SongScore& score, int bar, int degree, int patternIndex) {
    const SongParams& params = score.params;
    // Per eighth: -1 rest, 0 root, 4 fifth, 7 octave.
    static const int kPatterns[][8] = {{0, -1, -1, -1, 0, -1, -1, -1},
                                       {0, 0, 0, 0, 0, 0, 0, 0},
                                       {0, -1, 4, -1, 0, -1, 4, -1},
                                       {0, -1, -1, 0, -1, -1, 7, -1}};
    const int* pattern = kPatterns[patternIndex];
    for (int eighth = 0; eighth < 8; ++eighth) {
        if (pattern[eighth] < 0)
            continue;
        int length = 1;
        while (eighth + length < 8 && pattern[eighth + length] < 0)
            ++length;
        NoteEvent event;
        event.startSeconds = eighthTime(params, bar, eighth);
        event.durationSeconds = 0.5 * params.beatSeconds() * length * 0.85;
        event.midi = scaleDegreeToMidi(params.tonicMidi - 12, params.mode, degree + pattern[eighth]);
        event.velocity = eighth == 0 ? 1.0f : 0.85f;
        event.timbre = params.bassTimbre;
        event.gain = kBassGain;
        score.notes.push_back(event);
    }
}

void addDrumBar(SongScore& score, int bar, bool fill, SynthRandom& random) {
    const SongParams& params = score.params;
    auto hit = [&](int eighth, DrumSound sound, float velocity) {
        score.drums.push_back({eighthTime(params, bar, eighth), sound, velocity});
    };
    // Kick / snare per eighth for each style: 'k' kick, 's' snare, 'b' both, '.' none.
    // Indexed by DrumStyle: four-on-floor, backbeat, half-time, sparse.
    static const char* const kGrooves[] = {"k.b.k.b.", "k.s.kks.", "k..ks...", "k..k..s."};
    const char* groove = kGrooves[static_cast<int>(params.drumStyle)];
    const int lastBeatStart = fill ? 6 : 8;
    for (int eighth = 0; eighth < lastBeatStart; ++eighth) {
        const char c = groove[eighth];
        if (c == 'k' || c == 'b')
            hit(eighth, DrumSound::Kick, eighth == 0 ? 1.0f : 0.85f);
        if (c == 's' || c == 'b')
            hit(eighth, DrumSound::Snare, 0.9f);
        const bool open = params.drumStyle == DrumStyle::FourOnFloor && eighth % 2 == 1;
        hit(eighth, open ? DrumSound::OpenHat : DrumSound::ClosedHat,
            static_cast<float>((eighth % 2 == 0 ? 0.8 : 0.55) + 0.1 * random.uniform()));
    }
    if (fill) // the last beat of a section: four snare sixteenths, rising
        for (int i = 0; i < 4; ++i)
            score.drums.push_back({eighthTime(params, bar, 6) + i * 0.25 * params.beatSeconds(),
                                   DrumSound::Snare, 0.5f + 0.15f * static_cast<float>(i)});
}

} // namespace

SongScore composeSong(const SongParams& params) {
    SongScore score;
    score.params = params;
    SynthRandom random(params.seed * 0x9E3779B97F4A7C15ull + 17);
    const Motif motifA = makeMotif(random);
    const Motif motifB = makeMotif(random);
    const Motif variationA = varyMotif(motifA, random);
    const Motif variationB = varyMotif(motifB, random);
    const int chordPattern = random.below(3);
    const int bassPattern = random.below(4);
    const bool melodyFromStart = random.chance(0.6);
    const int bars = static_cast<int>(std::ceil(params.seconds / params.barSeconds()));
    for (int bar = 0; bar < bars; ++bar) {
        const int section = bar / kBarsPerSection;
        const int barInSection = bar % kBarsPerSection;
        const bool isB = section % 3 == 2;
        const auto& progression = isB ? params.progressionB : params.progressionA;
        const int degree = progression.empty()
                               ? 0
                               : progression[static_cast<std::size_t>(barInSection) % progression.size()];
        addChordBar(score, bar, degree, chordPattern);
        addBassBar(score, bar, degree, bassPattern);
        addDrumBar(score, bar, barInSection == kBarsPerSection - 1, random);
        if (!melodyFromStart && section == 0)
            continue;
        const Motif& motif = isB ? motifB : motifA;
        const Motif& variation = isB ? variationB : variationA;
        const Motif chosen =
            barInSection == 3 ? cadenceMotif(motif) : (barInSection == 2 ? variation : motif);
        addMotif(score, chosen, bar, degree, random);
    }
    return score;
}

} // namespace noiseloss
