#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

namespace noiseloss {

/// Reads the fields of one JSON object with errors that name the field by its path, e.g.
/// "regions[1].start: expected a number, got string". Remembers which keys were read so that
/// rejectUnread() can report unknown or misplaced fields. Internal to core/perturb; not thread-safe.
class JsonObjectReader {
public:
    /// `path` names the object in messages ("" for the top level, "regions[1]" for a region).
    /// Throws Error when `object` is not a JSON object.
    JsonObjectReader(const nlohmann::json& object, std::string path);

    bool has(const std::string& key) const;
    /// A required finite number.
    double number(const std::string& key);
    std::optional<double> optionalNumber(const std::string& key);
    std::optional<std::string> optionalString(const std::string& key);
    std::optional<std::int64_t> optionalInteger(const std::string& key);
    std::optional<std::uint64_t> optionalUnsigned(const std::string& key);
    std::optional<bool> optionalBool(const std::string& key);
    std::string requiredString(const std::string& key);
    const nlohmann::json& requiredArray(const std::string& key);

    /// Throws for the first key not read: "unknown field" when it is not in `knownKeys`,
    /// otherwise "<why misplaced>" (e.g. "not used by a shuffle region").
    void rejectUnread(const std::set<std::string>& knownKeys, const std::string& whyMisplaced) const;

    /// "path.key" (or "key" at the top level), for messages.
    std::string fieldName(const std::string& key) const;

private:
    const nlohmann::json* find(const std::string& key);
    [[noreturn]] void throwType(const std::string& key, const std::string& expected) const;

    const nlohmann::json& m_object;
    std::string m_path;
    std::set<std::string> m_read;
};

} // namespace noiseloss
