#include "SessionController.h"

#include "AudioLoader.h"
#include "Document.h"
#include "RegionController.h"
#include "RegionExport.h"
#include "audio/AudioFile.h"
#include "perturb/PlanJson.h"
#include "util/Error.h"
#include "widgets/TimeSync.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

namespace noiseloss {
namespace {
constexpr int kAutosaveIntervalMs = 20000;
constexpr int kMaximumRecentFiles = 8;
const char* const kRecentKey = "files/recent";
const char* const kCleanExitKey = "session/cleanExit";
} // namespace

SessionController::SessionController(Document* document, TimeSync* sync, RegionController* regions,
                                     AudioLoader* loader, QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_document(document), m_sync(sync), m_regions(regions), m_loader(loader),
      m_dialogParent(dialogParent), m_autosaveTimer(new QTimer(this)) {
    m_openAudio = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Audio…"), this);
    m_openAudio->setShortcut(QKeySequence::Open);
    m_openSession = new QAction(tr("Open &Session…"), this);
    m_openSession->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_save = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save Session"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs = new QAction(tr("Save Session &As…"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_exportAudio = new QAction(tr("Export &Perturbed Audio…"), this);
    m_exportRegions = new QAction(tr("Export &Regions…"), this);
    m_recentMenu = new QMenu(tr("Open &Recent"), dialogParent);
    connect(m_openAudio, &QAction::triggered, this, &SessionController::chooseAndOpenAudio);
    connect(m_openSession, &QAction::triggered, this, &SessionController::chooseAndOpenSession);
    connect(m_save, &QAction::triggered, this, [this] { chooseAndSaveSession(false); });
    connect(m_saveAs, &QAction::triggered, this, [this] { chooseAndSaveSession(true); });
    connect(m_exportAudio, &QAction::triggered, this, &SessionController::chooseAndExportAudio);
    connect(m_exportRegions, &QAction::triggered, this, &SessionController::chooseAndExportRegions);
    connect(loader, &AudioLoader::loaded, this, &SessionController::onAudioLoaded);
    connect(loader, &AudioLoader::failed, this, [this](const QString&, const QString& message) {
        m_pendingSession.reset();
        m_pendingPlanFile.clear();
        emit error(message);
    });
    connect(m_autosaveTimer, &QTimer::timeout, this, &SessionController::autosave);
    m_autosaveTimer->start(kAutosaveIntervalMs);
    rebuildRecentMenu();
}

void SessionController::openAudio(const QString& path) {
    if (path.isEmpty())
        return;
    m_loader->load(path);
}

void SessionController::onAudioLoaded(const LoadedAudio& audio) {
    m_document->setAudio(audio);
    m_sync->setDuration(audio.durationSeconds());
    addRecentFile(audio.path);
    if (m_pendingSession)
        applyPendingSession();
    else
        m_sessionPath.clear();
    applyPendingPlanFile();
    emit sessionPathChanged(m_sessionPath);
}

void SessionController::applyPendingSession() {
    const SessionData session = *m_pendingSession;
    m_pendingSession.reset();
    if (!session.audioSha256.isEmpty() && session.audioSha256 != m_document->audio().sha256)
        emit warning(
            tr("%1 has changed since the session was saved (different content hash): results may differ.")
                .arg(QFileInfo(session.audioPath).fileName()));
    m_document->setModelFolder(session.modelFolder);
    m_document->setAnalysisSettings(session.analysisSettings);
    m_document->setPlan(session.plan, -1);
    m_document->undoStack()->setClean();
    if (session.visibleEndSeconds > session.visibleStartSeconds)
        m_sync->setVisibleRange(session.visibleStartSeconds, session.visibleEndSeconds);
    m_sync->setPlayhead(session.playheadSeconds);
}

void SessionController::applyPendingPlanFile() {
    if (m_pendingPlanFile.isEmpty())
        return;
    const QString path = m_pendingPlanFile;
    m_pendingPlanFile.clear();
    try {
        m_regions->replacePlan(loadPlanFile(path.toStdString()),
                               tr("plan %1").arg(QFileInfo(path).fileName()));
    } catch (const std::exception& problem) {
        emit error(QString::fromStdString(problem.what()));
    }
}

bool SessionController::openSession(const QString& path) {
    SessionData session;
    try {
        session = SessionFile::read(path);
    } catch (const std::exception& problem) {
        emit error(tr("Session not opened: %1").arg(QString::fromStdString(problem.what())));
        return false;
    }
    if (!QFileInfo::exists(session.audioPath)) {
        QString located;
        if (m_interactive)
            located = QFileDialog::getOpenFileName(
                m_dialogParent, tr("Where is %1?").arg(QFileInfo(session.audioPath).fileName()),
                QFileInfo(path).absolutePath(), tr("Audio (*.wav *.flac *.ogg *.opus *.mp3);;All files (*)"));
        if (located.isEmpty()) {
            emit error(tr("Session not opened: its audio %1 was moved or deleted.").arg(session.audioPath));
            return false;
        }
        session.audioPath = located;
    }
    m_pendingSession = session;
    m_sessionPath = QFileInfo(path).absoluteFilePath();
    m_loader->load(session.audioPath);
    return true;
}

SessionData SessionController::currentSession() const {
    SessionData session;
    session.audioPath = m_document->audio().path;
    session.audioSha256 = m_document->audio().sha256;
    session.plan = m_document->plan();
    session.modelFolder = m_document->modelFolder();
    session.visibleStartSeconds = m_sync->visibleStartSeconds();
    session.visibleEndSeconds = m_sync->visibleEndSeconds();
    session.playheadSeconds = m_sync->playheadSeconds();
    session.analysisSettings = m_document->analysisSettings();
    return session;
}

bool SessionController::saveSession(const QString& path) {
    if (!m_document->hasAudio()) {
        emit error(tr("Nothing to save: open an audio file first."));
        return false;
    }
    try {
        SessionFile::write(path, currentSession());
    } catch (const std::exception& problem) {
        emit error(QString::fromStdString(problem.what()));
        return false;
    }
    m_sessionPath = QFileInfo(path).absoluteFilePath();
    m_document->undoStack()->setClean();
    emit sessionPathChanged(m_sessionPath);
    return true;
}

bool SessionController::exportPerturbedAudio(const QString& path) {
    if (!m_perturbed || !m_perturbed->perturbed || !(m_perturbed->plan == m_document->plan())) {
        emit error(tr("The perturbed audio is not ready yet; try again in a moment."));
        return false;
    }
    try {
        AudioBuffer buffer;
        buffer.sampleRate = m_document->audio().sampleRate;
        buffer.channels = 1;
        buffer.samples = *m_perturbed->perturbed;
        saveAudioFile(path.toStdString(), buffer);
    } catch (const std::exception& problem) {
        emit error(QString::fromStdString(problem.what()));
        return false;
    }
    return true;
}

bool SessionController::exportRegions(const QString& path) {
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    const std::string content = csv ? RegionExport::toCsv(m_document->plan(), m_document->tokens())
                                    : RegionExport::toAudacityLabels(m_document->plan());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content.data(), qint64(content.size())) < 0 ||
        !file.commit()) {
        emit error(tr("%1: cannot write the regions (%2)").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void SessionController::addRecentFile(const QString& path) {
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaximumRecentFiles)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void SessionController::rebuildRecentMenu() {
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString& path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openAudio(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

QString SessionController::autosavePath() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("autosave.nlsession"));
}

void SessionController::autosave() {
    if (!m_document->hasAudio() || m_document->undoStack()->index() == m_autosavedIndex)
        return;
    try {
        SessionFile::write(autosavePath(), currentSession());
        m_autosavedIndex = m_document->undoStack()->index();
        QSettings().setValue(kCleanExitKey, false);
    } catch (const std::exception& problem) {
        emit warning(tr("Autosave failed: %1").arg(QString::fromStdString(problem.what())));
    }
}

void SessionController::offerRecovery() {
    QSettings settings;
    const bool cleanExit = settings.value(kCleanExitKey, true).toBool();
    const QString path = autosavePath();
    if (cleanExit || !QFileInfo::exists(path) || !m_interactive)
        return;
    const auto answer =
        QMessageBox::question(m_dialogParent, tr("Recover session"),
                              tr("NoiseLoss did not close normally. Recover the autosaved session?"));
    if (answer == QMessageBox::Yes && openSession(path))
        m_sessionPath.clear();
}

void SessionController::markCleanExit() {
    QSettings().setValue(kCleanExitKey, true);
    QFile::remove(autosavePath());
}

void SessionController::chooseAndOpenAudio() {
    const QString path =
        QFileDialog::getOpenFileName(m_dialogParent, tr("Open Audio"), QString(),
                                     tr("Audio (*.wav *.flac *.ogg *.opus *.mp3);;All files (*)"));
    openAudio(path);
}

void SessionController::chooseAndOpenSession() {
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Open Session"), QString(),
                                                      tr("NoiseLoss sessions (*.nlsession)"));
    if (!path.isEmpty())
        openSession(path);
}

void SessionController::chooseAndSaveSession(bool forceDialog) {
    QString path = m_sessionPath;
    if (forceDialog || path.isEmpty()) {
        path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save Session"), path,
                                            tr("NoiseLoss sessions (*.nlsession)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QStringLiteral(".nlsession")))
            path += QStringLiteral(".nlsession");
    }
    saveSession(path);
}

void SessionController::chooseAndExportAudio() {
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export Perturbed Audio"), QString(),
                                                      tr("WAV (*.wav);;FLAC (*.flac)"));
    if (!path.isEmpty())
        exportPerturbedAudio(path);
}

void SessionController::chooseAndExportRegions() {
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export Regions"), QString(),
                                                      tr("Audacity labels (*.txt);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportRegions(path);
}

} // namespace noiseloss
