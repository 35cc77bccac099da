// trainDemoModel(): the demo model's training run in resumable phases
// (codec -> encode the decoder's training songs -> decoder -> write the model folder).
#include "engine/train/DemoModelConfig.h"
#include "engine/train/DemoModelWriter.h"
#include "engine/train/DemoTraining.h"
#include "engine/train/DemoTrainingPhases.h"
#include "noiseloss/BuildInfo.h"

#include <algorithm>

namespace noiseloss {

void trainDemoModel(const DemoTrainingOptions& options, const RunControl& control) {
    std::filesystem::create_directories(options.outputDir);
    at::set_num_threads(std::max(1, options.threads));
    torch::manual_seed(options.seed);
    TrainingState state = TrainingState::load(options.outputDir);
    TrainingLog log(options.outputDir / "train-log.csv");
    log.note("train-demo: seed " + std::to_string(options.seed) + ", phase " + state.phase + ", budget " +
             std::to_string(options.minutes) + " min, " + std::to_string(at::get_num_threads()) + " threads");
    CodecTrainer codec(demoEncodecConfig());
    if (state.codecStep > 0)
        codec.loadCheckpoint(options.outputDir / "codec");
    if (state.phase == "codec")
        runCodecPhase(options, state, codec, log, control);
    if (state.phase == "encode")
        runEncodePhase(options, state, codec, log, control);
    LmTrainer lm(demoDecoderConfig(), options.seed);
    if (state.lmStep > 0)
        lm.loadCheckpoint(options.outputDir / "lm");
    if (state.phase == "lm")
        runLmPhase(options, state, lm, log, control);
    const auto best = options.outputDir / "lm-best-weights.pt";
    if (state.lmBestStep > 0 && std::filesystem::exists(best)) {
        lm.loadWeights(best);
        log.note("train-demo: writing the decoder of step " + std::to_string(state.lmBestStep) +
                 " (best validation NLL " + std::to_string(state.lmBestNll) + " nats)");
    }
    lm.roundToHalfPrecision();
    writeDemoModelFolder(options.outputDir / "model", codec, lm,
                         {{"format", "pt"},
                          {"generator", "noiseloss-cli train-demo"},
                          {"seed", std::to_string(options.seed)},
                          {"codec_steps", std::to_string(state.codecStep)},
                          {"lm_steps", std::to_string(state.lmStep)},
                          {"lm_best_step", std::to_string(state.lmBestStep)},
                          {"git_commit", build::kGitCommit}});
    state.phase = "done";
    state.save(options.outputDir);
    log.note("train-demo: wrote " + (options.outputDir / "model").string());
}

} // namespace noiseloss
