#pragma once

#include "experiment/ReportFigureData.h"

#include <QImage>
#include <QSize>
#include <filesystem>
#include <string>
#include <vector>

namespace noiseloss {

/// What writeExperimentReport produced.
struct ExperimentReportSummary {
    std::vector<std::string> figures; ///< file stems; each has .png and .svg
    std::size_t rows = 0;             ///< rows of results.csv read
    std::size_t pooledGroups = 0;     ///< rows of pooled_band_stats.csv
};

/// Renders `figure` into a white ARGB image of `size` pixels (invalid: its preferred size,
/// ReportFigurePainter::preferredSize).
QImage renderReportFigure(const ReportFigureData& figure, QSize size = QSize());

/// Writes the study's report for an experiment folder into `out`:
///   <figure>.png / <figure>.svg     every figure of buildReportFigures (QImage and QSvgGenerator)
///   pooled_band_stats.csv / .md      mean +- SD (ddof 1) per model x dataset x kind x band
///   meta.json                        version, git commit, the experiment's meta (spec, models)
///   README.md                        the figures and the Markdown table
/// With `humanScores` (a CSV of clip,score; HumanScores.h) also peak_max_vs_human: the study's
/// listening-test scatter with regression lines.
/// Needs a QGuiApplication (the offscreen platform is enough). Throws Error naming the file on
/// failure, when the experiment has no results.csv, or when no scored clip has noise jobs.
ExperimentReportSummary writeExperimentReport(const std::filesystem::path& experiment,
                                              const std::filesystem::path& out,
                                              const std::filesystem::path& humanScores = {});

} // namespace noiseloss
