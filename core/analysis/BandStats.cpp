#include "analysis/BandStats.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace noiseloss {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double meanOfFinite(const std::vector<float>& values, TokenSpan span) {
    double sum = 0.0;
    std::int64_t count = 0;
    for (std::int64_t i = span.begin; i < span.end; ++i) {
        const float value = values[static_cast<std::size_t>(i)];
        if (std::isfinite(value)) {
            sum += value;
            ++count;
        }
    }
    return count > 0 ? sum / static_cast<double>(count) : kNaN;
}

} // namespace

BandStats computeBandStats(const AlignedLosses& losses, TokenSpan span) {
    BandStats stats;
    stats.span.begin = std::clamp<std::int64_t>(span.begin, 0, losses.frames);
    stats.span.end = std::clamp<std::int64_t>(span.end, stats.span.begin, losses.frames);
    double sum = 0.0;
    double maximum = -std::numeric_limits<double>::infinity();
    for (std::int64_t i = stats.span.begin; i < stats.span.end; ++i) {
        const float value = losses.differenceMean[static_cast<std::size_t>(i)];
        if (!std::isfinite(value))
            continue;
        sum += value;
        maximum = std::max(maximum, static_cast<double>(value));
        ++stats.validTokens;
    }
    stats.meanDifference = stats.validTokens > 0 ? sum / static_cast<double>(stats.validTokens) : 0.0;
    stats.maxDifference = stats.validTokens > 0 ? maximum : kNaN;
    stats.meanOriginal = meanOfFinite(losses.originalMean, stats.span);
    stats.meanPerturbed = meanOfFinite(losses.perturbedMean, stats.span);
    return stats;
}

ClipStats computeClipStats(const LossCurves& original, const LossCurves& perturbed) {
    ClipStats stats;
    stats.meanOriginal = original.mean();
    stats.meanPerturbed = perturbed.mean();
    stats.difference = stats.meanPerturbed - stats.meanOriginal;
    stats.change = classifyClipChange(stats.meanOriginal, stats.meanPerturbed);
    stats.lowered = stats.change == ClipChange::Lowered;
    return stats;
}

ClipChange classifyClipChange(double meanOriginal, double meanPerturbed) {
    if (!std::isfinite(meanOriginal) || !std::isfinite(meanPerturbed))
        return ClipChange::Undetermined;
    // A plain `<` called an unperturbed clip (identical means, or means that differ in the last
    // bits) "raised"; a tolerance relative to the loss scale separates rounding from effects.
    const double tolerance = kClipUnchangedRelativeTolerance * std::max(1.0, std::abs(meanOriginal));
    const double difference = meanPerturbed - meanOriginal;
    if (std::abs(difference) <= tolerance)
        return ClipChange::Unchanged;
    return difference < 0.0 ? ClipChange::Lowered : ClipChange::Raised;
}

const char* toString(ClipChange change) {
    switch (change) {
    case ClipChange::Lowered:
        return "lowered";
    case ClipChange::Unchanged:
        return "unchanged";
    case ClipChange::Raised:
        return "raised";
    case ClipChange::Undetermined:
        break;
    }
    return "undetermined";
}

} // namespace noiseloss
