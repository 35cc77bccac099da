// noiseloss-cli: the headless front end of the NoiseLoss engine. Each subcommand lives in its own
// Command*.cpp file and registers itself (see CliCommand.h).
#include "CliCommand.h"
#include "util/Error.h"

#include "noiseloss/BuildInfo.h"

#include <algorithm>
#include <iostream>

namespace noiseloss::cli {
std::vector<CliCommand>& cliCommands() {
    static std::vector<CliCommand> commands;
    return commands;
}
} // namespace noiseloss::cli

namespace {
void printHelp() {
    using namespace noiseloss::cli;
    auto commands = cliCommands();
    std::sort(commands.begin(), commands.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    std::cout << "noiseloss-cli " << noiseloss::build::kVersion
              << ": run the NoiseLoss engine headless.\n\nusage: noiseloss-cli COMMAND [ARGS...]\n\ncommands:\n";
    for (const auto& command : commands)
        std::cout << "  " << command.name << std::string(command.name.size() < 22 ? 22 - command.name.size() : 1, ' ')
                  << command.summary << "\n";
    std::cout << "\n'noiseloss-cli COMMAND --help' describes one command.\n";
}
} // namespace

int main(int argc, char** argv) {
    using namespace noiseloss::cli;
    if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h") {
        printHelp();
        return argc < 2 ? 2 : 0;
    }
    if (std::string(argv[1]) == "--version") {
        std::cout << "noiseloss-cli " << noiseloss::build::kVersion << " (" << noiseloss::build::kGitCommit << ")\n";
        return 0;
    }
    const std::string name = argv[1];
    const std::vector<std::string> args(argv + 2, argv + argc);
    for (const auto& command : cliCommands()) {
        if (command.name != name)
            continue;
        try {
            return command.run(args);
        } catch (const noiseloss::Cancelled&) {
            std::cerr << "noiseloss-cli: cancelled\n";
            return 130;
        } catch (const std::exception& error) {
            std::cerr << "noiseloss-cli: error: " << error.what() << "\n";
            return 1;
        }
    }
    std::cerr << "noiseloss-cli: unknown command '" << name << "' (see noiseloss-cli --help)\n";
    return 2;
}
