#pragma once

#include "analysis/TokenAlignment.h"

#include <vector>

namespace noiseloss {

/// Which curve of the aligned losses to draw.
enum class LossCurveKind { Original, Perturbed, Difference };

/// The per-token values of one curve on the ORIGINAL frames 0..T-1: the mean over codebooks when
/// `codebook` is -1, else that codebook's row. NaN where the run has no value. Pure function.
std::vector<float> selectLossCurve(const AlignedLosses& losses, LossCurveKind kind, int codebook);

/// Centred moving average over `taps` tokens (taps <= 1 returns `values`); NaN entries are skipped and
/// a window with no finite value gives NaN; windows at the edges use the taps that exist. An even
/// `taps` is rounded up to the next odd length so the window stays centred. Pure function.
std::vector<float> smoothCentred(const std::vector<float>& values, int taps);

} // namespace noiseloss
