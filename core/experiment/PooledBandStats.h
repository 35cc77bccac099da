#pragma once

#include "experiment/TidyRow.h"

#include <string>
#include <vector>

namespace noiseloss {

/// Mean +- SD of one band's per-job scores over a pool of jobs (the study's aggregation).
struct PooledBandStat {
    std::string model;
    std::string dataset;
    std::string kind;
    std::string band;
    std::string lengths; ///< the pooled lengths in tokens, "50 100 150 200"
    std::size_t count = 0;
    double meanD = 0.0;
    double sdD = 0.0; ///< ddof 1 (NaN for one job)
    double meanMaxD = 0.0;
    double sdMaxD = 0.0;
};

/// The lengths the study pooled: N in {50, 100, 150, 200} when a group has any of them, else all.
bool isStudyPoolLength(std::int64_t lengthTokens);

/// Groups rows by (model, dataset, kind, band) in order of first appearance and pools the jobs'
/// mean D (and max D) over the study's lengths (see isStudyPoolLength; per (model, dataset, kind)
/// group). NaN values are skipped. Pure function.
std::vector<PooledBandStat> poolBandStats(const std::vector<TidyRow>& rows);

/// mean +- SD (ddof 1) of the finite values; sd is NaN with fewer than two values.
void meanAndSd(const std::vector<double>& values, double& mean, double& sd, std::size_t& count);

std::string pooledStatsCsv(const std::vector<PooledBandStat>& stats);
std::string pooledStatsMarkdown(const std::vector<PooledBandStat>& stats);

} // namespace noiseloss
