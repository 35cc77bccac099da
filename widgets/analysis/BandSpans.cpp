#include "widgets/analysis/BandSpans.h"

#include "widgets/analysis/AnalysisStyle.h"

namespace noiseloss {

std::vector<ShadedSpan> studyBandSpans(const AnalysisViewData& data) {
    std::vector<ShadedSpan> spans;
    const auto add = [&](TokenSpan span, StudyBand band) {
        if (span.empty())
            return;
        spans.push_back({data.tokens.frameToSeconds(span.begin), data.tokens.frameToSeconds(span.end),
                         AnalysisStyle::bandColor(band), AnalysisStyle::bandName(band)});
    };
    for (const RegionAnalysis& region : data.analysis.regions) {
        add(region.bands.peak, StudyBand::Peak);
        add(region.bands.assimilation, StudyBand::Assimilation);
        add(region.bands.recovery, StudyBand::Recovery);
    }
    return spans;
}

} // namespace noiseloss
