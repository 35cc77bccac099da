#pragma once

#include "experiment/ReportFigureData.h"
#include "experiment/TidyRow.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace noiseloss {

/// Listening-test scores per clip, for the study's "human score versus Peak max" figure. Read
/// from a CSV with a header naming a `clip` column (the clip's file name, as in results.csv) and a
/// `score` column (any scale, e.g. a MOS); other columns are ignored. A clip listed twice is
/// averaged. Throws Error naming the file and line for a missing column, a bad number or no rows.
std::map<std::string, double> loadHumanScores(const std::filesystem::path& csv);

/// Ordinary least squares y = slope * x + intercept and Pearson's r over `count` pairs. With fewer
/// than two distinct x values slope, intercept and r are NaN. Pure function.
struct LinearFit {
    double slope = 0.0;
    double intercept = 0.0;
    double r = 0.0;
    std::size_t count = 0;
};
LinearFit fitLine(const std::vector<double>& x, const std::vector<double>& y);

/// The figure "peak_max_vs_human": one point per (model, clip) with a score, x = the Peak band's
/// max D averaged over the clip's noise jobs, y = the clip's score; one series per model with its
/// regression line. Empty groups/series (no figure) when no noise clip has a score. Pure function.
ReportFigureData humanScoreFigure(const std::vector<TidyRow>& rows,
                                  const std::map<std::string, double>& scores);

} // namespace noiseloss
