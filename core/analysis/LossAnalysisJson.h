#pragma once

#include "analysis/LossAnalysis.h"
#include "perturb/TokenTimeMap.h"

#include <nlohmann/json_fwd.hpp>
#include <string>

namespace noiseloss {

std::string toString(BaselineSource source); ///< "full", "before-lead", "none"

/// The JSON summary written as bands.json: per region the onset token, each band's [start, end)
/// in original token frames (and seconds) with mean D, max D, length and mean losses; the
/// moving-average detector's spans; the clip means, "lowered" and the "verdict" (toString(ClipChange));
/// the alignment policy and detector constants. NaN values are written as null.
nlohmann::json lossAnalysisToJson(const LossAnalysis& analysis, const LossAnalysisParams& params,
                                  const TokenTimeMap& tokens);

} // namespace noiseloss
