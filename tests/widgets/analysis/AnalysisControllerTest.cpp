#include "app/gui/analysis/AnalysisController.h"

#include "AnalysisTestData.h"
#include "app/gui/analysis/AnalysisWorker.h"
#include "util/Error.h"
#include "widgets/StatusArea.h"
#include "widgets/analysis/BandTableView.h"
#include "widgets/analysis/LossChartView.h"
#include "widgets/analysis/TokenInspectorView.h"

#include <QAction>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <atomic>

using namespace noiseloss;

namespace {

/// Jobs that analyse a synthetic clip with the real core/analysis code and carry the request's plan.
AnalysisJobFactory countingFactory(std::shared_ptr<std::atomic<int>> created) {
    return [created](const AnalysisInputs& inputs) -> AnalysisJob {
        ++*created;
        return [inputs](const RunControl& control) -> std::shared_ptr<const AnalysisViewData> {
            if (inputs.modelFolder == "broken-model")
                throw Error("broken-model/config.json: missing key \"dim\"");
            control.report("bands", 0.5);
            auto data = test::makeAnalysisViewData(1, 600);
            data->plan = inputs.plan;
            data->audioName = inputs.audioName;
            control.report("bands", 1.0);
            return data;
        };
    };
}

Region noiseAt(double start) {
    Region region;
    region.startSeconds = start;
    region.endSeconds = start + 1.0;
    return region;
}

std::shared_ptr<const AudioBuffer> silentClip() {
    auto audio = std::make_shared<AudioBuffer>();
    audio->sampleRate = 32000;
    audio->channels = 1;
    audio->samples.assign(32000 * 12, 0.0f);
    return audio;
}

} // namespace

class AnalysisControllerTest : public QObject {
    Q_OBJECT
private slots:
    void rapidPlanEditsRunOnceWithTheLastPlan();
    void resultReachesTheViews();
    void errorsStayVisibleUntilDismissed();
    void cancelStopsAScheduledRun();
    void aNewClipClearsTheOldResult();
};

void AnalysisControllerTest::rapidPlanEditsRunOnceWithTheLastPlan() {
    auto created = std::make_shared<std::atomic<int>>(0);
    AnalysisController controller(countingFactory(created));
    QSignalSpy results(&controller, &AnalysisController::resultChanged);
    controller.setAudio(silentClip(), "clip.wav");
    controller.setModelFolder("tiny-model");
    PerturbationPlan plan;
    for (int i = 0; i < 10; ++i) { // a drag: ten edits 20 ms apart
        plan.regions = {noiseAt(1.0 + 0.1 * i)};
        controller.setPlan(plan);
        QTest::qWait(20);
    }
    QVERIFY(!controller.isIdle());
    QVERIFY(QTest::qWaitFor([&] { return controller.isIdle(); }, 20000));
    QCOMPARE(created->load(), 1);
    QCOMPARE(results.count(), 1);
    QCOMPARE(controller.current()->plan, plan);
    QVERIFY(controller.statusText().contains("Analysed"));
}

void AnalysisControllerTest::resultReachesTheViews() {
    auto created = std::make_shared<std::atomic<int>>(0);
    AnalysisController controller(countingFactory(created));
    LossChartView chart;
    BandTableView table;
    TokenInspectorView inspector;
    controller.setViews(&chart, &table, &inspector);
    controller.setAutoRun(false);
    controller.setAudio(silentClip(), "clip.wav");
    controller.setModelFolder("tiny-model");
    QTest::qWait(2 * AnalysisController::kDebounceMs);
    QCOMPARE(created->load(), 0); // auto-run off: nothing scheduled
    controller.runAction()->trigger();
    QVERIFY(QTest::qWaitFor([&] { return controller.isIdle(); }, 20000));
    QCOMPARE(chart.data(), controller.current());
    QVERIFY(table.table()->rowCount() > 0);
    emit chart.tokenClicked(42); // the chart's clicks drive the inspector
    QCOMPARE(inspector.token(), 42);
}

void AnalysisControllerTest::errorsStayVisibleUntilDismissed() {
    auto created = std::make_shared<std::atomic<int>>(0);
    AnalysisController controller(countingFactory(created));
    StatusArea status;
    controller.setStatusArea(&status);
    QSignalSpy errors(&controller, &AnalysisController::errorOccurred);
    controller.setAudio(silentClip(), "clip.wav");
    controller.setModelFolder("broken-model");
    QVERIFY(QTest::qWaitFor([&] { return errors.count() == 1; }, 20000));
    QVERIFY(controller.lastError().contains("missing key"));
    QTest::qWait(300);
    QCOMPARE(status.messageCount(), 1);
    QVERIFY(status.messages().first().contains("broken-model/config.json"));
    status.dismissAll();
    QCOMPARE(status.messageCount(), 0);
}

void AnalysisControllerTest::cancelStopsAScheduledRun() {
    auto created = std::make_shared<std::atomic<int>>(0);
    AnalysisController controller(countingFactory(created));
    controller.setAudio(silentClip(), "clip.wav");
    controller.setModelFolder("tiny-model");
    QVERIFY(controller.cancelAction()->isEnabled());
    controller.cancelAction()->trigger();
    QVERIFY(controller.isIdle());
    QTest::qWait(2 * AnalysisController::kDebounceMs);
    QCOMPARE(created->load(), 0);
    QVERIFY(!controller.cancelAction()->isEnabled());
}

void AnalysisControllerTest::aNewClipClearsTheOldResult() {
    auto created = std::make_shared<std::atomic<int>>(0);
    AnalysisController controller(countingFactory(created));
    LossChartView chart;
    BandTableView table;
    TokenInspectorView inspector;
    controller.setViews(&chart, &table, &inspector);
    controller.setAudio(silentClip(), "clip.wav");
    controller.setModelFolder("tiny-model");
    QVERIFY(QTest::qWaitFor([&] { return controller.isIdle() && controller.current(); }, 20000));
    QSignalSpy results(&controller, &AnalysisController::resultChanged);
    controller.setAutoRun(false);
    controller.setAudio(silentClip(), "other.wav");
    QVERIFY(!controller.current());
    QVERIFY(!chart.data());
    QCOMPARE(table.table()->rowCount(), 0);
    QCOMPARE(results.count(), 1);
    QVERIFY(!results.at(0).at(0).value<std::shared_ptr<const AnalysisViewData>>());
}

QTEST_MAIN(AnalysisControllerTest)
#include "AnalysisControllerTest.moc"
