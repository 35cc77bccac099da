#pragma once

#include "perturb/PerturbationPlan.h"

#include <QString>
#include <nlohmann/json.hpp>

namespace noiseloss {

/// Everything a .nlsession file records: the clip (path + SHA-256 of its bytes), the plan, the model
/// folder, the view and the analysis settings, plus provenance (app version and git commit).
struct SessionData {
    QString audioPath;   ///< absolute; relative paths in the file are resolved against the session folder
    QString audioSha256; ///< hex
    PerturbationPlan plan;
    QString modelFolder;
    double visibleStartSeconds = 0.0;
    double visibleEndSeconds = 0.0;
    double playheadSeconds = 0.0;
    nlohmann::json analysisSettings = nlohmann::json::object();
};

/// Reading and writing session files. Format (JSON, extension kExtension):
///   {"format": "noiseloss-session", "version": 1, "created_by": {...}, "audio": {"path", "relative_path",
///    "sha256"}, "plan": <planToJson>, "model_folder", "view": {...}, "analysis": {...}}
/// Any thread; no shared state.
class SessionFile {
public:
    static constexpr const char* kExtension = "nlsession";
    static constexpr int kVersion = 1;

    /// Atomic (QSaveFile): a failed write leaves any existing file untouched. Throws Error.
    static void write(const QString& path, const SessionData& session);
    /// Throws Error naming the file and what is wrong (not JSON, wrong format, bad plan...).
    static SessionData read(const QString& path);

    static nlohmann::json toJson(const SessionData& session, const QString& sessionFolder);
    static SessionData fromJson(const nlohmann::json& json, const QString& sessionFolder);
};

} // namespace noiseloss
