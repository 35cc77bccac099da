#include "engine/grads/GradientTargets.h"

#include "util/Error.h"

#include <algorithm>
#include <set>

namespace noiseloss {
namespace {

std::int64_t parseFrame(const std::string& text, const std::string& spec) {
    try {
        std::size_t used = 0;
        const long long value = std::stoll(text, &used);
        if (used == text.size() && value >= 0)
            return value;
    } catch (const std::exception&) {
    }
    throw Error("targets '" + spec + "': '" + text +
                "' is not a frame number (use all, T0:T1, every:N or T0:T1+every:N)");
}

std::int64_t firstScoredFrame(Alignment alignment) {
    return alignment == Alignment::NoiseLoss ? 1 : 0;
}

void appendFrame(std::vector<GradientTarget>& targets, std::int64_t frame, int codebooks, bool perCodebook) {
    if (!perCodebook) {
        targets.push_back({GradientTarget::kAllCodebooks, frame});
        return;
    }
    for (int k = 0; k < codebooks; ++k)
        targets.push_back({k, frame});
}

} // namespace

TargetSelection parseTargetSelection(const std::string& spec) {
    TargetSelection selection;
    if (spec == "all")
        return selection;
    std::string window = spec;
    const std::size_t plus = spec.find('+');
    const std::string everyPrefix = "every:";
    if (spec.rfind(everyPrefix, 0) == 0) {
        selection.stride = parseFrame(spec.substr(everyPrefix.size()), spec);
        selection.windowOnlyByStride = true;
        window.clear();
    } else if (plus != std::string::npos) {
        const std::string every = spec.substr(plus + 1);
        if (every.rfind(everyPrefix, 0) != 0)
            throw Error("targets '" + spec + "': expected T0:T1+every:N");
        selection.stride = parseFrame(every.substr(everyPrefix.size()), spec);
        window = spec.substr(0, plus);
    }
    if (selection.stride < 0 || (selection.windowOnlyByStride && selection.stride == 0))
        throw Error("targets '" + spec + "': the stride must be at least 1");
    if (!window.empty()) {
        const std::size_t colon = window.find(':');
        if (colon == std::string::npos)
            throw Error("targets '" + spec + "': use all, T0:T1, every:N or T0:T1+every:N");
        selection.windowBegin = parseFrame(window.substr(0, colon), spec);
        selection.windowEnd = parseFrame(window.substr(colon + 1), spec);
        if (selection.windowEnd <= selection.windowBegin)
            throw Error("targets '" + spec + "': the window T0:T1 must have T1 > T0");
    }
    return selection;
}

std::vector<GradientTarget> expandTargets(const TargetSelection& selection, std::int64_t frames,
                                          int codebooks, Alignment alignment) {
    const std::int64_t first = firstScoredFrame(alignment);
    std::vector<GradientTarget> targets;
    for (std::int64_t frame = first; frame < frames; ++frame) {
        const bool inWindow = !selection.windowOnlyByStride && frame >= selection.windowBegin &&
                              (selection.windowEnd < 0 || frame < selection.windowEnd);
        const bool onStride = selection.stride > 0 && frame % selection.stride == 0;
        if (inWindow || onStride)
            appendFrame(targets, frame, codebooks, selection.perCodebook);
    }
    if (targets.empty())
        throw Error("no target tokens: the selection lies outside frames " + std::to_string(first) + ".." +
                    std::to_string(frames - 1));
    return targets;
}

std::vector<GradientTarget> targetsForSpans(const std::vector<std::pair<std::int64_t, std::int64_t>>& spans,
                                            std::int64_t frames, int codebooks, Alignment alignment,
                                            bool perCodebook) {
    std::set<std::int64_t> chosen;
    for (const auto& [begin, end] : spans)
        for (std::int64_t frame = std::max(begin, firstScoredFrame(alignment)); frame < std::min(end, frames);
             ++frame)
            chosen.insert(frame);
    std::vector<GradientTarget> targets;
    for (const std::int64_t frame : chosen)
        appendFrame(targets, frame, codebooks, perCodebook);
    return targets;
}

std::int64_t lastPositionOf(const GradientTarget& target, int codebooks, Alignment alignment) {
    if (alignment == Alignment::NoiseLoss)
        return target.frame - 1;
    return target.frame +
           (target.codebook == GradientTarget::kAllCodebooks ? codebooks - 1 : target.codebook);
}

std::int64_t decoderPositions(std::int64_t frames, int codebooks, Alignment alignment) {
    return alignment == Alignment::NoiseLoss ? frames - 1 : frames + codebooks - 1;
}

} // namespace noiseloss
