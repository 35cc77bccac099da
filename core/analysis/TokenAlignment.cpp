#include "analysis/TokenAlignment.h"

#include "util/Error.h"

#include <cmath>
#include <limits>

namespace noiseloss {
namespace {

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

void requireCompatible(const LossCurves& original, const LossCurves& perturbed, std::int64_t frames) {
    if (original.codebooks != perturbed.codebooks)
        throw Error("loss alignment: the original run has " + std::to_string(original.codebooks) +
                    " codebooks, the perturbed run " + std::to_string(perturbed.codebooks));
    if (original.firstFrame != perturbed.firstFrame)
        throw Error("loss alignment: the original and perturbed runs use different alignments "
                    "(first scored frame " +
                    std::to_string(original.firstFrame) + " vs " + std::to_string(perturbed.firstFrame) +
                    ")");
    for (const LossCurves* curves : {&original, &perturbed})
        if (curves->nll.size() != static_cast<std::size_t>(curves->codebooks * curves->columns))
            throw Error("loss alignment: NLL array size does not match codebooks x columns");
    if (original.firstFrame + original.columns > frames)
        throw Error("loss alignment: the original run scores " + std::to_string(original.columns) +
                    " columns but the clip has only " + std::to_string(frames) + " frames");
}

/// For each original frame, the perturbed frame paired with it (-1 for none).
std::vector<std::int64_t> pairFrames(const FrameIndexMap& map, std::int64_t frames,
                                     std::int64_t perturbedFrames, AlignmentPolicy policy) {
    std::vector<std::int64_t> pairs(static_cast<std::size_t>(frames), -1);
    if (policy == AlignmentPolicy::IndexWiseTruncation) {
        for (std::int64_t frame = 0; frame < std::min(frames, perturbedFrames); ++frame)
            pairs[static_cast<std::size_t>(frame)] = frame;
        return pairs;
    }
    const auto& toOriginal = map.perturbedToOriginal;
    for (std::size_t perturbedFrame = 0; perturbedFrame < toOriginal.size(); ++perturbedFrame) {
        const std::int64_t originalFrame = toOriginal[perturbedFrame];
        if (originalFrame < 0)
            continue;
        if (originalFrame >= frames)
            throw Error("loss alignment: the frame map points to original frame " +
                        std::to_string(originalFrame) + " but the clip has " + std::to_string(frames) +
                        " frames");
        auto& slot = pairs[static_cast<std::size_t>(originalFrame)];
        if (slot < 0)
            slot = static_cast<std::int64_t>(perturbedFrame);
    }
    return pairs;
}

float meanOfFinite(const std::vector<float>& values, std::size_t first, std::size_t stride, int count) {
    double sum = 0.0;
    int used = 0;
    for (int i = 0; i < count; ++i) {
        const float value = values[first + static_cast<std::size_t>(i) * stride];
        if (std::isfinite(value)) {
            sum += value;
            ++used;
        }
    }
    return used > 0 ? static_cast<float>(sum / used) : kNaN;
}

} // namespace

std::string toString(AlignmentPolicy policy) {
    return policy == AlignmentPolicy::FrameMap ? "frame-map" : "index-wise-truncation (study compatibility)";
}

AlignedLosses alignLosses(const LossCurves& original, const LossCurves& perturbed, const FrameIndexMap& map,
                          AlignmentPolicy policy) {
    const std::int64_t frames =
        map.originalFrameCount > 0 ? map.originalFrameCount : original.firstFrame + original.columns;
    requireCompatible(original, perturbed, frames);
    const std::int64_t perturbedFrames = policy == AlignmentPolicy::FrameMap
                                             ? static_cast<std::int64_t>(map.perturbedToOriginal.size())
                                             : perturbed.firstFrame + perturbed.columns;

    AlignedLosses result;
    result.policy = policy;
    result.codebooks = original.codebooks;
    result.frames = frames;
    result.perturbedFrameOf = pairFrames(map, frames, perturbedFrames, policy);
    const std::size_t cells = static_cast<std::size_t>(original.codebooks * frames);
    result.originalNll.assign(cells, kNaN);
    result.perturbedNll.assign(cells, kNaN);
    result.difference.assign(cells, kNaN);
    for (int k = 0; k < original.codebooks; ++k) {
        for (std::int64_t frame = 0; frame < frames; ++frame) {
            const std::size_t cell = result.index(k, frame);
            const std::int64_t originalColumn = frame - original.firstFrame;
            if (originalColumn >= 0 && originalColumn < original.columns)
                result.originalNll[cell] = original.at(k, originalColumn);
            const std::int64_t perturbedColumn =
                result.perturbedFrameOf[static_cast<std::size_t>(frame)] - perturbed.firstFrame;
            if (result.perturbedFrameOf[static_cast<std::size_t>(frame)] >= 0 && perturbedColumn >= 0 &&
                perturbedColumn < perturbed.columns)
                result.perturbedNll[cell] = perturbed.at(k, perturbedColumn);
            result.difference[cell] = result.perturbedNll[cell] - result.originalNll[cell];
        }
    }
    result.originalMean.resize(static_cast<std::size_t>(frames));
    result.perturbedMean.resize(static_cast<std::size_t>(frames));
    result.differenceMean.resize(static_cast<std::size_t>(frames));
    const auto stride = static_cast<std::size_t>(frames);
    for (std::int64_t frame = 0; frame < frames; ++frame) {
        const auto f = static_cast<std::size_t>(frame);
        result.originalMean[f] = meanOfFinite(result.originalNll, f, stride, original.codebooks);
        result.perturbedMean[f] = meanOfFinite(result.perturbedNll, f, stride, original.codebooks);
        result.differenceMean[f] = meanOfFinite(result.difference, f, stride, original.codebooks);
    }
    return result;
}

} // namespace noiseloss
