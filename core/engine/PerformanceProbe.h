#pragma once

#include "engine/MusicModel.h"

#include <cstdint>

namespace noiseloss {

/// Achieved rate of one float32 GEMM shape [m x k] * [k x n] through each path LibTorch offers
/// on the CPU, in GFLOP/s (2 m n k flops per product).
struct GemmRates {
    double oneDnnGflops = 0.0; ///< at::mkldnn_linear with a weight converted to the oneDNN layout once
    double blasGflops = 0.0;   ///< at::mm on dense tensors (the system BLAS sgemm)
};

/// Times `repeats` products per path after one warm-up (current thread count). Seconds-scale.
GemmRates measureGemmRates(std::int64_t m, std::int64_t n, std::int64_t k, int repeats = 5);

/// Floating-point operations of one teacher-forced decoder pass over `positions` inputs:
/// projections and FFN 2 (4 d^2 + 2 d ffn) per layer and position, attention 4 d S^2 per layer
/// (scores and weighted sum over the full causal square, as computed), heads 2 K V d per position.
double decoderForwardFlops(const DecoderConfig& config, std::int64_t positions);

/// FLOP model of one gradient target whose loss is read at decoder position `prefix - 1` of a
/// `positions`-long clip (docs/performance.md, Gradients), counting the GEMM-shaped work only:
/// naive = backward over the whole clip with input and weight gradients (its shared forward is
/// left out); fast = input-gradient backward over the prefix (the last layer: keys and values only),
/// attention backward over the prefix, parameter norms as the fast method forms them (syrk ghost
/// norms while the prefix is no longer than the linear's input width, else G^T A) and its share of
/// one prefix forward per `targetsPerForward` targets.
struct GradientTargetFlops {
    double naive = 0.0;
    double fast = 0.0;
};
GradientTargetFlops gradientTargetFlops(const DecoderConfig& config, std::int64_t positions,
                                        std::int64_t prefix, int targetsPerForward);

/// Peak resident set size of this process so far, bytes (getrusage).
std::int64_t peakResidentBytes();

} // namespace noiseloss
