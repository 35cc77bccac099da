// Experiment specs: a full spec parses into the expected grid; every malformed field names itself.
#include "experiment/ExperimentSpecJson.h"

#include "util/Error.h"

#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

using namespace noiseloss;

namespace {

nlohmann::json validSpec() {
    return nlohmann::json::parse(R"({
      "name": "lengths",
      "inputs": [{"file": "a.wav", "dataset": "classical"}, {"folder": "pop/", "max_seconds": 10}, {"manifest": "gen.txt"}],
      "models": ["models/small"],
      "alignment": "noiseloss",
      "perturbations": [
        {"kind": "noise", "onset": 5, "lengths": [50, 100], "colours": ["white", "pink"],
         "methods": ["noiseloss", "spectral"], "levels": [-12, -20], "level_mode": "dbfs", "seeds": [1, 2]},
        {"kind": "shuffle", "onset": 250, "onset_unit": "tokens", "lengths": [2.5], "length_unit": "seconds",
         "schemes": ["adjacent_swap", "random_pairs"], "blocks": [2, 5], "fraction": 0.3},
        {"kind": "delete", "onset": 4.5, "lengths": [10]}
      ]})");
}

/// The message of the Error thrown for `json`, or "" when it parses.
std::string errorOf(const nlohmann::json& json) {
    try {
        experimentSpecFromJson(json, "/base");
    } catch (const Error& error) {
        return error.what();
    }
    return "";
}

} // namespace

TEST(ExperimentSpecJson, ParsesEveryField) {
    const ExperimentSpec spec = experimentSpecFromJson(validSpec(), "/base");
    EXPECT_EQ(spec.name, "lengths");
    ASSERT_EQ(spec.inputs.size(), 3u);
    EXPECT_EQ(spec.inputs[0].path, std::filesystem::path("/base/a.wav"));
    EXPECT_EQ(spec.inputs[0].dataset, "classical");
    EXPECT_EQ(spec.inputs[1].source, ExperimentInput::Source::Folder);
    EXPECT_EQ(spec.inputs[1].dataset, "pop");
    EXPECT_EQ(spec.inputs[2].dataset, "gen");
    EXPECT_EQ(spec.inputs[0].maxSeconds, 0.0); // the whole clip unless max_seconds is given
    EXPECT_EQ(spec.inputs[1].maxSeconds, 10.0);
    EXPECT_EQ(spec.models.at(0), std::filesystem::path("/base/models/small"));
    EXPECT_EQ(spec.alignment, "noiseloss");
    EXPECT_EQ(spec.tokenPairing, "frame-map");
    ASSERT_EQ(spec.perturbations.size(), 3u);
    const PerturbationGrid& noise = spec.perturbations[0];
    EXPECT_EQ(noise.onsetUnit, GridUnit::Seconds);
    EXPECT_EQ(noise.lengths, (std::vector<double>{50, 100}));
    EXPECT_EQ(noise.colours, (std::vector<NoiseColor>{NoiseColor::White, NoiseColor::Pink}));
    EXPECT_EQ(noise.methods.size(), 2u);
    EXPECT_EQ(noise.levels, (std::vector<double>{-12, -20}));
    EXPECT_EQ(noise.seeds, (std::vector<std::uint64_t>{1, 2}));
    const PerturbationGrid& shuffle = spec.perturbations[1];
    EXPECT_EQ(shuffle.onsetUnit, GridUnit::Tokens);
    EXPECT_EQ(shuffle.lengthUnit, GridUnit::Seconds);
    EXPECT_EQ(shuffle.schemes.back(), ShuffleScheme::RandomPairs);
    EXPECT_EQ(shuffle.blocks, (std::vector<int>{2, 5}));
    EXPECT_DOUBLE_EQ(shuffle.fraction, 0.3);
    EXPECT_EQ(spec.perturbations[2].kind, RegionKind::Delete);
}

TEST(ExperimentSpecJson, MalformedFieldsAreNamed) {
    struct Case {
        std::string pointer;
        nlohmann::json value;
        std::string expected;
    };
    const std::vector<Case> cases = {
        {"/perturbations/0/lengths",
         {50, 100, -3},
         "perturbations[0].lengths[2]: must be a positive number of tokens"},
        {"/perturbations/0/lengths",
         {50, 2.5},
         "perturbations[0].lengths[1]: must be a positive number of tokens"},
        {"/perturbations/1/lengths",
         {0},
         "perturbations[1].lengths[0]: must be a positive number of seconds"},
        {"/perturbations/0/colours",
         {"white", "green"},
         "perturbations[0].colours[1]: must be a colour name"},
        {"/perturbations/0/methods", {"magic"}, "perturbations[0].methods[0]: must be a method name"},
        {"/perturbations/0/levels", {-12, "loud"}, "perturbations[0].levels[1]: must be a level in dB"},
        {"/perturbations/0/seeds", {1, -1}, "perturbations[0].seeds[1]: must be a non-negative whole number"},
        {"/perturbations/0/level_mode", "loudness", "perturbations[0].level_mode: unknown level mode"},
        {"/perturbations/0/kind", "reverse", "perturbations[0].kind: unknown kind 'reverse'"},
        {"/perturbations/0/onset", -1, "perturbations[0].onset: must be a non-negative number of seconds"},
        {"/perturbations/1/onset", 2.5,
         "perturbations[1].onset: must be a non-negative whole number of tokens"},
        {"/perturbations/1/blocks",
         {2, 0},
         "perturbations[1].blocks[1]: must be a positive whole number of tokens"},
        {"/perturbations/1/schemes", {"riffle"}, "perturbations[1].schemes[0]: must be a shuffle scheme"},
        {"/perturbations/1/fraction", 1.5, "perturbations[1].fraction: must be in (0, 1]"},
        {"/perturbations/1/colours",
         {"white"},
         "perturbations[1].colours: not used by a shuffle perturbation"},
        {"/perturbations/2/seeds", {1}, "perturbations[2].seeds: not used by a delete perturbation"},
        {"/perturbations/2/lengths", nlohmann::json::array(), "perturbations[2].lengths: must not be empty"},
        {"/perturbations/2/length_unit", "bars", "perturbations[2].length_unit: unknown unit 'bars'"},
        {"/perturbations/2/volume", 3, "perturbations[2].volume: unknown field"},
        {"/inputs/1", {{"folder", "x"}, {"file", "y"}}, "inputs[1]: needs exactly one of"},
        {"/inputs/0/dataset", 3, "inputs[0].dataset: expected a string"},
        {"/inputs/0/max_seconds", 0, "inputs[0].max_seconds: must be a positive number of seconds"},
        {"/inputs/0/max_seconds", "ten", "inputs[0].max_seconds"},
        {"/models/0", 7, "models[0]: expected a model folder"},
        {"/models", nlohmann::json::array(), "models: must list at least one model folder"},
        {"/alignment", "sideways", "alignment: unknown value 'sideways'"},
        {"/token_pairing", "zip", "token_pairing: unknown value 'zip'"},
        {"/perturbations", nlohmann::json::array(), "perturbations: must list at least one perturbation"},
        {"/seed", 3, "seed: unknown field"},
    };
    for (const Case& c : cases) {
        nlohmann::json spec = validSpec();
        spec[nlohmann::json::json_pointer(c.pointer)] = c.value;
        const std::string message = errorOf(spec);
        EXPECT_NE(message.find(c.expected), std::string::npos)
            << c.pointer << " = " << c.value.dump() << "\n  got: " << message
            << "\n  expected: " << c.expected;
    }
}

TEST(ExperimentSpecJson, MissingRequiredFieldsAreNamed) {
    for (const char* name : {"inputs", "models", "perturbations"}) {
        const std::string key = name;
        nlohmann::json spec = validSpec();
        spec.erase(key);
        EXPECT_NE(errorOf(spec).find(key + ": missing"), std::string::npos) << key << ": " << errorOf(spec);
    }
    nlohmann::json spec = validSpec();
    spec["perturbations"][0].erase("lengths");
    EXPECT_NE(errorOf(spec).find("perturbations[0].lengths: missing"), std::string::npos) << errorOf(spec);
    spec = validSpec();
    spec["perturbations"][0].erase("onset");
    EXPECT_NE(errorOf(spec).find("perturbations[0].onset: missing"), std::string::npos) << errorOf(spec);
}

TEST(ExperimentSpecJson, FileErrorsNameTheFile) {
    const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                       ("experiment-spec-test-" + std::to_string(::getpid()) + ".json");
    {
        std::ofstream stream(path);
        stream << R"({"inputs": [], "models": ["m"], "perturbations": []})";
    }
    try {
        loadExperimentSpec(path);
        FAIL() << "expected an error";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find(path.string() + ": inputs: must list"), std::string::npos)
            << error.what();
    }
    std::filesystem::remove(path);
}
