// `noiseloss-cli score MODEL_DIR AUDIO --out OUT_DIR`: per-token NLL of a clip under MusicGen
// (unconditional, teacher-forced), written with writeScoreDirectory (codes, nll, entropy, summary, meta).
#include "ArgParser.h"
#include "CliCommand.h"
#include "audio/AudioFile.h"
#include "audio/Resampler.h"
#include "engine/EngineLog.h"
#include "engine/MusicModel.h"
#include "engine/ScoreExport.h"

#include <chrono>
#include <iostream>

namespace noiseloss::cli {
namespace {

int runScore(const std::vector<std::string>& args) {
    ArgParser parser("score", "Score a clip with MusicGen: per-token NLL and entropy (nats).");
    parser.addPositional("MODEL_DIR", "MusicGen folder (config.json + model.safetensors)");
    parser.addPositional("AUDIO", "audio file (WAV, FLAC, OGG, MP3)");
    parser.addOption(
        "alignment", "A",
        "delayed (the model's likelihood, K x T) or noiseloss (the study's: K x T-1, column j = frame j+1)",
        "delayed");
    parser.addOption("threads", "N", "intra-op threads (0 = all cores)", "0");
    parser.addOption("device", "D", "cpu or cuda", "cpu");
    parser.addOption("out", "DIR", "output folder");
    if (!parser.parse(args))
        return 0;
    ScoreParams params = defaultScoreParams();
    params.alignment = parseAlignment(parser.value("alignment"));
    params.computeTop5 = false;
    EngineOptions options;
    options.threads = static_cast<int>(parser.integer("threads"));
    options.device = parser.value("device");
    const auto model = MusicModel::load(parser.positional("MODEL_DIR"), options);
    std::cerr << describeLoadedModel(*model) << "\n";
    const std::string audioPath = parser.positional("AUDIO");
    const AudioBuffer audio = prepareForModel(loadAudioFile(audioPath), model->info().sampleRate);
    const auto start = std::chrono::steady_clock::now();
    const CodeMatrix codes = model->encode(audio.samples);
    const ScoreResult result = model->score(codes, params);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const nlohmann::json settings = {{"command", "score"},
                                     {"audio", audioPath},
                                     {"alignment", parser.value("alignment")},
                                     {"conditioning", "unconditional"},
                                     {"device", options.device},
                                     {"threads", options.threads}};
    writeScoreDirectory(parser.value("out"), codes, result, model->info(), settings);
    std::cerr << "scored " << codes.frames << " frames in " << seconds << " s: mean NLL " << result.meanNll()
              << " nats -> " << parser.value("out") << "\n";
    return 0;
}

const CliCommandRegistration kRegistration{
    {"score", "Score a clip with MusicGen: per-token NLL/entropy to a folder", runScore}};

} // namespace
} // namespace noiseloss::cli
