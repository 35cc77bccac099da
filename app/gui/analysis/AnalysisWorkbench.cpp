#include "app/gui/analysis/AnalysisWorkbench.h"

#include "Document.h"
#include "MainWindow.h"
#include "ResourceLocator.h"
#include "app/gui/analysis/AnalysisController.h"
#include "app/gui/analysis/EngineAnalysisJob.h"
#include "widgets/PaneStack.h"
#include "widgets/StatusArea.h"
#include "widgets/TimeSync.h"
#include "widgets/WaveformView.h"
#include "widgets/analysis/AnalysisExporter.h"
#include "widgets/analysis/BandSpans.h"
#include "widgets/analysis/BandTableView.h"
#include "widgets/analysis/LossChartView.h"
#include "widgets/analysis/TokenInspectorView.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QStatusBar>
#include <algorithm>

namespace noiseloss {

AnalysisWorkbench::AnalysisWorkbench(MainWindow* window)
    : QObject(window), m_window(window),
      m_controller(new AnalysisController(makeEngineAnalysisJobFactory(), this)) {
    createViews();
    createMenu();
    connectDocument();
}

bool AnalysisWorkbench::isIdle() const {
    return m_controller->isIdle();
}

void AnalysisWorkbench::createViews() {
    m_chart = new LossChartView(m_window->panes());
    m_chart->setObjectName(QStringLiteral("lossChartView"));
    m_chart->setTimeSync(m_window->timeSync());
    m_chart->setPlaceholderText(tr("Open a clip and choose a model folder to see the loss curves."));
    m_window->panes()->addPane(m_chart, 4);

    m_table = new BandTableView(m_window);
    auto* tableDock = new QDockWidget(tr("Bands"), m_window);
    tableDock->setObjectName(QStringLiteral("bandTableDock"));
    tableDock->setWidget(m_table);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, tableDock);
    m_inspector = new TokenInspectorView(m_window);
    auto* inspectorDock = new QDockWidget(tr("Token Inspector"), m_window);
    inspectorDock->setObjectName(QStringLiteral("tokenInspectorDock"));
    inspectorDock->setWidget(m_inspector);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, inspectorDock);
    m_window->splitDockWidget(tableDock, inspectorDock, Qt::Horizontal);

    m_controller->setViews(m_chart, m_table, m_inspector);
    m_controller->setStatusArea(m_window->statusArea());
    connect(m_table, &BandTableView::spanSelected, m_window->timeSync(), &TimeSync::setSelection);
    connect(m_controller, &AnalysisController::resultChanged, this,
            &AnalysisWorkbench::shadeBandsOnWaveforms);

    auto* progress = new QProgressBar(m_window);
    progress->setMaximumWidth(160);
    progress->setRange(0, 100);
    progress->hide();
    auto* status = new QLabel(m_window);
    m_window->statusBar()->addWidget(status);
    m_window->statusBar()->addWidget(progress);
    connect(m_controller, &AnalysisController::statusTextChanged, status, &QLabel::setText);
    connect(m_controller, &AnalysisController::progressChanged, progress, [progress](int percent) {
        progress->setVisible(percent >= 0);
        progress->setValue(std::max(0, percent));
    });
}

void AnalysisWorkbench::shadeBandsOnWaveforms(const std::shared_ptr<const AnalysisViewData>& data) {
    std::vector<ShadedSpan> spans = data ? studyBandSpans(*data) : std::vector<ShadedSpan>{};
    // The bands are in original time. The perturbed waveform shares that timeline unless a
    // deletion cut it, so it gets the shading only without deletions.
    const bool sameTimeline =
        data && std::none_of(data->plan.regions.begin(), data->plan.regions.end(),
                             [](const Region& region) { return region.kind == RegionKind::Delete; });
    if (WaveformView* perturbed = m_window->perturbedView())
        perturbed->setShadedSpans(sameTimeline ? spans : std::vector<ShadedSpan>{});
    if (WaveformView* original = m_window->originalView())
        original->setShadedSpans(std::move(spans));
}

void AnalysisWorkbench::createMenu() {
    // Before Help, which stays the last menu.
    auto* menu = new QMenu(tr("&Analysis"), m_window);
    const QList<QAction*> menus = m_window->menuBar()->actions();
    m_window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    menu->addAction(tr("Choose &Model Folder…"), this, &AnalysisWorkbench::chooseModelFolder);
    QAction* demoModel = menu->addAction(tr("Use the Built-in &Demo Model"), this,
                                         [this] { setModelFolder(findDemoModel()); });
    demoModel->setEnabled(!findDemoModel().isEmpty());
    menu->addSeparator();
    menu->addAction(m_controller->runAction());
    menu->addAction(m_controller->cancelAction());
    menu->addAction(m_controller->autoRunAction());
    QAction* noiseLoss = menu->addAction(tr("NoiseLoss-compatible &Alignment"));
    noiseLoss->setCheckable(true);
    noiseLoss->setToolTip(tr("Frame t predicts every codebook of frame t+1, as the original study scored"));
    connect(noiseLoss, &QAction::toggled, m_controller, &AnalysisController::setNoiseLossAlignment);
    // The study's scripts paired tokens index-wise and truncated, which misaligns everything after a
    // deletion; offered only as a labelled compatibility switch (the CLI's --compat-index-wise).
    QAction* indexWise = menu->addAction(tr("Compatibility: Study's &Index-wise Token Pairing"));
    indexWise->setCheckable(true);
    indexWise->setToolTip(tr("Pair tokens by index and truncate, as the study's scripts did "
                             "(wrong after deletions; the default follows the plan's frame map)"));
    connect(indexWise, &QAction::toggled, m_controller, [this](bool enabled) {
        LossAnalysisParams params = m_controller->inputs().lossAnalysis;
        params.alignment = enabled ? AlignmentPolicy::IndexWiseTruncation : AlignmentPolicy::FrameMap;
        m_controller->setLossAnalysisParams(params);
    });
    menu->addSeparator();
    menu->addAction(tr("Export Per-Token &CSV…"), this, [this] { exportFile(QStringLiteral("csv")); });
    menu->addAction(tr("Export Per-Token &NPY…"), this, [this] { exportFile(QStringLiteral("npy")); });
    menu->addAction(tr("Export &Bands JSON…"), this, [this] { exportFile(QStringLiteral("json")); });
    menu->addAction(tr("Export Chart &PNG…"), this, [this] { exportFile(QStringLiteral("png")); });
    menu->addAction(tr("Export Chart &SVG…"), this, [this] { exportFile(QStringLiteral("svg")); });
}

void AnalysisWorkbench::connectDocument() {
    Document* document = m_window->document();
    connect(document, &Document::audioChanged, this, [this, document] {
        const LoadedAudio& loaded = document->audio();
        auto audio = std::make_shared<AudioBuffer>();
        audio->sampleRate = loaded.sampleRate;
        audio->channels = 1;
        if (loaded.mono)
            audio->samples = *loaded.mono;
        m_controller->setModelFolder(document->modelFolder().toStdString());
        m_controller->setPlan(document->plan());
        m_controller->setAudio(std::move(audio), QFileInfo(loaded.path).fileName().toStdString());
    });
    connect(document, &Document::planChanged, this, [this, document] {
        m_controller->setModelFolder(document->modelFolder().toStdString());
        m_controller->setPlan(document->plan());
    });
}

void AnalysisWorkbench::chooseModelFolder() {
    const QString folder = QFileDialog::getExistingDirectory(
        m_window, tr("Choose a model folder (Hugging Face layout: config.json + model.safetensors)"),
        m_window->document()->modelFolder());
    if (!folder.isEmpty())
        setModelFolder(folder);
}

void AnalysisWorkbench::setModelFolder(const QString& folder) {
    if (folder.isEmpty())
        return;
    m_window->document()->setModelFolder(folder);
    m_controller->setModelFolder(folder.toStdString());
}

void AnalysisWorkbench::exportFile(const QString& kind) {
    const auto& data = m_controller->current();
    if (!data) {
        m_window->statusArea()->showMessage(tr("There is no analysis to export yet."),
                                            StatusArea::Severity::Warning);
        return;
    }
    const QString stem = QFileInfo(QString::fromStdString(data->audioName)).completeBaseName();
    const QString suggested =
        stem + (kind == QLatin1String("csv")    ? QStringLiteral("-losses.csv")
                : kind == QLatin1String("npy")  ? QStringLiteral("-losses.npy")
                : kind == QLatin1String("json") ? QStringLiteral("-bands.json")
                                                : QStringLiteral("-loss-chart.") + kind);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export"), suggested);
    if (path.isEmpty())
        return;
    nlohmann::json provenance;
    provenance["audio_sha256"] = m_window->document()->audio().sha256.toStdString();
    provenance["model_folder"] = m_window->document()->modelFolder().toStdString();
    const AnalysisExporter exporter(provenance);
    QString error;
    const bool written = kind == QLatin1String("csv")    ? exporter.writeTokenCsv(*data, path, &error)
                         : kind == QLatin1String("npy")  ? exporter.writeTokenNpy(*data, path, &error)
                         : kind == QLatin1String("json") ? exporter.writeBandsJson(*data, path, &error)
                                                         : exporter.writeChartImage(*m_chart, path, &error);
    if (!written)
        m_window->statusArea()->showMessage(error);
}

} // namespace noiseloss
