// The gradient protocol through the workstation: MainWindow opens the tiny fixture clip with a noise +
// delete plan and the tiny checkpoint, the analysis runs, then the gradient task runs on the same
// worker; the heatmaps must fill (partial results first), the difference view must use the diverging
// map with symmetric limits, a click on the layer x time map must move the playhead, Cancel must
// stop a run, and the NPY / CSV exports must write their files.
#include "Document.h"
#include "MainWindow.h"
#include "SessionController.h"
#include "app/gui/analysis/AnalysisController.h"
#include "app/gui/analysis/AnalysisWorkbench.h"
#include "app/gui/grads/GradientController.h"
#include "app/gui/grads/GradientPanel.h"
#include "app/gui/grads/GradientRunExport.h"
#include "app/gui/grads/GradientWorkbench.h"
#include "widgets/TimeSync.h"
#include "widgets/heatmap/HeatmapView.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace noiseloss;

namespace {

const QString kModel = QStringLiteral(NOISELOSS_TEST_DATA_DIR "/tiny-musicgen");

int finiteCount(const HeatmapData& data) {
    int count = 0;
    for (float value : data.values)
        count += std::isfinite(value) ? 1 : 0;
    return count;
}

} // namespace

class GradientGuiTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void protocolFillsTheHeatmaps();
    void differenceViewIsDivergingAndSymmetric();
    void clickingTheTimeMapMovesThePlayhead();
    void exportsWriteNpyAndCsv();
    void cancelStopsARun();
    void runWithoutAnalysisExplains();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    MainWindow* m_window = nullptr;
    GradientController* m_controller = nullptr;
    GradientPanel* m_panel = nullptr;
};

void GradientGuiTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString plan = m_dir.filePath(QStringLiteral("plan.json"));
    QFile file(plan);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"regions": [
      {"kind": "noise", "start": 0.2, "end": 0.4, "color": "pink", "level_dbfs": -6, "mode": "replace", "seed": 3},
      {"kind": "delete", "start": 0.8, "end": 1.0}], "allow_overlap": false})");
    file.close();

    MainWindowOptions options;
    options.interactive = false;
    options.openAudioDevice = false;
    m_window = new MainWindow(options);
    m_window->resize(1400, 1000);
    m_window->show();
    m_controller = m_window->gradients()->controller();
    m_panel = m_window->gradients()->panel();
    m_controller->setTargetSpec(QStringLiteral("all"));
    m_controller->runAfterNextAnalysis();
    QSignalSpy dataChanged(m_controller, &GradientController::dataChanged);

    m_window->document()->setModelFolder(kModel);
    m_window->session()->setPendingPlanFile(plan);
    m_window->session()->openAudio(kModel + QStringLiteral("/clip.wav"));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isRunning(), 120000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isRunning(), 240000);
    QVERIFY2(m_controller->lastError().isEmpty(), qPrintable(m_controller->lastError()));
    // Start, skeletons, at least one batch per part and the final results: several redraws.
    QVERIFY(dataChanged.count() >= 3);
}

void GradientGuiTest::protocolFillsTheHeatmaps() {
    const auto data = m_controller->data();
    QVERIFY(data);
    QVERIFY(data->complete[0] && data->complete[1]);
    const std::size_t frames = data->parts[0].frames;
    QCOMPARE(data->parts[0].targets.size(), frames * 4); // "all", each codebook (delayed alignment)
    QVERIFY(!data->parts[1].targets.empty());
    QVERIFY(data->parts[1].frames < data->parts[0].frames); // the deletion shortened the perturbed clip
    // The layer x token map of every token arrived too (few-pass method) and agrees with the
    // per-target protocol at each target's own position.
    for (std::size_t part = 0; part < 2; ++part) {
        const SelfPositionNorms& self = data->selfMaps[part];
        const GradientResult& full = data->parts[part];
        QCOMPARE(self.targets.size(), full.targets.size());
        for (std::size_t j = 0; j < full.targets.size(); ++j) {
            QVERIFY(self.targets[j] == full.targets[j].target);
            for (int row = 0; row <= full.layers; ++row) {
                const float expected = full.activationNorm(j, row, full.targets[j].lastPosition);
                QVERIFY2(std::abs(self.at(row, j) - expected) <= 1e-3f * std::abs(expected) + 1e-7f,
                         qPrintable(QStringLiteral("part %1 target %2 row %3").arg(part).arg(j).arg(row)));
            }
        }
    }

    m_panel->setView(GradientView::Original);
    const HeatmapData& time = m_window->gradients()->timeMap()->data();
    QVERIFY(time.isValid());
    QVERIFY(time.isTimeline());
    QCOMPARE(time.rows, data->parts[0].layers + 1);
    QCOMPARE(time.columns, static_cast<int>(frames));
    QCOMPARE(finiteCount(time), time.rows * time.columns);

    m_window->timeSync()->setPlayhead(0.5); // token 25: the module map shows its gradients
    const HeatmapData& modules = m_panel->moduleMap()->data();
    QVERIFY(modules.isValid());
    QCOMPARE(modules.rows, data->parts[0].layers);
    QCOMPARE(modules.columns, 10); // q k v out fc1 fc2 + 2 LayerNorms x (weight, bias)
    QVERIFY(finiteCount(modules) == modules.rows * modules.columns);
    float largest = 0.0f;
    for (float value : modules.values)
        largest = std::max(largest, value);
    QVERIFY(largest > 0.0f);
}

void GradientGuiTest::differenceViewIsDivergingAndSymmetric() {
    m_panel->setView(GradientView::Difference);
    HeatmapView* time = m_window->gradients()->timeMap();
    QCOMPARE(time->params().colourMap, ColourMap::Diverging);
    QVERIFY(time->data().isValid());
    // Deleted original frames have no perturbed counterpart: NaN cells exist, and finite ones too.
    const int finite = finiteCount(time->data());
    QVERIFY(finite > 0);
    QVERIFY(finite < time->data().rows * time->data().columns);
    time->grab(); // paint: the drawn range is known after rendering
    QVERIFY(time->drawnHigh() > 0.0);
    QCOMPARE(time->drawnLow(), -time->drawnHigh());
    m_panel->setView(GradientView::Original);
    QCOMPARE(time->params().colourMap, ColourMap::Viridis);
}

void GradientGuiTest::clickingTheTimeMapMovesThePlayhead() {
    HeatmapView* time = m_window->gradients()->timeMap();
    m_window->timeSync()->zoomToFit();
    QSignalSpy activated(m_panel, &GradientPanel::tokenActivated);
    // Find a point over the plot: scan the middle row for a cell.
    QPoint target(-1, -1);
    for (int x = 0; x < time->width() && target.x() < 0; x += 4)
        if (time->cellAt(QPoint(x, time->height() / 2)).x() >= 30)
            target = QPoint(x, time->height() / 2);
    QVERIFY(target.x() >= 0);
    const int column = time->cellAt(target).x();
    QTest::mouseClick(time, Qt::LeftButton, Qt::NoModifier, target);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), static_cast<qlonglong>(column));
    QCOMPARE(m_panel->selectedFrame(), static_cast<std::int64_t>(column));
    QVERIFY(std::abs(m_window->timeSync()->playheadSeconds() - column / 50.0) < 1e-6);
}

void GradientGuiTest::exportsWriteNpyAndCsv() {
    const auto data = m_controller->data();
    std::string error;
    const std::filesystem::path folder = m_dir.filePath(QStringLiteral("export")).toStdString();
    QVERIFY2(writeGradientRunNpy(*data, folder, {{"note", "test"}}, &error), error.c_str());
    QVERIFY2(writeGradientRunCsv(*data, folder, &error), error.c_str());
    for (const char* file : {"original/act_grad_norms.npy", "original/param_grad_norms.npy",
                             "original/meta.json", "perturbed/targets.json", "diff/act_self_diff.npy",
                             "diff/param_diff.npy", "original/param_grad_norms.csv",
                             "perturbed/act_self_norms.csv", "diff/act_self_diff.csv", "diff/param_diff.csv"})
        QVERIFY2(std::filesystem::exists(folder / file), file);
    QFile csv(QString::fromStdString((folder / "original/param_grad_norms.csv").string()));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray header = csv.readLine();
    QVERIFY(header.startsWith("row,codebook,frame,nll,L1.self_attn.q_proj,L1.self_attn.q_proj.h0"));
    QCOMPARE(csv.readAll().count('\n'), static_cast<qsizetype>(data->parts[0].targets.size()));

    GradientRunData empty;
    QVERIFY(!writeGradientRunNpy(empty, folder / "empty", {}, &error));
    QVERIFY(QString::fromStdString(error).contains(QStringLiteral("no gradients")));
}

void GradientGuiTest::cancelStopsARun() {
    m_controller->setMethod(GradientMethod::Naive);
    m_controller->run();
    QVERIFY(m_controller->isRunning());
    m_controller->cancel();
    QVERIFY(!m_controller->isRunning());
    QVERIFY(m_controller->statusText().contains(QStringLiteral("cancelled")));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->analysis()->isIdle(), 60000);
    m_controller->setMethod(GradientMethod::Fast);
}

void GradientGuiTest::runWithoutAnalysisExplains() {
    // A fresh window without a clip: Run explains instead of starting anything.
    MainWindowOptions options;
    options.interactive = false;
    options.openAudioDevice = false;
    MainWindow window(options);
    GradientController* controller = window.gradients()->controller();
    QSignalSpy errors(controller, &GradientController::errorOccurred);
    controller->run();
    QVERIFY(!controller->isRunning());
    QCOMPARE(errors.count(), 1);
    QVERIFY(controller->lastError().contains(QStringLiteral("analysis first")));
}

void GradientGuiTest::cleanupTestCase() {
    delete m_window;
}

QTEST_MAIN(GradientGuiTest)
#include "GradientGuiTest.moc"
