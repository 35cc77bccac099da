#include "engine/grads/GradientAggregates.h"

#include "util/Error.h"

#include <map>
#include <utility>

namespace noiseloss {
namespace {

std::vector<float> selfPositionColumn(const GradientResult& result, std::size_t target) {
    std::vector<float> column(static_cast<std::size_t>(result.layers + 1));
    for (int layer = 0; layer <= result.layers; ++layer)
        column[static_cast<std::size_t>(layer)] =
            result.activationNorm(target, layer, result.targets[target].lastPosition);
    return column;
}

/// Fills a row-major [rows, columns] map from per-column vectors.
LayerTokenMap assemble(int rows, std::vector<GradientTarget> columns,
                       const std::vector<std::vector<float>>& values) {
    LayerTokenMap map;
    map.rows = rows;
    map.columns = std::move(columns);
    map.values.resize(static_cast<std::size_t>(rows) * map.columns.size());
    for (std::size_t j = 0; j < map.columns.size(); ++j)
        for (int r = 0; r < rows; ++r)
            map.values[static_cast<std::size_t>(r) * map.columns.size() + j] =
                values[j][static_cast<std::size_t>(r)];
    return map;
}

} // namespace

GradientMean meanOverFrames(const GradientResult& result, std::int64_t frameBegin, std::int64_t frameEnd) {
    GradientMean mean;
    mean.activationNorms.assign(static_cast<std::size_t>((result.layers + 1) * result.positions), 0.0f);
    mean.parameterNorms.assign(result.buckets.size(), 0.0f);
    for (const TargetGradients& target : result.targets) {
        if (target.target.frame < frameBegin || target.target.frame >= frameEnd)
            continue;
        ++mean.targetCount;
        for (std::size_t i = 0; i < mean.activationNorms.size(); ++i)
            mean.activationNorms[i] += target.activationNorms[i];
        for (std::size_t i = 0; i < mean.parameterNorms.size(); ++i)
            mean.parameterNorms[i] += target.parameterNorms[i];
    }
    const float scale = mean.targetCount > 0 ? 1.0f / static_cast<float>(mean.targetCount) : 0.0f;
    for (float& value : mean.activationNorms)
        value *= scale;
    for (float& value : mean.parameterNorms)
        value *= scale;
    return mean;
}

LayerTokenMap selfPositionMap(const GradientResult& result) {
    std::vector<GradientTarget> columns;
    std::vector<std::vector<float>> values;
    for (std::size_t j = 0; j < result.targets.size(); ++j) {
        columns.push_back(result.targets[j].target);
        values.push_back(selfPositionColumn(result, j));
    }
    return assemble(result.layers + 1, std::move(columns), values);
}

namespace {

/// (perturbed target, original target) pairs with the same codebook whose frames the frame map
/// pairs, ordered by original frame then codebook.
using TargetMatches = std::map<std::pair<std::int64_t, int>, std::pair<std::size_t, std::size_t>>;

TargetMatches matchTargets(const std::vector<GradientTarget>& perturbed,
                           const std::vector<GradientTarget>& original,
                           const std::vector<std::int64_t>& perturbedToOriginal) {
    std::map<std::pair<std::int64_t, int>, std::size_t> originalIndex;
    for (std::size_t i = 0; i < original.size(); ++i)
        originalIndex[{original[i].frame, original[i].codebook}] = i;
    TargetMatches matches;
    for (std::size_t i = 0; i < perturbed.size(); ++i) {
        const GradientTarget& target = perturbed[i];
        if (target.frame < 0 || target.frame >= static_cast<std::int64_t>(perturbedToOriginal.size()))
            continue;
        const std::int64_t originalFrame = perturbedToOriginal[static_cast<std::size_t>(target.frame)];
        const auto found = originalIndex.find({originalFrame, target.codebook});
        if (originalFrame >= 0 && found != originalIndex.end())
            matches[{originalFrame, target.codebook}] = {i, found->second};
    }
    return matches;
}

std::vector<GradientTarget> targetsOf(const GradientResult& result) {
    std::vector<GradientTarget> targets;
    for (const TargetGradients& target : result.targets)
        targets.push_back(target.target);
    return targets;
}

std::vector<float> selfPositionColumn(const SelfPositionNorms& norms, std::size_t target) {
    std::vector<float> column(static_cast<std::size_t>(norms.layers + 1));
    for (int layer = 0; layer <= norms.layers; ++layer)
        column[static_cast<std::size_t>(layer)] = norms.at(layer, target);
    return column;
}

/// Perturbed target i minus original target j, per layer row, at each one's own position.
template <typename Result>
std::vector<float> selfPositionDifference(const Result& perturbed, std::size_t i, const Result& original,
                                          std::size_t j) {
    std::vector<float> column = selfPositionColumn(perturbed, i);
    const std::vector<float> reference = selfPositionColumn(original, j);
    for (std::size_t r = 0; r < column.size(); ++r)
        column[r] -= reference[r];
    return column;
}

} // namespace

GradientDifference differenceOnAlignedTokens(const GradientResult& perturbed, const GradientResult& original,
                                             const std::vector<std::int64_t>& perturbedToOriginal) {
    if (perturbed.layers != original.layers || perturbed.buckets.size() != original.buckets.size())
        throw Error("gradient difference: the two results come from different models");
    const TargetMatches matches =
        matchTargets(targetsOf(perturbed), targetsOf(original), perturbedToOriginal);
    GradientDifference difference;
    std::vector<GradientTarget> columns;
    std::vector<std::vector<float>> values;
    for (const auto& [key, pair] : matches) {
        columns.push_back({key.second, key.first});
        values.push_back(selfPositionDifference(perturbed, pair.first, original, pair.second));
        for (std::size_t b = 0; b < original.buckets.size(); ++b)
            difference.parameterDifference.push_back(perturbed.targets[pair.first].parameterNorms[b] -
                                                     original.targets[pair.second].parameterNorms[b]);
    }
    difference.activation = assemble(perturbed.layers + 1, std::move(columns), values);
    return difference;
}

LayerTokenMap selfPositionMap(const SelfPositionNorms& norms) {
    std::vector<std::vector<float>> values;
    for (std::size_t j = 0; j < norms.targets.size(); ++j)
        values.push_back(selfPositionColumn(norms, j));
    return assemble(norms.layers + 1, norms.targets, values);
}

LayerTokenMap differenceOnAlignedTokens(const SelfPositionNorms& perturbed, const SelfPositionNorms& original,
                                        const std::vector<std::int64_t>& perturbedToOriginal) {
    if (perturbed.layers != original.layers)
        throw Error("gradient difference: the two results come from different models");
    std::vector<GradientTarget> columns;
    std::vector<std::vector<float>> values;
    for (const auto& [key, pair] : matchTargets(perturbed.targets, original.targets, perturbedToOriginal)) {
        columns.push_back({key.second, key.first});
        values.push_back(selfPositionDifference(perturbed, pair.first, original, pair.second));
    }
    return assemble(perturbed.layers + 1, std::move(columns), values);
}

} // namespace noiseloss
