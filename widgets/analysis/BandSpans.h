#pragma once

#include "widgets/ShadedSpan.h"
#include "widgets/analysis/AnalysisViewData.h"

#include <vector>

namespace noiseloss {

/// The Peak / Assimilation / Recovery bands of every region of `data` as spans in seconds of the
/// ORIGINAL clip, coloured as in the loss chart (AnalysisStyle), for shading the waveform. Empty
/// bands are left out. GUI thread (names are translated).
std::vector<ShadedSpan> studyBandSpans(const AnalysisViewData& data);

} // namespace noiseloss
