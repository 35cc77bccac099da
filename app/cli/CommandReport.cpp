// `noiseloss-cli report DIR --out REPORT_DIR`: the study's figures (PNG + SVG, drawn with Qt on the
// offscreen platform) and pooled band statistics (CSV + Markdown) of an experiment folder.
#include "ArgParser.h"
#include "CliCommand.h"
#include "widgets/report/ExperimentReportWriter.h"

#include <QGuiApplication>
#include <cstdlib>
#include <iostream>

namespace noiseloss::cli {
namespace {

int runReport(const std::vector<std::string>& args) {
    ArgParser parser(
        "report", "Draw the study's figures (band box and violin plots per model x dataset, clip-level loss "
                  "difference vs noise length, mean loss vs length per colour, shuffle box plots; "
                  "with --human-scores, human score vs Peak max) "
                  "and pooled band statistics for an experiment folder.");
    parser.addPositional("DIR", "experiment output folder (results.csv, meta.json)");
    parser.addOption("out", "REPORT_DIR", "folder for the figures and tables");
    parser.addOption("human-scores", "CSV",
                     "listening-test scores (columns clip,score; clip = file name as in results.csv): adds "
                     "the human score vs Peak max scatter with regression lines",
                     "");
    if (!parser.parse(args))
        return 0;
    // Drawing needs a QGuiApplication but no display: the offscreen platform unless the user chose one.
    if (!std::getenv("QT_QPA_PLATFORM"))
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    static int argc = 1;
    static char name[] = "noiseloss-cli";
    static char* argv[] = {name, nullptr};
    QGuiApplication application(argc, argv);
    const ExperimentReportSummary summary =
        writeExperimentReport(parser.positional("DIR"), parser.value("out"), parser.value("human-scores"));
    std::cerr << summary.figures.size() << " figures, " << summary.pooledGroups << " pooled band groups from "
              << summary.rows << " rows -> " << parser.value("out") << "\n";
    return 0;
}

const CliCommandRegistration kRegistration{
    {"report", "Figures (PNG, SVG) and pooled band statistics of an experiment folder", runReport}};

} // namespace
} // namespace noiseloss::cli
