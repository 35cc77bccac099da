// QtTest suite for noiseloss_widgets on the offscreen platform: the shared time state, the peak
// pyramid against brute force, and region editing gestures on a WaveformView used alone.
#include "WidgetTestHelpers.h"
#include "widgets/PeakPyramid.h"
#include "widgets/RegionInspector.h"
#include "widgets/TimeRuler.h"
#include "widgets/TimeSync.h"
#include "widgets/WaveformView.h"

#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <random>

using namespace noiseloss;
using noiseloss::test::drag;

class WidgetsTest : public QObject {
    Q_OBJECT

    static constexpr int kWidth = 1000;
    static constexpr double kClipSeconds = 10.0;

    /// A WaveformView 1000 px wide showing 0..10 s: 1 px = 10 ms, one token frame (20 ms) = 2 px.
    std::unique_ptr<WaveformView> makeView(RegionTool tool) {
        auto view = std::make_unique<WaveformView>();
        view->resize(kWidth, 200);
        auto samples = std::make_shared<std::vector<float>>(static_cast<std::size_t>(kClipSeconds * 32000));
        for (std::size_t i = 0; i < samples->size(); ++i)
            (*samples)[i] = static_cast<float>(0.5 * std::sin(i * 0.05));
        view->setSamples(samples, 32000);
        view->timeSync()->setDuration(kClipSeconds);
        view->setTool(tool);
        return view;
    }
    static double x(double seconds) { return seconds / kClipSeconds * kWidth; }

private slots:
    void timeSyncClampsAndZooms() {
        TimeSync sync;
        sync.setDuration(600.0);
        QCOMPARE(sync.visibleStartSeconds(), 0.0);
        QCOMPARE(sync.visibleEndSeconds(), 600.0);
        sync.zoomBy(10.0, 300.0);
        QVERIFY(std::abs(sync.visibleLengthSeconds() - 60.0) < 1e-9);
        QVERIFY(std::abs(sync.visibleStartSeconds() - 270.0) < 1e-9); // anchor stays in place
        sync.scrollBySeconds(1000.0);
        QCOMPARE(sync.visibleEndSeconds(), 600.0);
        sync.setSelection(12.0, 10.0);
        QCOMPARE(sync.selectionStartSeconds(), 10.0);
        sync.zoomToSelection();
        QCOMPARE(sync.visibleStartSeconds(), 10.0);
        QCOMPARE(sync.visibleEndSeconds(), 12.0);
        sync.zoomBy(1e9, 11.0);
        QCOMPARE(sync.visibleLengthSeconds(), TimeSync::kMinimumVisibleSeconds);
    }

    void peakPyramidMatchesBruteForce() {
        std::mt19937 random(7);
        std::normal_distribution<float> normal;
        auto samples = std::make_shared<std::vector<float>>(100003);
        for (float& sample : *samples)
            sample = normal(random);
        const PeakPyramid pyramid(samples);
        QVERIFY(pyramid.levelCount() > 10);
        for (double perColumn : {0.5, 3.0, 16.0, 100.0, 1000.0, 33333.0}) {
            const double first = 17.0;
            const int columns = 40;
            const auto peaks = pyramid.peaksForColumns(first, perColumn, columns);
            for (int column = 0; column < columns; ++column) {
                const double from = first + column * perColumn;
                if (from >= samples->size())
                    continue;
                const auto begin = static_cast<std::size_t>(std::floor(from));
                const auto end =
                    std::min(samples->size(),
                             std::max(begin + 1, static_cast<std::size_t>(std::ceil(from + perColumn))));
                const auto [low, high] =
                    std::minmax_element(samples->begin() + begin, samples->begin() + end);
                // Pyramid bins may cover a little more than the column (bin alignment), never less.
                QVERIFY(peaks[column].minimum <= *low);
                QVERIFY(peaks[column].maximum >= *high);
                if (perColumn < PeakPyramid::kBaseBinSamples) {
                    QCOMPARE(peaks[column].minimum, *low);
                    QCOMPARE(peaks[column].maximum, *high);
                    double sumSquares = 0.0;
                    for (std::size_t i = begin; i < end; ++i)
                        sumSquares += double((*samples)[i]) * (*samples)[i];
                    QVERIFY(std::abs(peaks[column].rms - std::sqrt(sumSquares / double(end - begin))) < 1e-5);
                }
                QVERIFY(peaks[column].rms >= 0.0f && peaks[column].rms <= std::max(-*low, *high) + 1e-6f);
            }
        }
    }

    void dragCreatesRegionSnappedToTokenFrames() {
        auto view = makeView(RegionTool::Noise);
        QSignalSpy created(view.get(), &WaveformView::regionCreateRequested);
        drag(view.get(), QPointF(x(2.013), 100), QPointF(x(3.508), 100));
        QCOMPARE(created.count(), 1);
        const auto region = created.first().first().value<Region>();
        QCOMPARE(region.kind, RegionKind::Noise);
        QVERIFY(std::abs(region.startSeconds - 2.02) < 1e-9); // nearest 20 ms frame boundary
        QVERIFY(std::abs(region.endSeconds - 3.50) < 1e-9);
    }

    void shiftBypassesSnapping() {
        auto view = makeView(RegionTool::Delete);
        QSignalSpy created(view.get(), &WaveformView::regionCreateRequested);
        drag(view.get(), QPointF(x(2.013), 100), QPointF(x(3.507), 100), Qt::ShiftModifier);
        QCOMPARE(created.count(), 1);
        const auto region = created.first().first().value<Region>();
        QCOMPARE(region.kind, RegionKind::Delete);
        QVERIFY(std::abs(region.startSeconds - 2.013) < 1e-6);
        QVERIFY(std::abs(region.endSeconds - 3.507) < 1e-6);
    }

    void selectToolMakesTimeSelectionNotRegion() {
        auto view = makeView(RegionTool::Select);
        QSignalSpy created(view.get(), &WaveformView::regionCreateRequested);
        drag(view.get(), QPointF(x(1.0), 100), QPointF(x(4.0), 100));
        QCOMPARE(created.count(), 0);
        QVERIFY(view->timeSync()->hasSelection());
        QVERIFY(std::abs(view->timeSync()->selectionStartSeconds() - 1.0) < 0.011);
        QVERIFY(std::abs(view->timeSync()->selectionEndSeconds() - 4.0) < 0.011);
    }

    void dragBodyMovesAndEdgeResizes() {
        auto view = makeView(RegionTool::Select);
        PerturbationPlan plan;
        plan.regions.push_back(Region{RegionKind::Noise, 2.0, 4.0});
        view->setPlan(plan);
        QSignalSpy changed(view.get(), &WaveformView::regionChangeRequested);
        QSignalSpy finished(view.get(), &WaveformView::regionDragFinished);
        drag(view.get(), QPointF(x(3.0), 100), QPointF(x(4.5), 100));
        QVERIFY(changed.count() >= 1);
        auto moved = changed.last().at(1).value<Region>();
        QVERIFY(std::abs(moved.startSeconds - 3.5) < 1e-9);
        QVERIFY(std::abs(moved.endSeconds - 5.5) < 1e-9);
        QCOMPARE(finished.count(), 1);
        const int moveDragId = changed.last().at(2).toInt();
        for (const auto& arguments : changed)
            QCOMPARE(arguments.at(2).toInt(), moveDragId); // one gesture, one drag id

        changed.clear();
        drag(view.get(), QPointF(x(4.0) + 2, 100), QPointF(x(6.0), 100)); // grab the end edge
        auto resized = changed.last().at(1).value<Region>();
        QCOMPARE(resized.startSeconds, 2.0);
        QVERIFY(std::abs(resized.endSeconds - 6.0) < 1e-9);
        QVERIFY(changed.last().at(2).toInt() != moveDragId);
    }

    void rulerShowsTokenRowOnlyWhenZoomedIn() {
        TimeSync sync;
        sync.setDuration(60.0);
        TimeRuler ruler;
        ruler.setTimeSync(&sync);
        ruler.resize(1000, 40);
        QVERIFY(!ruler.showsTokenRow());
        sync.setVisibleRange(10.0, 12.0); // 100 frames over 1000 px
        QVERIFY(ruler.showsTokenRow());
    }

    void inspectorEmitsEditedRegionInTokens() {
        RegionInspector inspector;
        Region region{RegionKind::Noise, 2.0, 4.0};
        inspector.setRegion(region);
        inspector.setTimeUnit(RegionInspector::TimeUnit::Tokens);
        QSignalSpy edited(&inspector, &RegionInspector::regionEdited);
        auto boxes = inspector.findChildren<QDoubleSpinBox*>();
        QDoubleSpinBox* end = nullptr;
        for (QDoubleSpinBox* box : boxes)
            if (box->decimals() == 0 && std::abs(box->value() - 200.0) < 1e-9)
                end = box;
        QVERIFY(end);
        end->setValue(250.0);
        QCOMPARE(edited.count(), 1);
        const auto result = edited.first().first().value<Region>();
        QCOMPARE(result.startSeconds, 2.0);
        QVERIFY(std::abs(result.endSeconds - 5.0) < 1e-9);
    }
};

QTEST_MAIN(WidgetsTest)
#include "WidgetsTest.moc"
