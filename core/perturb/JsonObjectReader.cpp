#include "perturb/JsonObjectReader.h"

#include "util/Error.h"

#include <cmath>

namespace noiseloss {

JsonObjectReader::JsonObjectReader(const nlohmann::json& object, std::string path)
    : m_object(object), m_path(std::move(path)) {
    if (!m_object.is_object())
        throw Error((m_path.empty() ? std::string("plan") : m_path) + ": expected a JSON object, got " +
                    m_object.type_name());
}

std::string JsonObjectReader::fieldName(const std::string& key) const {
    return m_path.empty() ? key : m_path + "." + key;
}

bool JsonObjectReader::has(const std::string& key) const {
    return m_object.contains(key);
}

const nlohmann::json* JsonObjectReader::find(const std::string& key) {
    const auto it = m_object.find(key);
    if (it == m_object.end())
        return nullptr;
    m_read.insert(key);
    return &*it;
}

void JsonObjectReader::throwType(const std::string& key, const std::string& expected) const {
    throw Error(fieldName(key) + ": expected " + expected + ", got " + m_object.at(key).dump());
}

std::optional<double> JsonObjectReader::optionalNumber(const std::string& key) {
    const nlohmann::json* value = find(key);
    if (!value)
        return std::nullopt;
    if (!value->is_number())
        throwType(key, "a number");
    const double number = value->get<double>();
    if (!std::isfinite(number))
        throwType(key, "a finite number");
    return number;
}

double JsonObjectReader::number(const std::string& key) {
    const auto value = optionalNumber(key);
    if (!value)
        throw Error(fieldName(key) + ": missing (a number is required)");
    return *value;
}

std::optional<std::string> JsonObjectReader::optionalString(const std::string& key) {
    const nlohmann::json* value = find(key);
    if (!value)
        return std::nullopt;
    if (!value->is_string())
        throwType(key, "a string");
    return value->get<std::string>();
}

std::string JsonObjectReader::requiredString(const std::string& key) {
    const auto value = optionalString(key);
    if (!value)
        throw Error(fieldName(key) + ": missing (a string is required)");
    return *value;
}

std::optional<std::int64_t> JsonObjectReader::optionalInteger(const std::string& key) {
    const nlohmann::json* value = find(key);
    if (!value)
        return std::nullopt;
    if (!value->is_number_integer())
        throwType(key, "an integer");
    if (value->is_number_unsigned() && value->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
        throwType(key, "an integer below 2^63");
    return value->get<std::int64_t>();
}

std::optional<std::uint64_t> JsonObjectReader::optionalUnsigned(const std::string& key) {
    const nlohmann::json* value = find(key);
    if (!value)
        return std::nullopt;
    if (!value->is_number_integer() || (!value->is_number_unsigned() && value->get<std::int64_t>() < 0))
        throwType(key, "a non-negative integer");
    return value->get<std::uint64_t>();
}

std::optional<bool> JsonObjectReader::optionalBool(const std::string& key) {
    const nlohmann::json* value = find(key);
    if (!value)
        return std::nullopt;
    if (!value->is_boolean())
        throwType(key, "true or false");
    return value->get<bool>();
}

const nlohmann::json& JsonObjectReader::requiredArray(const std::string& key) {
    const nlohmann::json* value = find(key);
    if (!value)
        throw Error(fieldName(key) + ": missing (an array is required)");
    if (!value->is_array())
        throwType(key, "an array");
    return *value;
}

void JsonObjectReader::rejectUnread(const std::set<std::string>& knownKeys,
                                    const std::string& whyMisplaced) const {
    for (const auto& [key, value] : m_object.items()) {
        if (m_read.count(key))
            continue;
        if (!knownKeys.count(key)) {
            std::string known;
            for (const auto& name : knownKeys)
                known += (known.empty() ? "" : ", ") + name;
            throw Error(fieldName(key) + ": unknown field (known fields: " + known + ")");
        }
        throw Error(fieldName(key) + ": " + whyMisplaced);
    }
}

} // namespace noiseloss
