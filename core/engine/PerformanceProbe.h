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

/// Peak resident set size of this process so far, bytes (getrusage).
std::int64_t peakResidentBytes();

} // namespace noiseloss
