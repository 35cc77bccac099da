#include "playback/PerturbedTimeline.h"

#include <algorithm>

namespace noiseloss {

PerturbedTimeline::PerturbedTimeline(std::vector<SampleSpan> deletedSpans) {
    std::sort(deletedSpans.begin(), deletedSpans.end(),
              [](const SampleSpan& a, const SampleSpan& b) { return a.beginSample < b.beginSample; });
    for (SampleSpan span : deletedSpans) {
        span.beginSample = std::max<std::int64_t>(0, span.beginSample);
        if (span.endSample <= span.beginSample)
            continue;
        if (!m_deletedSpans.empty() && span.beginSample <= m_deletedSpans.back().endSample)
            m_deletedSpans.back().endSample = std::max(m_deletedSpans.back().endSample, span.endSample);
        else
            m_deletedSpans.push_back(span);
    }
}

PerturbedTimeline PerturbedTimeline::fromPlan(const PerturbationPlan& plan, const TokenTimeMap& tokens,
                                              std::int64_t originalSampleCount) {
    std::vector<SampleSpan> spans;
    for (const Region& region : plan.regions) {
        if (region.kind != RegionKind::Delete)
            continue;
        SampleSpan span{tokens.secondsToSample(region.startSeconds),
                        tokens.secondsToSample(region.endSeconds)};
        span.beginSample = std::clamp<std::int64_t>(span.beginSample, 0, originalSampleCount);
        span.endSample = std::clamp<std::int64_t>(span.endSample, 0, originalSampleCount);
        spans.push_back(span);
    }
    return PerturbedTimeline(std::move(spans));
}

std::int64_t PerturbedTimeline::originalToPerturbed(std::int64_t originalSample) const {
    std::int64_t removedBefore = 0;
    for (const SampleSpan& span : m_deletedSpans) {
        if (originalSample < span.beginSample)
            break;
        if (originalSample < span.endSample)
            return span.beginSample - removedBefore;
        removedBefore += span.length();
    }
    return originalSample - removedBefore;
}

std::int64_t PerturbedTimeline::perturbedToOriginal(std::int64_t perturbedSample) const {
    std::int64_t original = perturbedSample;
    for (const SampleSpan& span : m_deletedSpans) {
        if (original < span.beginSample)
            break;
        original += span.length();
    }
    return original;
}

std::int64_t PerturbedTimeline::deletedSampleCount() const {
    std::int64_t total = 0;
    for (const SampleSpan& span : m_deletedSpans)
        total += span.length();
    return total;
}

std::vector<float> PerturbedTimeline::expandToOriginal(const std::vector<float>& perturbedSamples,
                                                       std::int64_t originalSampleCount) const {
    std::vector<float> expanded(static_cast<std::size_t>(std::max<std::int64_t>(0, originalSampleCount)),
                                0.0f);
    const auto perturbedCount = static_cast<std::int64_t>(perturbedSamples.size());
    std::int64_t originalPosition = 0;
    std::int64_t perturbedPosition = 0;
    auto copyUntil = [&](std::int64_t originalEnd) {
        const std::int64_t count = std::max<std::int64_t>(
            0, std::min(originalEnd - originalPosition, perturbedCount - perturbedPosition));
        std::copy_n(perturbedSamples.begin() + perturbedPosition, count, expanded.begin() + originalPosition);
        perturbedPosition += count;
    };
    for (const SampleSpan& span : m_deletedSpans) {
        const std::int64_t begin = std::min(span.beginSample, originalSampleCount);
        copyUntil(begin);
        originalPosition = std::min(span.endSample, originalSampleCount);
    }
    copyUntil(originalSampleCount);
    return expanded;
}

} // namespace noiseloss
