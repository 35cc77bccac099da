// The experiment runner on the tiny fixture: layout, shards + merge, kill + resume, provenance.
#include "engine/experiment/ExperimentRunner.h"

#include "audio/AudioFile.h"
#include "experiment/ExperimentMerge.h"
#include "experiment/ExperimentSpecJson.h"
#include "experiment/ExperimentStore.h"
#include "experiment/TidyRow.h"
#include "util/Error.h"

#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>
#include <unistd.h>

using namespace noiseloss;

namespace {

const std::filesystem::path kFixture = std::filesystem::path(NOISELOSS_TEST_DATA_DIR) / "tiny-musicgen";
const std::filesystem::path kRoot =
    std::filesystem::temp_directory_path() / ("experiment-runner-test-" + std::to_string(::getpid()));
const std::vector<std::string> kBandOrder = {"peak", "assimilation", "recovery"};
constexpr std::size_t kJobs = 2 * (4 + 2 + 1);

std::string readFile(const std::filesystem::path& path) {
    std::ifstream stream(path, std::ios::binary);
    std::ostringstream text;
    text << stream.rdbuf();
    return text.str();
}

/// Two clips (the fixture clip and a quieter copy in a folder input), one model, 7 perturbations.
ExperimentSpec fixtureSpec() {
    AudioBuffer quiet = loadAudioFile(kFixture / "clip.wav");
    for (float& sample : quiet.samples)
        sample *= 0.5f;
    std::filesystem::create_directories(kRoot / "clips");
    saveAudioFile(kRoot / "clips/quiet.wav", quiet, AudioFileFormat::Wav);
    nlohmann::json json = nlohmann::json::parse(R"({
      "name": "fixture",
      "inputs": [{"file": "CLIP", "dataset": "fixture"}, {"folder": "clips"}],
      "models": ["MODEL"],
      "perturbations": [
        {"kind": "noise", "onset": 0.4, "lengths": [5, 10], "colours": ["white", "pink"], "levels": [-6], "seeds": [1]},
        {"kind": "shuffle", "onset": 20, "onset_unit": "tokens", "lengths": [10], "blocks": [2, 5]},
        {"kind": "delete", "onset": 0.6, "lengths": [5]}]})");
    json["inputs"][0]["file"] = (kFixture / "clip.wav").string();
    json["models"][0] = kFixture.string();
    return experimentSpecFromJson(json, kRoot);
}

ExperimentRunSummary runInto(const std::string& name, ExperimentRunOptions options = {}) {
    options.engine.threads = 1;
    return ExperimentRunner(fixtureSpec(), kRoot / name, options).run();
}

class ExperimentRunnerTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        std::filesystem::remove_all(kRoot);
        s_summary = runInto("full");
    }
    static void TearDownTestSuite() { std::filesystem::remove_all(kRoot); }
    static ExperimentRunSummary s_summary;
};
ExperimentRunSummary ExperimentRunnerTest::s_summary;

} // namespace

TEST_F(ExperimentRunnerTest, WritesEveryJobInTheAnalyzeLayoutAndOneTidyTable) {
    EXPECT_EQ(s_summary.totalJobs, kJobs);
    EXPECT_EQ(s_summary.ran, kJobs);
    EXPECT_EQ(s_summary.remaining, 0u);
    const ExperimentStore store(kRoot / "full");
    const std::vector<std::string> lines = store.readResultsTable();
    ASSERT_EQ(lines.size(), kJobs * 3);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const TidyRow row = tidyRowFromCsvLine(lines[i], "results.csv");
        EXPECT_EQ(row.job, i / 3);
        EXPECT_EQ(row.band, kBandOrder[i % 3]);
        EXPECT_GT(row.clipLossOriginal, 0.0);
        ids.insert(row.jobId);
        if (row.job == 0) {
            EXPECT_EQ(row.dataset, "fixture");
            EXPECT_EQ(row.clip, "clip.wav");
            EXPECT_EQ(row.model, "tiny-musicgen");
            EXPECT_EQ(row.kind, "noise");
            EXPECT_DOUBLE_EQ(row.onset, 0.4);
            EXPECT_EQ(row.length, 5);
            EXPECT_EQ(row.colour, "white");
        }
        if (row.job == 7) {
            EXPECT_EQ(row.dataset, "clips");
        }
        if (row.job == 13) {
            EXPECT_EQ(row.kind, "delete");
        }
    }
    ASSERT_EQ(ids.size(), kJobs);
    for (const std::string& id : ids) {
        for (const char* file : {"original/nll.npy", "perturbed/codes.npy", "diff.npy", "bands.json",
                                 "meta.json", "job.json", "rows.csv", "done"})
            EXPECT_TRUE(std::filesystem::exists(store.jobFolder(id) / file)) << id << "/" << file;
    }
    const nlohmann::json meta = *store.readMeta();
    EXPECT_EQ(meta["job_count"], kJobs);
    EXPECT_EQ(meta["spec"]["name"], "fixture");
    EXPECT_EQ(meta["models"].size(), 1u);
    EXPECT_EQ(meta["models"][0]["config_hash"].get<std::string>().size(), 16u);
    EXPECT_TRUE(meta.contains("git_commit"));
    EXPECT_TRUE(meta["libraries"].contains("torch"));
}

TEST_F(ExperimentRunnerTest, ShardsMergedEqualTheUnshardedRun) {
    ExperimentRunOptions options;
    options.shard = {0, 2};
    const ExperimentRunSummary first = runInto("shard0", options);
    options.shard = {1, 2};
    const ExperimentRunSummary second = runInto("shard1", options);
    EXPECT_EQ(first.shardJobs + second.shardJobs, kJobs);
    EXPECT_EQ(first.shardJobs, (kJobs + 1) / 2);
    EXPECT_NE(readFile(kRoot / "shard0/results.csv"), readFile(kRoot / "full/results.csv"));
    const ExperimentMergeSummary merged =
        mergeExperiments({kRoot / "shard1", kRoot / "shard0"}, kRoot / "merged");
    EXPECT_EQ(merged.jobs, kJobs);
    EXPECT_EQ(readFile(kRoot / "merged/results.csv"), readFile(kRoot / "full/results.csv"));
}

TEST_F(ExperimentRunnerTest, KilledAndResumedRunEqualsAnUninterruptedOne) {
    ExperimentRunOptions options;
    options.jobLimit = 5;
    const ExperimentRunSummary killed = runInto("resumed", options);
    EXPECT_EQ(killed.ran, 5u);
    EXPECT_EQ(killed.remaining, kJobs - 5);
    // A kill during the 6th job leaves a partial folder behind; the resumed run must ignore it.
    const ExperimentStore store(kRoot / "resumed");
    const std::filesystem::path partial = store.beginJob("0000000000000000");
    std::ofstream(partial / "rows.csv") << "garbage\n";

    const ExperimentRunSummary resumed = runInto("resumed");
    EXPECT_EQ(resumed.skipped, 5u);
    EXPECT_EQ(resumed.ran, kJobs - 5);
    EXPECT_FALSE(std::filesystem::exists(partial));
    EXPECT_EQ(readFile(kRoot / "resumed/results.csv"), readFile(kRoot / "full/results.csv"));

    const ExperimentRunSummary again = runInto("resumed");
    EXPECT_EQ(again.skipped, kJobs);
    EXPECT_EQ(again.ran, 0u);
}

TEST_F(ExperimentRunnerTest, RefusesAnOutputFolderOfAnotherSpecAndNamesAFailingJob) {
    ExperimentSpec other = fixtureSpec();
    other.source["name"] = "other";
    EXPECT_THROW(ExperimentRunner(other, kRoot / "full").run(), Error);

    nlohmann::json json = fixtureSpec().source;
    json["perturbations"] = nlohmann::json::parse(R"([{"kind": "delete", "onset": 1.2, "lengths": [50]}])");
    ExperimentRunOptions options;
    options.engine.threads = 1;
    try {
        ExperimentRunner(experimentSpecFromJson(json, kRoot), kRoot / "bad", options).run();
        FAIL() << "a region past the clip's end should fail";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("job 0 (tiny-musicgen/clip.wav delete"), std::string::npos)
            << error.what();
    }
}
