#include "experiment/ShardSelection.h"

#include "util/Error.h"

#include <cstdlib>

namespace noiseloss {
namespace {

bool parseNonNegative(const std::string& text, int& value) {
    if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos)
        return false;
    value = std::stoi(text);
    return true;
}

} // namespace

ShardSelection parseShardSelection(const std::string& text, const std::string& field) {
    const auto slash = text.find('/');
    ShardSelection shard;
    if (slash == std::string::npos || !parseNonNegative(text.substr(0, slash), shard.index) ||
        !parseNonNegative(text.substr(slash + 1), shard.count) || shard.count < 1 ||
        shard.index >= shard.count)
        throw Error(field + ": expected I/N with 0 <= I < N (e.g. 0/4), got '" + text + "'");
    return shard;
}

ShardSelection shardSelectionFromEnvironment() {
    const char* id = std::getenv("SLURM_ARRAY_TASK_ID");
    const char* count = std::getenv("SLURM_ARRAY_TASK_COUNT");
    if (!id || !count)
        return {};
    int taskId = 0;
    int minimum = 0;
    if (!parseNonNegative(id, taskId))
        throw Error(std::string("SLURM_ARRAY_TASK_ID: expected a whole number, got '") + id + "'");
    if (const char* min = std::getenv("SLURM_ARRAY_TASK_MIN"); min && !parseNonNegative(min, minimum))
        throw Error(std::string("SLURM_ARRAY_TASK_MIN: expected a whole number, got '") + min + "'");
    return parseShardSelection(std::to_string(taskId - minimum) + "/" + count,
                               "SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT");
}

} // namespace noiseloss
