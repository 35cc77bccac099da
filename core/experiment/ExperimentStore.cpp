#include "experiment/ExperimentStore.h"

#include "experiment/TidyRow.h"
#include "util/Error.h"

#include <fstream>
#include <sstream>
#include <unistd.h>

namespace noiseloss {
namespace {

constexpr const char* kDoneMarker = "done";
constexpr const char* kPartialPrefix = ".partial-";

std::string readText(const std::filesystem::path& path) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream)
        throw Error(path.string() + ": cannot read");
    std::ostringstream text;
    text << stream.rdbuf();
    return text.str();
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream stream(text);
    std::string line;
    while (std::getline(stream, line))
        if (!line.empty())
            out.push_back(line);
    return out;
}

} // namespace

ExperimentStore::ExperimentStore(std::filesystem::path root) : m_root(std::move(root)) {}

bool ExperimentStore::isJobComplete(const std::string& jobId) const {
    return std::filesystem::is_regular_file(jobFolder(jobId) / kDoneMarker);
}

std::filesystem::path ExperimentStore::beginJob(const std::string& jobId) const {
    const std::filesystem::path partial =
        jobsFolder() / (kPartialPrefix + jobId + "-" + std::to_string(static_cast<long>(::getpid())));
    std::filesystem::remove_all(partial);
    std::error_code error;
    std::filesystem::create_directories(partial, error);
    if (error)
        throw Error(partial.string() + ": cannot create the job folder (" + error.message() + ")");
    return partial;
}

void ExperimentStore::commitJob(const std::filesystem::path& partial, const std::string& jobId) const {
    {
        std::ofstream marker(partial / kDoneMarker);
        marker << jobId << "\n";
        if (!marker)
            throw Error((partial / kDoneMarker).string() + ": cannot write");
    }
    const std::filesystem::path final = jobFolder(jobId);
    std::filesystem::remove_all(final);
    std::error_code error;
    std::filesystem::rename(partial, final, error);
    if (error)
        throw Error(final.string() + ": cannot move the finished job into place (" + error.message() + ")");
}

void ExperimentStore::removePartialJobs() const {
    if (!std::filesystem::is_directory(jobsFolder()))
        return;
    std::vector<std::filesystem::path> partials;
    for (const auto& entry : std::filesystem::directory_iterator(jobsFolder()))
        if (entry.path().filename().string().rfind(kPartialPrefix, 0) == 0)
            partials.push_back(entry.path());
    for (const auto& path : partials)
        std::filesystem::remove_all(path);
}

void ExperimentStore::importJob(const ExperimentStore& source, const std::string& jobId) const {
    if (!source.isJobComplete(jobId))
        throw Error(source.jobFolder(jobId).string() + ": job folder missing or incomplete");
    const std::filesystem::path partial = beginJob(jobId);
    std::filesystem::copy(source.jobFolder(jobId), partial, std::filesystem::copy_options::recursive);
    std::filesystem::remove(partial / kDoneMarker);
    commitJob(partial, jobId);
}

std::vector<std::string> ExperimentStore::readJobRows(const std::string& jobId) const {
    return lines(readText(jobFolder(jobId) / "rows.csv"));
}

void ExperimentStore::writeResultsTable(const std::vector<std::string>& rows) const {
    std::string text = tidyHeaderLine() + "\n";
    for (const std::string& row : rows)
        text += row + "\n";
    writeTextAtomically(resultsTable(), text);
}

std::vector<std::string> ExperimentStore::readResultsTable() const {
    std::vector<std::string> all = lines(readText(resultsTable()));
    if (all.empty() || all.front() != tidyHeaderLine())
        throw Error(resultsTable().string() + ": not an experiment table (unexpected header)");
    all.erase(all.begin());
    return all;
}

std::optional<nlohmann::json> ExperimentStore::readMeta() const {
    if (!std::filesystem::exists(metaFile()))
        return std::nullopt;
    try {
        return nlohmann::json::parse(readText(metaFile()));
    } catch (const nlohmann::json::parse_error& error) {
        throw Error(metaFile().string() + ": not valid JSON (" + error.what() + ")");
    }
}

void ExperimentStore::writeMeta(const nlohmann::json& meta) const {
    writeTextAtomically(metaFile(), meta.dump(2) + "\n");
}

void ExperimentStore::writeTextAtomically(const std::filesystem::path& path, const std::string& text) {
    std::filesystem::create_directories(path.parent_path().empty() ? "." : path.parent_path());
    std::filesystem::path temporary = path;
    temporary += ".tmp-" + std::to_string(static_cast<long>(::getpid()));
    {
        std::ofstream stream(temporary, std::ios::binary);
        stream << text;
        if (!stream)
            throw Error(temporary.string() + ": cannot write");
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error)
        throw Error(path.string() + ": cannot replace (" + error.message() + ")");
}

} // namespace noiseloss
