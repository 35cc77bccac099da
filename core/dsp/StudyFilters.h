#pragma once

#include "dsp/IirFilter.h"
#include "perturb/PerturbationPlan.h"

#include <optional>

namespace noiseloss {

/// The NoiseLoss study's colouring filters (noiseloss-method.md), coefficients relative to Nyquist
/// so they apply unchanged at any sample rate:
///   pink  1st-order Butterworth low-pass at 0.2 Nyquist
///   brown 2nd-order Butterworth low-pass at 0.1 Nyquist
///   blue  first difference
/// Returns nullopt for white (no filter). Throws Error for violet, which the study does not define.
std::optional<IirFilter> studyFilterFor(NoiseColor color);

} // namespace noiseloss
