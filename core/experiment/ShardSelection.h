#pragma once

#include <cstddef>
#include <string>

namespace noiseloss {

/// A deterministic subset of an experiment's jobs: job index mod count == index.
struct ShardSelection {
    int index = 0; ///< from 0
    int count = 1;

    bool contains(std::size_t jobIndex) const { return static_cast<int>(jobIndex % count) == index; }
    std::string describe() const { return std::to_string(index) + "/" + std::to_string(count); }
};

/// Parses "I/N" (0 <= I < N). Throws Error naming `field` otherwise ("--shard: expected I/N ...").
ShardSelection parseShardSelection(const std::string& text, const std::string& field = "--shard");

/// The SLURM array shard (SLURM_ARRAY_TASK_ID / SLURM_ARRAY_TASK_COUNT) when both are set,
/// else 0/1. Throws Error for malformed values. SLURM_ARRAY_TASK_MIN is subtracted when set so
/// that arrays numbered from 1 work too.
ShardSelection shardSelectionFromEnvironment();

} // namespace noiseloss
