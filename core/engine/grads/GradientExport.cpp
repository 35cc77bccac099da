#include "engine/grads/GradientExport.h"

#include "engine/ScoreExport.h"
#include "engine/ScoreParams.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <fstream>

namespace noiseloss {
namespace {

void writeJson(const std::filesystem::path& path, const nlohmann::json& json) {
    std::ofstream stream(path);
    stream << json.dump(2) << "\n";
    if (!stream)
        throw Error(path.string() + ": cannot write");
}

nlohmann::json nullable(int value) {
    return value < 0 ? nlohmann::json(nullptr) : nlohmann::json(value);
}

} // namespace

nlohmann::json bucketsToJson(const std::vector<ParameterBucket>& buckets) {
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t i = 0; i < buckets.size(); ++i)
        list.push_back({{"index", i},
                        {"layer", nullable(buckets[i].layer)},
                        {"module", buckets[i].module},
                        {"head", nullable(buckets[i].head)},
                        {"parameter", buckets[i].parameterKey}});
    return list;
}

void writeGradientDirectory(const std::filesystem::path& directory, const GradientResult& result,
                            const ModelInfo& model, const nlohmann::json& settings) {
    std::filesystem::create_directories(directory);
    const auto count = static_cast<std::int64_t>(result.targets.size());
    std::vector<float> activations, parameters;
    nlohmann::json targets = nlohmann::json::array();
    for (std::size_t i = 0; i < result.targets.size(); ++i) {
        const TargetGradients& target = result.targets[i];
        activations.insert(activations.end(), target.activationNorms.begin(), target.activationNorms.end());
        parameters.insert(parameters.end(), target.parameterNorms.begin(), target.parameterNorms.end());
        targets.push_back({{"row", i},
                           {"codebook", nullable(target.target.codebook)},
                           {"frame", target.target.frame},
                           {"last_position", target.lastPosition},
                           {"nll", target.nll}});
    }
    writeNpy(directory / "act_grad_norms.npy", {count, result.layers + 1, result.positions}, activations);
    writeNpy(directory / "param_grad_norms.npy", {count, static_cast<std::int64_t>(result.buckets.size())},
             parameters);
    writeJson(directory / "buckets.json", bucketsToJson(result.buckets));
    writeJson(directory / "targets.json", targets);
    nlohmann::json meta = scoreMetaJson(model, settings);
    meta["gradients"] = {{"method", gradientMethodName(result.method)},
                         {"alignment", alignmentName(result.alignment)},
                         {"seconds", result.seconds},
                         {"targets", count},
                         {"layers", result.layers},
                         {"positions", result.positions},
                         {"frames", result.frames},
                         {"buckets", result.buckets.size()},
                         {"cross_attention", "omitted: unconditional scoring skips it (zero gradient)"}};
    writeJson(directory / "meta.json", meta);
}

void writeSelfPositionDifference(const std::filesystem::path& directory, const LayerTokenMap& difference) {
    std::filesystem::create_directories(directory);
    const auto columns = static_cast<std::int64_t>(difference.columns.size());
    writeNpy(directory / "act_self_diff.npy", {difference.rows, columns}, difference.values);
    nlohmann::json list = nlohmann::json::array();
    for (std::size_t j = 0; j < difference.columns.size(); ++j)
        list.push_back({{"column", j},
                        {"codebook", nullable(difference.columns[j].codebook)},
                        {"original_frame", difference.columns[j].frame}});
    writeJson(directory / "diff_targets.json", list);
}

void writeGradientDifference(const std::filesystem::path& directory, const GradientDifference& difference,
                             std::size_t buckets) {
    writeSelfPositionDifference(directory, difference.activation);
    const auto columns = static_cast<std::int64_t>(difference.activation.columns.size());
    writeNpy(directory / "param_diff.npy", {columns, static_cast<std::int64_t>(buckets)},
             difference.parameterDifference);
}

void writeSelfPositionDirectory(const std::filesystem::path& directory, const SelfPositionNorms& norms,
                                const ModelInfo& model, const nlohmann::json& settings) {
    std::filesystem::create_directories(directory);
    const auto count = static_cast<std::int64_t>(norms.targets.size());
    nlohmann::json targets = nlohmann::json::array();
    for (std::size_t i = 0; i < norms.targets.size(); ++i)
        targets.push_back({{"row", i},
                           {"codebook", nullable(norms.targets[i].codebook)},
                           {"frame", norms.targets[i].frame},
                           {"last_position", norms.lastPosition[i]},
                           {"nll", norms.nll[i]}});
    writeNpy(directory / "act_self_norms.npy", {norms.layers + 1, count}, norms.norms);
    writeJson(directory / "targets.json", targets);
    nlohmann::json meta = scoreMetaJson(model, settings);
    meta["gradients"] = {{"method", "self"},
                         {"alignment", alignmentName(norms.alignment)},
                         {"seconds", norms.seconds},
                         {"targets", count},
                         {"layers", norms.layers},
                         {"positions", norms.positions},
                         {"backward_passes", norms.backwardPasses},
                         {"values", "||dl/dh_l|| at each target's own (last) position only"}};
    writeJson(directory / "meta.json", meta);
}

} // namespace noiseloss
