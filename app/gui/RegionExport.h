#pragma once

#include "perturb/PerturbationPlan.h"
#include "perturb/TokenTimeMap.h"

#include <string>

namespace noiseloss {

/// Text exports of a plan's regions. Pure functions; any thread.
class RegionExport {
public:
    /// Audacity label track: one "start<TAB>end<TAB>label" line per region, seconds with 6 decimals.
    /// The label is the region's label, else the kind ("noise seed=<seed>" for seeded kinds).
    static std::string toAudacityLabels(const PerturbationPlan& plan);
    /// CSV with a header row: kind, start/end in seconds and token frames, and every parameter.
    static std::string toCsv(const PerturbationPlan& plan, const TokenTimeMap& tokens);
};

} // namespace noiseloss
