// noiseloss-cli train-demo: trains the built-in demo model on synthesized music (resumable), or
// measures a trained demo model (--evaluate).
#include "ArgParser.h"
#include "CliCommand.h"
#include "engine/train/DemoTraining.h"
#include "util/Error.h"

#include <iostream>

namespace noiseloss::cli {

namespace {

int runEvaluation(const ArgParser& parser) {
    std::vector<std::filesystem::path> clips;
    std::string list = parser.value("clips");
    for (std::size_t start = 0; start < list.size();) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        if (comma > start)
            clips.emplace_back(list.substr(start, comma - start));
        start = comma + 1;
    }
    std::cout << evaluateDemoModel(parser.value("evaluate"), clips, parser.value("out")) << "\n";
    return 0;
}

int runTrainDemo(const std::vector<std::string>& args) {
    ArgParser parser(
        "train-demo",
        "Train the demo model (small EnCodec + MusicGen decoder) on synthesized songs. Resumable: "
        "run the same command again to continue from DIR's last checkpoint. Writes DIR/model/.");
    parser.addOption("out", "DIR", "training folder (checkpoints, train-log.csv, model/)");
    parser.addOption("minutes", "M", "wall-clock budget of the whole run", "60");
    parser.addOption("seed", "S", "run seed (initialisation and training songs)", "1");
    parser.addOption("codec-share", "F", "fraction of the budget for the codec", "0.4");
    parser.addOption("codec-steps", "N", "upper bound of codec steps", "1500");
    parser.addOption("lm-steps", "N", "upper bound of decoder steps", "3000");
    parser.addOption("lm-songs", "N", "30 s songs encoded for the decoder", "60");
    parser.addOption("threads", "N", "LibTorch threads", "2");
    parser.addOption("evaluate", "MODEL", "instead of training: measure this model folder, report to --out",
                     "");
    parser.addOption("clips", "A,B", "with --evaluate: held-out clips for the noise experiment", "");
    if (!parser.parse(args))
        return 0;
    if (!parser.value("evaluate").empty())
        return runEvaluation(parser);
    DemoTrainingOptions options = defaultDemoTrainingOptions();
    options.outputDir = parser.value("out");
    options.minutes = parser.number("minutes");
    options.seed = static_cast<std::uint64_t>(parser.integer("seed"));
    options.codecShare = parser.number("codec-share");
    options.codecSteps = static_cast<int>(parser.integer("codec-steps"));
    options.lmSteps = static_cast<int>(parser.integer("lm-steps"));
    options.lmSongs = static_cast<int>(parser.integer("lm-songs"));
    options.threads = static_cast<int>(parser.integer("threads"));
    if (options.minutes <= 0 || options.codecShare <= 0 || options.codecShare >= 1 || options.lmSongs < 8)
        throw Error("train-demo: need --minutes > 0, 0 < --codec-share < 1 and --lm-songs >= 8");
    trainDemoModel(options);
    return 0;
}

const CliCommandRegistration kRegistration{
    {"train-demo", "Train or measure the built-in demo model", runTrainDemo}};

} // namespace

} // namespace noiseloss::cli
