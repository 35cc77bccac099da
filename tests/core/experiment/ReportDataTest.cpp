// Pooled band statistics (the study's aggregation) and the report's figure data.
#include "experiment/PooledBandStats.h"
#include "experiment/ReportFigureData.h"

#include <cmath>
#include <gtest/gtest.h>

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
    ASSERT_EQ(figures.size(), 4u);
    EXPECT_EQ(figures[0].fileStem, "band_boxes");
    ASSERT_EQ(figures[0].groups.size(), 1u);
    EXPECT_EQ(figures[0].groups[0].first, "small / classical");
    EXPECT_EQ(figures[0].groups[0].second[1].values.size(), 4u);
    EXPECT_EQ(figures[1].fileStem, "clip_d_vs_length");
    ASSERT_EQ(figures[1].lines.size(), 1u);
    ASSERT_EQ(figures[1].lines[0].points.size(), 2u);
    EXPECT_DOUBLE_EQ(figures[1].lines[0].points[1].x, 100.0);
    EXPECT_NEAR(figures[1].lines[0].points[1].mean, -0.1, 1e-12);
    EXPECT_EQ(figures[1].lines[0].points[1].count, 2u);
    EXPECT_EQ(figures[2].fileStem, "loss_vs_length");
    EXPECT_EQ(figures[2].lines.back().name, "original");
    EXPECT_TRUE(figures[2].lines.back().dashed);
    EXPECT_EQ(figures[3].fileStem, "shuffle_boxes");
    EXPECT_EQ(figures[3].groups[0].first, "adjacent_swap L=5");
    EXPECT_TRUE(buildReportFigures({}).empty());
}
