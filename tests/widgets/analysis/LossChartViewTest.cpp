#include "widgets/analysis/LossChartView.h"

#include "AnalysisTestData.h"
#include "widgets/TimeSync.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>
#include <cmath>

using namespace noiseloss;

namespace {

int pointsOf(QChart* chart, const QString& name) {
    int points = 0;
    for (QAbstractSeries* series : chart->series())
        if (series->name() == name)
            if (auto* line = qobject_cast<QLineSeries*>(series))
                points += static_cast<int>(line->count());
    return points;
}

int seriesNamed(QChart* chart, const QString& name) {
    int count = 0;
    for (QAbstractSeries* series : chart->series())
        count += series->name() == name ? 1 : 0;
    return count;
}

int finiteCount(const std::vector<float>& values) {
    int count = 0;
    for (const float value : values)
        count += std::isfinite(value) ? 1 : 0;
    return count;
}

} // namespace

class LossChartViewTest : public QObject {
    Q_OBJECT
private slots:
    void drawsOnePointPerScoredTokenAndTheBands();
    void nanTokensSplitTheLine();
    void differenceBarsAndLine();
    void codebookAndSmoothingSelectTheCurve();
    void followsASharedTimeSync();
    void hoverReadoutAndClick();
};

void LossChartViewTest::drawsOnePointPerScoredTokenAndTheBands() {
    const auto data = test::makeAnalysisViewData();
    LossChartView view;
    view.resize(900, 400);
    view.setData(data);
    QCOMPARE(pointsOf(view.lossChart(), "Original"), 1000);
    QCOMPARE(pointsOf(view.lossChart(), "Perturbed"), 1000);
    const RegionAnalysis& region = data->analysis.regions.at(0);
    QVERIFY(!region.bands.peak.empty());
    QVERIFY(!region.bands.assimilation.empty());
    QVERIFY(!region.bands.recovery.empty());
    for (QChart* chart : {view.lossChart(), view.differenceChart()}) {
        QCOMPARE(seriesNamed(chart, "Peak"), 1);
        QCOMPARE(seriesNamed(chart, "Assimilation"), 1);
        QCOMPARE(seriesNamed(chart, "Recovery"), 1);
    }
    // The Peak shading covers exactly the detected span, in seconds.
    for (QAbstractSeries* series : view.lossChart()->series())
        if (series->name() == "Peak") {
            auto* area = qobject_cast<QAreaSeries*>(series);
            QVERIFY(area);
            QCOMPARE(area->upperSeries()->at(0).x(), data->tokens.frameToSeconds(region.bands.peak.begin));
            QCOMPARE(area->upperSeries()->at(1).x(), data->tokens.frameToSeconds(region.bands.peak.end));
        }
    QCOMPARE(seriesNamed(view.lossChart(), "Region strip"), 1);

    LossChartSettings settings = view.settings();
    settings.showBands = false;
    settings.showPerturbed = false;
    view.setSettings(settings);
    QCOMPARE(seriesNamed(view.lossChart(), "Peak"), 0);
    QCOMPARE(seriesNamed(view.lossChart(), "Region"), 1);
    QCOMPARE(pointsOf(view.lossChart(), "Perturbed"), 0);

    view.setData(nullptr);
    QCOMPARE(view.lossChart()->series().size(), 0);
}

void LossChartViewTest::nanTokensSplitTheLine() {
    auto data = test::makeAnalysisViewData();
    auto& aligned = data->analysis.aligned;
    for (std::int64_t t = 400; t < 410; ++t) // ten deleted tokens: no perturbed counterpart
        aligned.perturbedMean[static_cast<std::size_t>(t)] = std::nanf("");
    aligned.originalMean[0] = std::nanf(""); // frame 0 unscored (NoiseLoss alignment)
    LossChartView view;
    view.setData(data);
    QCOMPARE(pointsOf(view.lossChart(), "Original"), finiteCount(aligned.originalMean));
    QCOMPARE(pointsOf(view.lossChart(), "Perturbed"), 990);
    QCOMPARE(seriesNamed(view.lossChart(), "Perturbed"), 2);
}

void LossChartViewTest::differenceBarsAndLine() {
    const auto data = test::makeAnalysisViewData();
    LossChartView view;
    view.setData(data);
    QCOMPARE(seriesNamed(view.differenceChart(), "D > 0"), 1);
    QCOMPARE(seriesNamed(view.differenceChart(), "D < 0"), 1);
    for (QAbstractSeries* series : view.differenceChart()->series()) {
        auto* area = qobject_cast<QAreaSeries*>(series);
        if (!area || (series->name() != "D > 0" && series->name() != "D < 0"))
            continue;
        QLineSeries* bars = series->name() == "D > 0" ? area->upperSeries() : area->lowerSeries();
        QCOMPARE(bars->count(), 2000); // two corners per token
        const std::size_t peakToken = 250;
        const double value = data->analysis.aligned.differenceMean[peakToken];
        const double expected = series->name() == "D > 0" ? std::max(0.0, value) : std::min(0.0, value);
        QCOMPARE(bars->at(static_cast<qsizetype>(2 * peakToken)).y(), expected);
    }
    // Symmetric value range for the signed D.
    auto* axis = qobject_cast<QValueAxis*>(view.differenceChart()->axes(Qt::Vertical).at(0));
    QCOMPARE(axis->min(), -axis->max());

    LossChartSettings settings = view.settings();
    settings.differenceStyle = DifferenceStyle::Line;
    view.setSettings(settings);
    QCOMPARE(seriesNamed(view.differenceChart(), "D > 0"), 0);
    QCOMPARE(pointsOf(view.differenceChart(), "D"), 1000);
}

void LossChartViewTest::codebookAndSmoothingSelectTheCurve() {
    const auto data = test::makeAnalysisViewData();
    const AlignedLosses& aligned = data->analysis.aligned;
    LossChartView view;
    view.setData(data);
    QSignalSpy changed(&view, &LossChartView::settingsChanged);
    LossChartSettings settings = view.settings();
    settings.codebook = 2;
    view.setSettings(settings);
    QCOMPARE(changed.count(), 1);
    auto firstLine = [&](const QString& name) {
        for (QAbstractSeries* series : view.lossChart()->series())
            if (series->name() == name)
                return qobject_cast<QLineSeries*>(series);
        return static_cast<QLineSeries*>(nullptr);
    };
    QCOMPARE(firstLine("Original")->at(10).y(), double(aligned.originalNll[aligned.index(2, 10)]));

    settings.codebook = -1;
    settings.smoothingTokens = 5;
    view.setSettings(settings);
    double sum = 0.0;
    for (std::size_t t = 8; t <= 12; ++t)
        sum += aligned.originalMean[t];
    QVERIFY(std::abs(firstLine("Original")->at(10).y() - sum / 5.0) < 1e-5);
}

void LossChartViewTest::followsASharedTimeSync() {
    const auto data = test::makeAnalysisViewData();
    TimeSync sync;
    sync.setDuration(20.0);
    LossChartView view;
    view.setTimeSync(&sync);
    view.setData(data);
    sync.setVisibleRange(4.0, 9.0);
    for (QChart* chart : {view.lossChart(), view.differenceChart()}) {
        auto* axis = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).at(0));
        QCOMPARE(axis->min(), 4.0);
        QCOMPARE(axis->max(), 9.0);
    }
    view.setVisibleRange(1.0, 3.0); // the plain setter forwards to the shared state
    QCOMPARE(sync.visibleStartSeconds(), 1.0);
    view.setPlayhead(2.5);
    QCOMPARE(sync.playheadSeconds(), 2.5);

    LossChartView alone; // without a TimeSync the view keeps its own and shows the whole clip
    alone.setData(data);
    auto* axis = qobject_cast<QValueAxis*>(alone.lossChart()->axes(Qt::Horizontal).at(0));
    QCOMPARE(axis->max(), 20.0);
}

void LossChartViewTest::hoverReadoutAndClick() {
    const auto data = test::makeAnalysisViewData();
    LossChartView view;
    view.setData(data);
    QSignalSpy hovered(&view, &LossChartView::tokenHovered);
    view.hoverAt(5.01); // token 250: inside the Peak of region 1
    QCOMPARE(hovered.count(), 1);
    QCOMPARE(hovered.at(0).at(0).value<std::int64_t>(), 250);
    const QString readout = view.readoutText();
    QVERIFY2(readout.contains("token 250"), qPrintable(readout));
    QVERIFY2(readout.contains("Peak of region 1"), qPrintable(readout));
    QVERIFY(readout.contains(QString::number(data->analysis.aligned.originalMean[250], 'f', 3)));
    view.hoverAt(std::nan(""));
    QVERIFY(view.readoutText().isEmpty());
    QCOMPARE(view.frameAtSeconds(25.0), -1);
    QCOMPARE(view.frameAtSeconds(0.019), 0);
}

QTEST_MAIN(LossChartViewTest)
#include "LossChartViewTest.moc"
