#include "widgets/analysis/TokenInspectorView.h"

#include "AnalysisTestData.h"
#include "widgets/analysis/AnalysisStyle.h"

#include <QTableWidget>
#include <QTest>

using namespace noiseloss;

class TokenInspectorViewTest : public QObject {
    Q_OBJECT
private slots:
    void showsEveryCodebookOfBothRuns();
    void deletedTokenHasNoPerturbedValues();
    void clearsForFramesOutsideTheClip();
};

void TokenInspectorViewTest::showsEveryCodebookOfBothRuns() {
    const auto data = test::makeAnalysisViewData();
    TokenInspectorView view;
    view.setData(data);
    view.showToken(251);
    QTableWidget* table = view.table();
    QCOMPARE(table->rowCount(), 8); // 4 codebooks x (original, perturbed)
    QVERIFY2(view.headerText().startsWith("Token 251 · 5.02–5.04 s"), qPrintable(view.headerText()));
    for (int k = 0; k < 4; ++k) {
        const int row = 2 * k;
        const std::size_t index = data->original.index(k, 251);
        QCOMPARE(table->item(row, TokenInspectorView::CodebookColumn)->text(), QString::number(k + 1));
        QCOMPARE(table->item(row, TokenInspectorView::NllColumn)->text(),
                 AnalysisStyle::formatNats(data->original.nll[index]));
        QCOMPARE(table->item(row, TokenInspectorView::EntropyColumn)->text(),
                 AnalysisStyle::formatNats(data->original.entropy[index]));
        QCOMPARE(table->item(row, TokenInspectorView::RankColumn)->text(),
                 QString::number(data->original.rank[index]));
        QCOMPARE(table->item(row, TokenInspectorView::CodeColumn)->text(),
                 QString::number(data->original.codes[index]));
        const QStringList topFive = table->item(row, TokenInspectorView::TopFiveColumn)->text().split(", ");
        QCOMPARE(topFive.size(), 5);
        QCOMPARE(topFive.at(0).split(' ').at(0), QString::number(data->original.top5[index * 5]));
        if (data->original.rank[index] < 5)
            QVERIFY(topFive.at(data->original.rank[index]).endsWith("✓"));
        QCOMPARE(table->item(row + 1, TokenInspectorView::NllColumn)->text(),
                 AnalysisStyle::formatNats(data->perturbed.nll[index]));
        QCOMPARE(table->item(row + 1, TokenInspectorView::DifferenceColumn)->text(),
                 AnalysisStyle::formatSignedNats(
                     data->analysis.aligned.difference[data->analysis.aligned.index(k, 251)]));
    }
}

void TokenInspectorViewTest::deletedTokenHasNoPerturbedValues() {
    auto data = test::makeAnalysisViewData();
    data->analysis.aligned.perturbedFrameOf[300] = -1;
    TokenInspectorView view;
    view.setData(data);
    view.showToken(300);
    QVERIFY(view.headerText().contains("deleted"));
    QCOMPARE(view.table()->item(1, TokenInspectorView::NllColumn)->text(), QString("–"));
    QCOMPARE(view.table()->item(1, TokenInspectorView::TopFiveColumn)->text(), QString("deleted"));
    QVERIFY(view.table()->item(0, TokenInspectorView::NllColumn)->text() != QString("–"));
}

void TokenInspectorViewTest::clearsForFramesOutsideTheClip() {
    const auto data = test::makeAnalysisViewData();
    TokenInspectorView view;
    view.setData(data);
    view.showToken(5000);
    QCOMPARE(view.token(), -1);
    QCOMPARE(view.table()->rowCount(), 0);
    view.showToken(10);
    view.setData(test::makeAnalysisViewData(2, 100)); // still valid in the shorter clip: kept
    QCOMPARE(view.token(), 10);
    view.setData(test::makeAnalysisViewData(2, 5));
    QCOMPARE(view.token(), -1);
}

QTEST_MAIN(TokenInspectorViewTest)
#include "TokenInspectorViewTest.moc"
