// noiseloss-cli synth: renders a deterministic synthetic song (the demo model's training material).
#include "ArgParser.h"
#include "CliCommand.h"
#include "audio/AudioFile.h"
#include "synth/SongRenderer.h"
#include "util/Error.h"

#include <iostream>

namespace noiseloss::cli {

namespace {

int runSynth(const std::vector<std::string>& args) {
    ArgParser parser("synth",
                     "Render a synthetic song (32 kHz mono, -16 dBFS RMS) from a seed. Seeds >= 1000000 "
                     "are reserved for held-out clips; the demo model trains on seeds below.");
    parser.addOption("seed", "N", "song seed (same seed, same samples)", "1");
    parser.addOption("seconds", "S", "length in seconds", "20");
    parser.addOption("out", "FILE", "output .flac (16-bit) or .wav (float)");
    if (!parser.parse(args))
        return 0;
    const long long seed = parser.integer("seed");
    const double seconds = parser.number("seconds");
    if (seed < 0)
        throw Error("synth: --seed must be >= 0");
    if (!(seconds > 0.0 && seconds <= 3600.0))
        throw Error("synth: --seconds must be in (0, 3600]");
    const SongParams params = randomSongParams(static_cast<std::uint64_t>(seed), seconds);
    const AudioBuffer audio = renderSong(params);
    saveAudioFile(parser.value("out"), audio);
    std::cout << parser.value("out") << ": " << params.describe() << "\n";
    return 0;
}

const CliCommandRegistration kRegistration{{"synth", "Render a synthetic song from a seed", runSynth}};

} // namespace

} // namespace noiseloss::cli
