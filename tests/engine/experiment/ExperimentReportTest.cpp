// The experiment report drawn from a real (fixture) experiment: every figure is non-blank.
#include "engine/experiment/ExperimentRunner.h"
#include "experiment/ExperimentSpecJson.h"
#include "widgets/report/ExperimentReportWriter.h"

#include <QGuiApplication>
#include <QImage>
#include <cmath>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace noiseloss;

namespace {

const std::filesystem::path kFixture = std::filesystem::path(NOISELOSS_TEST_DATA_DIR) / "tiny-musicgen";
const std::filesystem::path kRoot =
    std::filesystem::temp_directory_path() / ("experiment-report-test-" + std::to_string(::getpid()));

/// Variance of the grey level over all pixels: 0 for a blank image.
double pixelVariance(const QImage& image) {
    double sum = 0.0, squares = 0.0;
    const double count = static_cast<double>(image.width()) * image.height();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const double grey = qGray(image.pixel(x, y));
            sum += grey;
            squares += grey * grey;
        }
    const double mean = sum / count;
    return squares / count - mean * mean;
}

/// Pixels with a saturated colour (boxes, lines): the data was drawn, not just the frame.
int colouredPixels(const QImage& image) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += QColor(image.pixel(x, y)).hsvSaturation() > 80 ? 1 : 0;
    return count;
}

} // namespace

TEST(ExperimentReport, DrawsNonBlankFiguresAndPooledStatistics) {
    std::filesystem::remove_all(kRoot);
    nlohmann::json json = nlohmann::json::parse(R"({
      "inputs": [{"file": "CLIP", "dataset": "fixture"}], "models": ["MODEL"],
      "perturbations": [
        {"kind": "noise", "onset": 0.3, "lengths": [5, 10, 15], "colours": ["white", "brown"], "seeds": [1, 2]},
        {"kind": "shuffle", "onset": 15, "onset_unit": "tokens", "lengths": [12], "blocks": [2, 3]}]})");
    json["inputs"][0]["file"] = (kFixture / "clip.wav").string();
    json["models"][0] = kFixture.string();
    ExperimentRunOptions options;
    options.engine.threads = 1;
    ExperimentRunner(experimentSpecFromJson(json, kRoot), kRoot / "run", options).run();

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "test";
    char* argv[] = {name, nullptr};
    QGuiApplication application(argc, argv);
    const ExperimentReportSummary summary = writeExperimentReport(kRoot / "run", kRoot / "report");
    EXPECT_EQ(summary.figures, (std::vector<std::string>{"band_boxes", "band_violins", "clip_d_vs_length",
                                                         "loss_vs_length", "shuffle_boxes"}));
    EXPECT_EQ(summary.rows, (12u + 2u) * 3u);
    for (const std::string& figure : summary.figures) {
        const QImage image(QString::fromStdString((kRoot / "report" / (figure + ".png")).string()));
        ASSERT_FALSE(image.isNull()) << figure;
        EXPECT_GT(pixelVariance(image), 50.0) << figure;
        EXPECT_GT(colouredPixels(image), 300) << figure;
        const auto svg = kRoot / "report" / (figure + ".svg");
        ASSERT_TRUE(std::filesystem::exists(svg)) << figure;
        EXPECT_GT(std::filesystem::file_size(svg), 2000u) << figure;
    }
    for (const char* file : {"pooled_band_stats.csv", "pooled_band_stats.md", "meta.json", "README.md"})
        EXPECT_TRUE(std::filesystem::exists(kRoot / "report" / file)) << file;
    std::filesystem::remove_all(kRoot);
}
