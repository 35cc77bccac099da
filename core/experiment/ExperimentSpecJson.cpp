#include "experiment/ExperimentSpecJson.h"

#include "experiment/PerturbationGridJson.h"
#include "perturb/JsonObjectReader.h"
#include "util/Error.h"

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

namespace noiseloss {
namespace {

std::filesystem::path resolvePath(const std::filesystem::path& base, const std::string& text) {
    const std::filesystem::path path(text);
    return path.is_absolute() ? path : base / path;
}

std::string requireNonEmpty(const std::string& field, const std::string& value) {
    if (value.empty())
        throw Error(field + ": must not be empty");
    return value;
}

/// "clips" for "clips", "clips/" and "a/clips/.".
std::string folderName(const std::filesystem::path& folder) {
    std::filesystem::path normal = folder.lexically_normal();
    if (normal.filename().empty())
        normal = normal.parent_path();
    return normal.filename().string();
}

ExperimentInput parseInput(const nlohmann::json& json, const std::string& path,
                           const std::filesystem::path& base) {
    JsonObjectReader reader(json, path);
    const char* const sources[] = {"file", "folder", "manifest"};
    int given = 0;
    ExperimentInput input;
    for (int i = 0; i < 3; ++i) {
        const auto value = reader.optionalString(sources[i]);
        if (!value)
            continue;
        ++given;
        input.source = static_cast<ExperimentInput::Source>(i);
        input.path = resolvePath(base, requireNonEmpty(reader.fieldName(sources[i]), *value));
    }
    if (given != 1)
        throw Error(path + ": needs exactly one of \"file\", \"folder\" or \"manifest\"");
    if (const auto dataset = reader.optionalString("dataset"))
        input.dataset = requireNonEmpty(reader.fieldName("dataset"), *dataset);
    else if (input.source == ExperimentInput::Source::Folder)
        input.dataset = folderName(input.path);
    else if (input.source == ExperimentInput::Source::Manifest)
        input.dataset = input.path.stem().string();
    else
        input.dataset = "default";
    if (input.dataset.empty())
        input.dataset = "default";
    if (const auto maxSeconds = reader.optionalNumber("max_seconds")) {
        if (!(*maxSeconds > 0.0) || !std::isfinite(*maxSeconds))
            throw Error(reader.fieldName("max_seconds") + ": must be a positive number of seconds");
        input.maxSeconds = *maxSeconds;
    }
    reader.rejectUnread({"file", "folder", "manifest", "dataset", "max_seconds"}, "misplaced");
    return input;
}

std::string parseChoice(JsonObjectReader& reader, const std::string& key, const std::string& fallback,
                        const std::vector<std::string>& choices) {
    const std::string value = reader.optionalString(key).value_or(fallback);
    for (const std::string& choice : choices)
        if (value == choice)
            return value;
    std::string list;
    for (const std::string& choice : choices)
        list += (list.empty() ? "" : ", ") + choice;
    throw Error(reader.fieldName(key) + ": unknown value '" + value + "' (" + list + ")");
}

} // namespace

std::string toString(GridUnit unit) {
    return unit == GridUnit::Seconds ? "seconds" : "tokens";
}

ExperimentSpec experimentSpecFromJson(const nlohmann::json& json, const std::filesystem::path& baseFolder) {
    JsonObjectReader reader(json, "");
    ExperimentSpec spec;
    spec.source = json;
    spec.name = reader.optionalString("name").value_or("experiment");

    const nlohmann::json& inputs = reader.requiredArray("inputs");
    if (inputs.empty())
        throw Error("inputs: must list at least one file, folder or manifest");
    for (std::size_t i = 0; i < inputs.size(); ++i)
        spec.inputs.push_back(parseInput(inputs[i], "inputs[" + std::to_string(i) + "]", baseFolder));

    const nlohmann::json& models = reader.requiredArray("models");
    if (models.empty())
        throw Error("models: must list at least one model folder");
    for (std::size_t i = 0; i < models.size(); ++i) {
        const std::string field = "models[" + std::to_string(i) + "]";
        if (!models[i].is_string())
            throw Error(field + ": expected a model folder (string), got " + models[i].dump());
        spec.models.push_back(resolvePath(baseFolder, requireNonEmpty(field, models[i].get<std::string>())));
    }

    spec.alignment = parseChoice(reader, "alignment", "delayed", {"delayed", "noiseloss"});
    spec.tokenPairing = parseChoice(reader, "token_pairing", "frame-map", {"frame-map", "index-wise"});

    const nlohmann::json& perturbations = reader.requiredArray("perturbations");
    if (perturbations.empty())
        throw Error("perturbations: must list at least one perturbation");
    for (std::size_t i = 0; i < perturbations.size(); ++i)
        spec.perturbations.push_back(
            perturbationGridFromJson(perturbations[i], "perturbations[" + std::to_string(i) + "]"));
    reader.rejectUnread({"name", "inputs", "models", "alignment", "token_pairing", "perturbations"},
                        "misplaced");
    return spec;
}

ExperimentSpec loadExperimentSpec(const std::filesystem::path& path) {
    std::ifstream stream(path);
    if (!stream)
        throw Error(path.string() + ": cannot open the experiment spec");
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(stream);
    } catch (const nlohmann::json::parse_error& error) {
        throw Error(path.string() + ": not valid JSON (" + error.what() + ")");
    }
    try {
        return experimentSpecFromJson(json, path.parent_path());
    } catch (const Error& error) {
        throw Error(path.string() + ": " + error.what());
    }
}

} // namespace noiseloss
