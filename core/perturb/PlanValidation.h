#pragma once

#include "perturb/PerturbationPlan.h"
#include "perturb/TokenTimeMap.h"

#include <string>
#include <vector>

namespace noiseloss {

/// One problem with a plan, with the index of the region it concerns (-1 for the plan).
struct PlanProblem {
    int regionIndex = -1;
    std::string message; ///< e.g. "region 2 (noise 5.00-7.00 s) ends after the clip (6.20 s)"
};

/// Checks a plan against a clip of `clipSeconds`: start < end, inside [0, clipSeconds], no overlaps
/// (unless plan.allowOverlap), sensible parameters (block length >= 1, fraction in (0, 1], level finite,
/// shuffle region long enough for two blocks). Returns every problem; empty means valid.
std::vector<PlanProblem> validatePlan(const PerturbationPlan& plan, double clipSeconds,
                                      const TokenTimeMap& tokens = {});

/// Throws Error listing every problem when the plan is invalid.
void requireValidPlan(const PerturbationPlan& plan, double clipSeconds, const TokenTimeMap& tokens = {});

/// Returns a copy with every region edge moved to the nearest token-frame boundary.
PerturbationPlan snapPlanToFrames(const PerturbationPlan& plan, const TokenTimeMap& tokens);

} // namespace noiseloss
