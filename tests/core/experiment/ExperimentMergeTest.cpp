// Output folders: atomic job folders with done markers, and merging shard folders.
#include "experiment/ExperimentMerge.h"

#include "experiment/ExperimentStore.h"
#include "experiment/TidyRow.h"
#include "util/Error.h"

#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <unistd.h>

using namespace noiseloss;

namespace {

const std::filesystem::path kRoot =
    std::filesystem::temp_directory_path() / ("experiment-merge-test-" + std::to_string(::getpid()));

std::string rowLine(std::size_t job, const std::string& id, const std::string& band) {
    TidyRow row;
    row.job = job;
    row.jobId = id;
    row.kind = "delete";
    row.band = band;
    row.meanD = 0.125 * static_cast<double>(job);
    return toCsvLine(row);
}

/// A fake shard folder holding `jobs` (index -> id), each with two rows.
ExperimentStore makeShard(const std::string& name,
                          const std::vector<std::pair<std::size_t, std::string>>& jobs,
                          const std::string& specHash = "spec1") {
    ExperimentStore store(kRoot / name);
    std::filesystem::create_directories(store.jobsFolder());
    std::vector<std::string> rows;
    for (const auto& [index, id] : jobs) {
        const std::filesystem::path partial = store.beginJob(id);
        std::ofstream(partial / "rows.csv") << rowLine(index, id, "peak") << "\n"
                                            << rowLine(index, id, "recovery") << "\n";
        store.commitJob(partial, id);
        for (const std::string& line : store.readJobRows(id))
            rows.push_back(line);
    }
    store.writeResultsTable(rows);
    store.writeMeta({{"spec_hash", specHash},
                     {"job_count", 5},
                     {"shard", {{"index", 0}}},
                     {"models", {{{"config_hash", "m-" + name}}}}});
    return store;
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream stream(path);
    std::ostringstream text;
    text << stream.rdbuf();
    return text.str();
}

class ExperimentMergeTest : public ::testing::Test {
protected:
    void SetUp() override { std::filesystem::remove_all(kRoot); }
    void TearDown() override { std::filesystem::remove_all(kRoot); }
};

} // namespace

TEST_F(ExperimentMergeTest, JobFoldersAreCompleteOnlyAfterCommit) {
    ExperimentStore store(kRoot / "run");
    const std::filesystem::path partial = store.beginJob("abc");
    std::ofstream(partial / "rows.csv") << "x\n";
    EXPECT_FALSE(store.isJobComplete("abc"));
    EXPECT_FALSE(std::filesystem::exists(store.jobFolder("abc")));
    store.removePartialJobs(); // what the next run does after a kill
    EXPECT_FALSE(std::filesystem::exists(partial));
    const std::filesystem::path again = store.beginJob("abc");
    std::ofstream(again / "rows.csv") << "x\n";
    store.commitJob(again, "abc");
    EXPECT_TRUE(store.isJobComplete("abc"));
    EXPECT_EQ(store.readJobRows("abc"), std::vector<std::string>{"x"});
}

TEST_F(ExperimentMergeTest, MergedShardsEqualTheCanonicalTable) {
    makeShard("all", {{0, "j0"}, {1, "j1"}, {2, "j2"}, {3, "j3"}, {4, "j4"}});
    makeShard("s0", {{0, "j0"}, {2, "j2"}, {4, "j4"}});
    makeShard("s1", {{1, "j1"}, {3, "j3"}});
    const ExperimentMergeSummary summary = mergeExperiments({kRoot / "s1", kRoot / "s0"}, kRoot / "merged");
    EXPECT_EQ(summary.jobs, 5u);
    EXPECT_EQ(summary.rows, 10u);
    EXPECT_EQ(summary.expected, 5u);
    EXPECT_EQ(readFile(kRoot / "merged/results.csv"), readFile(kRoot / "all/results.csv"));
    ExperimentStore merged(kRoot / "merged");
    for (const char* id : {"j0", "j1", "j2", "j3", "j4"})
        EXPECT_TRUE(merged.isJobComplete(id)) << id;
    const nlohmann::json meta = *merged.readMeta();
    EXPECT_FALSE(meta.contains("shard"));
    EXPECT_EQ(meta["models"].size(), 2u);
    EXPECT_EQ(meta["merged_from"].size(), 2u);
    // Merging again (e.g. after another shard finished) is idempotent.
    mergeExperiments({kRoot / "s0", kRoot / "s1", kRoot / "merged"}, kRoot / "merged");
    EXPECT_EQ(readFile(kRoot / "merged/results.csv"), readFile(kRoot / "all/results.csv"));
}

TEST_F(ExperimentMergeTest, RefusesDifferentExperimentsAndConflictingRecipes) {
    makeShard("s0", {{0, "j0"}});
    makeShard("other", {{1, "j1"}}, "spec2");
    makeShard("stale", {{0, "old0"}});
    EXPECT_THROW(mergeExperiments({kRoot / "s0", kRoot / "other"}, kRoot / "m1"), Error);
    try {
        mergeExperiments({kRoot / "s0", kRoot / "stale"}, kRoot / "m2");
        FAIL();
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("job 0 has recipe"), std::string::npos) << error.what();
    }
    EXPECT_THROW(mergeExperiments({kRoot / "missing"}, kRoot / "m3"), Error);
}
