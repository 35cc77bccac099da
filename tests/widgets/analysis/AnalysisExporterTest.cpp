#include "widgets/analysis/AnalysisExporter.h"

#include "AnalysisTestData.h"
#include "util/Npy.h"
#include "widgets/analysis/LossChartView.h"

#include <QFile>
#include <QImage>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <nlohmann/json.hpp>

using namespace noiseloss;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

nlohmann::json readJson(const QString& path) {
    return nlohmann::json::parse(readAll(path).toStdString());
}

} // namespace

class AnalysisExporterTest : public QObject {
    Q_OBJECT
private slots:
    void tokenCsvHasOneRowPerToken();
    void tokenNpyHoldsLossesAndD();
    void bandsJsonAndMeta();
    void chartImages();
    void unwritablePathReportsTheFile();
};

void AnalysisExporterTest::tokenCsvHasOneRowPerToken() {
    auto data = test::makeAnalysisViewData();
    data->analysis.aligned.perturbedMean[7] = std::nanf("");
    QTemporaryDir dir;
    const QString path = dir.filePath("losses.csv");
    AnalysisExporter exporter;
    QString error;
    QVERIFY2(exporter.writeTokenCsv(*data, path, &error), qPrintable(error));
    const QList<QByteArray> lines = readAll(path).trimmed().split('\n');
    QCOMPARE(lines.size(), 1001);
    const QList<QByteArray> header = lines[0].split(',');
    QCOMPARE(header.size(), 7 + 3 * 4 + 1);
    QCOMPARE(header[4], QByteArray("L_orig"));
    QCOMPARE(header[7], QByteArray("L_orig_k1"));
    QCOMPARE(header.last(), QByteArray("band"));
    const QList<QByteArray> row = lines[251].split(',');
    QCOMPARE(row.size(), header.size());
    QCOMPARE(row[0].toInt(), 250);
    QCOMPARE(row[1].toDouble(), 5.0);
    QVERIFY(std::abs(row[4].toDouble() - data->analysis.aligned.originalMean[250]) < 1e-5);
    QVERIFY(std::abs(row[6].toDouble() - data->analysis.aligned.differenceMean[250]) < 1e-5);
    QCOMPARE(row.last(), QByteArray("peak:1"));
    QCOMPARE(lines[8].split(',')[5], QByteArray()); // NaN written as an empty field
    const nlohmann::json meta = readJson(AnalysisExporter::metaPathFor(path));
    QCOMPARE(meta.at("kind").get<std::string>(), std::string("token-csv"));
    QCOMPARE(meta.at("file").get<std::string>(), std::string("losses.csv"));
}

void AnalysisExporterTest::tokenNpyHoldsLossesAndD() {
    auto data = test::makeAnalysisViewData();
    AlignedLosses& aligned = data->analysis.aligned;
    aligned.difference[aligned.index(2, 9)] = std::nanf(""); // a token without counterpart
    QTemporaryDir dir;
    const QString path = dir.filePath("losses.npy");
    AnalysisExporter exporter;
    QString error;
    QVERIFY2(exporter.writeTokenNpy(*data, path, &error), qPrintable(error));
    const NpyArray array = readNpy(path.toStdString());
    QCOMPARE(array.shape, (std::vector<std::int64_t>{3, 4, 1000}));
    const std::size_t plane = 4 * 1000;
    const std::size_t at = aligned.index(1, 250);
    QCOMPARE(array.f32[at], aligned.originalNll[at]);
    QCOMPARE(array.f32[plane + at], aligned.perturbedNll[at]);
    QCOMPARE(array.f32[2 * plane + at], aligned.difference[at]);
    QVERIFY(std::isnan(array.f32[2 * plane + aligned.index(2, 9)]));
    QVERIFY(!QFile::exists(path + ".part"));
    const nlohmann::json meta = readJson(AnalysisExporter::metaPathFor(path));
    QCOMPARE(meta.at("kind").get<std::string>(), std::string("token-npy"));
    QVERIFY(!exporter.writeTokenNpy(*data, "/nonexistent-folder/losses.npy", &error));
    QVERIFY2(error.contains("losses.npy"), qPrintable(error));
}

void AnalysisExporterTest::bandsJsonAndMeta() {
    const auto data = test::makeAnalysisViewData();
    QTemporaryDir dir;
    const QString path = dir.filePath("bands.json");
    AnalysisExporter exporter(nlohmann::json{{"audio_hash", "abc123"}});
    QString error;
    QVERIFY2(exporter.writeBandsJson(*data, path, &error), qPrintable(error));
    const nlohmann::json bands = readJson(path);
    QCOMPARE(bands.at("audio").get<std::string>(), data->audioName);
    QCOMPARE(bands.at("model").get<std::string>(), data->modelName);
    QVERIFY(bands.dump().find("assimilation") != std::string::npos);
    const nlohmann::json meta = readJson(AnalysisExporter::metaPathFor(path));
    for (const char* key :
         {"version", "git_commit", "created_utc", "plan", "alignment", "study_bands", "libraries"})
        QVERIFY2(meta.contains(key), key);
    QCOMPARE(meta.at("provenance").at("audio_hash").get<std::string>(), std::string("abc123"));
    QCOMPARE(meta.at("plan").at("regions").size(), std::size_t(1));
    QCOMPARE(meta.at("study_bands").at("lead_tokens").get<int>(), 5);
}

void AnalysisExporterTest::chartImages() {
    LossChartView view;
    view.resize(800, 360);
    view.setData(test::makeAnalysisViewData());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTemporaryDir dir;
    AnalysisExporter exporter;
    QString error;
    const QString png = dir.filePath("chart.png");
    QVERIFY2(exporter.writeChartImage(view, png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 700);
    const QString svg = dir.filePath("chart.svg");
    QVERIFY2(exporter.writeChartImage(view, svg, &error), qPrintable(error));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QVERIFY(readAll(svg).contains("<path"));
    const nlohmann::json meta = readJson(AnalysisExporter::metaPathFor(svg));
    QCOMPARE(meta.at("kind").get<std::string>(), std::string("chart-svg"));
    QCOMPARE(meta.at("chart").at("codebook").get<std::string>(), std::string("mean"));

    LossChartView empty;
    QVERIFY(!exporter.writeChartImage(empty, dir.filePath("empty.png"), &error));
}

void AnalysisExporterTest::unwritablePathReportsTheFile() {
    const auto data = test::makeAnalysisViewData();
    AnalysisExporter exporter;
    QString error;
    QVERIFY(!exporter.writeTokenCsv(*data, "/nonexistent-folder/losses.csv", &error));
    QVERIFY2(error.contains("losses.csv"), qPrintable(error));
}

QTEST_MAIN(AnalysisExporterTest)
#include "AnalysisExporterTest.moc"
