#include "SessionFile.h"

#include "noiseloss/BuildInfo.h"
#include "perturb/PlanJson.h"
#include "util/Error.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace noiseloss {
namespace {
constexpr const char* kFormat = "noiseloss-session";

std::string text(const QString& value) {
    return value.toStdString();
}
QString text(const nlohmann::json& json, const char* key) {
    return json.contains(key) && json[key].is_string() ? QString::fromStdString(json[key].get<std::string>())
                                                       : QString();
}
} // namespace

nlohmann::json SessionFile::toJson(const SessionData& session, const QString& sessionFolder) {
    nlohmann::json json;
    json["format"] = kFormat;
    json["version"] = kVersion;
    json["created_by"] = {{"app", "noiseloss"},
                          {"version", build::kVersion},
                          {"git_commit", build::kGitCommit},
                          {"saved_at", text(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))}};
    json["audio"] = {{"path", text(session.audioPath)},
                     {"relative_path", text(QDir(sessionFolder).relativeFilePath(session.audioPath))},
                     {"sha256", text(session.audioSha256)}};
    json["plan"] = planToJson(session.plan);
    json["model_folder"] = text(session.modelFolder);
    json["view"] = {{"visible_start_seconds", session.visibleStartSeconds},
                    {"visible_end_seconds", session.visibleEndSeconds},
                    {"playhead_seconds", session.playheadSeconds}};
    json["analysis"] =
        session.analysisSettings.is_object() ? session.analysisSettings : nlohmann::json::object();
    return json;
}

SessionData SessionFile::fromJson(const nlohmann::json& json, const QString& sessionFolder) {
    if (!json.is_object() || json.value("format", "") != kFormat)
        throw Error("not a NoiseLoss session (the \"format\" field is not \"noiseloss-session\")");
    const int version = json.value("version", 0);
    if (version < 1 || version > kVersion)
        throw Error("session version " + std::to_string(version) +
                    " is not supported (this build reads 1 to " + std::to_string(kVersion) + ")");
    if (!json.contains("audio") || !json["audio"].is_object())
        throw Error("the session has no \"audio\" section");
    SessionData session;
    const nlohmann::json& audio = json["audio"];
    session.audioPath = text(audio, "path");
    const QString relative = text(audio, "relative_path");
    if (!QFileInfo::exists(session.audioPath) && !relative.isEmpty())
        session.audioPath = QDir(sessionFolder).absoluteFilePath(relative);
    if (session.audioPath.isEmpty())
        throw Error("audio.path: missing");
    session.audioSha256 = text(audio, "sha256");
    if (!json.contains("plan"))
        throw Error("the session has no \"plan\"");
    try {
        session.plan = planFromJson(json["plan"]);
    } catch (const Error& error) {
        throw Error(std::string("plan: ") + error.what());
    }
    session.modelFolder = text(json, "model_folder");
    if (json.contains("view") && json["view"].is_object()) {
        const nlohmann::json& view = json["view"];
        session.visibleStartSeconds = view.value("visible_start_seconds", 0.0);
        session.visibleEndSeconds = view.value("visible_end_seconds", 0.0);
        session.playheadSeconds = view.value("playhead_seconds", 0.0);
    }
    if (json.contains("analysis") && json["analysis"].is_object())
        session.analysisSettings = json["analysis"];
    return session;
}

void SessionFile::write(const QString& path, const SessionData& session) {
    const std::string content = toJson(session, QFileInfo(path).absolutePath()).dump(2) + "\n";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(text(path) + ": cannot write the session (" + text(file.errorString()) + ")");
    file.write(content.data(), static_cast<qint64>(content.size()));
    if (!file.commit())
        throw Error(text(path) + ": cannot write the session (" + text(file.errorString()) + ")");
}

SessionData SessionFile::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(text(path) + ": cannot open the session (" + text(file.errorString()) + ")");
    const QByteArray bytes = file.readAll();
    try {
        const nlohmann::json json =
            nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
        return fromJson(json, QFileInfo(path).absolutePath());
    } catch (const nlohmann::json::exception& error) {
        throw Error(text(path) + ": corrupt session file (" + error.what() + ")");
    } catch (const Error& error) {
        throw Error(text(path) + ": " + error.what());
    }
}

} // namespace noiseloss
