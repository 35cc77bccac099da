#include "perturb/PlanValidation.h"

#include "perturb/PlanNames.h"
#include "perturb/RegionSpan.h"
#include "util/Error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace noiseloss {
namespace {

std::string seconds(double value) {
    char text[48];
    std::snprintf(text, sizeof(text), "%.2f s", value);
    return text;
}

class ProblemList {
public:
    explicit ProblemList(const PerturbationPlan& plan) : m_plan(plan) {}
    void add(std::size_t index, const std::string& what) {
        m_problems.push_back(
            {static_cast<int>(index), describeRegion(index, m_plan.regions[index]) + ": " + what});
    }
    void addForPlan(const std::string& what) { m_problems.push_back({-1, what}); }
    std::vector<PlanProblem> take() { return std::move(m_problems); }

private:
    const PerturbationPlan& m_plan;
    std::vector<PlanProblem> m_problems;
};

void checkTimes(ProblemList& problems, std::size_t i, const Region& region, double clipSeconds,
                const TokenTimeMap& tokens) {
    if (!std::isfinite(region.startSeconds) || !std::isfinite(region.endSeconds)) {
        problems.add(i, "start and end must be finite numbers of seconds");
        return;
    }
    if (region.startSeconds >= region.endSeconds)
        problems.add(i, "starts at " + seconds(region.startSeconds) + ", not before its end " +
                            seconds(region.endSeconds));
    if (region.startSeconds < 0.0)
        problems.add(i, "starts before the clip (before 0 s)");
    const double halfSample = 0.5 / tokens.sampleRate;
    if (region.endSeconds > clipSeconds + halfSample)
        problems.add(i, "ends after the clip (" + seconds(clipSeconds) + ")");
}

void checkAlignment(ProblemList& problems, std::size_t i, const char* edge, double value,
                    const TokenTimeMap& tokens) {
    if (isOnFrameBoundary(value, tokens))
        return;
    char text[160];
    std::snprintf(text, sizeof(text),
                  "%s %.6g s is not on a token-frame boundary (%.6g ms frames); snap it to the grid", edge,
                  value, 1000.0 / tokens.framesPerSecond());
    problems.add(i, text);
}

void checkParameters(ProblemList& problems, std::size_t i, const Region& region, double clipSeconds,
                     const TokenTimeMap& tokens) {
    if (region.kind == RegionKind::Noise) {
        if (!std::isfinite(region.levelDb))
            problems.add(i, "the noise level must be a finite number of dB");
        if (region.method == NoiseMethod::NoiseLoss && region.color == NoiseColor::Violet)
            problems.add(i, "colour violet is not defined by the noiseloss filters (use method spectral)");
    } else if (region.kind == RegionKind::Shuffle) {
        if (region.blockTokens < 1)
            problems.add(i,
                         "block length must be at least 1 token, got " + std::to_string(region.blockTokens));
        if (!(region.fraction > 0.0 && region.fraction <= 1.0))
            problems.add(i, "fraction must be in (0, 1], got " + std::to_string(region.fraction));
        checkAlignment(problems, i, "start", region.startSeconds, tokens);
        const auto regionTokens = static_cast<long long>(
            std::floor(region.lengthSeconds() * tokens.framesPerSecond() + 0.5 / tokens.hopSamples));
        if (region.blockTokens >= 1 && regionTokens < 2LL * region.blockTokens)
            problems.add(i, "spans " + std::to_string(regionTokens) +
                                " tokens, too short for two blocks of " + std::to_string(region.blockTokens) +
                                " tokens");
    } else if (region.kind == RegionKind::Delete) {
        checkAlignment(problems, i, "start", region.startSeconds, tokens);
        // The clip's own end may fall inside its last (partial) frame: cutting to it is fine.
        if (std::fabs(region.endSeconds - clipSeconds) > 0.5 / tokens.sampleRate)
            checkAlignment(problems, i, "end", region.endSeconds, tokens);
    }
}

void checkOverlaps(ProblemList& problems, const PerturbationPlan& plan) {
    std::vector<std::size_t> order(plan.regions.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return plan.regions[a].startSeconds < plan.regions[b].startSeconds;
    });
    std::size_t latest = order.empty() ? 0 : order.front();
    for (std::size_t k = 1; k < order.size(); ++k) {
        const Region& region = plan.regions[order[k]];
        if (region.startSeconds < plan.regions[latest].endSeconds)
            problems.add(order[k], "overlaps " + describeRegion(latest, plan.regions[latest]) +
                                       " (set allow_overlap to apply overlapping regions in order)");
        if (region.endSeconds > plan.regions[latest].endSeconds)
            latest = order[k];
    }
}

void checkDeletedTotal(ProblemList& problems, const PerturbationPlan& plan, double clipSeconds,
                       const TokenTimeMap& tokens) {
    const std::int64_t clipFrames = tokens.frameCountForSamples(tokens.secondsToSample(clipSeconds));
    std::vector<bool> deleted(static_cast<std::size_t>(std::max<std::int64_t>(clipFrames, 0)), false);
    for (const Region& region : plan.regions) {
        if (region.kind != RegionKind::Delete || !std::isfinite(region.startSeconds) ||
            !std::isfinite(region.endSeconds))
            continue;
        const IndexSpan span = regionFrameSpan(region, tokens, clipFrames);
        std::fill(deleted.begin() + span.begin, deleted.begin() + span.end, true);
    }
    if (!deleted.empty() && std::all_of(deleted.begin(), deleted.end(), [](bool d) { return d; }))
        problems.addForPlan("the delete regions remove every token of the clip");
}

} // namespace

std::vector<PlanProblem> validatePlan(const PerturbationPlan& plan, double clipSeconds,
                                      const TokenTimeMap& tokens) {
    ProblemList problems(plan);
    if (tokens.sampleRate <= 0 || tokens.hopSamples <= 0) {
        problems.addForPlan("invalid token grid (" + std::to_string(tokens.sampleRate) + " Hz, hop " +
                            std::to_string(tokens.hopSamples) + ")");
        return problems.take();
    }
    if (!(clipSeconds > 0.0))
        problems.addForPlan("the clip is empty (" + seconds(clipSeconds) + ")");
    for (std::size_t i = 0; i < plan.regions.size(); ++i) {
        checkTimes(problems, i, plan.regions[i], clipSeconds, tokens);
        checkParameters(problems, i, plan.regions[i], clipSeconds, tokens);
    }
    if (!plan.allowOverlap)
        checkOverlaps(problems, plan);
    checkDeletedTotal(problems, plan, clipSeconds, tokens);
    return problems.take();
}

void requireValidPlan(const PerturbationPlan& plan, double clipSeconds, const TokenTimeMap& tokens) {
    const std::vector<PlanProblem> problems = validatePlan(plan, clipSeconds, tokens);
    if (problems.empty())
        return;
    std::string message = "plan does not fit the " + seconds(clipSeconds) + " clip: ";
    for (std::size_t i = 0; i < problems.size(); ++i)
        message += (i ? "; " : "") + problems[i].message;
    throw Error(message);
}

PerturbationPlan snapPlanToFrames(const PerturbationPlan& plan, const TokenTimeMap& tokens) {
    PerturbationPlan snapped = plan;
    for (Region& region : snapped.regions) {
        region.startSeconds = tokens.snapSeconds(region.startSeconds);
        region.endSeconds = tokens.snapSeconds(region.endSeconds);
    }
    return snapped;
}

} // namespace noiseloss
