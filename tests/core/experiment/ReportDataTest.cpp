// Pooled band statistics (the study's aggregation) and the report's figure data.
#include "experiment/HumanScores.h"
#include "experiment/KernelDensity.h"
#include "experiment/PooledBandStats.h"
#include "experiment/ReportFigureData.h"
#include "util/Error.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace noiseloss;

namespace {

TidyRow row(std::size_t job, const std::string& kind, std::int64_t length, const std::string& band,
            double meanD) {
    TidyRow r;
    r.job = job;
    r.model = "small";
    r.dataset = "classical";
    r.kind = kind;
    r.length = length;
    r.band = band;
    r.meanD = meanD;
    r.maxD = meanD + 1.0;
    r.colour = kind == "noise" ? "white" : "";
    r.scheme = kind == "shuffle" ? "adjacent_swap" : "";
    r.block = kind == "shuffle" ? 5 : TidyRow::kMissing;
    r.clipLossOriginal = 4.0;
    r.clipLossPerturbed = 4.0 - 0.001 * static_cast<double>(length);
    return r;
}

} // namespace

TEST(PooledBandStats, PoolsTheStudyLengthsWithSampleSd) {
    const std::vector<TidyRow> rows = {
        row(0, "noise", 10, "peak", 100.0), // not pooled: 50..200 present
        row(1, "noise", 50, "peak", 1.0),   row(2, "noise", 100, "peak", 2.0),
        row(3, "noise", 200, "peak", 4.0),  row(3, "noise", 200, "recovery", -1.0),
        row(4, "delete", 5, "peak", 0.5),   row(5, "delete", 10, "peak", 1.5)};
    const std::vector<PooledBandStat> stats = poolBandStats(rows);
    ASSERT_EQ(stats.size(), 3u);
    EXPECT_EQ(stats[0].band, "peak");
    EXPECT_EQ(stats[0].count, 3u);
    EXPECT_EQ(stats[0].lengths, "50 100 200");
    EXPECT_NEAR(stats[0].meanD, 7.0 / 3.0, 1e-12);
    EXPECT_NEAR(stats[0].sdD,
                std::sqrt(((1 - 7.0 / 3) * (1 - 7.0 / 3) + (2 - 7.0 / 3) * (2 - 7.0 / 3) +
                           (4 - 7.0 / 3) * (4 - 7.0 / 3)) /
                          2.0),
                1e-12);
    EXPECT_NEAR(stats[0].meanMaxD, 7.0 / 3.0 + 1.0, 1e-12);
    EXPECT_EQ(stats[1].band, "recovery");
    EXPECT_EQ(stats[1].count, 1u);
    EXPECT_TRUE(std::isnan(stats[1].sdD)); // ddof 1 with one value
    EXPECT_EQ(stats[2].kind, "delete");    // no study lengths: all lengths pooled
    EXPECT_EQ(stats[2].lengths, "5 10");
    EXPECT_NEAR(stats[2].sdD, std::sqrt(0.5), 1e-12);
    EXPECT_NE(pooledStatsMarkdown(stats).find(
                  "| small | classical | noise | peak | 50 100 200 | 3 | 2.3333 +- 1.5275 |"),
              std::string::npos)
        << pooledStatsMarkdown(stats);
    EXPECT_NE(pooledStatsCsv(stats).find("small,classical,delete,peak,5 10,2,1.000000,0.707107"),
              std::string::npos);
}

TEST(ReportFigureData, BuildsTheStudysFiguresFromTheTable) {
    std::vector<TidyRow> rows;
    for (std::size_t job = 0; job < 4; ++job)
        for (const char* band : {"peak", "assimilation", "recovery"})
            rows.push_back(row(job, "noise", job < 2 ? 50 : 100, band, 0.1 * static_cast<double>(job)));
    rows.push_back(row(4, "shuffle", 10, "peak", 0.3));
    const std::vector<ReportFigureData> figures = buildReportFigures(rows);
    ASSERT_EQ(figures.size(), 5u);
    EXPECT_EQ(figures[0].fileStem, "band_boxes");
    ASSERT_EQ(figures[0].groups.size(), 1u);
    EXPECT_EQ(figures[0].groups[0].first, "small / classical");
    EXPECT_EQ(figures[0].groups[0].second[1].values.size(), 4u);
    EXPECT_EQ(figures[1].fileStem, "band_violins");
    EXPECT_EQ(figures[1].type, ReportFigureData::Type::Violin);
    ASSERT_EQ(figures[1].groups.size(), 1u);
    EXPECT_EQ(figures[1].groups[0].second[1].values, figures[0].groups[0].second[1].values);
    EXPECT_EQ(figures[2].fileStem, "clip_d_vs_length");
    ASSERT_EQ(figures[2].lines.size(), 1u);
    ASSERT_EQ(figures[2].lines[0].points.size(), 2u);
    EXPECT_DOUBLE_EQ(figures[2].lines[0].points[1].x, 100.0);
    EXPECT_NEAR(figures[2].lines[0].points[1].mean, -0.1, 1e-12);
    EXPECT_EQ(figures[2].lines[0].points[1].count, 2u);
    EXPECT_EQ(figures[3].fileStem, "loss_vs_length");
    EXPECT_EQ(figures[3].lines.back().name, "original");
    EXPECT_TRUE(figures[3].lines.back().dashed);
    EXPECT_EQ(figures[4].fileStem, "shuffle_boxes");
    EXPECT_EQ(figures[4].groups[0].first, "adjacent_swap L=5");

    // A second model: each colour and each original gets a line per model (different loss scales).
    std::vector<TidyRow> twoModels = rows;
    for (TidyRow r : rows) {
        r.model = "medium";
        r.clipLossOriginal += 1.0;
        twoModels.push_back(r);
    }
    const std::vector<ReportFigureData> both = buildReportFigures(twoModels);
    ASSERT_EQ(both[3].lines.size(), 4u);
    EXPECT_EQ(both[3].lines[0].name, "small white");
    EXPECT_EQ(both[3].lines[1].name, "medium white");
    EXPECT_EQ(both[3].lines[3].name, "medium original");
    EXPECT_NEAR(both[3].lines[3].points[0].mean, 5.0, 1e-12);
    EXPECT_TRUE(buildReportFigures({}).empty());
}

TEST(KernelDensity, SilvermanBandwidthAndANormalisedGaussianEstimate) {
    // 0.9 * min(SD, IQR / 1.34) * n^(-1/5) for 1..5: SD = sqrt(2.5), IQR = 2 (quartiles 2 and 4).
    const std::vector<double> values = {1, 2, 3, 4, 5};
    EXPECT_NEAR(silvermanBandwidth(values), 0.9 * (2.0 / 1.34) * std::pow(5.0, -0.2), 1e-12);
    EXPECT_EQ(silvermanBandwidth({}), 0.0);
    EXPECT_EQ(silvermanBandwidth({3.0}), 0.0);
    EXPECT_EQ(silvermanBandwidth({2.0, 2.0, 2.0}), 0.0);
    // Most values equal: the IQR is zero, the SD is not, so there is still a width.
    EXPECT_GT(silvermanBandwidth({0, 0, 0, 0, 0, 0, 0, 1}), 0.0);

    const DensityCurve curve = gaussianKernelDensity(values, 0.5, 401, 4.0);
    ASSERT_EQ(curve.values.size(), 401u);
    EXPECT_NEAR(curve.values.front(), 1.0 - 4 * 0.5, 1e-12);
    EXPECT_NEAR(curve.values.back(), 5.0 + 4 * 0.5, 1e-12);
    double area = 0.0;
    for (std::size_t i = 1; i < curve.values.size(); ++i)
        area += 0.5 * (curve.densities[i] + curve.densities[i - 1]) * (curve.values[i] - curve.values[i - 1]);
    EXPECT_NEAR(area, 1.0, 1e-3);
    // Symmetric data, symmetric curve; the density at a data point exceeds the one between two.
    EXPECT_NEAR(curve.densities[100], curve.densities[300], 1e-12);
    EXPECT_GT(curve.densities[200], curve.densities[225]); // x = 3.0 vs x = 3.5
    EXPECT_TRUE(gaussianKernelDensity(values, 0.0).values.empty());
    EXPECT_TRUE(gaussianKernelDensity({}, 1.0).values.empty());
}

TEST(HumanScores, LeastSquaresAndTheScatterFigure) {
    const LinearFit exact = fitLine({1, 2, 3, 4}, {3, 5, 7, 9});
    EXPECT_NEAR(exact.slope, 2.0, 1e-12);
    EXPECT_NEAR(exact.intercept, 1.0, 1e-12);
    EXPECT_NEAR(exact.r, 1.0, 1e-12);
    // x = 1..4, y = 1, 3, 2, 4: sxy = 4, sxx = 5, syy = 5.
    const LinearFit noisy = fitLine({1, 2, 3, 4}, {1, 3, 2, 4});
    EXPECT_NEAR(noisy.slope, 0.8, 1e-12);
    EXPECT_NEAR(noisy.r, 0.8, 1e-12);
    EXPECT_TRUE(std::isnan(fitLine({2, 2}, {1, 3}).slope)); // no spread in x

    std::vector<TidyRow> rows;
    for (std::size_t job = 0; job < 4; ++job) {
        TidyRow r = row(job, "noise", 50, "peak", 0.0);
        r.clip = job < 2 ? "a.flac" : "b.flac";
        r.maxD = static_cast<double>(job); // a: mean 0.5, b: mean 2.5
        rows.push_back(r);
    }
    const ReportFigureData figure =
        humanScoreFigure(rows, {{"a.flac", 3.0}, {"b.flac", 4.0}, {"c.flac", 1.0}});
    EXPECT_EQ(figure.fileStem, "peak_max_vs_human");
    ASSERT_EQ(figure.scatter.size(), 1u);
    EXPECT_EQ(figure.scatter[0].x, (std::vector<double>{0.5, 2.5}));
    EXPECT_EQ(figure.scatter[0].y, (std::vector<double>{3.0, 4.0}));
    EXPECT_NEAR(figure.scatter[0].slope, 0.5, 1e-12);
    EXPECT_TRUE(humanScoreFigure(rows, {{"z.flac", 1.0}}).scatter.empty());
}

TEST(HumanScores, ReadsClipAndScoreColumnsAndNamesBadLines) {
    const auto path =
        std::filesystem::temp_directory_path() / ("scores-" + std::to_string(::getpid()) + ".csv");
    auto errorOf = [&](const std::string& text) -> std::string {
        std::ofstream(path) << text;
        try {
            loadHumanScores(path);
        } catch (const Error& error) {
            return error.what();
        }
        return "";
    };
    std::ofstream(path) << "rater,clip,score\n1,a.flac,3\n2,a.flac,4\n1,\"b, live.flac\",2.5\n\n";
    const std::map<std::string, double> scores = loadHumanScores(path);
    EXPECT_EQ(scores.size(), 2u);
    EXPECT_DOUBLE_EQ(scores.at("a.flac"), 3.5); // averaged over raters
    EXPECT_DOUBLE_EQ(scores.at("b, live.flac"), 2.5);
    EXPECT_NE(errorOf("clip,mos\na,1\n").find("line 1: no 'score' column"), std::string::npos);
    EXPECT_NE(errorOf("clip,score\na,good\n").find("line 2: score 'good' is not a number"),
              std::string::npos);
    EXPECT_NE(errorOf("clip,score\n").find("no scores"), std::string::npos);
    std::filesystem::remove(path);
}
