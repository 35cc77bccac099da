#pragma once

#include "app/gui/analysis/AnalysisInputs.h"
#include "app/gui/analysis/AnalysisJob.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

class QAction;
class QTimer;

namespace noiseloss {

class AnalysisWorker;
class BandTableView;
class LossChartView;
class StatusArea;
class TokenInspectorView;

/// Turns the inputs of an analysis into a job for the worker (see EngineAnalysisJob for the real one).
using AnalysisJobFactory = std::function<AnalysisJob(const AnalysisInputs& inputs)>;

/// The GUI side of the analysis: owns the AnalysisWorker and the current result, re-runs the analysis
/// (debounced by kDebounceMs) whenever the audio, plan, model or settings change, offers Run and
/// Cancel actions, shows progress, and keeps errors visible in the status area until dismissed. The
/// current result is handed to the views (loss chart, band table, token inspector); a result that is
/// not the latest request's is never shown. GUI thread only.
class AnalysisController : public QObject {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 300;

    explicit AnalysisController(AnalysisJobFactory factory, QObject* parent = nullptr);
    ~AnalysisController() override;

    /// The views that show the result (not owned; each may be null). The chart's clicks drive the inspector.
    void setViews(LossChartView* chart, BandTableView* table, TokenInspectorView* inspector);
    /// Where errors are shown (not owned, may be null).
    void setStatusArea(StatusArea* statusArea);

    void setAudio(std::shared_ptr<const AudioBuffer> audio, const std::string& name);
    void setPlan(const PerturbationPlan& plan);
    void setModelFolder(const std::string& folder);
    void setNoiseLossAlignment(bool enabled);
    void setLossAnalysisParams(const LossAnalysisParams& params);
    const AnalysisInputs& inputs() const { return m_inputs; }

    /// Whether input changes start a run (after the debounce). On by default.
    void setAutoRun(bool enabled);
    void runNow(); ///< starts a run at once (if the inputs are complete)
    void cancel(); ///< cancels the running and any scheduled run

    /// Nothing scheduled and nothing running.
    bool isIdle() const;
    const std::shared_ptr<const AnalysisViewData>& current() const { return m_current; }
    QString statusText() const { return m_statusText; }
    QString lastError() const { return m_lastError; }

    QAction* runAction() const { return m_runAction; }
    QAction* cancelAction() const { return m_cancelAction; }
    QAction* autoRunAction() const { return m_autoRunAction; }
    AnalysisWorker* worker() const { return m_worker; }

signals:
    void resultChanged(std::shared_ptr<const noiseloss::AnalysisViewData> data);
    void statusTextChanged(const QString& text);
    void progressChanged(int percent); ///< -1 when idle
    void idleChanged(bool idle);
    void errorOccurred(const QString& message);

private:
    void inputsChanged();
    void clearResult(); ///< drops the current result from the views (emits resultChanged(nullptr))
    void onFinished(std::uint64_t generation, std::shared_ptr<const AnalysisViewData> data);
    void onFailed(std::uint64_t generation, const QString& message);
    void setStatusText(const QString& text);
    void updateActions();

    AnalysisJobFactory m_factory;
    AnalysisWorker* m_worker;
    QTimer* m_debounce;
    AnalysisInputs m_inputs;
    std::shared_ptr<const AnalysisViewData> m_current;
    QPointer<LossChartView> m_chart;
    QPointer<BandTableView> m_table;
    QPointer<TokenInspectorView> m_inspector;
    QPointer<StatusArea> m_statusArea;
    QAction* m_runAction;
    QAction* m_cancelAction;
    QAction* m_autoRunAction;
    QString m_statusText;
    QString m_lastError;
    bool m_wasIdle = true;
};

} // namespace noiseloss
