#include "engine/train/TrainingState.h"

#include "util/Error.h"

#include <fstream>
#include <nlohmann/json.hpp>

namespace noiseloss {

TrainingState TrainingState::load(const std::filesystem::path& folder) {
    TrainingState state;
    const auto path = folder / "state.json";
    if (!std::filesystem::exists(path))
        return state;
    try {
        std::ifstream file(path);
        const nlohmann::json json = nlohmann::json::parse(file);
        state.phase = json.at("phase").get<std::string>();
        state.codecStep = json.at("codec_step").get<int>();
        state.codecPlanned = json.at("codec_planned").get<int>();
        state.lmStep = json.at("lm_step").get<int>();
        state.lmPlanned = json.at("lm_planned").get<int>();
        state.codecSeconds = json.at("codec_seconds").get<double>();
        state.lmSeconds = json.at("lm_seconds").get<double>();
        state.lmBestStep = json.value("lm_best_step", 0); // absent in runs from before early stopping
        state.lmBestNll = json.value("lm_best_nll", 0.0);
    } catch (const nlohmann::json::exception& error) {
        throw Error(path.string() + ": unreadable training state (" + error.what() +
                    "); delete the folder to start over");
    }
    return state;
}

void TrainingState::save(const std::filesystem::path& folder) const {
    const nlohmann::json json = {
        {"phase", phase},          {"codec_step", codecStep},    {"codec_planned", codecPlanned},
        {"lm_step", lmStep},       {"lm_planned", lmPlanned},    {"codec_seconds", codecSeconds},
        {"lm_seconds", lmSeconds}, {"lm_best_step", lmBestStep}, {"lm_best_nll", lmBestNll}};
    const auto temporary = folder / "state.json.partial";
    {
        std::ofstream file(temporary);
        file << json.dump(2) << "\n";
        if (!file)
            throw Error(temporary.string() + ": cannot write the training state");
    }
    std::filesystem::rename(temporary, folder / "state.json");
}

} // namespace noiseloss
