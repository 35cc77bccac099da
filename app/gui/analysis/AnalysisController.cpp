#include "app/gui/analysis/AnalysisController.h"

#include "app/gui/analysis/AnalysisWorker.h"
#include "widgets/StatusArea.h"
#include "widgets/analysis/AnalysisStyle.h"
#include "widgets/analysis/BandTableView.h"
#include "widgets/analysis/LossChartView.h"
#include "widgets/analysis/TokenInspectorView.h"

#include <QAction>
#include <QTimer>

namespace noiseloss {

namespace {

/// Readable names of the pipeline's progress stages.
QString stageName(const QString& stage) {
    if (stage == QLatin1String("load model"))
        return AnalysisController::tr("Loading the model");
    if (stage == QLatin1String("encode original"))
        return AnalysisController::tr("Encoding the original");
    if (stage == QLatin1String("score original"))
        return AnalysisController::tr("Scoring the original");
    if (stage == QLatin1String("render"))
        return AnalysisController::tr("Rendering the perturbation");
    if (stage == QLatin1String("encode perturbed"))
        return AnalysisController::tr("Encoding the perturbed clip");
    if (stage == QLatin1String("score perturbed"))
        return AnalysisController::tr("Scoring the perturbed clip");
    if (stage == QLatin1String("bands"))
        return AnalysisController::tr("Detecting bands");
    return stage;
}

} // namespace

AnalysisController::AnalysisController(AnalysisJobFactory factory, QObject* parent)
    : QObject(parent), m_factory(std::move(factory)), m_worker(new AnalysisWorker(this)),
      m_debounce(new QTimer(this)) {
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AnalysisController::runNow);

    m_runAction = new QAction(tr("&Analyse"), this);
    m_runAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_runAction->setToolTip(tr("Score the original and the perturbed clip and detect the bands (F5)"));
    connect(m_runAction, &QAction::triggered, this, &AnalysisController::runNow);
    m_cancelAction = new QAction(tr("&Cancel Analysis"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_cancelAction, &QAction::triggered, this, &AnalysisController::cancel);
    m_autoRunAction = new QAction(tr("Re-analyse on &Change"), this);
    m_autoRunAction->setCheckable(true);
    m_autoRunAction->setChecked(true);
    connect(m_autoRunAction, &QAction::toggled, this, &AnalysisController::setAutoRun);

    connect(m_worker, &AnalysisWorker::progressChanged, this,
            [this](std::uint64_t, const QString& stage, int percent) {
                setStatusText(tr("%1… %2 %").arg(stageName(stage)).arg(percent));
                emit progressChanged(percent);
            });
    connect(m_worker, &AnalysisWorker::finished, this, &AnalysisController::onFinished);
    connect(m_worker, &AnalysisWorker::failed, this, &AnalysisController::onFailed);
    connect(m_worker, &AnalysisWorker::cancelled, this, [this] { setStatusText(tr("Analysis cancelled")); });
    connect(m_worker, &AnalysisWorker::busyChanged, this, &AnalysisController::updateActions);
    updateActions();
}

AnalysisController::~AnalysisController() = default;

void AnalysisController::setViews(LossChartView* chart, BandTableView* table, TokenInspectorView* inspector) {
    m_chart = chart;
    m_table = table;
    m_inspector = inspector;
    if (m_chart && m_inspector)
        connect(m_chart, &LossChartView::tokenClicked, m_inspector, &TokenInspectorView::showToken);
    if (m_chart)
        m_chart->setData(m_current);
    if (m_table)
        m_table->setData(m_current);
    if (m_inspector)
        m_inspector->setData(m_current);
}

void AnalysisController::setStatusArea(StatusArea* statusArea) {
    m_statusArea = statusArea;
}

void AnalysisController::setAudio(std::shared_ptr<const AudioBuffer> audio, const std::string& name) {
    m_inputs.audio = std::move(audio);
    m_inputs.audioName = name;
    clearResult(); // curves of another clip must not stay on screen as if they were this clip's
    inputsChanged();
}

void AnalysisController::clearResult() {
    if (!m_current)
        return;
    m_current.reset();
    if (m_chart)
        m_chart->setData(nullptr);
    if (m_table)
        m_table->setData(nullptr);
    if (m_inspector)
        m_inspector->setData(nullptr);
    emit resultChanged(nullptr);
}

void AnalysisController::setPlan(const PerturbationPlan& plan) {
    if (plan == m_inputs.plan)
        return;
    m_inputs.plan = plan;
    inputsChanged();
}

void AnalysisController::setModelFolder(const std::string& folder) {
    if (folder == m_inputs.modelFolder)
        return;
    m_inputs.modelFolder = folder;
    inputsChanged();
}

void AnalysisController::setNoiseLossAlignment(bool enabled) {
    if (enabled == m_inputs.noiseLossAlignment)
        return;
    m_inputs.noiseLossAlignment = enabled;
    inputsChanged();
}

void AnalysisController::setLossAnalysisParams(const LossAnalysisParams& params) {
    m_inputs.lossAnalysis = params;
    inputsChanged();
}

void AnalysisController::setAutoRun(bool enabled) {
    if (m_autoRunAction->isChecked() != enabled)
        m_autoRunAction->setChecked(enabled);
    if (!enabled)
        m_debounce->stop();
    updateActions();
}

void AnalysisController::inputsChanged() {
    if (m_autoRunAction->isChecked() && m_inputs.complete()) {
        m_debounce->start();
        if (m_chart && !m_current)
            m_chart->setPlaceholderText(tr("Analysis scheduled…"));
    }
    updateActions();
}

void AnalysisController::runNow() {
    m_debounce->stop();
    if (!m_inputs.complete()) {
        setStatusText(m_inputs.audio ? tr("Choose a model folder to analyse") : tr("Open a clip to analyse"));
        updateActions();
        return;
    }
    m_worker->submit(m_factory(m_inputs));
    setStatusText(tr("Analysis queued…"));
    if (m_chart && !m_current)
        m_chart->setPlaceholderText(tr("Analysing…"));
    updateActions();
}

void AnalysisController::cancel() {
    m_debounce->stop();
    m_worker->cancel();
    updateActions();
}

bool AnalysisController::isIdle() const {
    return !m_debounce->isActive() && !m_worker->isBusy();
}

void AnalysisController::onFinished(std::uint64_t, std::shared_ptr<const AnalysisViewData> data) {
    m_current = std::move(data);
    if (m_chart)
        m_chart->setData(m_current);
    if (m_table)
        m_table->setData(m_current);
    if (m_inspector)
        m_inspector->setData(m_current);
    const ClipStats& clip = m_current->analysis.clip;
    setStatusText(tr("Analysed: clip loss %1 → %2 (D %3 nats)")
                      .arg(AnalysisStyle::formatNats(clip.meanOriginal),
                           AnalysisStyle::formatNats(clip.meanPerturbed),
                           AnalysisStyle::formatSignedNats(clip.difference)));
    emit resultChanged(m_current);
}

void AnalysisController::onFailed(std::uint64_t, const QString& message) {
    m_lastError = tr("Analysis failed: %1").arg(message);
    if (m_statusArea)
        m_statusArea->showMessage(m_lastError);
    if (m_chart && !m_current)
        m_chart->setPlaceholderText(tr("The analysis failed (see the message below)"));
    setStatusText(tr("Analysis failed"));
    emit errorOccurred(m_lastError);
}

void AnalysisController::setStatusText(const QString& text) {
    if (text == m_statusText)
        return;
    m_statusText = text;
    emit statusTextChanged(text);
}

void AnalysisController::updateActions() {
    m_runAction->setEnabled(m_inputs.complete());
    m_cancelAction->setEnabled(m_worker->isBusy() || m_debounce->isActive());
    const bool idle = isIdle();
    if (idle != m_wasIdle) {
        m_wasIdle = idle;
        if (idle)
            emit progressChanged(-1);
        emit idleChanged(idle);
    }
}

} // namespace noiseloss
