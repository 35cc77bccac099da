#include "experiment/ReportFigureData.h"

#include "experiment/ExperimentStore.h"
#include "experiment/PooledBandStats.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>

namespace noiseloss {
namespace {

const std::vector<std::string> kBands = {"peak", "assimilation", "recovery"};

/// Groups rows of `kind` into box groups labelled by `groupOf`, one series per band.
ReportFigureData bandBoxes(const std::vector<TidyRow>& rows, const std::string& kind, bool studyLengths,
                           std::string (*groupOf)(const TidyRow&)) {
    ReportFigureData figure;
    figure.type = ReportFigureData::Type::Box;
    figure.seriesNames = kBands;
    figure.yLabel = "mean D over the band (nats)";
    std::map<std::string, std::size_t> index;
    std::set<std::string> withStudyLengths;
    for (const TidyRow& row : rows)
        if (row.kind == kind && isStudyPoolLength(row.length))
            withStudyLengths.insert(groupOf(row));
    for (const TidyRow& row : rows) {
        if (row.kind != kind || !std::isfinite(row.meanD))
            continue;
        const std::string group = groupOf(row);
        if (studyLengths && withStudyLengths.count(group) && !isStudyPoolLength(row.length))
            continue;
        auto [it, inserted] = index.try_emplace(group, figure.groups.size());
        if (inserted) {
            std::vector<BoxSeries> series;
            for (const std::string& band : kBands)
                series.push_back({band, {}});
            figure.groups.emplace_back(group, series);
        }
        const auto band = std::find(kBands.begin(), kBands.end(), row.band);
        if (band != kBands.end())
            figure.groups[it->second]
                .second[static_cast<std::size_t>(band - kBands.begin())]
                .values.push_back(row.meanD);
    }
    return figure;
}

std::string modelAndDataset(const TidyRow& row) {
    return row.model + " / " + row.dataset;
}

std::string schemeAndBlock(const TidyRow& row) {
    return row.scheme + " L=" + std::to_string(static_cast<long long>(row.block));
}

/// One line series per key; each point pools one value per job at its length.
std::vector<LineSeries> linesByLength(const std::vector<TidyRow>& rows,
                                      const std::function<std::string(const TidyRow&)>& keyOf,
                                      double (*valueOf)(const TidyRow&)) {
    std::vector<std::string> order;
    std::map<std::string, std::map<std::int64_t, std::vector<double>>> values;
    for (const TidyRow& row : rows) {
        if (row.kind != "noise" || row.band != "peak") // one row per job
            continue;
        const std::string key = keyOf(row);
        if (!values.count(key))
            order.push_back(key);
        values[key][row.length].push_back(valueOf(row));
    }
    std::vector<LineSeries> series;
    for (const std::string& key : order) {
        LineSeries line{key, {}, false};
        for (const auto& [length, samples] : values[key]) {
            LinePoint point;
            point.x = static_cast<double>(length);
            meanAndSd(samples, point.mean, point.sd, point.count);
            line.points.push_back(point);
        }
        series.push_back(line);
    }
    return series;
}

ReportFigureData lineFigure(std::string stem, std::string title, std::string yLabel,
                            std::vector<LineSeries> lines) {
    ReportFigureData figure;
    figure.type = ReportFigureData::Type::Line;
    figure.fileStem = std::move(stem);
    figure.title = std::move(title);
    figure.xLabel = "noise length (tokens)";
    figure.yLabel = std::move(yLabel);
    figure.lines = std::move(lines);
    return figure;
}

} // namespace

std::vector<ReportFigureData> buildReportFigures(const std::vector<TidyRow>& rows) {
    std::vector<ReportFigureData> figures;
    ReportFigureData bands = bandBoxes(rows, "noise", true, &modelAndDataset);
    if (!bands.groups.empty()) {
        bands.fileStem = "band_boxes";
        bands.title = "Band means of D per model x dataset (noise)";
        figures.push_back(bands);
        ReportFigureData violins = bands;
        violins.type = ReportFigureData::Type::Violin;
        violins.fileStem = "band_violins";
        violins.title = "Band means of D per model x dataset (noise), violins";
        figures.push_back(violins);
    }
    std::vector<LineSeries> clipD = linesByLength(
        rows, [](const TidyRow& row) { return row.model; },
        [](const TidyRow& row) { return row.clipLossPerturbed - row.clipLossOriginal; });
    if (!clipD.empty()) {
        figures.push_back(lineFigure("clip_d_vs_length", "Clip-level loss difference vs noise length",
                                     "clip loss perturbed - original (nats)", clipD));
        figures.back().zeroLine = true;
    }
    // Losses of different models live on different scales: mixing them in one colour's mean would
    // show the model mix, not the colour, so each model gets its own lines when there are several.
    std::vector<std::string> models, colours; // in order of appearance
    for (const TidyRow& row : rows)
        if (row.kind == "noise") {
            if (std::find(models.begin(), models.end(), row.model) == models.end())
                models.push_back(row.model);
            if (std::find(colours.begin(), colours.end(), row.colour) == colours.end())
                colours.push_back(row.colour);
        }
    const bool perModel = models.size() > 1;
    std::vector<LineSeries> byColour = linesByLength(
        rows, [perModel](const TidyRow& row) { return perModel ? row.model + " " + row.colour : row.colour; },
        [](const TidyRow& row) { return row.clipLossPerturbed; });
    if (!byColour.empty()) {
        std::vector<LineSeries> originals = linesByLength(
            rows,
            [perModel](const TidyRow& row) {
                return perModel ? row.model + " original" : std::string("original");
            },
            [](const TidyRow& row) { return row.clipLossOriginal; });
        // With several models a noise colour keeps one palette colour and each model its own line
        // style, so "white" reads the same in every model and the models stay apart.
        for (LineSeries& line : byColour)
            for (std::size_t m = 0; perModel && m < models.size(); ++m)
                if (line.name.rfind(models[m] + " ", 0) == 0) {
                    const std::string colour = line.name.substr(models[m].size() + 1);
                    line.colourIndex =
                        static_cast<int>(std::find(colours.begin(), colours.end(), colour) - colours.begin());
                    line.styleIndex = static_cast<int>(m % 3);
                }
        for (LineSeries& original : originals) {
            original.dashed = true;
            byColour.push_back(original);
        }
        figures.push_back(lineFigure("loss_vs_length", "Mean clip loss vs noise length per colour",
                                     "mean clip loss (nats)", byColour));
    }
    ReportFigureData shuffle = bandBoxes(rows, "shuffle", false, &schemeAndBlock);
    if (!shuffle.groups.empty()) {
        shuffle.fileStem = "shuffle_boxes";
        shuffle.title = "Band means of D per shuffle scheme and block length";
        figures.push_back(shuffle);
    }
    return figures;
}

std::vector<TidyRow> loadTidyRows(const std::string& experimentFolder) {
    const ExperimentStore store(experimentFolder);
    const std::vector<std::string> lines = store.readResultsTable();
    std::vector<TidyRow> rows;
    for (std::size_t i = 0; i < lines.size(); ++i)
        rows.push_back(
            tidyRowFromCsvLine(lines[i], store.resultsTable().string() + ": line " + std::to_string(i + 2)));
    return rows;
}

} // namespace noiseloss
