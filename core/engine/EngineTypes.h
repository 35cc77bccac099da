#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace noiseloss {

/// Codes of one clip: K codebooks x T frames, row-major (codes[k * frames + t]).
struct CodeMatrix {
    int codebooks = 0;
    std::int64_t frames = 0;
    std::vector<std::int64_t> codes;

    std::int64_t at(int k, std::int64_t t) const { return codes[static_cast<std::size_t>(k * frames + t)]; }
    bool operator==(const CodeMatrix&) const = default;
};

/// How per-token NLL is aligned with the codes.
enum class Alignment {
    Delayed,  ///< the model's true likelihood with the delay pattern: NLL[k, t] for every t < T
    NoiseLoss ///< the original study's: frames 0..T-2 predict all codebooks of frame t+1 (no BOS,
              ///< no delay). Column j is frame j+1; T-1 columns. "NoiseLoss-compatible".
};

/// Per-token results of one scoring run, K x columns row-major.
struct ScoreResult {
    Alignment alignment = Alignment::Delayed;
    int codebooks = 0;
    std::int64_t columns = 0;       ///< T (delayed) or T-1 (noiseloss)
    std::int64_t firstFrame = 0;    ///< frame of column 0: 0 (delayed) or 1 (noiseloss)
    std::vector<float> nll;         ///< -log p(true code), nats
    std::vector<float> entropy;     ///< entropy of the predictive distribution, nats
    std::vector<std::int32_t> rank; ///< rank of the true code (0 = most likely)
    std::vector<std::int32_t> top5; ///< K x columns x 5 most likely codes

    float nllAt(int k, std::int64_t column) const {
        return nll[static_cast<std::size_t>(k * columns + column)];
    }
    /// Mean over codebooks per column (the study's per-token value L[t]).
    std::vector<float> meanNllPerColumn() const;
    double meanNll() const;
};

/// Progress and cancellation for a run. `progress` is called from the running thread with a
/// stage name ("encode", "score", ...) and a fraction in [0, 1]; `cancel` is polled between
/// chunks, and a set flag makes the run throw noiseloss::Cancelled.
struct RunControl {
    std::function<void(const std::string& stage, double fraction)> progress;
    const std::atomic<bool>* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(const std::string& stage, double fraction) const {
        if (progress)
            progress(stage, fraction);
    }
};

/// Where and how the engine computes.
struct EngineOptions {
    std::string device = "cpu"; ///< "cpu" or "cuda" (when LibTorch was built with CUDA)
    int threads = 0;            ///< intra-op threads; 0 = LibTorch's default (physical cores: 1 on 2 vCPUs)
    /// CPU only: convert the decoder's linear weights once to the oneDNN (mkldnn) layout at load
    /// (faster GEMMs, same memory). Such weights are inference-only; set false for gradients.
    bool oneDnnLinear = true;
};

} // namespace noiseloss
