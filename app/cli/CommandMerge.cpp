// `noiseloss-cli merge DIR... --out DIR`: combines the output folders of experiment shards (or
// partial runs) into one folder with the jobs and results.csv in canonical order.
#include "ArgParser.h"
#include "CliCommand.h"
#include "experiment/ExperimentMerge.h"
#include "util/Error.h"

#include <iostream>

namespace noiseloss::cli {
namespace {

/// Splits the input folders (any number of positionals) from the options ArgParser knows.
std::vector<std::string> takeFolders(const std::vector<std::string>& args,
                                     std::vector<std::string>& options) {
    std::vector<std::string> folders;
    for (std::size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--out" && i + 1 < args.size()) {
            options.push_back(args[i]);
            options.push_back(args[++i]);
        } else if (args[i].rfind("--", 0) == 0) {
            options.push_back(args[i]);
        } else {
            folders.push_back(args[i]);
        }
    }
    return folders;
}

int runMerge(const std::vector<std::string>& args) {
    ArgParser parser("merge",
                     "Combine experiment shard outputs (DIR... are `experiment` output folders of the "
                     "same spec) into one folder: jobs/ and results.csv rebuilt in canonical order.");
    parser.addOption("out", "DIR", "merged output folder");
    std::vector<std::string> options;
    const std::vector<std::string> folders = takeFolders(args, options);
    if (!parser.parse(options))
        return 0;
    if (folders.empty())
        throw Error("merge: no input folders (usage: noiseloss-cli merge DIR... --out DIR)");
    std::vector<std::filesystem::path> inputs(folders.begin(), folders.end());
    const ExperimentMergeSummary summary = mergeExperiments(inputs, parser.value("out"));
    std::cerr << "merged " << inputs.size() << " folders: " << summary.jobs << " of " << summary.expected
              << " jobs, " << summary.rows << " rows -> " << parser.value("out") << "\n";
    if (summary.jobs < summary.expected)
        std::cerr << "note: " << summary.expected - summary.jobs
                  << " jobs are missing (unfinished shards); re-run them and merge again\n";
    return 0;
}

const CliCommandRegistration kRegistration{
    {"merge", "Merge experiment shard outputs into one folder (canonical job order)", runMerge}};

} // namespace
} // namespace noiseloss::cli
