#include "widgets/report/ExperimentReportWriter.h"

#include "experiment/ExperimentStore.h"
#include "experiment/HumanScores.h"
#include "experiment/PooledBandStats.h"
#include "noiseloss/BuildInfo.h"
#include "util/Error.h"
#include "widgets/report/ReportFigurePainter.h"

#include <QPainter>
#include <QSvgGenerator>
#include <nlohmann/json.hpp>

namespace noiseloss {
namespace {

void writeSvg(const ReportFigureData& figure, const QSize& size, const std::filesystem::path& path) {
    QSvgGenerator generator;
    generator.setFileName(QString::fromStdString(path.string()));
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(QString::fromStdString(figure.title));
    generator.setDescription("NoiseLoss Workstation experiment report");
    QPainter painter;
    if (!painter.begin(&generator))
        throw Error(path.string() + ": cannot write the SVG");
    ReportFigurePainter::paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), figure);
    painter.end();
}

} // namespace

QImage renderReportFigure(const ReportFigureData& figure, QSize size) {
    if (!size.isValid())
        size = ReportFigurePainter::preferredSize(figure);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    ReportFigurePainter::paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), figure);
    painter.end();
    return image;
}

ExperimentReportSummary writeExperimentReport(const std::filesystem::path& experiment,
                                              const std::filesystem::path& out,
                                              const std::filesystem::path& humanScores) {
    const std::vector<TidyRow> rows = loadTidyRows(experiment.string());
    std::vector<ReportFigureData> figures = buildReportFigures(rows);
    if (!humanScores.empty()) {
        ReportFigureData scatter = humanScoreFigure(rows, loadHumanScores(humanScores));
        if (scatter.scatter.empty())
            throw Error(humanScores.string() +
                        ": no clip with a score has noise jobs in results.csv (the clip column holds file "
                        "names such as '" +
                        (rows.empty() ? std::string("song.flac") : rows.front().clip) + "')");
        figures.push_back(scatter);
    }
    std::filesystem::create_directories(out);
    ExperimentReportSummary summary;
    summary.rows = rows.size();
    std::string readme = "# Experiment report\n\nFrom `" + experiment.string() + "` (" +
                         std::to_string(rows.size()) + " table rows).\n\n";
    for (const ReportFigureData& figure : figures) {
        const std::filesystem::path png = out / (figure.fileStem + ".png");
        const QSize size = ReportFigurePainter::preferredSize(figure);
        if (!renderReportFigure(figure, size).save(QString::fromStdString(png.string()), "PNG"))
            throw Error(png.string() + ": cannot write the PNG");
        writeSvg(figure, size, out / (figure.fileStem + ".svg"));
        summary.figures.push_back(figure.fileStem);
        readme += "## " + figure.title + "\n\n![" + figure.title + "](" + figure.fileStem + ".svg)\n\n";
    }
    const std::vector<PooledBandStat> pooled = poolBandStats(rows);
    summary.pooledGroups = pooled.size();
    ExperimentStore::writeTextAtomically(out / "pooled_band_stats.csv", pooledStatsCsv(pooled));
    ExperimentStore::writeTextAtomically(out / "pooled_band_stats.md", pooledStatsMarkdown(pooled));
    readme +=
        "## Pooled band statistics (mean +- SD, ddof 1)\n\nLengths pooled as the study did: N in {50, 100, "
        "150, 200} tokens when present, else all.\n\n" +
        pooledStatsMarkdown(pooled);
    ExperimentStore::writeTextAtomically(out / "README.md", readme);
    const nlohmann::json meta = {
        {"app", "NoiseLoss Workstation"},
        {"version", build::kVersion},
        {"git_commit", build::kGitCommit},
        {"command", "report"},
        {"experiment", experiment.string()},
        {"experiment_meta", ExperimentStore(experiment).readMeta().value_or(nullptr)},
        {"figures", summary.figures},
        {"human_scores",
         humanScores.empty() ? nlohmann::json(nullptr) : nlohmann::json(humanScores.string())},
        {"libraries", {{"qt", qVersion()}}}};
    ExperimentStore::writeTextAtomically(out / "meta.json", meta.dump(2) + "\n");
    return summary;
}

} // namespace noiseloss
