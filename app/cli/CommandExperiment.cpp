// `noiseloss-cli experiment SPEC.json --out DIR [--shard I/N]`: runs every (model, clip,
// perturbation) job of an experiment spec (docs/experiments.md) into DIR/jobs/<recipe-hash>/ in the
// `analyze` layout plus the tidy table DIR/results.csv; finished jobs are skipped on a re-run.
#include "ArgParser.h"
#include "CliCommand.h"
#include "engine/experiment/ExperimentRunner.h"
#include "experiment/ExperimentSpecJson.h"
#include "experiment/ShardSelection.h"
#include "util/Error.h"

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

namespace noiseloss::cli {
namespace {

bool interactiveProgress(const std::string& mode) {
    if (mode == "bar")
        return true;
    if (mode == "lines")
        return false;
    if (mode != "auto")
        throw Error("experiment: --progress expects auto, bar or lines, got '" + mode + "'");
    return ::isatty(fileno(stderr)); // the bar is drawn on stderr; stdout may go to a file
}

int runExperiment(const std::vector<std::string>& args) {
    ArgParser parser("experiment",
                     "Run an experiment spec: every clip x model x perturbation job, each original scored "
                     "once per (clip, model). Re-running the same command resumes: jobs whose recipe hash "
                     "already has a finished folder are skipped.");
    parser.addPositional("SPEC", "experiment spec (JSON, see docs/experiments.md)");
    parser.addOption("out", "DIR", "output folder (jobs/, results.csv, meta.json)");
    parser.addOption(
        "shard", "I/N",
        "run only jobs with index mod N == I (default: SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT "
        "when set, else 0/1)",
        "");
    parser.addOption("max-jobs", "K", "stop after computing K jobs (-1 = all); re-run to continue", "-1");
    parser.addOption("progress", "MODE", "auto (a bar on a terminal), bar or lines", "auto");
    parser.addOption("threads", "N", "intra-op threads (0 = all cores)", "0");
    parser.addOption("device", "D", "cpu or cuda", "cpu");
    if (!parser.parse(args))
        return 0;
    ExperimentRunOptions options;
    options.shard = parser.value("shard").empty() ? shardSelectionFromEnvironment()
                                                  : parseShardSelection(parser.value("shard"));
    options.jobLimit = parser.integer("max-jobs");
    options.engine.threads = static_cast<int>(parser.integer("threads"));
    options.engine.device = parser.value("device");
    ExperimentSpec spec = loadExperimentSpec(parser.positional("SPEC"));
    ExperimentProgress progress(stderr, interactiveProgress(parser.value("progress")));
    winsize window{};
    if (::ioctl(fileno(stderr), TIOCGWINSZ, &window) == 0)
        progress.setColumns(window.ws_col);
    ExperimentRunner runner(std::move(spec), parser.value("out"), options);
    const ExperimentRunSummary summary = runner.run(&progress);
    char text[256];
    std::snprintf(text, sizeof(text),
                  "shard %s: %zu of %zu jobs; %zu computed, %zu already done, %zu left -> %s",
                  options.shard.describe().c_str(), summary.shardJobs, summary.totalJobs, summary.ran,
                  summary.skipped, summary.remaining, parser.value("out").c_str());
    progress.finish(text);
    return 0;
}

const CliCommandRegistration kRegistration{
    {"experiment", "Run an experiment spec (clips x models x perturbation grid), resumable and shardable",
     runExperiment}};

} // namespace
} // namespace noiseloss::cli
