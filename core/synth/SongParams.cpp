#include "synth/SongParams.h"

#include "synth/SynthRandom.h"

#include <cmath>
#include <cstdio>

namespace noiseloss {

namespace {

/// Four-bar progressions as scale degrees (0 = I). Chosen to sound like common pop/modal loops.
const std::vector<std::vector<int>> kProgressions = {
    {0, 4, 5, 3}, {0, 5, 3, 4}, {5, 3, 0, 4}, {0, 3, 4, 4}, {0, 6, 5, 4},
    {0, 3, 0, 4}, {1, 4, 0, 0}, {0, 2, 3, 4}, {5, 4, 3, 4}, {0, 3, 6, 2},
};

const char* drumStyleName(DrumStyle style) {
    switch (style) {
    case DrumStyle::FourOnFloor:
        return "four-on-floor";
    case DrumStyle::BackBeat:
        return "backbeat";
    case DrumStyle::HalfTime:
        return "half-time";
    case DrumStyle::Sparse:
        return "sparse";
    }
    return "backbeat";
}

} // namespace

std::string timbreName(Timbre timbre) {
    switch (timbre) {
    case Timbre::Additive:
        return "additive";
    case Timbre::Fm:
        return "fm";
    case Timbre::Pluck:
        return "pluck";
    case Timbre::Bass:
        return "bass";
    case Timbre::Pad:
        return "pad";
    }
    return "additive";
}

std::string SongParams::describe() const {
    char text[320];
    std::snprintf(text, sizeof text,
                  "seed %llu, %.1f s, %.1f BPM, %s %s, lead %s, chords %s, bass %s, drums %s",
                  static_cast<unsigned long long>(seed), seconds, tempoBpm, pitchClassName(tonicMidi).c_str(),
                  modeName(mode).c_str(), timbreName(leadTimbre).c_str(), timbreName(chordTimbre).c_str(),
                  timbreName(bassTimbre).c_str(), drumStyleName(drumStyle));
    return text;
}

SongParams randomSongParams(std::uint64_t seed, double seconds) {
    SynthRandom random(seed ^ 0x5EED5EED12345678ull);
    SongParams params;
    params.seed = seed;
    params.seconds = seconds;
    params.tempoBpm = std::round(random.uniform(70.0, 160.0) * 2.0) / 2.0;
    if (params.tempoBpm > 160.0)
        params.tempoBpm = 160.0;
    params.tonicMidi = 45 + random.below(12);
    params.mode = static_cast<Mode>(random.below(kModeCount));
    params.progressionA =
        kProgressions[static_cast<std::size_t>(random.below(static_cast<int>(kProgressions.size())))];
    params.progressionB =
        kProgressions[static_cast<std::size_t>(random.below(static_cast<int>(kProgressions.size())))];
    static const Timbre kLeads[] = {Timbre::Additive, Timbre::Fm, Timbre::Pluck};
    static const Timbre kChords[] = {Timbre::Pad, Timbre::Pluck, Timbre::Fm, Timbre::Additive};
    static const Timbre kBasses[] = {Timbre::Bass, Timbre::Bass, Timbre::Pluck};
    params.leadTimbre = kLeads[random.below(3)];
    params.chordTimbre = kChords[random.below(4)];
    params.bassTimbre = kBasses[random.below(3)];
    params.drumStyle = static_cast<DrumStyle>(random.below(4));
    params.swing = random.chance(0.3) ? random.uniform(0.1, 0.3) : 0.0;
    return params;
}

} // namespace noiseloss
