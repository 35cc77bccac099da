#include "experiment/ExperimentMerge.h"

#include "experiment/ExperimentStore.h"
#include "experiment/TidyRow.h"
#include "util/Error.h"

#include <map>

namespace noiseloss {
namespace {

struct MergedJob {
    std::string jobId;
    std::size_t input = 0;
    std::vector<std::string> rows;
};

nlohmann::json requireMeta(const ExperimentStore& store) {
    const auto meta = store.readMeta();
    if (!meta || !meta->contains("spec_hash"))
        throw Error(store.root().string() + ": no experiment meta.json (not an experiment output folder)");
    return *meta;
}

void collectJobs(const ExperimentStore& store, std::size_t input, std::map<std::size_t, MergedJob>& jobs) {
    const std::vector<std::string> rows = store.readResultsTable();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const TidyRow row =
            tidyRowFromCsvLine(rows[i], store.resultsTable().string() + ": line " + std::to_string(i + 2));
        auto [it, inserted] = jobs.try_emplace(row.job, MergedJob{row.jobId, input, {}});
        if (it->second.jobId != row.jobId)
            throw Error(store.root().string() + ": job " + std::to_string(row.job) + " has recipe " +
                        row.jobId + " but another input has " + it->second.jobId +
                        " (the clips or models changed between runs; re-run the stale shard)");
        if (it->second.input == input)
            it->second.rows.push_back(rows[i]);
    }
}

void mergeModels(nlohmann::json& merged, const nlohmann::json& meta) {
    if (!meta.contains("models"))
        return;
    for (const auto& model : meta["models"]) {
        bool known = false;
        for (const auto& existing : merged["models"])
            known = known || existing.value("config_hash", "") == model.value("config_hash", "");
        if (!known)
            merged["models"].push_back(model);
    }
}

} // namespace

ExperimentMergeSummary mergeExperiments(const std::vector<std::filesystem::path>& inputs,
                                        const std::filesystem::path& out) {
    if (inputs.empty())
        throw Error("merge: no input folders");
    const ExperimentStore target(out);
    std::vector<ExperimentStore> stores;
    nlohmann::json merged;
    std::map<std::size_t, MergedJob> jobs;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        stores.emplace_back(inputs[i]);
        const nlohmann::json meta = requireMeta(stores.back());
        if (i == 0) {
            merged = meta;
            merged.erase("shard");
            merged["models"] = nlohmann::json::array();
            merged["merged_from"] = nlohmann::json::array();
        } else if (meta["spec_hash"] != merged["spec_hash"]) {
            throw Error(inputs[i].string() + ": a different experiment (spec_hash " +
                        meta["spec_hash"].dump() + ", expected " + merged["spec_hash"].dump() + ")");
        }
        mergeModels(merged, meta);
        merged["merged_from"].push_back(inputs[i].string());
        collectJobs(stores.back(), i, jobs);
    }
    if (const auto existing = target.readMeta();
        existing && existing->value("spec_hash", "") != merged["spec_hash"])
        throw Error(out.string() + ": already holds a different experiment");

    ExperimentMergeSummary summary;
    std::vector<std::string> rows;
    std::filesystem::create_directories(target.jobsFolder());
    target.removePartialJobs();
    for (const auto& [index, job] : jobs) {
        if (!target.isJobComplete(job.jobId))
            target.importJob(stores[job.input], job.jobId);
        rows.insert(rows.end(), job.rows.begin(), job.rows.end());
    }
    summary.jobs = jobs.size();
    summary.rows = rows.size();
    summary.expected = merged.value("job_count", std::size_t{0});
    target.writeResultsTable(rows);
    target.writeMeta(merged);
    return summary;
}

} // namespace noiseloss
