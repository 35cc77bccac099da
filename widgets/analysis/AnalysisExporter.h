#pragma once

#include "widgets/analysis/AnalysisViewData.h"

#include <QString>
#include <nlohmann/json.hpp>

namespace noiseloss {

class LossChartView;

/// Writes an analysis to files, each next to a `<file>.meta.json` (version, git commit, audio, model,
/// plan, analysis settings, library versions, plus the caller's `provenance` object, e.g. audio and
/// model hashes). Files are written atomically (QSaveFile). Every function returns false and sets
/// `error` to a message naming the file when something cannot be written. GUI thread only for the
/// chart images; the CSV and JSON writers have no thread affinity.
class AnalysisExporter {
public:
    explicit AnalysisExporter(nlohmann::json provenance = nlohmann::json::object());

    /// One row per original token frame: frame, time span, paired perturbed frame, mean losses and D,
    /// then L_orig / L_pert / D per codebook, then the study band the frame falls in. NaN is written
    /// as an empty field.
    bool writeTokenCsv(const AnalysisViewData& data, const QString& path, QString* error = nullptr) const;
    /// The aligned per-token losses as one float32 NPY array [3, K, T_orig]: L_orig, the paired
    /// L_pert and D = L_pert - L_orig, per codebook on ORIGINAL token frames; NaN where a token has
    /// no counterpart (deleted or cut). Written to a temporary file and renamed (atomic).
    bool writeTokenNpy(const AnalysisViewData& data, const QString& path, QString* error = nullptr) const;
    /// The bands summary (lossAnalysisToJson) with the audio and model names.
    bool writeBandsJson(const AnalysisViewData& data, const QString& path, QString* error = nullptr) const;
    /// The chart as shown, as PNG or SVG (by the file's suffix: .png or .svg).
    bool writeChartImage(LossChartView& chart, const QString& path, QString* error = nullptr) const;

    /// The meta.json object written next to `file` of `kind` ("token-csv", "bands-json", "chart-png", ...).
    nlohmann::json metaFor(const AnalysisViewData& data, const QString& file, const std::string& kind) const;
    static QString metaPathFor(const QString& path); ///< "<path>.meta.json"

private:
    bool writeMeta(const nlohmann::json& meta, const QString& path, QString* error) const;

    nlohmann::json m_provenance;
};

} // namespace noiseloss
