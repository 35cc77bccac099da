#include "MainWindow.h"

#include "AudioLoader.h"
#include "Document.h"
#include "PerturbationPreview.h"
#include "PlaybackController.h"
#include "PreferencesDialog.h"
#include "RegionController.h"
#include "SessionController.h"
#include "app/gui/analysis/AnalysisWorkbench.h"
#include "app/gui/experiment/ExperimentMenu.h"
#include "app/gui/grads/GradientWorkbench.h"
#include "noiseloss/BuildInfo.h"
#include "widgets/PaneStack.h"
#include "widgets/RegionInspector.h"
#include "widgets/SpectrogramView.h"
#include "widgets/StatusArea.h"
#include "widgets/TimeRuler.h"
#include "widgets/TimeSync.h"
#include "widgets/WaveformView.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

namespace noiseloss {

MainWindow::MainWindow(const MainWindowOptions& options, QWidget* parent)
    : QMainWindow(parent), m_options(options), m_sync(new TimeSync(this)), m_document(new Document(this)),
      m_loader(new AudioLoader(this)), m_preview(new PerturbationPreview(this)),
      m_regions(new RegionController(m_document, this)),
      m_playback(new PlaybackController(m_document, m_sync, options.openAudioDevice, this)),
      m_session(new SessionController(m_document, m_sync, m_regions, m_loader, this, this)) {
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_session->setInteractive(options.interactive);
    createPanes();
    createDocks();
    createMenus();
    createToolBars();
    m_analysis = new AnalysisWorkbench(this); // loss chart pane, band table + token inspector docks
    m_gradients = new GradientWorkbench(this, m_analysis); // layer x time pane, gradient dock + menu
    connectDocument();
    restoreLayout();
    updateTitle();
    updateReadout();
    if (options.openAudioDevice && !m_playback->deviceAvailable())
        m_statusArea->showMessage(m_playback->deviceMessage(), StatusArea::Severity::Warning);
}

MainWindow::~MainWindow() = default;

void MainWindow::createPanes() {
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_panes = new PaneStack(m_sync, central);
    m_panes->ruler()->setTokenTimeMap(m_document->tokens());
    m_originalView = new WaveformView(m_panes);
    m_originalView->setObjectName(QStringLiteral("originalView"));
    m_originalView->setTitle(tr("A · Original"));
    m_originalView->setPlaceholderText(tr("Open an audio file (Ctrl+O) or drop one here."));
    m_perturbedView = new WaveformView(m_panes);
    m_perturbedView->setObjectName(QStringLiteral("perturbedView"));
    m_perturbedView->setTitle(tr("B · Perturbed (live)"));
    m_perturbedView->setWaveColor(QColor(0xD3, 0x54, 0x00));
    m_spectrogram = new SpectrogramView(m_panes);
    m_spectrogram->setTitle(tr("Spectrogram · original"));
    for (WaveformView* view : {m_originalView, m_perturbedView}) {
        view->setTimeSync(m_sync);
        view->setTokenTimeMap(m_document->tokens());
        connectViews(view);
    }
    m_spectrogram->setTimeSync(m_sync);
    m_panes->addPane(m_originalView, 3);
    m_panes->addPane(m_perturbedView, 3);
    m_panes->addPane(m_spectrogram, 2);
    m_statusArea = new StatusArea(central);
    layout->addWidget(m_panes, 1);
    layout->addWidget(m_statusArea);
    setCentralWidget(central);
    m_readout = new QLabel(this);
    statusBar()->addPermanentWidget(m_readout);
}

void MainWindow::connectViews(WaveformView* view) {
    connect(view, &WaveformView::regionCreateRequested, m_regions, &RegionController::createRegion);
    connect(view, &WaveformView::regionChangeRequested, m_regions,
            [this, view](int index, const Region& region, int dragId) {
                m_regions->changeRegion(index, region, dragId, view);
            });
    connect(view, &WaveformView::regionSelected, m_regions, &RegionController::selectRegion);
}

void MainWindow::createDocks() {
    m_inspector = new RegionInspector(this);
    m_inspector->setTokenTimeMap(m_document->tokens());
    auto* inspectorDock = new QDockWidget(tr("Region Inspector"), this);
    inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    auto* historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    auto* history = new QUndoView(m_document->undoStack(), historyDock);
    history->setEmptyLabel(tr("<opened clip>"));
    historyDock->setWidget(history);
    addDockWidget(Qt::RightDockWidgetArea, historyDock);
    m_viewActions << inspectorDock->toggleViewAction() << historyDock->toggleViewAction();
    connect(m_inspector, &RegionInspector::regionEdited, this, [this](const Region& region) {
        if (!m_regions->editSelectedRegion(region))
            updateInspector(); // refused: show the region as it still is
    });
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_session->openAudioAction());
    file->addMenu(m_session->recentFilesMenu());
    file->addSeparator();
    file->addAction(m_session->openSessionAction());
    file->addAction(m_session->saveSessionAction());
    file->addAction(m_session->saveSessionAsAction());
    file->addSeparator();
    file->addAction(m_session->exportAudioAction());
    file->addAction(m_session->exportRegionsAction());
    file->addSeparator();
    addExperimentMenuActions(file, m_session, this); // experiment browser (app/gui/experiment)
    file->addAction(tr("&Preferences…"), this, [this] { PreferencesDialog(this).exec(); });
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_regions->undoAction());
    edit->addAction(m_regions->redoAction());
    edit->addSeparator();
    edit->addActions(m_regions->toolActions()->actions());
    edit->addSeparator();
    edit->addAction(m_regions->deleteRegionAction());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto zoom = [this](double factor) {
        m_sync->zoomBy(factor, m_sync->playheadSeconds());
    };
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [zoom] { zoom(2.0); });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [zoom] { zoom(0.5); });
    view->addAction(tr("Zoom to &Fit"), QKeySequence(Qt::CTRL | Qt::Key_F), m_sync, &TimeSync::zoomToFit);
    view->addAction(tr("Zoom to &Selection"), QKeySequence(Qt::CTRL | Qt::Key_E), m_sync,
                    &TimeSync::zoomToSelection);
    view->addAction(tr("Go to &Start"), QKeySequence(Qt::Key_Home), this,
                    [this] { m_sync->setPlayhead(0.0); });
    view->addAction(tr("Go to &End"), QKeySequence(Qt::Key_End), this,
                    [this] { m_sync->setPlayhead(m_sync->durationSeconds()); });
    view->addSeparator();
    QAction* spectrogram = view->addAction(tr("S&pectrogram"));
    spectrogram->setCheckable(true);
    spectrogram->setChecked(true);
    connect(spectrogram, &QAction::toggled, m_spectrogram, &QWidget::setVisible);
    view->addActions(m_viewActions);
    view->addAction(tr("&Dismiss Messages"), QKeySequence(Qt::Key_Escape), m_statusArea,
                    &StatusArea::dismissAll);

    QMenu* play = menuBar()->addMenu(tr("&Playback"));
    play->addActions({m_playback->playPauseAction(), m_playback->stopAction(), m_playback->loopAction(),
                      m_playback->abAction()});

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About NoiseLoss"), this, [this] {
        QMessageBox::about(
            this, tr("About NoiseLoss"),
            tr("NoiseLoss Workstation %1 (%2)\nHow music language models react to noise, deletion "
               "and shuffling.")
                .arg(QString::fromLatin1(build::kVersion), QString::fromLatin1(build::kGitCommit)));
    });
}

void MainWindow::createToolBars() {
    QToolBar* files = addToolBar(tr("File"));
    files->setObjectName(QStringLiteral("fileToolBar"));
    files->addAction(m_session->openAudioAction());
    files->addAction(m_session->saveSessionAction());
    QToolBar* tools = addToolBar(tr("Tools"));
    tools->setObjectName(QStringLiteral("toolsToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addActions(m_regions->toolActions()->actions());
    QToolBar* transport = addToolBar(tr("Transport"));
    transport->setObjectName(QStringLiteral("transportToolBar"));
    transport->addActions(
        {m_playback->playPauseAction(), m_playback->stopAction(), m_playback->loopAction()});
    transport->addAction(m_playback->abAction());
}

void MainWindow::connectDocument() {
    auto requestPreview = [this] {
        if (m_document->hasAudio())
            m_preview->request(m_document->audio().mono, m_document->plan(), m_document->tokens());
    };
    connect(m_document, &Document::audioChanged, this, [this, requestPreview] {
        const LoadedAudio& audio = m_document->audio();
        m_originalView->setSamples(audio.mono, audio.sampleRate);
        m_perturbedView->setSamples(audio.mono, audio.sampleRate);
        m_spectrogram->setSamples(audio.mono, audio.sampleRate);
        m_statusArea->dismissAll();
        updateTitle();
        requestPreview();
    });
    connect(m_document, &Document::planChanged, this, [this, requestPreview] {
        for (WaveformView* view : {m_originalView, m_perturbedView}) {
            view->setPlan(m_document->plan());
            view->setSelectedRegion(m_regions->selectedRegion()); // chosen before the views had the plan
        }
        requestPreview();
    });
    connect(m_preview, &PerturbationPreview::ready, this, [this](const PreviewResult& result) {
        m_perturbedView->setSamples(result.aligned, m_document->audio().sampleRate);
        m_playback->setPerturbed(result);
        m_session->setPerturbed(result);
    });
    connect(m_preview, &PerturbationPreview::failed, this, &MainWindow::showError);
    connect(m_regions, &RegionController::selectionChanged, this, [this](int index) {
        m_originalView->setSelectedRegion(index);
        m_perturbedView->setSelectedRegion(index);
        updateInspector();
    });
    connect(m_regions, &RegionController::toolChanged, this, [this](RegionTool tool) {
        for (WaveformView* view : {m_originalView, m_perturbedView}) {
            view->setTool(tool);
            view->setRegionTemplate(m_regions->regionTemplate());
        }
    });
    connect(m_regions, &RegionController::editRefused, this, [this](const QString& reason) {
        m_statusArea->showMessage(reason, StatusArea::Severity::Warning);
    });
    connect(m_session, &SessionController::error, this, &MainWindow::showError);
    connect(m_loader, &AudioLoader::failed, this,
            [this](const QString&, const QString& message) { emit audioLoadFailed(message); });
    connect(m_session, &SessionController::warning, this, [this](const QString& message) {
        m_statusArea->showMessage(message, StatusArea::Severity::Warning);
    });
    connect(m_session, &SessionController::sessionPathChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        for (WaveformView* view : {m_originalView, m_perturbedView})
            view->setRegionTemplate(m_regions->regionTemplate());
    });
    connect(m_sync, &TimeSync::playheadChanged, this, &MainWindow::updateReadout);
    connect(m_sync, &TimeSync::selectionChanged, this, &MainWindow::updateReadout);
    connect(m_playback, &PlaybackController::sourceChanged, this, &MainWindow::updateReadout);
    m_playback->setLoopRangeProvider([this]() -> std::optional<LoopRange> {
        const int index = m_regions->selectedRegion();
        if (index < 0)
            return std::nullopt;
        const Region& region = m_document->plan().regions[static_cast<std::size_t>(index)];
        return LoopRange{region.startSeconds, region.endSeconds};
    });
}

void MainWindow::updateInspector() {
    const int index = m_regions->selectedRegion();
    if (index < 0)
        m_inspector->setRegion(std::nullopt);
    else
        m_inspector->setRegion(m_document->plan().regions[static_cast<std::size_t>(index)]);
}

void MainWindow::updateReadout() {
    const double playhead = m_sync->playheadSeconds();
    QString text = tr("Playhead %1 s · token %2")
                       .arg(playhead, 0, 'f', 3)
                       .arg(m_document->tokens().secondsToFrame(playhead));
    if (m_sync->hasSelection())
        text += tr("   Selection %1–%2 s (%3 tokens)")
                    .arg(m_sync->selectionStartSeconds(), 0, 'f', 3)
                    .arg(m_sync->selectionEndSeconds(), 0, 'f', 3)
                    .arg((m_sync->selectionEndSeconds() - m_sync->selectionStartSeconds()) *
                             m_document->tokens().framesPerSecond(),
                         0, 'f', 1);
    text += m_playback->source() == PlaybackSource::Perturbed ? tr("   Hearing: B (perturbed)")
                                                              : tr("   Hearing: A (original)");
    m_readout->setText(text);
}

void MainWindow::updateTitle() {
    const QString clip =
        m_document->hasAudio() ? QFileInfo(m_document->audio().path).fileName() : tr("No clip");
    const QString session = m_session->sessionPath().isEmpty()
                                ? QString()
                                : QStringLiteral(" · ") + QFileInfo(m_session->sessionPath()).fileName();
    setWindowTitle(QStringLiteral("%1%2[*] — NoiseLoss").arg(clip, session));
    setWindowModified(!m_document->undoStack()->isClean());
}

bool MainWindow::isIdle() const {
    return !m_loader->isBusy() && !m_preview->isBusy() && m_analysis->isIdle();
}

void MainWindow::showError(const QString& message) {
    m_statusArea->showMessage(message, StatusArea::Severity::Error);
}

void MainWindow::restoreLayout() {
    QSettings settings;
    if (m_options.interactive) {
        restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
        restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    }
    if (settings.value(QStringLiteral("window/geometry")).isNull() || !m_options.interactive)
        resize(1400, 860);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (m_options.interactive) {
        QSettings settings;
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("window/state"), saveState());
        m_session->markCleanExit();
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    const QString path = urls.first().toLocalFile();
    if (path.endsWith(QStringLiteral(".nlsession")))
        m_session->openSession(path);
    else
        m_session->openAudio(path);
    event->acceptProposedAction();
}

} // namespace noiseloss
