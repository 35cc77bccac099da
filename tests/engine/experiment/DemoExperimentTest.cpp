// The experiment pipeline end to end on what ships: the demo model (resources/models/demo) over
// the demo clips (resources/demo/*.flac), cropped to their first seconds with "max_seconds" so the
// whole test takes seconds. The demo model may be retrained at any time, so nothing here depends on
// its numbers: only on properties (sizes, equalities between runs, non-blank figures).
#include "engine/experiment/ExperimentRunner.h"
#include "experiment/ExperimentMerge.h"
#include "experiment/ExperimentSpecJson.h"
#include "experiment/ExperimentStore.h"
#include "experiment/TidyRow.h"
#include "util/Error.h"
#include "widgets/report/ExperimentReportWriter.h"

#include <QGuiApplication>
#include <QImage>
#include <cmath>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>
#include <unistd.h>

using namespace noiseloss;

namespace {

const std::filesystem::path kResources = std::filesystem::path(NOISELOSS_SOURCE_DIR) / "resources";
const std::filesystem::path kRoot =
    std::filesystem::temp_directory_path() / ("demo-experiment-test-" + std::to_string(::getpid()));
constexpr double kExcerptSeconds = 9.0;
constexpr std::size_t kClips = 2;
constexpr std::size_t kJobs = kClips * (4 + 1 + 1); // noise 2 lengths x 2 colours, one shuffle, one delete

std::string readFile(const std::filesystem::path& path) {
    std::ifstream stream(path, std::ios::binary);
    std::ostringstream text;
    text << stream.rdbuf();
    return text.str();
}

nlohmann::json demoSpecJson(const std::filesystem::path& model) {
    nlohmann::json json = nlohmann::json::parse(R"({
      "name": "demo-ctest",
      "inputs": [{"folder": "DEMO", "dataset": "demo", "max_seconds": 9}],
      "models": ["MODEL"],
      "perturbations": [
        {"kind": "noise", "onset": 4, "lengths": [25, 50], "colours": ["white", "brown"], "seeds": [1]},
        {"kind": "shuffle", "onset": 4, "lengths": [50], "blocks": [5], "seeds": [1]},
        {"kind": "delete", "onset": 4, "lengths": [25]}]})");
    json["inputs"][0]["folder"] = (kResources / "demo").string();
    json["models"][0] = model.string();
    return json;
}

ExperimentRunSummary runInto(const std::string& name, ExperimentRunOptions options = {},
                             const std::filesystem::path& model = kResources / "models/demo") {
    options.engine.threads = 1; // ctest runs tests side by side
    return ExperimentRunner(experimentSpecFromJson(demoSpecJson(model), kRoot), kRoot / name, options).run();
}

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

/// Saturated pixels: boxes, violins and lines were drawn, not only the frame and the text.
int colouredPixels(const QImage& image) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += QColor(image.pixel(x, y)).hsvSaturation() > 80 ? 1 : 0;
    return count;
}

class DemoExperimentTest : public ::testing::Test {
protected:
    void SetUp() override { std::filesystem::remove_all(kRoot); }
    void TearDown() override { std::filesystem::remove_all(kRoot); }
};

} // namespace

TEST_F(DemoExperimentTest, ShardsResumeAndReportOnTheShippedModelAndClips) {
    const ExperimentRunSummary full = runInto("full");
    ASSERT_EQ(full.totalJobs, kJobs);
    ASSERT_EQ(full.ran, kJobs);

    // The table: one row per job x band, both clips, losses finite, every band inside the excerpt.
    const ExperimentStore store(kRoot / "full");
    const std::vector<std::string> lines = store.readResultsTable();
    ASSERT_EQ(lines.size(), kJobs * 3);
    std::set<std::string> clips;
    const auto excerptTokens = static_cast<std::int64_t>(kExcerptSeconds * 50);
    for (const std::string& line : lines) {
        const TidyRow row = tidyRowFromCsvLine(line, "results.csv");
        clips.insert(row.clip);
        EXPECT_EQ(row.model, "demo");
        EXPECT_EQ(row.dataset, "demo");
        EXPECT_TRUE(std::isfinite(row.clipLossOriginal) && row.clipLossOriginal > 0.0) << line;
        EXPECT_TRUE(std::isfinite(row.clipLossPerturbed) && row.clipLossPerturbed > 0.0) << line;
        EXPECT_LE(row.end, excerptTokens) << "band past the excerpt: " << line;
    }
    EXPECT_EQ(clips, (std::set<std::string>{"demo-clip-1.flac", "demo-clip-2.flac"}));
    const nlohmann::json meta = *store.readMeta();
    EXPECT_EQ(meta["models"].at(0)["files_hash"].get<std::string>().size(), 16u);
    EXPECT_FALSE(meta["git_commit"].get<std::string>().empty());
    EXPECT_TRUE(meta["libraries"].contains("torch"));
    EXPECT_EQ(meta["spec"]["inputs"][0]["max_seconds"], kExcerptSeconds);

    // Shards 0/2 + 1/2 merged equal the unsharded run, byte for byte.
    ExperimentRunOptions shard;
    shard.shard = {0, 2};
    runInto("shard0", shard);
    shard.shard = {1, 2};
    runInto("shard1", shard);
    const ExperimentMergeSummary merged =
        mergeExperiments({kRoot / "shard1", kRoot / "shard0"}, kRoot / "merged");
    EXPECT_EQ(merged.jobs, kJobs);
    EXPECT_EQ(readFile(kRoot / "merged/results.csv"), readFile(kRoot / "full/results.csv"));

    // Killed after 5 jobs, with a half-written 6th job folder left behind, then resumed.
    ExperimentRunOptions limited;
    limited.jobLimit = 5;
    EXPECT_EQ(runInto("resumed", limited).ran, 5u);
    const std::filesystem::path partial = ExperimentStore(kRoot / "resumed").beginJob("0123456789abcdef");
    std::ofstream(partial / "rows.csv") << "half a row";
    const ExperimentRunSummary resumed = runInto("resumed");
    EXPECT_EQ(resumed.skipped, 5u);
    EXPECT_EQ(resumed.ran, kJobs - 5);
    EXPECT_FALSE(std::filesystem::exists(partial));
    EXPECT_EQ(readFile(kRoot / "resumed/results.csv"), readFile(kRoot / "full/results.csv"));

    // The report: every figure non-blank, with data drawn in colour.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "test";
    char* argv[] = {name, nullptr};
    QGuiApplication application(argc, argv);
    // Listening-test scores for the study's last figure (made up: only the drawing is tested).
    std::ofstream(kRoot / "scores.csv") << "clip,score\ndemo-clip-1.flac,3.5\ndemo-clip-2.flac,2.0\n";
    const ExperimentReportSummary report =
        writeExperimentReport(kRoot / "merged", kRoot / "report", kRoot / "scores.csv");
    EXPECT_EQ(report.figures,
              (std::vector<std::string>{"band_boxes", "band_violins", "clip_d_vs_length", "loss_vs_length",
                                        "shuffle_boxes", "peak_max_vs_human"}));
    for (const std::string& figure : report.figures) {
        const QImage image(QString::fromStdString((kRoot / "report" / (figure + ".png")).string()));
        ASSERT_FALSE(image.isNull()) << figure;
        EXPECT_GT(pixelVariance(image), 50.0) << figure;
        EXPECT_GT(colouredPixels(image), 300) << figure;
        EXPECT_GT(std::filesystem::file_size(kRoot / "report" / (figure + ".svg")), 2000u) << figure;
    }
    EXPECT_NE(readFile(kRoot / "report/pooled_band_stats.md").find("| demo | demo | noise | peak |"),
              std::string::npos);
}

TEST_F(DemoExperimentTest, AMalformedSpecNamesTheBadField) {
    std::filesystem::create_directories(kRoot);
    nlohmann::json json = demoSpecJson(kResources / "models/demo");
    json["perturbations"][0]["colours"] = {"white", "beige"};
    const std::filesystem::path path = kRoot / "spec.json";
    std::ofstream(path) << json.dump(2);
    try {
        loadExperimentSpec(path);
        FAIL() << "an unknown colour should be refused";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what())
                      .find(path.string() + ": perturbations[0].colours[1]: must be a colour name"),
                  std::string::npos)
            << error.what();
    }
}

TEST_F(DemoExperimentTest, ARetrainedModelWithTheSameConfigIsRecomputedNotSkipped) {
    // Same config.json, different weights: the jobs of the old weights must not count as done.
    const std::filesystem::path model = kRoot / "demo";
    std::filesystem::create_directories(model);
    for (const char* file : {"config.json", "model.safetensors"})
        std::filesystem::copy_file(kResources / "models/demo" / file, model / file);
    ExperimentRunOptions oneJob;
    oneJob.jobLimit = 1;
    EXPECT_EQ(runInto("retrain", oneJob, model).ran, 1u);
    EXPECT_EQ(runInto("retrain", oneJob, model).skipped, 1u);
    {
        // Flip the lowest mantissa bit of the last fp16/fp32 weight: a tiny, finite change.
        std::fstream weights(model / "model.safetensors", std::ios::binary | std::ios::in | std::ios::out);
        weights.seekg(-2, std::ios::end);
        char byte = 0;
        weights.get(byte);
        weights.seekp(-2, std::ios::end);
        weights.put(static_cast<char>(byte ^ 1));
    }
    const ExperimentRunSummary after = runInto("retrain", oneJob, model);
    EXPECT_EQ(after.skipped, 0u);
    EXPECT_EQ(after.ran, 1u);
}
