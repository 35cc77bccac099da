#pragma once

#include "experiment/TidyRow.h"

#include <string>
#include <vector>

namespace noiseloss {

/// One series of a box-plot group: the values whose quartiles are drawn.
struct BoxSeries {
    std::string name;
    std::vector<double> values;
};

/// One point of a line series: mean +- SD of `count` values at x.
struct LinePoint {
    double x = 0.0;
    double mean = 0.0;
    double sd = 0.0; ///< NaN for a single value
    std::size_t count = 0;
};

struct LineSeries {
    std::string name;
    std::vector<LinePoint> points; ///< sorted by x
    bool dashed = false;
    int colourIndex = -1; ///< palette entry; -1 = the series' position (one colour per line)
    int styleIndex = 0;   ///< 0 solid, 1 dash-dot, 2 dotted: tells models apart when colours repeat
};

/// Points of one scatter series with their least-squares line (HumanScores.h).
struct ScatterSeries {
    std::string name;
    std::vector<double> x;
    std::vector<double> y;
    double slope = 0.0; ///< y = slope * x + intercept; NaN when x has no spread
    double intercept = 0.0;
    double r = 0.0; ///< Pearson's r; NaN when undefined
};

/// A figure of the experiment report, as plain data for a renderer (widgets/report): either box
/// groups (category labels along x, one box or violin per series in each group) or line series.
struct ReportFigureData {
    enum class Type { Box, Violin, Line, Scatter };
    Type type = Type::Box;
    std::string fileStem; ///< "band_boxes", ...
    std::string title;
    std::string xLabel;
    std::string yLabel;
    std::vector<std::string> seriesNames; ///< Box: the series of every group, in colour order
    std::vector<std::pair<std::string, std::vector<BoxSeries>>> groups; ///< Box, Violin
    std::vector<LineSeries> lines;                                      ///< Line
    std::vector<ScatterSeries> scatter;                                 ///< Scatter
    bool zeroLine = false; ///< Line: include y = 0 and mark it (a signed difference, where 0 = no effect)
};

/// The study's figures from the tidy table (noiseloss-method.md, "Figures"), each only when the
/// table has the rows it needs:
///   band_boxes          mean D per band (peak, assimilation, recovery), one group per model x dataset
///                       (noise jobs; lengths pooled as in PooledBandStats.h)
///   band_violins        the same values as violins (kernel density, KernelDensity.h)
///   clip_d_vs_length    clip-level loss difference (perturbed - original) vs noise length, per model
///   loss_vs_length      mean clip loss of the perturbed clip vs noise length, per colour (per model
///                       and colour when there are several models), with the originals' mean as a
///                       dashed reference (one per model)
///   shuffle_boxes       mean D per band for shuffle jobs, one group per scheme x block length
/// Pure function.
std::vector<ReportFigureData> buildReportFigures(const std::vector<TidyRow>& rows);

/// Reads results.csv of an experiment folder (ExperimentStore.h). Throws Error naming the line.
std::vector<TidyRow> loadTidyRows(const std::string& experimentFolder);

} // namespace noiseloss
