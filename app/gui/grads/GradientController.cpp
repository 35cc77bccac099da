#include "app/gui/grads/GradientController.h"

#include "app/gui/analysis/AnalysisController.h"
#include "app/gui/analysis/AnalysisWorker.h"
#include "app/gui/grads/GradientMailbox.h"
#include "widgets/StatusArea.h"

#include <QAction>
#include <QTimer>
#include <cmath>

namespace noiseloss {

namespace {

QString formatSeconds(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0.0)
        return QStringLiteral("?");
    if (seconds < 90.0)
        return GradientController::tr("%1 s").arg(seconds, 0, 'f', seconds < 10.0 ? 1 : 0);
    if (seconds < 5400.0)
        return GradientController::tr("%1 min").arg(seconds / 60.0, 0, 'f', 1);
    return GradientController::tr("%1 h").arg(seconds / 3600.0, 0, 'f', 1);
}

} // namespace

GradientController::GradientController(GradientJobFactory factory, AnalysisController* analysis,
                                       QObject* parent)
    : QObject(parent), m_factory(std::move(factory)), m_analysis(analysis), m_poll(new QTimer(this)) {
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &GradientController::drainMailbox);

    m_runAction = new QAction(tr("Compute &Gradients"), this);
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F5));
    m_runAction->setToolTip(
        tr("Per-token activation and parameter gradient norms of the analysed clips (Ctrl+F5)"));
    connect(m_runAction, &QAction::triggered, this, &GradientController::run);
    m_cancelAction = new QAction(tr("Cancel Gra&dients"), this);
    connect(m_cancelAction, &QAction::triggered, this, &GradientController::cancel);

    AnalysisWorker* worker = analysis->worker();
    connect(worker, &AnalysisWorker::started, this, [this](std::uint64_t generation) {
        // A newer request took the worker: this run was cancelled by it (restart-on-new-request).
        if (m_running && generation != m_generation)
            finish(tr("Gradients stopped: a new analysis started"));
    });
    connect(worker, &AnalysisWorker::taskProgressChanged, this,
            [this](std::uint64_t generation, const QString& stage, int percent) {
                if (generation != m_generation || !m_running)
                    return;
                if (stage == QLatin1String("load model"))
                    setStatusText(tr("Gradients: loading the model…"));
                emit progressChanged(percent);
            });
    connect(worker, &AnalysisWorker::taskFinished, this, [this](std::uint64_t generation) {
        if (generation == m_generation && m_running) {
            drainMailbox();
            finish(
                tr("Gradients: %1 targets in %2")
                    .arg(m_data ? m_data->parts[0].targets.size() + m_data->parts[1].targets.size() : 0)
                    .arg(formatSeconds(m_data ? m_data->parts[0].seconds + m_data->parts[1].seconds : 0.0)));
        }
    });
    connect(worker, &AnalysisWorker::taskFailed, this,
            [this](std::uint64_t generation, const QString& message) {
                if (generation != m_generation || !m_running)
                    return;
                drainMailbox();
                m_lastError = tr("Gradients failed: %1").arg(message);
                if (m_statusArea)
                    m_statusArea->showMessage(m_lastError);
                finish(tr("Gradients failed"));
                emit errorOccurred(m_lastError);
            });
    connect(worker, &AnalysisWorker::taskCancelled, this, [this](std::uint64_t generation) {
        if (generation == m_generation && m_running) {
            drainMailbox();
            finish(tr("Gradients cancelled (partial results kept)"));
        }
    });
    connect(worker, &AnalysisWorker::busyChanged, this, &GradientController::updateActions);
    connect(analysis, &AnalysisController::resultChanged, this, &GradientController::onAnalysisResult);
    connect(analysis, &AnalysisController::idleChanged, this, &GradientController::updateActions);
    updateActions();
}

GradientController::~GradientController() = default;

void GradientController::setStatusArea(StatusArea* statusArea) {
    m_statusArea = statusArea;
}

void GradientController::setTargetSpec(const QString& spec) {
    m_request.targetSpec = spec.trimmed().toStdString();
}

void GradientController::setPerCodebook(bool perCodebook) {
    m_request.perCodebook = perCodebook;
}

void GradientController::setMethod(GradientMethod method) {
    m_request.method = method;
}

void GradientController::run() {
    const std::shared_ptr<const AnalysisViewData> analysis = m_analysis ? m_analysis->current() : nullptr;
    if (!analysis) {
        m_lastError = tr("Run the analysis first: the gradients are computed on the tokens it scored.");
        if (m_statusArea)
            m_statusArea->showMessage(m_lastError, StatusArea::Severity::Warning);
        setStatusText(tr("No analysis to differentiate"));
        emit errorOccurred(m_lastError);
        return;
    }
    if (!m_running && !m_analysis->isIdle()) {
        // Submitting now would cancel the analysis (one worker, restart-on-new-request).
        setStatusText(tr("Wait for the analysis to finish, then compute the gradients"));
        return;
    }
    m_request.analysis = analysis;
    m_request.modelFolder = m_analysis->inputs().modelFolder;
    m_mailbox = std::make_shared<GradientMailbox>(); // a stale run keeps writing into its own box
    m_data = std::make_shared<GradientRunData>();
    m_data->analysis = analysis;
    m_data->request = m_request;
    m_lastError.clear();
    m_generation = m_analysis->worker()->submitTask(m_factory(m_request, m_mailbox));
    setRunning(true);
    setStatusText(tr("Gradients queued…"));
    emit progressChanged(0);
    emit dataChanged();
}

void GradientController::cancel() {
    if (m_running && m_analysis)
        m_analysis->worker()->cancel(); // emits taskCancelled for our generation
}

void GradientController::onAnalysisResult() {
    updateActions();
    const auto current = m_analysis ? m_analysis->current() : nullptr;
    if (m_data && m_data->analysis != current) {
        m_data.reset(); // gradients of other tokens must not stay on screen as this analysis'
        emit dataChanged();
    }
    if (current && m_runAfterAnalysis) {
        m_runAfterAnalysis = false;
        run();
    }
}

void GradientController::drainMailbox() {
    if (!m_mailbox)
        return;
    std::vector<GradientUpdate> updates = m_mailbox->takeAll();
    if (updates.empty() || !m_data)
        return;
    for (GradientUpdate& update : updates)
        apply(std::move(update));
    emit dataChanged();
}

void GradientController::apply(GradientUpdate update) {
    const auto index = static_cast<std::size_t>(update.part);
    GradientResult& part = m_data->parts[index];
    switch (update.kind) {
    case GradientUpdate::Kind::PartStarted:
        part = std::move(update.result);
        m_data->model = update.model;
        m_data->started[index] = true;
        break;
    case GradientUpdate::Kind::Targets:
        for (TargetGradients& target : update.targets)
            part.targets.push_back(std::move(target));
        break;
    case GradientUpdate::Kind::PartFinished:
        part = std::move(update.result);
        m_data->complete[index] = true;
        break;
    case GradientUpdate::Kind::SelfMap:
        m_data->selfMaps[index] = std::move(update.selfMap);
        break;
    }
    if (m_running && update.totalTargets > 0)
        setStatusText(tr("Gradients (%1): %2 / %3 targets, %4 elapsed, ~%5 left")
                          .arg(update.part == GradientPart::Original ? tr("original") : tr("perturbed"))
                          .arg(update.completedTargets)
                          .arg(update.totalTargets)
                          .arg(formatSeconds(update.elapsedSeconds), formatSeconds(update.remainingSeconds)));
}

void GradientController::finish(const QString& status) {
    setRunning(false);
    setStatusText(status);
    emit progressChanged(-1);
}

void GradientController::setRunning(bool running) {
    if (running == m_running)
        return;
    m_running = running;
    if (running)
        m_poll->start();
    else
        m_poll->stop();
    updateActions();
    emit runningChanged(running);
}

void GradientController::setStatusText(const QString& text) {
    if (text == m_statusText)
        return;
    m_statusText = text;
    emit statusTextChanged(text);
}

void GradientController::updateActions() {
    m_runAction->setEnabled(m_analysis && m_analysis->current() != nullptr &&
                            (m_running || m_analysis->isIdle()));
    m_cancelAction->setEnabled(m_running);
}

} // namespace noiseloss
