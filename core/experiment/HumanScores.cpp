#include "experiment/HumanScores.h"

#include "util/Error.h"

#include <cmath>
#include <fstream>
#include <sstream>

namespace noiseloss {
namespace {

std::vector<std::string> splitCsv(const std::string& line) {
    std::vector<std::string> cells;
    std::string cell;
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted) {
            cells.push_back(cell);
            cell.clear();
        } else if (c != '\r')
            cell += c;
    }
    cells.push_back(cell);
    for (std::string& text : cells) {
        const auto first = text.find_first_not_of(" \t");
        text = first == std::string::npos ? "" : text.substr(first, text.find_last_not_of(" \t") - first + 1);
    }
    return cells;
}

std::size_t columnOf(const std::vector<std::string>& header, const std::string& name,
                     const std::filesystem::path& csv) {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name)
            return i;
    throw Error(csv.string() + ": line 1: no '" + name + "' column (the header needs clip and score)");
}

} // namespace

std::map<std::string, double> loadHumanScores(const std::filesystem::path& csv) {
    std::ifstream stream(csv);
    if (!stream)
        throw Error(csv.string() + ": cannot open the human scores");
    std::string line;
    if (!std::getline(stream, line))
        throw Error(csv.string() + ": empty file (expected a header with clip and score)");
    const std::vector<std::string> header = splitCsv(line);
    const std::size_t clipColumn = columnOf(header, "clip", csv);
    const std::size_t scoreColumn = columnOf(header, "score", csv);
    std::map<std::string, std::pair<double, int>> sums;
    for (int number = 2; std::getline(stream, line); ++number) {
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        const std::vector<std::string> cells = splitCsv(line);
        const std::string where = csv.string() + ": line " + std::to_string(number);
        if (cells.size() <= std::max(clipColumn, scoreColumn) || cells[clipColumn].empty())
            throw Error(where + ": expected a clip and a score");
        double score = 0.0;
        std::size_t used = 0;
        try {
            score = std::stod(cells[scoreColumn], &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != cells[scoreColumn].size() || !std::isfinite(score))
            throw Error(where + ": score '" + cells[scoreColumn] + "' is not a number");
        auto& [sum, count] = sums[cells[clipColumn]];
        sum += score;
        ++count;
    }
    if (sums.empty())
        throw Error(csv.string() + ": no scores");
    std::map<std::string, double> scores;
    for (const auto& [clip, sum] : sums)
        scores[clip] = sum.first / sum.second;
    return scores;
}

LinearFit fitLine(const std::vector<double>& x, const std::vector<double>& y) {
    LinearFit fit;
    fit.count = std::min(x.size(), y.size());
    const double n = static_cast<double>(fit.count);
    double meanX = 0.0, meanY = 0.0;
    for (std::size_t i = 0; i < fit.count; ++i) {
        meanX += x[i];
        meanY += y[i];
    }
    meanX /= n;
    meanY /= n;
    double sxx = 0.0, syy = 0.0, sxy = 0.0;
    for (std::size_t i = 0; i < fit.count; ++i) {
        sxx += (x[i] - meanX) * (x[i] - meanX);
        syy += (y[i] - meanY) * (y[i] - meanY);
        sxy += (x[i] - meanX) * (y[i] - meanY);
    }
    if (fit.count < 2 || sxx <= 0.0) {
        fit.slope = fit.intercept = fit.r = NAN;
        return fit;
    }
    fit.slope = sxy / sxx;
    fit.intercept = meanY - fit.slope * meanX;
    fit.r = syy > 0.0 ? sxy / std::sqrt(sxx * syy) : NAN;
    return fit;
}

ReportFigureData humanScoreFigure(const std::vector<TidyRow>& rows,
                                  const std::map<std::string, double>& scores) {
    ReportFigureData figure;
    figure.type = ReportFigureData::Type::Scatter;
    figure.fileStem = "peak_max_vs_human";
    figure.title = "Human score vs Peak max";
    figure.xLabel = "Peak max D (nats, mean over the clip's noise jobs)";
    figure.yLabel = "human score";
    std::vector<std::string> models;
    std::map<std::string, std::map<std::string, std::pair<double, int>>> peakMax; // model -> clip -> sum
    for (const TidyRow& row : rows) {
        if (row.kind != "noise" || row.band != "peak" || !std::isfinite(row.maxD) || !scores.count(row.clip))
            continue;
        if (!peakMax.count(row.model))
            models.push_back(row.model);
        auto& [sum, count] = peakMax[row.model][row.clip];
        sum += row.maxD;
        ++count;
    }
    for (const std::string& model : models) {
        ScatterSeries series;
        series.name = model;
        for (const auto& [clip, sum] : peakMax[model]) {
            series.x.push_back(sum.first / sum.second);
            series.y.push_back(scores.at(clip));
        }
        const LinearFit fit = fitLine(series.x, series.y);
        series.slope = fit.slope;
        series.intercept = fit.intercept;
        series.r = fit.r;
        figure.scatter.push_back(series);
    }
    return figure;
}

} // namespace noiseloss
