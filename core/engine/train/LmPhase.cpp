// The encode and decoder phases of trainDemoModel().
#include "engine/codec/EncodecModel.h"
#include "engine/train/DemoTrainingPhases.h"
#include "synth/SongRenderer.h"
#include "util/Error.h"

#include <algorithm>

namespace noiseloss {

namespace {

constexpr double kLmSongSeconds = 30.0;
constexpr int kLmFirstSongIndex = 10000; // song indices of the decoder's pool (the codec's start at 0)
constexpr int kLmBatch = 4;
constexpr std::int64_t kLmCropFrames = 300;
constexpr double kLmPeakRate = 2e-3;
constexpr int kValidationSongs = 4;
constexpr std::int64_t kValidationFrames = 500;
constexpr int kValidateEvery = 50;
constexpr int kMeasureSteps = 5;
constexpr int kCheckpointEvery = 25;
constexpr int kLogEvery = 5;
constexpr double kOverrunAllowance = 1.15;
constexpr double kEncodeShare = 0.15; // of the decoder's share of the budget, for encoding the songs

/// A batch of crops [B, K, crop] of training songs, all starting at the same frame (the decoder
/// sees that frame as its absolute position). One batch in eight starts at the songs' beginning, so
/// the model also learns the BOS column and a clip's first seconds; the rest start anywhere. (A
/// first version started half the batches at frame 0: with few songs the decoder memorised those
/// openings, its training loss fell to 0.03 nats while the held-out NLL rose above uniform.)
std::pair<torch::Tensor, std::int64_t> codeBatch(const torch::Tensor& codes, int trainSongs,
                                                 std::uint64_t seed, int step) {
    SynthRandom random(seed * 0xC2B2AE3D27D4EB4Full + static_cast<std::uint64_t>(step) * 104729u + 3u);
    const std::int64_t frames = codes.size(2);
    const std::int64_t start =
        random.chance(0.125)
            ? 0
            : static_cast<std::int64_t>(random.uniform() * static_cast<double>(frames - kLmCropFrames));
    std::vector<torch::Tensor> crops;
    for (int b = 0; b < kLmBatch; ++b)
        crops.push_back(codes[random.below(trainSongs)].narrow(1, start, kLmCropFrames));
    return {torch::stack(crops), start};
}

} // namespace

void runEncodePhase(const DemoTrainingOptions& options, TrainingState& state, const CodecTrainer& codec,
                    TrainingLog& log, const RunControl& control) {
    torch::NoGradGuard noGrad;
    const EncodecModel model(codec.weights());
    std::vector<torch::Tensor> allCodes;
    for (int i = 0; i < options.lmSongs; ++i) {
        if (control.cancelled())
            throw Cancelled();
        const SongParams params =
            randomSongParams(trainingSongSeed(options.seed, kLmFirstSongIndex + i), kLmSongSeconds);
        std::vector<float> samples = renderSong(params).samples;
        const auto length = static_cast<std::int64_t>(samples.size());
        allCodes.push_back(
            model.encode(torch::from_blob(samples.data(), {1, 1, length}, torch::kFloat32))[0].clone());
        control.report("encode", static_cast<double>(i + 1) / options.lmSongs);
        if ((i + 1) % 10 == 0)
            log.note("encode: " + std::to_string(i + 1) + "/" + std::to_string(options.lmSongs) + " songs");
    }
    torch::save(torch::stack(allCodes), (options.outputDir / "codes.pt").string());
    state.phase = "lm";
    state.save(options.outputDir);
}

void runLmPhase(const DemoTrainingOptions& options, TrainingState& state, LmTrainer& lm, TrainingLog& log,
                const RunControl& control) {
    torch::Tensor codes;
    torch::load(codes, (options.outputDir / "codes.pt").string());
    const int trainSongs = static_cast<int>(codes.size(0)) - kValidationSongs;
    if (trainSongs < 1 || codes.size(2) < kValidationFrames)
        throw Error("decoder training: codes.pt holds too few or too short songs");
    const torch::Tensor validation =
        codes.narrow(0, trainSongs, kValidationSongs).narrow(2, 0, kValidationFrames);
    const double budget = options.minutes * 60.0 * (1.0 - options.codecShare) * (1.0 - kEncodeShare);
    const double loopStart = log.elapsedSeconds(), secondsBefore = state.lmSeconds;
    const int firstStep = state.lmStep;
    double validationNll = 0.0;
    while (state.lmPlanned == 0 || state.lmStep < state.lmPlanned) {
        const int planned = state.lmPlanned > 0 ? state.lmPlanned : options.lmSteps;
        const double rate =
            scheduledLearningRate(state.lmStep, planned, std::min(30, planned / 10 + 1), kLmPeakRate);
        const auto [batch, start] = codeBatch(codes, trainSongs, options.seed, state.lmStep);
        const double loss = lm.step(batch, rate, start);
        ++state.lmStep;
        state.lmSeconds = secondsBefore + log.elapsedSeconds() - loopStart;
        if (state.lmPlanned == 0 && state.lmStep - firstStep == kMeasureSteps)
            state.lmPlanned =
                planSteps(options.lmSteps, state.lmStep, (state.lmSeconds - secondsBefore) / kMeasureSteps,
                          budget - state.lmSeconds);
        if (state.lmPlanned > 0 && state.lmSeconds > budget * kOverrunAllowance)
            state.lmPlanned = state.lmStep;
        const bool last = state.lmPlanned > 0 && state.lmStep >= state.lmPlanned;
        if (state.lmStep % kValidateEvery == 0 || last) {
            validationNll = lm.evaluate(validation);
            // Early stopping without stopping: the shipped weights are those of the best validation
            // step, so a run that starts to overfit late still writes its best model.
            if (state.lmBestStep == 0 || validationNll < state.lmBestNll) {
                state.lmBestStep = state.lmStep;
                state.lmBestNll = validationNll;
                lm.saveWeights(options.outputDir / "lm-best-weights.pt");
            }
        }
        if (state.lmStep % kLogEvery == 0 || state.lmStep == 1 || last)
            log.record("lm", state.lmStep, loss, validationNll, static_cast<double>(start), 0.0, rate);
        control.report("lm", static_cast<double>(state.lmStep) / planned);
        if (state.lmStep % kCheckpointEvery == 0 || control.cancelled() || last) {
            lm.saveCheckpoint(options.outputDir / "lm");
            state.save(options.outputDir);
        }
        if (control.cancelled())
            throw Cancelled();
    }
    state.phase = "write";
    state.save(options.outputDir);
    log.note("lm: done after " + std::to_string(state.lmStep) + " steps, validation NLL " +
             std::to_string(validationNll) + " nats; best " + std::to_string(state.lmBestNll) +
             " nats at step " + std::to_string(state.lmBestStep));
}

} // namespace noiseloss
