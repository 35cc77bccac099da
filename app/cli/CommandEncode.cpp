// `noiseloss-cli encode MODEL_DIR AUDIO --out codes.npy`: audio -> EnCodec codes (int64 [K, T]).
#include "ArgParser.h"
#include "CliCommand.h"
#include "audio/AudioFile.h"
#include "audio/Resampler.h"
#include "engine/EngineLog.h"
#include "engine/MusicModel.h"
#include "util/Npy.h"

#include <iostream>

namespace noiseloss::cli {
namespace {

int runEncode(const std::vector<std::string>& args) {
    ArgParser parser("encode", "Encode audio to EnCodec codes (mono, resampled to the model's rate).");
    parser.addPositional("MODEL_DIR", "model folder (config.json + model.safetensors)");
    parser.addPositional("AUDIO", "audio file (WAV, FLAC, OGG, MP3)");
    parser.addOption("out", "FILE", "output .npy, int64 [codebooks, frames]");
    parser.addOption("threads", "N", "intra-op threads (0 = all cores)", "0");
    if (!parser.parse(args))
        return 0;
    EngineOptions options;
    options.threads = static_cast<int>(parser.integer("threads"));
    const auto model = MusicModel::load(parser.positional("MODEL_DIR"), options);
    std::cerr << describeLoadedModel(*model) << "\n";
    const AudioBuffer audio =
        prepareForModel(loadAudioFile(parser.positional("AUDIO")), model->info().sampleRate);
    const CodeMatrix codes = model->encode(audio.samples);
    writeNpy(parser.value("out"), {codes.codebooks, codes.frames}, codes.codes);
    std::cerr << "encoded " << audio.durationSeconds() << " s into " << codes.codebooks << " x "
              << codes.frames << " codes -> " << parser.value("out") << "\n";
    return 0;
}

const CliCommandRegistration kRegistration{
    {"encode", "Encode audio to EnCodec codes (codes.npy)", runEncode}};

} // namespace
} // namespace noiseloss::cli
