// `noiseloss-cli decode MODEL_DIR codes.npy --out audio.wav`: EnCodec codes -> audio.
#include "ArgParser.h"
#include "CliCommand.h"
#include "audio/AudioFile.h"
#include "engine/EngineLog.h"
#include "engine/MusicModel.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <iostream>

namespace noiseloss::cli {
namespace {

CodeMatrix readCodes(const std::string& path) {
    NpyArray array = readNpy(path);
    if (array.dtype != NpyArray::DType::Int64 || array.shape.size() < 2 || array.shape.size() > 3 ||
        (array.shape.size() == 3 && array.shape[0] != 1))
        throw Error(path +
                    ": expected integer codes of shape [codebooks, frames] (or [1, codebooks, frames])");
    CodeMatrix codes;
    codes.codebooks = static_cast<int>(array.shape[array.shape.size() - 2]);
    codes.frames = array.shape.back();
    codes.codes = std::move(array.i64);
    return codes;
}

int runDecode(const std::vector<std::string>& args) {
    ArgParser parser("decode", "Decode EnCodec codes back to audio at the model's sample rate.");
    parser.addPositional("MODEL_DIR", "model folder (config.json + model.safetensors)");
    parser.addPositional("CODES", ".npy with int64 codes [codebooks, frames]");
    parser.addOption("out", "FILE", "output audio, .wav (32-bit float) or .flac (16-bit)");
    parser.addOption("threads", "N", "intra-op threads (0 = all cores)", "0");
    if (!parser.parse(args))
        return 0;
    EngineOptions options;
    options.threads = static_cast<int>(parser.integer("threads"));
    const auto model = MusicModel::load(parser.positional("MODEL_DIR"), options);
    std::cerr << describeLoadedModel(*model) << "\n";
    const CodeMatrix codes = readCodes(parser.positional("CODES"));
    AudioBuffer audio;
    audio.sampleRate = model->info().sampleRate;
    audio.channels = 1;
    audio.samples = model->decode(codes);
    saveAudioFile(parser.value("out"), audio);
    std::cerr << "decoded " << codes.frames << " frames into " << audio.durationSeconds() << " s -> "
              << parser.value("out") << "\n";
    return 0;
}

const CliCommandRegistration kRegistration{{"decode", "Decode EnCodec codes (npy) to audio", runDecode}};

} // namespace
} // namespace noiseloss::cli
