#include "app/gui/grads/GradientWorkbench.h"

#include "Document.h"
#include "MainWindow.h"
#include "app/gui/analysis/AnalysisController.h"
#include "app/gui/analysis/AnalysisWorkbench.h"
#include "app/gui/grads/GradientController.h"
#include "app/gui/grads/GradientJob.h"
#include "app/gui/grads/GradientPanel.h"
#include "app/gui/grads/GradientRunExport.h"
#include "widgets/PaneStack.h"
#include "widgets/StatusArea.h"
#include "widgets/TimeSync.h"
#include "widgets/analysis/TokenInspectorView.h"
#include "widgets/heatmap/HeatmapView.h"

#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>

namespace noiseloss {

GradientWorkbench::GradientWorkbench(MainWindow* window, AnalysisWorkbench* analysis)
    : QObject(window), m_window(window), m_analysis(analysis),
      m_controller(new GradientController(makeEngineGradientJobFactory(), analysis->controller(), this)) {
    m_controller->setStatusArea(window->statusArea());

    m_timeMap = new HeatmapView(window->panes());
    m_timeMap->setObjectName(QStringLiteral("gradientTimeMap"));
    m_timeMap->setTimeSync(window->timeSync());
    m_timeMap->setPlaceholderText(
        tr("Gradients > Compute Gradients: activation-gradient norms per layer along the clip"));
    window->panes()->addPane(m_timeMap, 3);

    m_panel = new GradientPanel(m_controller, m_timeMap, window->timeSync(), window);
    m_panel->setObjectName(QStringLiteral("gradientPanel"));
    auto* dock = new QDockWidget(tr("Gradients"), window);
    dock->setObjectName(QStringLiteral("gradientDock"));
    dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);

    if (TokenInspectorView* inspector = analysis->tokenInspector())
        connect(m_panel, &GradientPanel::tokenActivated, inspector, &TokenInspectorView::showToken);
    connect(m_panel, &GradientPanel::exportRequested, this, &GradientWorkbench::exportRun);
    createMenu();
}

void GradientWorkbench::createMenu() {
    auto* menu = new QMenu(tr("&Gradients"), m_window);
    const QList<QAction*> menus = m_window->menuBar()->actions();
    m_window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu); // before Help
    menu->addAction(m_controller->runAction());
    menu->addAction(m_controller->cancelAction());
    menu->addSeparator();
    menu->addAction(tr("Export Gradients as &NPY…"), this, [this] { exportRun(QStringLiteral("npy")); });
    menu->addAction(tr("Export Gradients as &CSV…"), this, [this] { exportRun(QStringLiteral("csv")); });
}

void GradientWorkbench::exportRun(const QString& kind) {
    const auto data = m_controller->data();
    if (!data || (data->parts[0].targets.empty() && data->parts[1].targets.empty())) {
        m_window->statusArea()->showMessage(
            tr("There are no gradients to export yet (Gradients > Compute Gradients)."),
            StatusArea::Severity::Warning);
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(
        m_window, tr("Export the gradients into a folder (original/, perturbed/, diff/)"));
    if (folder.isEmpty())
        return;
    std::string error;
    nlohmann::json provenance;
    provenance["audio_sha256"] = m_window->document()->audio().sha256.toStdString();
    provenance["model_folder"] = m_window->document()->modelFolder().toStdString();
    const std::filesystem::path path = folder.toStdString();
    const bool written = kind == QLatin1String("csv") ? writeGradientRunCsv(*data, path, &error)
                                                      : writeGradientRunNpy(*data, path, provenance, &error);
    if (!written)
        m_window->statusArea()->showMessage(tr("Export failed: %1").arg(QString::fromStdString(error)));
}

} // namespace noiseloss
