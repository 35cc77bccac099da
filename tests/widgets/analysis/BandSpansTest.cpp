// The study's bands shaded on the waveform: studyBandSpans converts an analysis into time spans
// in the band colours, and WaveformView draws them (offscreen pixels).
#include "widgets/analysis/BandSpans.h"

#include "AnalysisTestData.h"
#include "widgets/TimeSync.h"
#include "widgets/WaveformView.h"
#include "widgets/analysis/AnalysisStyle.h"

#include <QImage>
#include <QTest>

using namespace noiseloss;

class BandSpansTest : public QObject {
    Q_OBJECT
private slots:
    void spansFollowTheBandsInSeconds();
    void waveformShadesTheSpans();
};

void BandSpansTest::spansFollowTheBandsInSeconds() {
    const auto data = test::makeAnalysisViewData();
    const std::vector<ShadedSpan> spans = studyBandSpans(*data);
    const RegionAnalysis& region = data->analysis.regions.at(0);
    QVERIFY(!spans.empty());
    QCOMPARE(spans[0].color, AnalysisStyle::bandColor(StudyBand::Peak));
    QCOMPARE(spans[0].startSeconds, data->tokens.frameToSeconds(region.bands.peak.begin));
    QCOMPARE(spans[0].endSeconds, data->tokens.frameToSeconds(region.bands.peak.end));
    QCOMPARE(spans.back().color, AnalysisStyle::bandColor(StudyBand::Recovery));
    for (const ShadedSpan& span : spans)
        QVERIFY(span.endSeconds > span.startSeconds); // empty bands are left out
}

void BandSpansTest::waveformShadesTheSpans() {
    TimeSync sync;
    sync.setDuration(10.0);
    sync.setVisibleRange(0.0, 10.0);
    WaveformView view;
    view.setTimeSync(&sync);
    view.resize(400, 120);
    const QColor peak = AnalysisStyle::bandColor(StudyBand::Peak);
    view.setShadedSpans({{2.0, 4.0, peak, QStringLiteral("Peak")}});
    const QImage image = view.grab().toImage();
    // The strip along the bottom edge carries the band colour inside the span only.
    const QColor inside = image.pixelColor(120, image.height() - 2);
    const QColor outside = image.pixelColor(300, image.height() - 2);
    QVERIFY2(std::abs(inside.red() - peak.red()) < 60 && std::abs(inside.green() - peak.green()) < 60,
             qPrintable(inside.name()));
    QVERIFY2(inside != outside, qPrintable(outside.name()));
    view.setShadedSpans({});
    QCOMPARE(view.grab().toImage().pixelColor(120, image.height() - 2), outside);
}

QTEST_MAIN(BandSpansTest)
#include "BandSpansTest.moc"
