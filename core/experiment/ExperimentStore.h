#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace noiseloss {

/// The files of one experiment output folder:
///   meta.json                  provenance (version, git commit, spec, model config hashes, libraries)
///   results.csv                the tidy table (TidyRow.h), jobs in canonical order
///   jobs/<recipe-hash>/        one finished job: the `analyze` layout + job.json + rows.csv + done
///   jobs/.partial-<hash>-<pid> a job being written (renamed to its final name when complete)
/// A job folder is complete only when it holds the `done` marker, which is written last, inside the
/// partial folder, before the rename; a killed run leaves at most partial folders, which the next
/// run removes. Not thread-safe; one process per output folder.
class ExperimentStore {
public:
    explicit ExperimentStore(std::filesystem::path root);

    const std::filesystem::path& root() const { return m_root; }
    std::filesystem::path jobsFolder() const { return m_root / "jobs"; }
    std::filesystem::path jobFolder(const std::string& jobId) const { return jobsFolder() / jobId; }
    std::filesystem::path resultsTable() const { return m_root / "results.csv"; }
    std::filesystem::path metaFile() const { return m_root / "meta.json"; }

    bool isJobComplete(const std::string& jobId) const;
    /// Creates an empty partial folder for `jobId` and returns it.
    std::filesystem::path beginJob(const std::string& jobId) const;
    /// Writes the done marker into `partial`, then renames it to jobFolder(jobId) (replacing an
    /// incomplete folder of that name). Throws Error on failure.
    void commitJob(const std::filesystem::path& partial, const std::string& jobId) const;
    /// Removes partial folders left by killed runs.
    void removePartialJobs() const;
    /// Copies a complete job folder of another store (partial + rename, so it is atomic too).
    void importJob(const ExperimentStore& source, const std::string& jobId) const;

    /// The CSV lines (no header) of a complete job's rows.csv.
    std::vector<std::string> readJobRows(const std::string& jobId) const;
    /// Writes results.csv (header + `lines`) atomically.
    void writeResultsTable(const std::vector<std::string>& lines) const;
    /// The data lines of results.csv; throws Error when missing or with a wrong header.
    std::vector<std::string> readResultsTable() const;

    std::optional<nlohmann::json> readMeta() const;
    void writeMeta(const nlohmann::json& meta) const;

    /// Writes `text` to `path` through a temporary file and a rename.
    static void writeTextAtomically(const std::filesystem::path& path, const std::string& text);

private:
    std::filesystem::path m_root;
};

} // namespace noiseloss
