// Input expansion, the canonical job order, shards, regions and recipe hashes.
#include "experiment/ExperimentJob.h"

#include "experiment/ExperimentClip.h"
#include "experiment/ExperimentSpecJson.h"
#include "experiment/RecipeHash.h"
#include "experiment/ShardSelection.h"
#include "util/Error.h"

#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <unistd.h>

using namespace noiseloss;

namespace {

class TempFolder {
public:
    TempFolder()
        : m_path(std::filesystem::temp_directory_path() /
                 ("experiment-job-test-" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~TempFolder() { std::filesystem::remove_all(m_path); }
    const std::filesystem::path& path() const { return m_path; }
    void touch(const std::string& name, const std::string& text = "x") const {
        std::filesystem::create_directories((m_path / name).parent_path());
        std::ofstream(m_path / name) << text;
    }

private:
    std::filesystem::path m_path;
};

ExperimentSpec twoModelSpec() {
    return experimentSpecFromJson(nlohmann::json::parse(R"({
      "inputs": [{"file": "a.wav"}], "models": ["m1", "m2"],
      "perturbations": [
        {"kind": "noise", "onset": 1, "lengths": [5, 10], "colours": ["white", "pink"], "seeds": [1, 2, 3]},
        {"kind": "delete", "onset": 50, "onset_unit": "tokens", "lengths": [0.2], "length_unit": "seconds"}]})"),
                                  "/base");
}

} // namespace

TEST(ExperimentClip, FoldersAreSortedByNameAndManifestsResolveRelativePaths) {
    TempFolder folder;
    for (const char* name : {"c.flac", "a.wav", "B.mp3", "notes.txt", "sub/d.wav"})
        folder.touch(std::string("clips/") + name);
    folder.touch("lists/list.txt", "# generated\n../clips/a.wav\n\n  ../clips/c.flac  \n");
    const std::vector<ExperimentInput> inputs = {
        {ExperimentInput::Source::Folder, folder.path() / "clips", "pop"},
        {ExperimentInput::Source::Manifest, folder.path() / "lists/list.txt", "gen"}};
    const std::vector<ExperimentClip> clips = expandExperimentInputs(inputs);
    std::vector<std::string> names;
    for (const auto& clip : clips)
        names.push_back(clip.dataset + ":" + clip.name);
    EXPECT_EQ(names,
              (std::vector<std::string>{"pop:B.mp3", "pop:a.wav", "pop:c.flac", "gen:a.wav", "gen:c.flac"}));

    folder.touch("empty/readme.txt");
    try {
        expandExperimentInputs({inputs[0], {ExperimentInput::Source::Folder, folder.path() / "empty", "x"}});
        FAIL();
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("inputs[1].folder: no audio files"), std::string::npos);
    }
    EXPECT_THROW(expandExperimentInputs({{ExperimentInput::Source::File, folder.path() / "nope.wav", "x"}}),
                 Error);
}

TEST(ExperimentJob, CanonicalOrderIsModelClipEntryThenListsLastFastest) {
    const ExperimentSpec spec = twoModelSpec();
    const std::vector<ExperimentJob> jobs = expandExperimentJobs(spec, 2);
    ASSERT_EQ(jobs.size(), 2u * 2u * (2 * 2 * 3 + 1));
    for (std::size_t i = 0; i < jobs.size(); ++i)
        EXPECT_EQ(jobs[i].index, i);
    EXPECT_EQ(jobs[0].modelIndex, 0u);
    EXPECT_EQ(jobs[0].clipIndex, 0u);
    EXPECT_EQ(jobs[1].setting.seed, 2u);
    EXPECT_EQ(jobs[3].setting.colour, NoiseColor::Pink);
    EXPECT_EQ(jobs[6].setting.length, 10.0);
    EXPECT_EQ(jobs[12].setting.kind, RegionKind::Delete);
    EXPECT_EQ(jobs[13].clipIndex, 1u);
    EXPECT_EQ(jobs[26].modelIndex, 1u);
}

TEST(ExperimentJob, RegionsConvertTokensWithTheModelRate) {
    const ExperimentSpec spec = twoModelSpec();
    const std::vector<ExperimentJob> jobs = expandExperimentJobs(spec, 1);
    const TokenTimeMap tokens{32000, 640};
    const Region noise = regionForSetting(jobs[6].setting, tokens);
    EXPECT_DOUBLE_EQ(noise.startSeconds, 1.0);
    EXPECT_DOUBLE_EQ(noise.endSeconds, 1.2);
    EXPECT_EQ(noise.seed, 1u);
    const Region cut = regionForSetting(jobs[12].setting, tokens);
    EXPECT_EQ(cut.kind, RegionKind::Delete);
    EXPECT_DOUBLE_EQ(cut.startSeconds, 1.0);
    EXPECT_DOUBLE_EQ(cut.endSeconds, 1.2);
    EXPECT_EQ(lengthTokens(jobs[12].setting, tokens), 10);
}

TEST(ShardSelection, ShardsPartitionTheJobs) {
    const ShardSelection a = parseShardSelection("0/3"), b = parseShardSelection("1/3"),
                         c = parseShardSelection("2/3");
    for (std::size_t job = 0; job < 30; ++job)
        EXPECT_EQ(a.contains(job) + b.contains(job) + c.contains(job), 1) << job;
    EXPECT_TRUE(b.contains(4));
    for (const char* bad : {"3/3", "1", "a/2", "1/0", "-1/2", "1/2/3", ""})
        EXPECT_THROW(parseShardSelection(bad), Error) << bad;
    ::setenv("SLURM_ARRAY_TASK_ID", "4", 1);
    ::setenv("SLURM_ARRAY_TASK_COUNT", "4", 1);
    ::setenv("SLURM_ARRAY_TASK_MIN", "1", 1);
    EXPECT_EQ(shardSelectionFromEnvironment().describe(), "3/4");
    ::unsetenv("SLURM_ARRAY_TASK_MIN");
    EXPECT_THROW(shardSelectionFromEnvironment(), Error); // 4/4 without the minimum
    ::unsetenv("SLURM_ARRAY_TASK_ID");
    ::unsetenv("SLURM_ARRAY_TASK_COUNT");
    EXPECT_EQ(shardSelectionFromEnvironment().describe(), "0/1");
}

TEST(RecipeHash, StableAndSensitiveToEveryPart) {
    const nlohmann::json settings = {{"alignment", "delayed"}};
    const nlohmann::json plan = {{"regions", {{{"kind", "noise"}, {"start", 1.0}}}}};
    const std::string base = recipeHash(experimentRecipe("aa", "bb", plan, settings));
    EXPECT_EQ(base.size(), 16u);
    EXPECT_EQ(base, recipeHash(experimentRecipe("aa", "bb", plan, settings)));
    std::set<std::string> hashes = {base};
    hashes.insert(recipeHash(experimentRecipe("ab", "bb", plan, settings)));
    hashes.insert(recipeHash(experimentRecipe("aa", "bc", plan, settings)));
    hashes.insert(recipeHash(
        experimentRecipe("aa", "bb", {{"regions", {{{"kind", "noise"}, {"start", 1.02}}}}}, settings)));
    hashes.insert(recipeHash(experimentRecipe("aa", "bb", plan, {{"alignment", "noiseloss"}})));
    EXPECT_EQ(hashes.size(), 5u);
    // FNV-1a of "{}" pins the hash function itself (a change would orphan every finished job).
    EXPECT_EQ(recipeHash(nlohmann::json::object()), "08f44b07b5901a25");
}
