#pragma once

#include "engine/MusicModel.h"
#include "engine/grads/GradientTypes.h"
#include "widgets/analysis/AnalysisViewData.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace noiseloss {

/// The two clips of a gradient run.
enum class GradientPart { Original = 0, Perturbed = 1 };

/// What the researcher asked for: the gradient protocol on the tokens of `analysis` (the codes of its
/// original and perturbed runs, in its alignment). A plain value type, captured by the job.
struct GradientRequest {
    std::shared_ptr<const AnalysisViewData> analysis;
    std::string modelFolder;
    std::string targetSpec = "all"; ///< parseTargetSelection: all, T0:T1, every:N, T0:T1+every:N
    bool perCodebook = true;        ///< false: one target per frame, NLLs of its codebooks summed
    GradientMethod method = GradientMethod::Fast;
};

/// One message from the running job to the GUI (see GradientMailbox).
struct GradientUpdate {
    enum class Kind {
        PartStarted,  ///< `result` is the skeleton (sizes, buckets, no targets) of `part`
        Targets,      ///< `targets` finished (partial results), with progress and ETA
        PartFinished, ///< `result` is the complete result of `part` (targets in requested order)
        SelfMap,      ///< `selfMap`: the layer x token map of EVERY token of `part` (posted first)
    };
    Kind kind = Kind::Targets;
    GradientPart part = GradientPart::Original;
    GradientResult result;
    std::vector<TargetGradients> targets;
    SelfPositionNorms selfMap;
    ModelInfo model;                  ///< PartStarted: the model, for exports
    std::size_t completedTargets = 0; ///< over both parts
    std::size_t totalTargets = 0;     ///< over both parts
    double elapsedSeconds = 0.0;
    double remainingSeconds = 0.0; ///< estimate for the whole run
};

/// The gradient protocol's results as the views see them: both parts (filled progressively), the
/// analysis they belong to, and how frames pair up. A plain value type built on the GUI thread.
struct GradientRunData {
    std::shared_ptr<const AnalysisViewData> analysis;
    GradientRequest request;
    ModelInfo model;
    std::array<GradientResult, 2> parts;
    std::array<bool, 2> started{false, false};
    std::array<bool, 2> complete{false, false};
    /// Per part: the layer x token map of every token (computeSelfPositionNorms, a few passes), which
    /// the layer x time view shows; empty targets until it arrives.
    std::array<SelfPositionNorms, 2> selfMaps;

    const GradientResult& part(GradientPart which) const { return parts[static_cast<std::size_t>(which)]; }
    bool hasTargets(GradientPart which) const { return !part(which).targets.empty(); }
    /// perturbed frame -> original frame for every perturbed frame (inverse of perturbedFrameOf).
    std::vector<std::int64_t> perturbedToOriginal() const;
};

} // namespace noiseloss
