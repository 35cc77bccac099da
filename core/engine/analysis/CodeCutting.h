#pragma once

#include "engine/EngineTypes.h"
#include "perturb/PerturbationPlan.h"
#include "perturb/TokenTimeMap.h"

namespace noiseloss {

/// The study's token deletion: removes the frames [p, p+N) of every Delete region from `codes`
/// (p = round(start x fps), p+N = round(end x fps), clamped to the clip) and concatenates the rest.
/// Regions of other kinds are ignored. Pure function.
CodeMatrix cutDeletedFrames(const CodeMatrix& codes, const PerturbationPlan& plan,
                            const TokenTimeMap& tokens);

} // namespace noiseloss
