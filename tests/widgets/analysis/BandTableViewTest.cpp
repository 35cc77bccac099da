#include "widgets/analysis/BandTableView.h"

#include "AnalysisTestData.h"
#include "widgets/analysis/AnalysisStyle.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace noiseloss;

class BandTableViewTest : public QObject {
    Q_OBJECT
private slots:
    void showsTheStatisticsOfEveryBand();
    void verdictFollowsTheClipLosses();
    void anEmptyPlanSaysNoChange();
    void selectingARowEmitsItsSpan();
};

void BandTableViewTest::showsTheStatisticsOfEveryBand() {
    const auto data = test::makeAnalysisViewData();
    BandTableView view;
    view.setData(data);
    QTableWidget* table = view.table();
    const LossAnalysis& analysis = data->analysis;
    const int expectedRows = static_cast<int>(4 * analysis.regions.size() + analysis.affectedStats.size() +
                                              analysis.movingRecoveryStats.size());
    QCOMPARE(table->rowCount(), expectedRows);
    const RegionAnalysis& region = analysis.regions.at(0);
    QVERIFY(table->item(0, BandTableView::RegionColumn)->text().startsWith("R1 "));
    QVERIFY(table->item(1, BandTableView::RegionColumn)->text().isEmpty()); // named once per group
    QCOMPARE(table->item(0, BandTableView::MeanDifferenceColumn)->text(),
             AnalysisStyle::formatSignedNats(region.bands.baseline));
    const std::pair<int, const BandStats*> rows[] = {
        {1, &region.peak}, {2, &region.assimilation}, {3, &region.recovery}};
    for (const auto& [row, stats] : rows) {
        QCOMPARE(table->item(row, BandTableView::TokensColumn)->text(),
                 QString("[%1, %2)").arg(stats->span.begin).arg(stats->span.end));
        QCOMPARE(table->item(row, BandTableView::LengthColumn)->text(),
                 QString::number(stats->span.length()));
        QCOMPARE(table->item(row, BandTableView::MeanDifferenceColumn)->data(Qt::UserRole).toDouble(),
                 stats->meanDifference);
        QCOMPARE(table->item(row, BandTableView::MaxDifferenceColumn)->text(),
                 AnalysisStyle::formatSignedNats(stats->maxDifference));
        QCOMPARE(table->item(row, BandTableView::MeanOriginalColumn)->text(),
                 AnalysisStyle::formatNats(stats->meanOriginal));
        QCOMPARE(table->item(row, BandTableView::MeanPerturbedColumn)->text(),
                 AnalysisStyle::formatNats(stats->meanPerturbed));
    }
    QVERIFY(table->item(1, BandTableView::BandColumn)->text().contains("Peak"));
    QVERIFY(table->item(2, BandTableView::BandColumn)->text().contains("Assimilation"));
    QVERIFY(table->item(3, BandTableView::BandColumn)->text().contains("Recovery"));
    // The synthetic curves spike at the onset and fall below the original while the noise lasts.
    QVERIFY(region.peak.maxDifference > 1.0);
    QVERIFY(region.assimilation.meanDifference < -0.5);

    view.setData(nullptr);
    QCOMPARE(table->rowCount(), 0);
}

void BandTableViewTest::verdictFollowsTheClipLosses() {
    auto data = test::makeAnalysisViewData();
    BandTableView view;
    view.setData(data);
    QVERIFY(data->analysis.clip.lowered);
    QString verdict = view.verdictText();
    QVERIFY2(verdict.contains("noise lowered the loss"), qPrintable(verdict));
    QVERIFY(verdict.contains(AnalysisStyle::formatNats(data->analysis.clip.meanOriginal)));
    QVERIFY(verdict.contains(AnalysisStyle::formatNats(data->analysis.clip.meanPerturbed)));

    data->analysis.clip.lowered = false;
    data->analysis.clip.change = ClipChange::Raised;
    data->analysis.clip.difference = 0.1;
    data->plan.regions[0].kind = RegionKind::Shuffle;
    view.setData(data);
    verdict = view.verdictText();
    QVERIFY2(verdict.contains("the perturbation raised the loss"), qPrintable(verdict));
}

void BandTableViewTest::anEmptyPlanSaysNoChange() {
    // With no regions the perturbed clip is the original: equal means must not read "raised".
    auto data = test::makeAnalysisViewData();
    data->plan.regions.clear();
    data->analysis.regions.clear();
    data->analysis.clip.meanPerturbed = data->analysis.clip.meanOriginal;
    data->analysis.clip.difference = 0.0;
    data->analysis.clip.change =
        classifyClipChange(data->analysis.clip.meanOriginal, data->analysis.clip.meanPerturbed);
    data->analysis.clip.lowered = false;
    BandTableView view;
    view.setData(data);
    const QString verdict = view.verdictText();
    QVERIFY2(verdict.contains("no change"), qPrintable(verdict));
    QVERIFY2(!verdict.contains("raised") && !verdict.contains("lowered"), qPrintable(verdict));
}

void BandTableViewTest::selectingARowEmitsItsSpan() {
    const auto data = test::makeAnalysisViewData();
    BandTableView view;
    view.setData(data);
    QSignalSpy selected(&view, &BandTableView::spanSelected);
    view.table()->selectRow(1);
    QCOMPARE(selected.count(), 1);
    const TokenSpan peak = data->analysis.regions[0].bands.peak;
    QCOMPARE(selected.at(0).at(0).toDouble(), data->tokens.frameToSeconds(peak.begin));
    QCOMPARE(selected.at(0).at(1).toDouble(), data->tokens.frameToSeconds(peak.end));
}

QTEST_MAIN(BandTableViewTest)
#include "BandTableViewTest.moc"
