#pragma once

namespace noiseloss {

/// How LossChartView draws the loss difference D.
enum class DifferenceStyle {
    Bars, ///< one bar per token, red where D > 0 and blue where D < 0 (the study's figure 1)
    Line  ///< a continuous line
};

/// What LossChartView shows. A plain value type.
struct LossChartSettings {
    int codebook = -1;       ///< -1: mean over codebooks (the study's L[t]); otherwise 0..K-1
    int smoothingTokens = 1; ///< centred moving average length in tokens; 1 = raw values
    DifferenceStyle differenceStyle = DifferenceStyle::Bars;
    bool showOriginal = true;
    bool showPerturbed = true;
    bool showBands = true; ///< Peak / Assimilation / Recovery shading
    bool operator==(const LossChartSettings&) const = default;
};

} // namespace noiseloss
