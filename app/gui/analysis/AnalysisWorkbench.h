#pragma once

#include "widgets/analysis/AnalysisViewData.h"

#include <QObject>
#include <memory>

class QMenu;

namespace noiseloss {

class AnalysisController;
class BandTableView;
class LossChartView;
class MainWindow;
class TokenInspectorView;

/// Puts the analysis into the workstation window: the loss chart as a pane under the waveforms
/// (on the shared TimeSync), the band table and the token inspector as docks, an Analysis menu
/// (run, cancel, re-analyse on change, exports), the bands shaded on the waveforms, and the
/// controller fed from the document (clip, plan, model folder). Wiring only; the controller holds the
/// behaviour. GUI thread only.
class AnalysisWorkbench : public QObject {
    Q_OBJECT
public:
    /// Adds the panes, docks and menu to `window` (which owns this object).
    explicit AnalysisWorkbench(MainWindow* window);

    AnalysisController* controller() const { return m_controller; }
    LossChartView* chart() const { return m_chart; }
    BandTableView* bandTable() const { return m_table; }
    TokenInspectorView* tokenInspector() const { return m_inspector; }
    /// No analysis scheduled or running (the headless screenshot waits for this).
    bool isIdle() const;

private:
    void createViews();
    void createMenu();
    void connectDocument();
    /// Shades the Peak / Assimilation / Recovery bands of `data` (null: none) on the waveforms.
    void shadeBandsOnWaveforms(const std::shared_ptr<const AnalysisViewData>& data);
    /// Asks for a Hugging Face model folder and analyses with it. GUI thread.
    void chooseModelFolder();
    void setModelFolder(const QString& folder);
    void exportFile(const QString& kind);

    MainWindow* m_window;
    AnalysisController* m_controller;
    LossChartView* m_chart = nullptr;
    BandTableView* m_table = nullptr;
    TokenInspectorView* m_inspector = nullptr;
};

} // namespace noiseloss
