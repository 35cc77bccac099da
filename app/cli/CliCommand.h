#pragma once

#include <functional>
#include <string>
#include <vector>

namespace noiseloss::cli {

/// One `noiseloss-cli` subcommand. `run` receives the arguments after the subcommand name and
/// returns the process exit code; it throws noiseloss::Error for bad input (printed as one line).
struct CliCommand {
    std::string name;
    std::string summary; ///< one line for `noiseloss-cli --help`
    std::function<int(const std::vector<std::string>& args)> run;
};

/// All subcommands, registered by the static CliCommandRegistration objects in each
/// Command*.cpp file of the CLI executable. Main-thread only.
std::vector<CliCommand>& cliCommands();

/// Registers a subcommand at static-initialisation time:
///   static const CliCommandRegistration kRegistration{{"noise", "Generate coloured noise", runNoise}};
struct CliCommandRegistration {
    explicit CliCommandRegistration(CliCommand command) { cliCommands().push_back(std::move(command)); }
};

} // namespace noiseloss::cli
