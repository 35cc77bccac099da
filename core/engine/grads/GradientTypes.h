// Public plain structs of the gradient protocol (docs/gradients.md, noiseloss-method.md "Gradient
// protocol (phase 6)"): which tokens to differentiate, the parameter buckets, and per-target results.
// No LibTorch here; safe to include from widgets and the CLI.
#pragma once

#include "engine/EngineTypes.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace noiseloss {

/// How the gradients are computed. Both give the same numbers (within float rounding).
enum class GradientMethod {
    Naive, ///< the study's way: full forward, one backward per target with retain_graph, parameter .grad
    Fast   ///< causal prefix, frozen parameters, gradients w.r.t. intermediates, ghost norms
};

/// One loss to differentiate: NLL of code C[codebook, frame], or (codebook == kAllCodebooks) the sum
/// of the NLLs of every codebook of that frame. `frame` is a frame of the scored codes: 0..T-1 under
/// Alignment::Delayed, 1..T-1 under Alignment::NoiseLoss (column frame-1 predicts it).
struct GradientTarget {
    static constexpr int kAllCodebooks = -1;
    int codebook = kAllCodebooks;
    std::int64_t frame = 0;

    bool operator==(const GradientTarget&) const = default;
};

/// One parameter-gradient bucket: the Frobenius norm of dNLL/dW over a block of one parameter.
/// layer = -1 for tensors outside the layers (embeddings, final LayerNorm, lm_heads); head = -1 for
/// the whole tensor, else the rows (q/k/v) or columns (out_proj) of that attention head.
struct ParameterBucket {
    int layer = -1;
    std::string module;       ///< "self_attn.q_proj", "fc1", "self_attn_layer_norm.weight", "lm_heads.2" ...
    int head = -1;            ///< -1 = whole tensor
    std::string parameterKey; ///< Hugging Face key of the tensor, e.g. decoder.lm_heads.2.weight
};

/// Gradients of one target.
struct TargetGradients {
    GradientTarget target;
    double nll = 0.0;                   ///< the differentiated loss (nats)
    std::int64_t lastPosition = 0;      ///< last decoder input position the loss depends on
    std::vector<float> activationNorms; ///< [layers + 1, positions]: ||dl/dh_l[s]||, l = 0 embeddings
    std::vector<float> parameterNorms;  ///< [buckets]: ||dl/dW||_F per bucket
};

/// Everything a gradient run produced. positions = decoder input length (T + K - 1 delayed, T - 1
/// noiseloss); activation rows are the embedding output (0) and the output of each layer (1..L).
struct GradientResult {
    Alignment alignment = Alignment::Delayed;
    GradientMethod method = GradientMethod::Fast;
    int layers = 0;
    int codebooks = 0;
    std::int64_t frames = 0;    ///< T of the scored codes
    std::int64_t positions = 0; ///< decoder input positions
    std::vector<ParameterBucket> buckets;
    std::vector<TargetGradients> targets; ///< in the order requested
    double seconds = 0.0;                 ///< wall-clock time of the run

    float activationNorm(std::size_t target, int layer, std::int64_t position) const {
        return targets[target].activationNorms[static_cast<std::size_t>(layer * positions + position)];
    }
};

/// Progress of a run, reported after every finished target.
struct GradientProgress {
    std::size_t completedTargets = 0;
    std::size_t totalTargets = 0;
    double elapsedSeconds = 0.0;
    double remainingSeconds = 0.0; ///< estimate from the average time per target so far
};

/// Called from the computing thread after each target (partial results). `index` is the target's
/// position in GradientParams::targets.
using TargetCallback = std::function<void(std::size_t index, const TargetGradients& gradients,
                                          const GradientProgress& progress)>;

/// Settings of one run.
struct GradientParams {
    Alignment alignment = Alignment::Delayed;
    GradientMethod method = GradientMethod::Fast;
    std::vector<GradientTarget> targets;
    bool float64 = false;      ///< compute in double precision (slow; for verification)
    int targetsPerForward = 8; ///< fast: targets sharing one prefix forward (sorted by position)
    /// fast, float32 CPU: oneDNN-packed weights for the linears' forward and backward. Off by default:
    /// on the idle 2-core machine plain matmul (OpenBLAS) was faster on both the demo model and the
    /// musicgen-small shape (docs/performance.md, Gradients).
    bool prepackedBackward = false;
};

GradientParams defaultGradientParams();

/// The study's layer x token map (noiseloss-method.md, phase 6) for a list of targets: for target j,
/// ||dl_j/dh_l[p_j]|| at its own position p_j (the last decoder position its loss depends on) for the
/// embedding output (row 0) and every layer output, i.e. exactly
/// GradientResult::activationNorm(j, l, lastPosition) of the full protocol, from a few backward
/// passes over the whole clip instead of one per target (computeSelfPositionNorms).
struct SelfPositionNorms {
    Alignment alignment = Alignment::Delayed;
    int layers = 0;
    std::int64_t positions = 0;
    std::vector<GradientTarget> targets;    ///< in the order requested
    std::vector<std::int64_t> lastPosition; ///< per target
    std::vector<double> nll;                ///< per target: its whole loss (all its terms)
    std::vector<float> norms;               ///< [layers + 1, targets] row-major
    int backwardPasses = 0;                 ///< one per target sharing a position with another
    double seconds = 0.0;

    float at(int row, std::size_t target) const {
        return norms[static_cast<std::size_t>(row) * targets.size() + target];
    }
};
const char* gradientMethodName(GradientMethod method);
/// "fast" / "naive"; throws Error otherwise.
GradientMethod parseGradientMethod(const std::string& name);

} // namespace noiseloss
