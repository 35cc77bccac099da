#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace noiseloss::cli {

/// A small declarative argument parser for the CLI's subcommands.
///
///   ArgParser parser("noise", "Generate coloured noise.");
///   parser.addOption("color", "C", "white|pink|brown|blue|violet", "white");
///   parser.addPositional("AUDIO", "input audio file");
///   if (!parser.parse(args)) return 0;          // --help was printed
///   double seconds = parser.number("seconds");
///
/// Unknown options, missing values and missing positionals throw noiseloss::Error naming them.
class ArgParser {
public:
    ArgParser(std::string command, std::string description);

    /// An option taking a value (`--name VALUE` or `--name=VALUE`). No default means required.
    void addOption(const std::string& name, const std::string& valueName, const std::string& help,
                   std::optional<std::string> defaultValue = std::nullopt);
    /// A boolean flag (`--name`).
    void addFlag(const std::string& name, const std::string& help);
    /// A required positional argument, in order.
    void addPositional(const std::string& name, const std::string& help);

    /// Parses; returns false when --help was requested (usage printed to stdout).
    bool parse(const std::vector<std::string>& args);

    std::string usage() const;

    std::string value(const std::string& name) const;
    bool has(const std::string& name) const; ///< option given (or has a default) / flag set
    bool flag(const std::string& name) const;
    double number(const std::string& name) const;   ///< throws if not a number
    long long integer(const std::string& name) const; ///< throws if not an integer
    const std::string& positional(const std::string& name) const;

private:
    struct Option {
        std::string name, valueName, help;
        std::optional<std::string> defaultValue;
        bool isFlag = false;
    };
    const Option& findOption(const std::string& name) const;

    std::string m_command, m_description;
    std::vector<Option> m_options;
    std::vector<std::pair<std::string, std::string>> m_positionalSpecs;
    std::map<std::string, std::string> m_values;
    std::map<std::string, std::string> m_positionals;
};

} // namespace noiseloss::cli
