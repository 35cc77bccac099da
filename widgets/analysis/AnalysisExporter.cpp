#include "widgets/analysis/AnalysisExporter.h"

#include "analysis/LossAnalysisJson.h"
#include "perturb/PlanJson.h"
#include "util/Npy.h"
#include "widgets/analysis/LossChartView.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <QtGlobal>
#include <cmath>
#include <filesystem>
#include <sstream>

#ifndef NOISELOSS_VERSION
#define NOISELOSS_VERSION "unknown"
#endif
#ifndef NOISELOSS_GIT_COMMIT
#define NOISELOSS_GIT_COMMIT "unknown"
#endif

namespace noiseloss {

namespace {

bool saveBytes(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString());
        return false;
    }
    return true;
}

void appendValue(std::ostringstream& out, float value) {
    out << ',';
    if (std::isfinite(value))
        out << value;
}

std::string bandAt(const LossAnalysis& analysis, std::int64_t frame) {
    for (const RegionAnalysis& region : analysis.regions) {
        const std::string suffix = ":" + std::to_string(region.planRegionIndex + 1);
        if (region.bands.peak.contains(frame))
            return "peak" + suffix;
        if (region.bands.assimilation.contains(frame))
            return "assimilation" + suffix;
        if (region.bands.recovery.contains(frame))
            return "recovery" + suffix;
    }
    return {};
}

} // namespace

AnalysisExporter::AnalysisExporter(nlohmann::json provenance) : m_provenance(std::move(provenance)) {}

QString AnalysisExporter::metaPathFor(const QString& path) {
    return path + QStringLiteral(".meta.json");
}

nlohmann::json AnalysisExporter::metaFor(const AnalysisViewData& data, const QString& file,
                                         const std::string& kind) const {
    nlohmann::json meta;
    meta["file"] = QFileInfo(file).fileName().toStdString();
    meta["kind"] = kind;
    meta["version"] = NOISELOSS_VERSION;
    meta["git_commit"] = NOISELOSS_GIT_COMMIT;
    meta["created_utc"] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    meta["audio"] = data.audioName;
    meta["model"] = data.modelName;
    meta["plan"] = planToJson(data.plan);
    meta["token_rate"] = {{"sample_rate", data.tokens.sampleRate}, {"hop_samples", data.tokens.hopSamples}};
    meta["alignment"] = toString(data.params.alignment);
    const StudyBandParams& bands = data.params.studyBands;
    meta["study_bands"] = {{"baseline_gap_tokens", bands.baselineGapTokens},
                           {"lead_tokens", bands.leadTokens},
                           {"run_length_tokens", bands.runLengthTokens},
                           {"fallback_peak_tokens", bands.fallbackPeakTokens},
                           {"assimilation_tail_tokens", bands.assimilationTailTokens}};
    meta["libraries"] = {{"qt", qVersion()},
                         {"nlohmann_json", std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." +
                                               std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." +
                                               std::to_string(NLOHMANN_JSON_VERSION_PATCH)}};
    meta["provenance"] = m_provenance;
    return meta;
}

bool AnalysisExporter::writeMeta(const nlohmann::json& meta, const QString& path, QString* error) const {
    return saveBytes(metaPathFor(path), QByteArray::fromStdString(meta.dump(2) + "\n"), error);
}

bool AnalysisExporter::writeTokenCsv(const AnalysisViewData& data, const QString& path,
                                     QString* error) const {
    const AlignedLosses& aligned = data.analysis.aligned;
    std::ostringstream out;
    out.precision(7);
    out << "frame,start_s,end_s,perturbed_frame,L_orig,L_pert,D";
    for (const char* name : {"L_orig_k", "L_pert_k", "D_k"})
        for (int k = 0; k < aligned.codebooks; ++k)
            out << ',' << name << (k + 1);
    out << ",band\n";
    for (std::int64_t frame = 0; frame < aligned.frames; ++frame) {
        const auto t = static_cast<std::size_t>(frame);
        out << frame << ',' << data.tokens.frameToSeconds(frame) << ','
            << data.tokens.frameToSeconds(frame + 1) << ','
            << (t < aligned.perturbedFrameOf.size() ? aligned.perturbedFrameOf[t] : frame);
        appendValue(out, aligned.originalMean[t]);
        appendValue(out, aligned.perturbedMean[t]);
        appendValue(out, aligned.differenceMean[t]);
        for (const std::vector<float>* rows :
             {&aligned.originalNll, &aligned.perturbedNll, &aligned.difference})
            for (int k = 0; k < aligned.codebooks; ++k)
                appendValue(out, (*rows)[aligned.index(k, frame)]);
        out << ',' << bandAt(data.analysis, frame) << '\n';
    }
    return saveBytes(path, QByteArray::fromStdString(out.str()), error) &&
           writeMeta(metaFor(data, path, "token-csv"), path, error);
}

bool AnalysisExporter::writeTokenNpy(const AnalysisViewData& data, const QString& path,
                                     QString* error) const {
    const AlignedLosses& aligned = data.analysis.aligned;
    std::vector<float> values;
    values.reserve(3 * aligned.difference.size());
    for (const std::vector<float>* rows : {&aligned.originalNll, &aligned.perturbedNll, &aligned.difference})
        values.insert(values.end(), rows->begin(), rows->end());
    const std::filesystem::path target = path.toStdString();
    const std::filesystem::path partial = target.string() + ".part";
    try {
        writeNpy(partial, {3, aligned.codebooks, aligned.frames}, values);
        std::filesystem::rename(partial, target);
    } catch (const std::exception& failure) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        if (error)
            *error = QStringLiteral("%1: cannot write (%2)").arg(path, QString::fromUtf8(failure.what()));
        return false;
    }
    nlohmann::json meta = metaFor(data, path, "token-npy");
    meta["layout"] = "float32 [3, K, T_orig]: L_orig, L_pert paired to original frames, D = L_pert - L_orig; "
                     "NaN where a token has no counterpart";
    return writeMeta(meta, path, error);
}

bool AnalysisExporter::writeBandsJson(const AnalysisViewData& data, const QString& path,
                                      QString* error) const {
    nlohmann::json json = lossAnalysisToJson(data.analysis, data.params, data.tokens);
    json["audio"] = data.audioName;
    json["model"] = data.modelName;
    return saveBytes(path, QByteArray::fromStdString(json.dump(2) + "\n"), error) &&
           writeMeta(metaFor(data, path, "bands-json"), path, error);
}

bool AnalysisExporter::writeChartImage(LossChartView& chart, const QString& path, QString* error) const {
    if (!chart.data()) {
        if (error)
            *error = QStringLiteral("%1: there is no analysis to export").arg(path);
        return false;
    }
    const bool svg = path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive);
    if (!(svg ? chart.exportSvg(path, error) : chart.exportPng(path, error)))
        return false;
    nlohmann::json meta = metaFor(*chart.data(), path, svg ? "chart-svg" : "chart-png");
    const LossChartSettings& settings = chart.settings();
    meta["chart"] = {
        {"codebook", settings.codebook < 0 ? nlohmann::json("mean") : nlohmann::json(settings.codebook + 1)},
        {"smoothing_tokens", settings.smoothingTokens},
        {"difference_style", settings.differenceStyle == DifferenceStyle::Bars ? "bars" : "line"},
        {"show_bands", settings.showBands}};
    return writeMeta(meta, path, error);
}

} // namespace noiseloss
