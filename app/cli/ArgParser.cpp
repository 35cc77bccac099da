#include "ArgParser.h"

#include "util/Error.h"

#include <charconv>
#include <iostream>
#include <sstream>

namespace noiseloss::cli {

ArgParser::ArgParser(std::string command, std::string description)
    : m_command(std::move(command)), m_description(std::move(description)) {}

void ArgParser::addOption(const std::string& name, const std::string& valueName, const std::string& help,
                          std::optional<std::string> defaultValue) {
    m_options.push_back({name, valueName, help, std::move(defaultValue), false});
}

void ArgParser::addFlag(const std::string& name, const std::string& help) {
    m_options.push_back({name, "", help, std::nullopt, true});
}

void ArgParser::addPositional(const std::string& name, const std::string& help) {
    m_positionalSpecs.emplace_back(name, help);
}

const ArgParser::Option& ArgParser::findOption(const std::string& name) const {
    for (const auto& option : m_options)
        if (option.name == name)
            return option;
    throw Error(m_command + ": unknown option --" + name + " (see noiseloss-cli " + m_command + " --help)");
}

bool ArgParser::parse(const std::vector<std::string>& args) {
    std::vector<std::string> positionals;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << usage();
            return false;
        }
        if (arg.size() > 2 && arg.rfind("--", 0) == 0) {
            std::string name = arg.substr(2);
            std::optional<std::string> inlineValue;
            if (auto eq = name.find('='); eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                name = name.substr(0, eq);
            }
            const Option& option = findOption(name);
            if (option.isFlag) {
                if (inlineValue)
                    throw Error(m_command + ": --" + name + " takes no value");
                m_values[name] = "1";
            } else if (inlineValue) {
                m_values[name] = *inlineValue;
            } else {
                if (i + 1 >= args.size())
                    throw Error(m_command + ": --" + name + " needs a value (" + option.valueName + ")");
                m_values[name] = args[++i];
            }
        } else {
            positionals.push_back(arg);
        }
    }
    if (positionals.size() > m_positionalSpecs.size())
        throw Error(m_command + ": unexpected argument '" + positionals[m_positionalSpecs.size()] + "'");
    for (std::size_t i = 0; i < m_positionalSpecs.size(); ++i) {
        if (i >= positionals.size())
            throw Error(m_command + ": missing " + m_positionalSpecs[i].first + " (see noiseloss-cli " +
                        m_command + " --help)");
        m_positionals[m_positionalSpecs[i].first] = positionals[i];
    }
    for (const auto& option : m_options) {
        if (!option.isFlag && !option.defaultValue && !m_values.count(option.name))
            throw Error(m_command + ": missing required option --" + option.name);
    }
    return true;
}

std::string ArgParser::usage() const {
    std::ostringstream out;
    out << "usage: noiseloss-cli " << m_command;
    for (const auto& [name, help] : m_positionalSpecs)
        out << ' ' << name;
    for (const auto& option : m_options) {
        const bool optional = option.isFlag || option.defaultValue.has_value();
        out << ' ' << (optional ? "[" : "") << "--" << option.name;
        if (!option.isFlag)
            out << ' ' << option.valueName;
        out << (optional ? "]" : "");
    }
    out << "\n\n" << m_description << "\n";
    if (!m_positionalSpecs.empty()) {
        out << "\narguments:\n";
        for (const auto& [name, help] : m_positionalSpecs)
            out << "  " << name << "\n      " << help << "\n";
    }
    if (!m_options.empty()) {
        out << "\noptions:\n";
        for (const auto& option : m_options) {
            out << "  --" << option.name << (option.isFlag ? "" : " " + option.valueName) << "\n      "
                << option.help;
            if (option.defaultValue && !option.defaultValue->empty())
                out << " (default: " << *option.defaultValue << ")";
            out << "\n";
        }
    }
    return out.str();
}

bool ArgParser::has(const std::string& name) const {
    const Option& option = findOption(name);
    return m_values.count(name) > 0 || (option.defaultValue && !option.defaultValue->empty());
}

bool ArgParser::flag(const std::string& name) const {
    findOption(name);
    return m_values.count(name) > 0;
}

std::string ArgParser::value(const std::string& name) const {
    const Option& option = findOption(name);
    if (auto it = m_values.find(name); it != m_values.end())
        return it->second;
    return option.defaultValue.value_or("");
}

double ArgParser::number(const std::string& name) const {
    const std::string text = value(name);
    try {
        std::size_t used = 0;
        double result = std::stod(text, &used);
        if (used == text.size())
            return result;
    } catch (const std::exception&) {
    }
    throw Error(m_command + ": --" + name + " expects a number, got '" + text + "'");
}

long long ArgParser::integer(const std::string& name) const {
    const std::string text = value(name);
    long long result = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (ec != std::errc() || end != text.data() + text.size())
        throw Error(m_command + ": --" + name + " expects an integer, got '" + text + "'");
    return result;
}

const std::string& ArgParser::positional(const std::string& name) const {
    return m_positionals.at(name);
}

} // namespace noiseloss::cli
