#include "experiment/ExperimentClip.h"

#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <fstream>

namespace noiseloss {
namespace {

bool isAudioFile(const std::filesystem::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return extension == ".wav" || extension == ".flac" || extension == ".ogg" || extension == ".oga" ||
           extension == ".opus" || extension == ".mp3";
}

ExperimentClip clipOf(const std::filesystem::path& file, const ExperimentInput& input) {
    return {file, input.dataset, file.filename().string(), input.maxSeconds};
}

std::string trim(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t\r") - first + 1);
}

void expandFolder(const ExperimentInput& input, const std::string& field,
                  std::vector<ExperimentClip>& clips) {
    if (!std::filesystem::is_directory(input.path))
        throw Error(field + ": no such folder '" + input.path.string() + "'");
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(input.path))
        if (entry.is_regular_file() && isAudioFile(entry.path()))
            files.push_back(entry.path());
    if (files.empty())
        throw Error(field + ": no audio files (.wav, .flac, .ogg, .opus, .mp3) in '" + input.path.string() +
                    "'");
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return a.filename().string() < b.filename().string(); });
    for (const auto& file : files)
        clips.push_back(clipOf(file, input));
}

void expandManifest(const ExperimentInput& input, const std::string& field,
                    std::vector<ExperimentClip>& clips) {
    std::ifstream stream(input.path);
    if (!stream)
        throw Error(field + ": cannot open the manifest '" + input.path.string() + "'");
    std::string line;
    int lineNumber = 0;
    std::size_t added = 0;
    while (std::getline(stream, line)) {
        ++lineNumber;
        const std::string entry = trim(line);
        if (entry.empty() || entry[0] == '#')
            continue;
        std::filesystem::path file(entry);
        if (file.is_relative())
            file = input.path.parent_path() / file;
        if (!std::filesystem::is_regular_file(file))
            throw Error(field + ": line " + std::to_string(lineNumber) + ": no such file '" + file.string() +
                        "'");
        clips.push_back(clipOf(file, input));
        ++added;
    }
    if (added == 0)
        throw Error(field + ": the manifest '" + input.path.string() + "' lists no files");
}

} // namespace

std::vector<ExperimentClip> expandExperimentInputs(const std::vector<ExperimentInput>& inputs) {
    std::vector<ExperimentClip> clips;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        const ExperimentInput& input = inputs[i];
        const std::string prefix = "inputs[" + std::to_string(i) + "]";
        switch (input.source) {
        case ExperimentInput::Source::File:
            if (!std::filesystem::is_regular_file(input.path))
                throw Error(prefix + ".file: no such file '" + input.path.string() + "'");
            clips.push_back(clipOf(input.path, input));
            break;
        case ExperimentInput::Source::Folder:
            expandFolder(input, prefix + ".folder", clips);
            break;
        case ExperimentInput::Source::Manifest:
            expandManifest(input, prefix + ".manifest", clips);
            break;
        }
    }
    return clips;
}

} // namespace noiseloss
