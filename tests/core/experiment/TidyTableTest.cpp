// The tidy table: rows per job x band from a LossAnalysis, CSV formatting and parsing.
#include "experiment/JobRows.h"
#include "experiment/TidyRow.h"
#include "util/Error.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace noiseloss;

namespace {

BandStats band(std::int64_t begin, std::int64_t end, double meanD) {
    BandStats stats;
    stats.span = {begin, end};
    stats.validTokens = end - begin;
    stats.meanDifference = meanD;
    stats.maxDifference = meanD * 2;
    stats.meanOriginal = 4.0;
    stats.meanPerturbed = 4.0 + meanD;
    return stats;
}

} // namespace

TEST(TidyTable, RowsPerBandWithJobDescription) {
    LossAnalysis analysis;
    RegionAnalysis region;
    region.peak = band(245, 260, 0.5);
    region.assimilation = band(260, 303, -0.25);
    region.recovery = band(303, 499, 0.0);
    analysis.regions.push_back(region);
    // Field by field: ClipStats may gain members (e.g. a change classification).
    analysis.clip.meanOriginal = 4.0;
    analysis.clip.meanPerturbed = 3.8;
    analysis.clip.difference = -0.2;
    analysis.clip.lowered = true;
    PerturbationSetting setting;
    setting.kind = RegionKind::Noise;
    setting.onset = 250;
    setting.onsetUnit = GridUnit::Tokens;
    setting.length = 2.0;
    setting.lengthUnit = GridUnit::Seconds;
    setting.colour = NoiseColor::Pink;
    setting.level = -20;
    setting.seed = 7;
    const std::vector<TidyRow> rows = tidyRowsForJob(
        {3, "0123456789abcdef", "classical", "a, b.wav", "small"}, setting, {32000, 640}, analysis);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].band, "peak");
    EXPECT_EQ(rows[1].band, "assimilation");
    EXPECT_EQ(rows[2].band, "recovery");
    EXPECT_DOUBLE_EQ(rows[0].onset, 5.0);
    EXPECT_EQ(rows[0].length, 100);
    EXPECT_EQ(rows[1].start, 260);
    EXPECT_DOUBLE_EQ(rows[1].meanD, -0.25);
    EXPECT_TRUE(std::isnan(rows[0].block));
    EXPECT_EQ(rows[0].colour, "pink");
    EXPECT_EQ(rows[0].scheme, "");

    const std::string line = toCsvLine(rows[1]);
    EXPECT_EQ(line, "3,0123456789abcdef,classical,\"a, b.wav\",small,noise,5,100,pink,noiseloss,-20,,,7,"
                    "assimilation,260,303,-0.25,-0.5,4,3.75,4,3.8,1");
    const TidyRow parsed = tidyRowFromCsvLine(line, "test");
    EXPECT_EQ(parsed.clip, "a, b.wav");
    EXPECT_EQ(toCsvLine(parsed), line);
    EXPECT_EQ(tidyColumns().size(), 24u);
    EXPECT_EQ(tidyHeaderLine().substr(0, 21), "job,job_id,dataset,cl");
    EXPECT_THROW(tidyRowFromCsvLine("1,2,3", "results.csv: line 2"), Error);
    EXPECT_THROW(tidyRowFromCsvLine(std::string(line).replace(line.find("-0.25"), 5, "abc"), "x"), Error);
}
