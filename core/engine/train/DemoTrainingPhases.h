#pragma once

// Engine-internal: the phases of trainDemoModel() (DemoTrainer.cpp) and their shared helpers.

#include "engine/EngineTypes.h"
#include "engine/train/CodecTrainer.h"
#include "engine/train/DemoTraining.h"
#include "engine/train/LmTrainer.h"
#include "engine/train/SynthSongPool.h"
#include "engine/train/TrainingLog.h"
#include "engine/train/TrainingState.h"

namespace noiseloss {

/// Linear warm-up over `warmup` steps, then cosine decay to 5% of `peak` at step `planned`.
double scheduledLearningRate(int step, int planned, int warmup, double peak);

/// Total steps that fit: the steps done plus what the remaining budget affords at `secondsPerStep`,
/// clamped to [done + 1, maxSteps].
int planSteps(int maxSteps, int done, double secondsPerStep, double remainingSeconds);

/// `count` random segments [count, 1, length] from `pool`; depends only on (seed, step), so a
/// resumed run draws the same batches.
torch::Tensor audioBatch(const SynthSongPool& pool, std::uint64_t seed, int step, int count,
                         std::int64_t length);

/// Codec training (warm-up without quantiser, k-means codebook init, EMA RVQ). Leaves the state
/// in phase "encode" with fp16-rounded weights checkpointed.
void runCodecPhase(const DemoTrainingOptions& options, TrainingState& state, CodecTrainer& codec,
                   TrainingLog& log, const RunControl& control);
/// Renders the decoder's training songs, encodes them with the trained codec and saves
/// outputDir/codes.pt ([songs, K, frames] int64). Leaves the state in phase "lm".
void runEncodePhase(const DemoTrainingOptions& options, TrainingState& state, const CodecTrainer& codec,
                    TrainingLog& log, const RunControl& control);
/// Decoder training on outputDir/codes.pt. Leaves the state in phase "write".
void runLmPhase(const DemoTrainingOptions& options, TrainingState& state, LmTrainer& lm, TrainingLog& log,
                const RunControl& control);

} // namespace noiseloss
