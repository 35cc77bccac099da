#pragma once

#include <QObject>

namespace noiseloss {

class AnalysisWorkbench;
class GradientController;
class GradientPanel;
class HeatmapView;
class MainWindow;

/// Puts the gradient protocol into the workstation window: the layer x time map as a pane on the
/// shared timeline (under the loss chart), the gradient panel (controls + layer x module map) as a
/// dock, a Gradients menu (run, cancel, exports), clicks on the map driving the playhead and the
/// token inspector, and the controller on the analysis' worker. Wiring only; GradientController
/// holds the behaviour. GUI thread only.
class GradientWorkbench : public QObject {
    Q_OBJECT
public:
    /// `analysis` must already be part of `window` (which owns this object).
    GradientWorkbench(MainWindow* window, AnalysisWorkbench* analysis);

    GradientController* controller() const { return m_controller; }
    GradientPanel* panel() const { return m_panel; }
    HeatmapView* timeMap() const { return m_timeMap; }

private:
    void createMenu();
    void exportRun(const QString& kind);

    MainWindow* m_window;
    AnalysisWorkbench* m_analysis;
    GradientController* m_controller;
    HeatmapView* m_timeMap = nullptr;
    GradientPanel* m_panel = nullptr;
};

} // namespace noiseloss
