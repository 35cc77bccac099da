#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace noiseloss {

/// What mergeExperiments combined.
struct ExperimentMergeSummary {
    std::size_t jobs = 0;     ///< distinct jobs in the merged table
    std::size_t rows = 0;     ///< rows of the merged results.csv
    std::size_t expected = 0; ///< the spec's job count (meta.json job_count)
};

/// Combines the output folders of shards (or of partial runs) of ONE experiment into `out`:
/// every input must hold meta.json with the same spec_hash (else Error naming the folder) and a
/// results.csv; the rows are collected per job index (the same index with two different recipe
/// hashes is an Error), their job folders copied into out/jobs/ (already complete ones are kept),
/// and out/results.csv is written with the jobs in canonical order, so merging shards 0/N..N-1/N
/// gives the same table, byte for byte, as one unsharded run. out/meta.json is the first input's
/// meta with "shard" removed and "merged_from" listing the inputs and the union of their models.
ExperimentMergeSummary mergeExperiments(const std::vector<std::filesystem::path>& inputs,
                                        const std::filesystem::path& out);

} // namespace noiseloss
