#include "app/gui/grads/GradientRunExport.h"

#include "engine/grads/GradientAggregates.h"
#include "engine/grads/GradientExport.h"
#include "util/Error.h"

#include <array>
#include <fstream>

namespace noiseloss {

namespace {

constexpr std::array<const char*, 2> kPartFolders{"original", "perturbed"};

nlohmann::json settingsOf(const GradientRunData& data, const nlohmann::json& provenance) {
    nlohmann::json settings = provenance.is_object() ? provenance : nlohmann::json::object();
    settings["command"] = "gui gradients";
    settings["targets"] = data.request.targetSpec;
    settings["codebooks"] = data.request.perCodebook ? "each" : "sum";
    settings["method"] = gradientMethodName(data.request.method);
    settings["conditioning"] = "unconditional";
    settings["complete"] = data.complete[0] && data.complete[1];
    if (data.analysis)
        settings["audio"] = data.analysis->audioName;
    return settings;
}

GradientDifference differenceOf(const GradientRunData& data) {
    return differenceOnAlignedTokens(data.part(GradientPart::Perturbed), data.part(GradientPart::Original),
                                     data.perturbedToOriginal());
}

std::ofstream openCsv(const std::filesystem::path& path) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream stream(path);
    if (!stream)
        throw Error(path.string() + ": cannot write");
    stream.precision(9);
    return stream;
}

void finishCsv(std::ofstream& stream, const std::filesystem::path& path) {
    stream.flush();
    if (!stream)
        throw Error(path.string() + ": cannot write");
}

std::string codebookCell(int codebook) {
    return codebook < 0 ? std::string("sum") : std::to_string(codebook);
}

void writeLayerHeader(std::ofstream& stream, int layers) {
    stream << ",emb";
    for (int layer = 1; layer <= layers; ++layer)
        stream << ",L" << layer;
    stream << "\n";
}

void writePartCsv(const GradientResult& result, const std::filesystem::path& folder) {
    const std::filesystem::path parametersPath = folder / "param_grad_norms.csv";
    std::ofstream parameters = openCsv(parametersPath);
    parameters << "row,codebook,frame,nll";
    for (const ParameterBucket& bucket : result.buckets)
        parameters << "," << bucketColumnName(bucket);
    parameters << "\n";
    const std::filesystem::path activationsPath = folder / "act_self_norms.csv";
    std::ofstream activations = openCsv(activationsPath);
    activations << "row,codebook,frame,last_position";
    writeLayerHeader(activations, result.layers);
    for (std::size_t row = 0; row < result.targets.size(); ++row) {
        const TargetGradients& target = result.targets[row];
        parameters << row << "," << codebookCell(target.target.codebook) << "," << target.target.frame << ","
                   << target.nll;
        for (float value : target.parameterNorms)
            parameters << "," << value;
        parameters << "\n";
        activations << row << "," << codebookCell(target.target.codebook) << "," << target.target.frame << ","
                    << target.lastPosition;
        for (int layer = 0; layer <= result.layers; ++layer)
            activations << "," << result.activationNorm(row, layer, target.lastPosition);
        activations << "\n";
    }
    finishCsv(parameters, parametersPath);
    finishCsv(activations, activationsPath);
}

void writeDifferenceCsv(const GradientDifference& difference, const std::vector<ParameterBucket>& buckets,
                        const std::filesystem::path& folder) {
    const LayerTokenMap& map = difference.activation;
    const std::filesystem::path activationsPath = folder / "act_self_diff.csv";
    std::ofstream activations = openCsv(activationsPath);
    activations << "column,codebook,original_frame";
    writeLayerHeader(activations, map.rows - 1);
    const std::filesystem::path parametersPath = folder / "param_diff.csv";
    std::ofstream parameters = openCsv(parametersPath);
    parameters << "column,codebook,original_frame";
    for (const ParameterBucket& bucket : buckets)
        parameters << "," << bucketColumnName(bucket);
    parameters << "\n";
    for (std::size_t column = 0; column < map.columns.size(); ++column) {
        const GradientTarget& target = map.columns[column];
        activations << column << "," << codebookCell(target.codebook) << "," << target.frame;
        for (int row = 0; row < map.rows; ++row)
            activations << "," << map.at(row, column);
        activations << "\n";
        parameters << column << "," << codebookCell(target.codebook) << "," << target.frame;
        for (std::size_t bucket = 0; bucket < buckets.size(); ++bucket)
            parameters << "," << difference.parameterDifference[column * buckets.size() + bucket];
        parameters << "\n";
    }
    finishCsv(activations, activationsPath);
    finishCsv(parameters, parametersPath);
}

template <typename Write> bool guarded(const GradientRunData& data, std::string* error, Write&& write) {
    try {
        if (!data.hasTargets(GradientPart::Original) && !data.hasTargets(GradientPart::Perturbed))
            throw Error("there are no gradients to export yet");
        write();
        return true;
    } catch (const std::exception& exception) {
        if (error)
            *error = exception.what();
        return false;
    }
}

} // namespace

std::string bucketColumnName(const ParameterBucket& bucket) {
    std::string name =
        bucket.layer >= 0 ? "L" + std::to_string(bucket.layer + 1) + "." + bucket.module : bucket.module;
    if (bucket.head >= 0)
        name += ".h" + std::to_string(bucket.head);
    return name;
}

bool writeGradientRunNpy(const GradientRunData& data, const std::filesystem::path& folder,
                         const nlohmann::json& provenance, std::string* error) {
    return guarded(data, error, [&] {
        const nlohmann::json settings = settingsOf(data, provenance);
        for (std::size_t part = 0; part < 2; ++part)
            if (!data.parts[part].targets.empty())
                writeGradientDirectory(folder / kPartFolders[part], data.parts[part], data.model, settings);
        if (data.hasTargets(GradientPart::Original) && data.hasTargets(GradientPart::Perturbed))
            writeGradientDifference(folder / "diff", differenceOf(data),
                                    data.part(GradientPart::Original).buckets.size());
    });
}

bool writeGradientRunCsv(const GradientRunData& data, const std::filesystem::path& folder,
                         std::string* error) {
    return guarded(data, error, [&] {
        for (std::size_t part = 0; part < 2; ++part)
            if (!data.parts[part].targets.empty())
                writePartCsv(data.parts[part], folder / kPartFolders[part]);
        if (data.hasTargets(GradientPart::Original) && data.hasTargets(GradientPart::Perturbed))
            writeDifferenceCsv(differenceOf(data), data.part(GradientPart::Original).buckets,
                               folder / "diff");
    });
}

} // namespace noiseloss
