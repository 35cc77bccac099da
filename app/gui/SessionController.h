#pragma once

#include "PerturbationPreview.h"
#include "SessionFile.h"

#include <QObject>
#include <optional>

class QAction;
class QMenu;
class QTimer;
class QWidget;

namespace noiseloss {

class AudioLoader;
class Document;
class RegionController;
class TimeSync;

/// Holds the file actions: open audio (dialog, drop, command line, recent files), open/save sessions,
/// autosave with crash recovery, and exports (perturbed audio as WAV/FLAC, regions as an Audacity
/// label track or CSV). Problems are reported through error() and never change the document: a
/// corrupt session leaves the open clip and plan as they were. Dialogs are shown only when
/// interactive (not in headless screenshot mode). GUI thread only.
class SessionController : public QObject {
    Q_OBJECT
public:
    SessionController(Document* document, TimeSync* sync, RegionController* regions, AudioLoader* loader,
                      QWidget* dialogParent, QObject* parent = nullptr);

    void setInteractive(bool interactive) { m_interactive = interactive; }
    QAction* openAudioAction() const { return m_openAudio; }
    QAction* openSessionAction() const { return m_openSession; }
    QAction* saveSessionAction() const { return m_save; }
    QAction* saveSessionAsAction() const { return m_saveAs; }
    QAction* exportAudioAction() const { return m_exportAudio; }
    QAction* exportRegionsAction() const { return m_exportRegions; }
    QMenu* recentFilesMenu() const { return m_recentMenu; }
    QString sessionPath() const { return m_sessionPath; }

    /// Starts loading a clip (asynchronous; see AudioLoader). A plan file given with setPendingPlanFile
    /// is applied once the clip is loaded.
    void openAudio(const QString& path);
    void setPendingPlanFile(const QString& path) { m_pendingPlanFile = path; }
    /// Reads the session now (errors: returns false, nothing changes) and loads its clip.
    bool openSession(const QString& path);
    bool saveSession(const QString& path);
    SessionData currentSession() const;

    void setPerturbed(const PreviewResult& result) { m_perturbed = result; }
    bool exportPerturbedAudio(const QString& path);
    bool exportRegions(const QString& path); ///< .csv gives CSV, anything else an Audacity label track

    static QString autosavePath();
    /// At start-up: when the last run did not exit cleanly and left an autosave, offers to recover it.
    void offerRecovery();
    void markCleanExit();

signals:
    void error(const QString& message);
    void warning(const QString& message);
    void sessionPathChanged(const QString& path);

private:
    void onAudioLoaded(const struct LoadedAudio& audio);
    void applyPendingSession();
    void applyPendingPlanFile();
    void addRecentFile(const QString& path);
    void rebuildRecentMenu();
    void autosave();
    void chooseAndOpenAudio();
    void chooseAndOpenSession();
    void chooseAndSaveSession(bool forceDialog);
    void chooseAndExportAudio();
    void chooseAndExportRegions();

    Document* m_document;
    TimeSync* m_sync;
    RegionController* m_regions;
    AudioLoader* m_loader;
    QWidget* m_dialogParent;
    bool m_interactive = true;
    QString m_sessionPath;
    std::optional<SessionData> m_pendingSession;
    QString m_pendingPlanFile;
    std::optional<PreviewResult> m_perturbed;
    QAction* m_openAudio;
    QAction* m_openSession;
    QAction* m_save;
    QAction* m_saveAs;
    QAction* m_exportAudio;
    QAction* m_exportRegions;
    QMenu* m_recentMenu;
    QTimer* m_autosaveTimer;
    int m_autosavedIndex = -1;
};

} // namespace noiseloss
