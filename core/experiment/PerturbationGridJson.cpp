#include "experiment/PerturbationGridJson.h"

#include "experiment/ExperimentSpecJson.h"
#include "perturb/JsonObjectReader.h"
#include "perturb/PlanJson.h"
#include "perturb/PlanNames.h"
#include "util/Error.h"

#include <cmath>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>

namespace noiseloss {
namespace {

/// Reads the optional list `key` element by element; `convert` returns nullopt to reject an
/// element, which is reported as "<path>.<key>[i]: <requirement>".
template <typename T>
void readList(JsonObjectReader& reader, const std::string& key, const std::string& requirement,
              const std::function<std::optional<T>(const nlohmann::json&)>& convert, std::vector<T>& out) {
    if (!reader.has(key))
        return;
    const nlohmann::json& array = reader.requiredArray(key);
    if (array.empty())
        throw Error(reader.fieldName(key) + ": must not be empty");
    std::vector<T> values;
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::optional<T> value = convert(array[i]);
        if (!value)
            throw Error(reader.fieldName(key) + "[" + std::to_string(i) + "]: " + requirement + " (got " +
                        array[i].dump() + ")");
        values.push_back(*value);
    }
    out = std::move(values);
}

GridUnit parseUnit(JsonObjectReader& reader, const std::string& key, GridUnit fallback) {
    const auto text = reader.optionalString(key);
    if (!text)
        return fallback;
    if (*text == "seconds")
        return GridUnit::Seconds;
    if (*text == "tokens")
        return GridUnit::Tokens;
    throw Error(reader.fieldName(key) + ": unknown unit '" + *text + "' (seconds, tokens)");
}

std::optional<double> positiveLength(const nlohmann::json& value, GridUnit unit) {
    if (!value.is_number())
        return std::nullopt;
    const double number = value.get<double>();
    if (!std::isfinite(number) || number <= 0)
        return std::nullopt;
    if (unit == GridUnit::Tokens && number != std::floor(number))
        return std::nullopt;
    return number;
}

template <typename Enum>
std::function<std::optional<Enum>(const nlohmann::json&)>
nameParser(std::optional<Enum> (*parse)(const std::string&)) {
    return [parse](const nlohmann::json& value) -> std::optional<Enum> {
        return value.is_string() ? parse(value.get<std::string>()) : std::nullopt;
    };
}

LevelMode parseLevelMode(JsonObjectReader& reader) {
    const std::string text = reader.optionalString("level_mode").value_or("dbfs");
    if (text == "dbfs")
        return LevelMode::AbsoluteDbfs;
    if (text == "snr_segment")
        return LevelMode::SnrSegment;
    if (text == "snr_clip")
        return LevelMode::SnrClip;
    throw Error(reader.fieldName("level_mode") + ": unknown level mode '" + text +
                "' (dbfs, snr_segment, snr_clip)");
}

void readOnsetAndLengths(JsonObjectReader& reader, PerturbationGrid& grid) {
    grid.onsetUnit = parseUnit(reader, "onset_unit", GridUnit::Seconds);
    grid.onset = reader.number("onset");
    if (grid.onset < 0 || (grid.onsetUnit == GridUnit::Tokens && grid.onset != std::floor(grid.onset)))
        throw Error(reader.fieldName("onset") + ": must be a non-negative " +
                    (grid.onsetUnit == GridUnit::Tokens ? "whole number of tokens" : "number of seconds"));
    grid.lengthUnit = parseUnit(reader, "length_unit", GridUnit::Tokens);
    if (!reader.has("lengths"))
        throw Error(reader.fieldName("lengths") + ": missing (a list of region lengths is required)");
    const GridUnit unit = grid.lengthUnit;
    readList<double>(
        reader, "lengths",
        unit == GridUnit::Tokens ? "must be a positive number of tokens"
                                 : "must be a positive number of seconds",
        [unit](const nlohmann::json& value) { return positiveLength(value, unit); }, grid.lengths);
}

void readNoiseFields(JsonObjectReader& reader, PerturbationGrid& grid) {
    readList<NoiseColor>(reader, "colours", "must be a colour name (" + noiseColorChoices() + ")",
                         nameParser(&noiseColorFromString), grid.colours);
    readList<NoiseMethod>(reader, "methods", "must be a method name (" + noiseMethodChoices() + ")",
                          nameParser(&noiseMethodFromString), grid.methods);
    readList<double>(
        reader, "levels", "must be a level in dB",
        [](const nlohmann::json& value) -> std::optional<double> {
            if (!value.is_number() || !std::isfinite(value.get<double>()))
                return std::nullopt;
            return value.get<double>();
        },
        grid.levels);
    grid.levelMode = parseLevelMode(reader);
    if (const auto mode = reader.optionalString("mode")) {
        const auto parsed = noiseModeFromString(*mode);
        if (!parsed)
            throw Error(reader.fieldName("mode") + ": unknown mode '" + *mode + "' (" + noiseModeChoices() +
                        ")");
        grid.mode = *parsed;
    }
}

void readShuffleFields(JsonObjectReader& reader, PerturbationGrid& grid) {
    readList<ShuffleScheme>(reader, "schemes", "must be a shuffle scheme (" + shuffleSchemeChoices() + ")",
                            nameParser(&shuffleSchemeFromString), grid.schemes);
    readList<int>(
        reader, "blocks", "must be a positive whole number of tokens",
        [](const nlohmann::json& value) -> std::optional<int> {
            if (!value.is_number_integer() || value.get<std::int64_t>() <= 0 ||
                value.get<std::int64_t>() > 100000)
                return std::nullopt;
            return static_cast<int>(value.get<std::int64_t>());
        },
        grid.blocks);
    if (const auto fraction = reader.optionalNumber("fraction")) {
        if (*fraction <= 0 || *fraction > 1)
            throw Error(reader.fieldName("fraction") + ": must be in (0, 1]");
        grid.fraction = *fraction;
    }
}

void readSeeds(JsonObjectReader& reader, PerturbationGrid& grid) {
    readList<std::uint64_t>(
        reader, "seeds", "must be a non-negative whole number",
        [](const nlohmann::json& value) -> std::optional<std::uint64_t> {
            if (!value.is_number_integer() || (!value.is_number_unsigned() && value.get<std::int64_t>() < 0))
                return std::nullopt;
            return value.get<std::uint64_t>();
        },
        grid.seeds);
}

} // namespace

PerturbationGrid perturbationGridFromJson(const nlohmann::json& json, const std::string& path) {
    JsonObjectReader reader(json, path);
    PerturbationGrid grid;
    const std::string kindName = reader.requiredString("kind");
    const auto kind = regionKindFromString(kindName);
    if (!kind)
        throw Error(reader.fieldName("kind") + ": unknown kind '" + kindName + "' (" + regionKindChoices() +
                    ")");
    grid.kind = *kind;
    readOnsetAndLengths(reader, grid);
    std::set<std::string> used = {"kind", "onset", "onset_unit", "lengths", "length_unit"};
    if (grid.kind == RegionKind::Noise) {
        readNoiseFields(reader, grid);
        used.insert({"colours", "methods", "levels", "level_mode", "mode"});
    }
    if (grid.kind == RegionKind::Shuffle) {
        readShuffleFields(reader, grid);
        used.insert({"schemes", "blocks", "fraction"});
    }
    if (grid.kind == RegionKind::Noise || grid.kind == RegionKind::Shuffle) {
        readSeeds(reader, grid);
        used.insert("seeds");
    }
    const std::set<std::string> known = {"kind",    "onset",   "onset_unit", "lengths",    "length_unit",
                                         "colours", "methods", "levels",     "level_mode", "mode",
                                         "schemes", "blocks",  "fraction",   "seeds"};
    reader.rejectUnread(known, "not used by a " + kindName + " perturbation");
    return grid;
}

nlohmann::json perturbationGridToJson(const PerturbationGrid& grid) {
    nlohmann::json json = {{"kind", toString(grid.kind)},
                           {"onset", grid.onset},
                           {"onset_unit", toString(grid.onsetUnit)},
                           {"lengths", grid.lengths},
                           {"length_unit", toString(grid.lengthUnit)}};
    if (grid.kind == RegionKind::Noise) {
        json["colours"] = nlohmann::json::array();
        for (NoiseColor colour : grid.colours)
            json["colours"].push_back(toString(colour));
        json["methods"] = nlohmann::json::array();
        for (NoiseMethod method : grid.methods)
            json["methods"].push_back(toString(method));
        json["levels"] = grid.levels;
        json["level_mode"] = toString(grid.levelMode);
        json["mode"] = toString(grid.mode);
    }
    if (grid.kind == RegionKind::Shuffle) {
        json["schemes"] = nlohmann::json::array();
        for (ShuffleScheme scheme : grid.schemes)
            json["schemes"].push_back(toString(scheme));
        json["blocks"] = grid.blocks;
        json["fraction"] = grid.fraction;
    }
    if (grid.kind == RegionKind::Noise || grid.kind == RegionKind::Shuffle)
        json["seeds"] = grid.seeds;
    return json;
}

} // namespace noiseloss
