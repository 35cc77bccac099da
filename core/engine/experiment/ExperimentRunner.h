#pragma once

#include "engine/EngineTypes.h"
#include "experiment/ExperimentProgress.h"
#include "experiment/ExperimentSpec.h"
#include "experiment/ShardSelection.h"

#include <atomic>
#include <cstdint>
#include <filesystem>

namespace noiseloss {

/// How an experiment run is carried out (not part of any job's recipe).
struct ExperimentRunOptions {
    ShardSelection shard;       ///< run only jobs with index mod count == index
    std::int64_t jobLimit = -1; ///< stop after running this many jobs (skipped ones do not count); -1 = all
    EngineOptions engine;       ///< device and threads for MusicModel::load
    const std::atomic<bool>* cancel = nullptr; ///< set to stop after the current job
};

/// What a run did.
struct ExperimentRunSummary {
    std::size_t totalJobs = 0; ///< jobs of the whole spec
    std::size_t shardJobs = 0; ///< jobs of this shard
    std::size_t skipped = 0;   ///< already complete (same recipe hash), not recomputed
    std::size_t ran = 0;       ///< computed by this run
    std::size_t remaining = 0; ///< left for a later run (job limit or cancel)
};

/// Runs the jobs of one shard of an experiment into an output folder (ExperimentStore.h layout).
/// Order: the canonical job order (ExperimentJob.h); each model is loaded once, each clip read and
/// hashed once per model, and AnalysisSession scores each original once per (clip, model).
/// Resumable: a job whose recipe hash (RecipeHash.h) already has a complete folder is skipped; a
/// killed run leaves only partial folders, removed on the next start. results.csv lists the
/// complete jobs of this shard visited by the run, in canonical order; meta.json records version,
/// git commit, the spec and its hash, the shard, the loaded models' config hashes and library
/// versions. Throws Error for bad inputs (missing clip, model that cannot load, an output folder
/// of a different spec). A failing job (e.g. a region past the clip's end) is an Error naming the
/// job. Main thread of the caller; the run blocks.
class ExperimentRunner {
public:
    ExperimentRunner(ExperimentSpec spec, std::filesystem::path outFolder, ExperimentRunOptions options = {});

    /// `progress` may be null.
    ExperimentRunSummary run(ExperimentProgress* progress = nullptr);

    /// Hash of the spec as written (meta.json "spec_hash"): shards of one experiment share it.
    static std::string specHash(const ExperimentSpec& spec);

private:
    ExperimentSpec m_spec;
    std::filesystem::path m_out;
    ExperimentRunOptions m_options;
};

} // namespace noiseloss
