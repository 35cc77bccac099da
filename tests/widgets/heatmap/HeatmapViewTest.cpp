// HeatmapView / HeatmapRenderer offscreen: colour tables, drawn ranges (normalisation, log, symmetric
// diverging limits), pixels of a rendered widget, hover readout, click, visible range. Writes the
// rendered PNGs next to the test binary (heatmap-*.png) for a look.
#include "widgets/heatmap/HeatmapView.h"

#include "widgets/TimeSync.h"
#include "widgets/heatmap/ColourMap.h"
#include "widgets/heatmap/HeatmapRenderer.h"

#include <QSignalSpy>
#include <QtTest>
#include <cmath>

using namespace noiseloss;

namespace {

/// Layer x time gradient-like map: rows = layers, 100 columns at 50 per second, a ridge at column 40.
HeatmapData layerTimeData() {
    HeatmapData data;
    data.rows = 5;
    data.columns = 100;
    data.secondsPerColumn = 0.02;
    data.valueName = QStringLiteral("||dl/dh||");
    for (int r = 0; r < data.rows; ++r) {
        data.rowLabels << (r == 0 ? QStringLiteral("emb") : QStringLiteral("L%1").arg(r));
        for (int c = 0; c < data.columns; ++c)
            data.values.push_back(static_cast<float>((r + 1) * std::exp(-std::abs(c - 40) / 10.0)));
    }
    return data;
}

int colourDistance(QRgb a, QRgb b) {
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
}

} // namespace

class HeatmapViewTest : public QObject {
    Q_OBJECT
private slots:
    void colourTablesMatchPublishedEnds() {
        QCOMPARE(ColourMap::get(ColourMap::Viridis).at(0.0), qRgb(0x44, 0x01, 0x54));
        QCOMPARE(ColourMap::get(ColourMap::Viridis).at(1.0), qRgb(0xfd, 0xe7, 0x25));
        QCOMPARE(ColourMap::get(ColourMap::Magma).at(0.0), qRgb(0x00, 0x00, 0x04));
        QCOMPARE(ColourMap::get(ColourMap::Cividis).at(1.0), qRgb(0xfe, 0xe8, 0x38));
        QVERIFY(colourDistance(ColourMap::get(ColourMap::Viridis).at(0.5), qRgb(0x21, 0x91, 0x8c)) <= 6);
        QVERIFY(colourDistance(ColourMap::get(ColourMap::Diverging).at(0.5), qRgb(0xf7, 0xf7, 0xf7)) <= 6);
        // Perceptual sequential maps get lighter monotonically (luma).
        for (const auto name : {ColourMap::Viridis, ColourMap::Magma, ColourMap::Cividis}) {
            double previous = -1.0;
            for (int i = 0; i <= 20; ++i) {
                const QRgb c = ColourMap::get(name).at(i / 20.0);
                const double luma = 0.299 * qRed(c) + 0.587 * qGreen(c) + 0.114 * qBlue(c);
                QVERIFY2(luma > previous - 1.0, qPrintable(ColourMap::displayName(name)));
                previous = luma;
            }
        }
    }

    void rangesFollowNormalisationLogAndSymmetry() {
        HeatmapData data;
        data.rows = 2;
        data.columns = 3;
        data.values = {1, 2, 4, 10, 20, std::nanf("")};
        HeatmapParams params;
        HeatmapImage image = HeatmapRenderer::render(data, params, 0, 3);
        QCOMPARE(image.low, 1.0);
        QCOMPARE(image.high, 20.0);
        QCOMPARE(qAlpha(image.image.pixel(2, 1)), 0); // NaN -> no value
        params.normalisation = HeatmapParams::Normalisation::PerRow;
        image = HeatmapRenderer::render(data, params, 0, 3);
        QCOMPARE(image.high, 1.0);
        QCOMPARE(image.low, 0.25);
        QCOMPARE(image.image.pixel(2, 0), image.image.pixel(1, 1)); // 4/4 and 20/20 both the top colour
        params.normalisation = HeatmapParams::Normalisation::PerColumn;
        QCOMPARE(HeatmapRenderer::transformedValue(data, params, 0, 1), 0.1);
        params.normalisation = HeatmapParams::Normalisation::None;
        params.logScale = true;
        image = HeatmapRenderer::render(data, params, 0, 3);
        QCOMPARE(image.low, 0.0);
        QVERIFY(std::abs(image.high - std::log10(20.0)) < 1e-12);

        HeatmapData signedData;
        signedData.rows = 1;
        signedData.columns = 3;
        signedData.values = {-1.0f, 0.0f, 3.0f};
        HeatmapParams diverging;
        diverging.colourMap = ColourMap::Diverging;
        image = HeatmapRenderer::render(signedData, diverging, 0, 3);
        QCOMPARE(image.low, -3.0);
        QCOMPARE(image.high, 3.0);
        QVERIFY(colourDistance(image.image.pixel(1, 0), qRgb(0xf7, 0xf7, 0xf7)) <= 6); // zero is white
        QVERIFY(qBlue(image.image.pixel(0, 0)) > qRed(image.image.pixel(0, 0)));       // negative is blue
        QVERIFY(qRed(image.image.pixel(2, 0)) > qBlue(image.image.pixel(2, 0)));       // positive is red
    }

    void rendersHoversAndClicks() {
        HeatmapView view;
        view.resize(640, 240);
        view.setTitle(QStringLiteral("layer x time"));
        view.setData(layerTimeData());
        HeatmapParams params;
        params.colourMap = ColourMap::Magma;
        view.setParams(params);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage shot = view.grab().toImage();
        QVERIFY(shot.save(QStringLiteral("heatmap-layer-time.png")));
        QCOMPARE(view.drawnHigh(), 5.0);
        // The ridge (column 40) of the bottom row is the brightest cell; the left edge is dark.
        const QPoint ridge(52 + static_cast<int>((40.5 / 100.0) * (640 - 52 - 78)), 20 + 4 * 198 / 5 + 20);
        const QPoint edge(54, ridge.y());
        QVERIFY(colourDistance(shot.pixel(ridge), ColourMap::get(ColourMap::Magma).at(1.0)) < 40);
        QVERIFY(colourDistance(shot.pixel(edge), ColourMap::get(ColourMap::Magma).at(0.0)) < 60);
        QCOMPARE(view.cellAt(ridge), QPoint(40, 4));

        QSignalSpy hovered(&view, &HeatmapView::cellHovered);
        QTest::mouseMove(&view, ridge);
        QTRY_COMPARE(hovered.count(), 1);
        QVERIFY2(view.readoutText().contains(QStringLiteral("L4")), qPrintable(view.readoutText()));
        QVERIFY(view.readoutText().contains(QStringLiteral("0.80 s")));
        QVERIFY(view.readoutText().contains(QStringLiteral("= 5")));
        QSignalSpy clicked(&view, &HeatmapView::cellClicked);
        QTest::mouseClick(&view, Qt::LeftButton, {}, ridge);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(1).toInt(), 40);
        QCOMPARE(clicked.at(0).at(2).toDouble(), 0.8);
    }

    void followsTheVisibleRangeAndDrawsDiverging() {
        TimeSync sync;
        sync.setDuration(2.0);
        HeatmapView view;
        view.resize(500, 200);
        view.setTimeSync(&sync);
        view.setData(layerTimeData());
        sync.setVisibleRange(1.0, 2.0); // columns 50..99: the ridge is outside, so the range shrinks
        QVERIFY(view.drawnHigh() < 5.0 * std::exp(-0.9) + 1e-6);
        QCOMPARE(view.cellAt(QPoint(53, 30)).x(), 50);

        HeatmapData modules;
        modules.rows = 3;
        modules.columns = 4;
        modules.columnLabels = {"q_proj", "k_proj", "fc1", "fc2"};
        modules.rowLabels = {"L0", "L1", "L2"};
        modules.valueName = QStringLiteral("perturbed - original");
        for (int i = 0; i < 12; ++i)
            modules.values.push_back(static_cast<float>(i - 5) * 0.1f);
        HeatmapView diff;
        diff.resize(420, 200);
        diff.setData(modules);
        HeatmapParams params;
        params.colourMap = ColourMap::Diverging;
        diff.setParams(params);
        QVERIFY(diff.grab().toImage().save(QStringLiteral("heatmap-layer-module-diff.png")));
        QCOMPARE(diff.drawnLow(), -diff.drawnHigh());
        QVERIFY(std::abs(diff.drawnHigh() - 0.6) < 1e-6);
    }
};

QTEST_MAIN(HeatmapViewTest)
#include "HeatmapViewTest.moc"
