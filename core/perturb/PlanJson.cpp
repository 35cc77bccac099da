#include "perturb/PlanJson.h"

#include "perturb/JsonObjectReader.h"
#include "perturb/PlanNames.h"
#include "util/Error.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace noiseloss {
namespace {

const std::set<std::string> kRegionFields{"kind",   "start",        "end",        "seed",   "color",
                                          "method", "mode",         "level_dbfs", "snr_db", "level_reference",
                                          "scheme", "block_tokens", "fraction",   "label"};

/// Parses an enum-valued field, naming the field and the accepted values on error.
template <typename Enum>
std::optional<Enum> readName(JsonObjectReader& reader, const std::string& key,
                             std::optional<Enum> (*parse)(const std::string&), const std::string& choices,
                             const std::string& what) {
    const auto text = reader.optionalString(key);
    if (!text)
        return std::nullopt;
    const auto value = parse(*text);
    if (!value)
        throw Error(reader.fieldName(key) + ": unknown " + what + " '" + *text + "' (" + choices + ")");
    return value;
}

void readNoiseFields(JsonObjectReader& reader, Region& region) {
    region.seed = reader.optionalUnsigned("seed").value_or(0);
    region.color =
        readName(reader, "color", noiseColorFromString, noiseColorChoices(), "colour").value_or(region.color);
    region.method = readName(reader, "method", noiseMethodFromString, noiseMethodChoices(), "noise method")
                        .value_or(region.method);
    region.mode =
        readName(reader, "mode", noiseModeFromString, noiseModeChoices(), "mode").value_or(region.mode);
    const auto dbfs = reader.optionalNumber("level_dbfs");
    const auto snr = reader.optionalNumber("snr_db");
    const auto reference = reader.optionalString("level_reference");
    if (dbfs && snr)
        throw Error(reader.fieldName("snr_db") + ": give either level_dbfs or snr_db, not both");
    if (reference && !snr)
        throw Error(reader.fieldName("level_reference") + ": only applies with snr_db");
    if (reference && *reference != "segment" && *reference != "clip")
        throw Error(reader.fieldName("level_reference") + ": unknown reference '" + *reference +
                    "' (segment, clip)");
    if (snr) {
        region.levelDb = *snr;
        region.levelMode = reference == "clip" ? LevelMode::SnrClip : LevelMode::SnrSegment;
    } else if (dbfs) {
        region.levelDb = *dbfs;
    }
}

void readShuffleFields(JsonObjectReader& reader, Region& region) {
    region.seed = reader.optionalUnsigned("seed").value_or(0);
    region.scheme = readName(reader, "scheme", shuffleSchemeFromString, shuffleSchemeChoices(), "scheme")
                        .value_or(region.scheme);
    if (const auto blockTokens = reader.optionalInteger("block_tokens")) {
        if (*blockTokens < 1 || *blockTokens > 1000000)
            throw Error(reader.fieldName("block_tokens") + ": must be a whole number of tokens >= 1, got " +
                        std::to_string(*blockTokens));
        region.blockTokens = static_cast<int>(*blockTokens);
    }
    if (const auto fraction = reader.optionalNumber("fraction")) {
        if (*fraction <= 0.0 || *fraction > 1.0)
            throw Error(reader.fieldName("fraction") + ": must be in (0, 1], got " +
                        std::to_string(*fraction));
        region.fraction = *fraction;
    }
}

Region regionFromJson(const nlohmann::json& json, const std::string& path) {
    JsonObjectReader reader(json, path);
    Region region;
    region.kind = readName(reader, "kind", regionKindFromString, regionKindChoices(), "kind")
                      .value_or(RegionKind::Noise);
    if (!reader.has("kind"))
        throw Error(reader.fieldName("kind") + ": missing (" + regionKindChoices() + ")");
    region.startSeconds = reader.number("start");
    region.endSeconds = reader.number("end");
    region.label = reader.optionalString("label").value_or("");
    if (region.kind == RegionKind::Noise)
        readNoiseFields(reader, region);
    else if (region.kind == RegionKind::Shuffle)
        readShuffleFields(reader, region);
    reader.rejectUnread(kRegionFields, "not used by a " + toString(region.kind) + " region");
    return region;
}

nlohmann::json regionToJson(const Region& region) {
    nlohmann::json json{
        {"kind", toString(region.kind)}, {"start", region.startSeconds}, {"end", region.endSeconds}};
    if (region.kind == RegionKind::Noise) {
        json["seed"] = region.seed;
        json["color"] = toString(region.color);
        json["method"] = toString(region.method);
        json["mode"] = toString(region.mode);
        if (region.levelMode == LevelMode::AbsoluteDbfs) {
            json["level_dbfs"] = region.levelDb;
        } else {
            json["snr_db"] = region.levelDb;
            json["level_reference"] = region.levelMode == LevelMode::SnrClip ? "clip" : "segment";
        }
    } else if (region.kind == RegionKind::Shuffle) {
        json["seed"] = region.seed;
        json["scheme"] = toString(region.scheme);
        json["block_tokens"] = region.blockTokens;
        json["fraction"] = region.fraction;
    }
    if (!region.label.empty())
        json["label"] = region.label;
    return json;
}

} // namespace

PerturbationPlan planFromJson(const nlohmann::json& json) {
    JsonObjectReader reader(json, "");
    PerturbationPlan plan;
    const nlohmann::json& regions = reader.requiredArray("regions");
    for (std::size_t i = 0; i < regions.size(); ++i)
        plan.regions.push_back(regionFromJson(regions[i], "regions[" + std::to_string(i) + "]"));
    plan.allowOverlap = reader.optionalBool("allow_overlap").value_or(false);
    reader.rejectUnread({"regions", "allow_overlap"}, "misplaced field");
    std::stable_sort(plan.regions.begin(), plan.regions.end(),
                     [](const Region& a, const Region& b) { return a.startSeconds < b.startSeconds; });
    return plan;
}

nlohmann::json planToJson(const PerturbationPlan& plan) {
    nlohmann::json regions = nlohmann::json::array();
    for (const Region& region : plan.regions)
        regions.push_back(regionToJson(region));
    return {{"regions", regions}, {"allow_overlap", plan.allowOverlap}};
}

PerturbationPlan loadPlanFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path.string() + (std::filesystem::exists(path) ? ": cannot be opened for reading"
                                                                   : ": plan file not found"));
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& error) {
        throw Error(path.string() + ": invalid JSON (" + error.what() + ")");
    }
    try {
        return planFromJson(json);
    } catch (const Error& error) {
        throw Error(path.string() + ": " + error.what());
    }
}

void savePlanFile(const std::filesystem::path& path, const PerturbationPlan& plan) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out)
        throw Error(path.string() + ": cannot be opened for writing");
    out << planToJson(plan).dump(2) << "\n";
    if (!out.flush())
        throw Error(path.string() + ": write failed");
}

} // namespace noiseloss
