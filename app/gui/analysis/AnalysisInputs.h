#pragma once

#include "analysis/LossAnalysis.h"
#include "audio/AudioBuffer.h"
#include "perturb/PerturbationPlan.h"

#include <memory>
#include <string>

namespace noiseloss {

/// What one analysis run is computed from, captured by value when a run is requested so the job
/// never reads GUI state. The audio is shared read-only. A plain value type.
struct AnalysisInputs {
    std::shared_ptr<const AudioBuffer> audio;
    std::string audioName; ///< file name, for titles and meta.json
    PerturbationPlan plan;
    std::string modelFolder; ///< folder with config.json + safetensors
    bool noiseLossAlignment =
        false; ///< the study's alignment (frame t predicts frame t+1) instead of delayed
    LossAnalysisParams lossAnalysis;

    bool complete() const { return audio && !modelFolder.empty(); }
};

} // namespace noiseloss
