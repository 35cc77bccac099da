// The codec phase of trainDemoModel() and the schedule helpers shared by the phases.
#include "engine/train/DemoTrainingPhases.h"
#include "util/Error.h"

#include <algorithm>
#include <cmath>

namespace noiseloss {

namespace {

constexpr int kCodecBatch = 4;
constexpr std::int64_t kCodecSegmentSamples = 16000; // 0.5 s = 25 frames
constexpr double kCodecSongSeconds = 10.0;
constexpr double kCodecPeakRate = 2e-3;
constexpr int kKMeansSegments = 32; // 800 latent vectors for 256 codes
constexpr int kKMeansIterations = 12;
constexpr int kMeasureSteps = 5;
constexpr int kCheckpointEvery = 25;
constexpr int kLogEvery = 5;
constexpr double kOverrunAllowance = 1.15; // stop when contention makes the phase this much slower

void checkpointCodec(const DemoTrainingOptions& options, const TrainingState& state,
                     const CodecTrainer& codec) {
    codec.saveCheckpoint(options.outputDir / "codec");
    state.save(options.outputDir);
}

} // namespace

double scheduledLearningRate(int step, int planned, int warmup, double peak) {
    if (step < warmup)
        return peak * (step + 1) / warmup;
    const double progress = std::min(1.0, static_cast<double>(step - warmup) / std::max(1, planned - warmup));
    return peak * (0.05 + 0.95 * 0.5 * (1.0 + std::cos(3.141592653589793 * progress)));
}

int planSteps(int maxSteps, int done, double secondsPerStep, double remainingSeconds) {
    const int affordable = static_cast<int>(std::max(0.0, remainingSeconds) / std::max(secondsPerStep, 1e-3));
    return std::clamp(done + affordable, done + 1, maxSteps);
}

torch::Tensor audioBatch(const SynthSongPool& pool, std::uint64_t seed, int step, int count,
                         std::int64_t length) {
    SynthRandom random(seed * 0x9E3779B97F4A7C15ull + static_cast<std::uint64_t>(step) * 7919u + 1u);
    std::vector<float> samples = pool.randomSegments(random, count, length);
    return torch::from_blob(samples.data(), {count, 1, length}, torch::kFloat32).clone();
}

void runCodecPhase(const DemoTrainingOptions& options, TrainingState& state, CodecTrainer& codec,
                   TrainingLog& log, const RunControl& control) {
    log.note("codec: rendering " + std::to_string(options.codecSongs) + " training songs");
    const SynthSongPool pool(options.seed, 0, options.codecSongs, kCodecSongSeconds);
    const double budget = options.minutes * 60.0 * options.codecShare;
    const double loopStart = log.elapsedSeconds(), secondsBefore = state.codecSeconds;
    const int firstStep = state.codecStep;
    while (state.codecPlanned == 0 || state.codecStep < state.codecPlanned) {
        const int planned = state.codecPlanned > 0 ? state.codecPlanned : options.codecSteps;
        const bool quantize =
            state.codecPlanned > 0 && state.codecStep >= std::max(kMeasureSteps, planned / 8);
        if (quantize && !codec.codebooksInitialised()) {
            codec.initialiseCodebooks(
                audioBatch(pool, options.seed + 1, state.codecStep, kKMeansSegments, kCodecSegmentSamples),
                kKMeansIterations);
            log.note("codec: quantizer on from step " + std::to_string(state.codecStep) +
                     " (k-means initialised)");
        }
        const double rate = scheduledLearningRate(state.codecStep, planned, planned / 20 + 1, kCodecPeakRate);
        const torch::Tensor batch =
            audioBatch(pool, options.seed, state.codecStep, kCodecBatch, kCodecSegmentSamples);
        const CodecStepResult result = codec.step(batch, quantize, rate);
        ++state.codecStep;
        state.codecSeconds = secondsBefore + log.elapsedSeconds() - loopStart;
        if (state.codecPlanned == 0 && state.codecStep - firstStep == kMeasureSteps)
            state.codecPlanned =
                planSteps(options.codecSteps, state.codecStep,
                          (state.codecSeconds - secondsBefore) / kMeasureSteps, budget - state.codecSeconds);
        if (state.codecPlanned > 0 && state.codecSeconds > budget * kOverrunAllowance)
            state.codecPlanned = state.codecStep; // the machine got slower: stop here
        if (state.codecStep % kLogEvery == 0 || state.codecStep == 1)
            log.record("codec", state.codecStep, result.total, result.waveformL1, result.stftDistance,
                       result.commitment, rate);
        control.report("codec", static_cast<double>(state.codecStep) / planned);
        if (state.codecStep % kCheckpointEvery == 0 || control.cancelled())
            checkpointCodec(options, state, codec);
        if (control.cancelled())
            throw Cancelled();
    }
    codec.roundToHalfPrecision();
    state.phase = "encode";
    checkpointCodec(options, state, codec);
    log.note("codec: done after " + std::to_string(state.codecStep) + " steps, " +
             std::to_string(static_cast<int>(state.codecSeconds)) + " s");
}

} // namespace noiseloss
