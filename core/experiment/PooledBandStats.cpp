#include "experiment/PooledBandStats.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace noiseloss {
namespace {

std::string fixed(double value, int decimals = 4) {
    if (!std::isfinite(value))
        return "";
    char text[32];
    std::snprintf(text, sizeof(text), "%.*f", decimals, value);
    return text;
}

/// "mean +- SD" for the Markdown table; "n/a" when no band had a value (e.g. max D of bands that
/// were always empty), "mean" alone when the SD is undefined (one value).
std::string meanPlusMinus(double mean, double sd) {
    if (!std::isfinite(mean))
        return "n/a";
    return std::isfinite(sd) ? fixed(mean) + " +- " + fixed(sd) : fixed(mean);
}

std::string groupKey(const TidyRow& row) {
    return row.model + '\x1f' + row.dataset + '\x1f' + row.kind;
}

} // namespace

bool isStudyPoolLength(std::int64_t lengthTokens) {
    return lengthTokens == 50 || lengthTokens == 100 || lengthTokens == 150 || lengthTokens == 200;
}

void meanAndSd(const std::vector<double>& values, double& mean, double& sd, std::size_t& count) {
    double sum = 0.0;
    count = 0;
    for (double value : values)
        if (std::isfinite(value)) {
            sum += value;
            ++count;
        }
    mean = count ? sum / static_cast<double>(count) : std::nan("");
    double squares = 0.0;
    for (double value : values)
        if (std::isfinite(value))
            squares += (value - mean) * (value - mean);
    sd = count > 1 ? std::sqrt(squares / static_cast<double>(count - 1)) : std::nan("");
}

std::vector<PooledBandStat> poolBandStats(const std::vector<TidyRow>& rows) {
    std::set<std::string> groupsWithStudyLengths;
    for (const TidyRow& row : rows)
        if (isStudyPoolLength(row.length))
            groupsWithStudyLengths.insert(groupKey(row));
    struct Pool {
        PooledBandStat stat;
        std::vector<double> meanD, maxD;
        std::set<std::int64_t> lengths;
    };
    std::vector<Pool> pools;
    std::map<std::string, std::size_t> index;
    for (const TidyRow& row : rows) {
        if (groupsWithStudyLengths.count(groupKey(row)) && !isStudyPoolLength(row.length))
            continue;
        const std::string key = groupKey(row) + '\x1f' + row.band;
        auto [it, inserted] = index.try_emplace(key, pools.size());
        if (inserted) {
            pools.emplace_back();
            pools.back().stat.model = row.model;
            pools.back().stat.dataset = row.dataset;
            pools.back().stat.kind = row.kind;
            pools.back().stat.band = row.band;
        }
        Pool& pool = pools[it->second];
        pool.meanD.push_back(row.meanD);
        pool.maxD.push_back(row.maxD);
        pool.lengths.insert(row.length);
    }
    std::vector<PooledBandStat> stats;
    for (Pool& pool : pools) {
        for (std::int64_t length : pool.lengths)
            pool.stat.lengths += (pool.stat.lengths.empty() ? "" : " ") + std::to_string(length);
        std::size_t maxCount = 0;
        meanAndSd(pool.meanD, pool.stat.meanD, pool.stat.sdD, pool.stat.count);
        meanAndSd(pool.maxD, pool.stat.meanMaxD, pool.stat.sdMaxD, maxCount);
        stats.push_back(pool.stat);
    }
    return stats;
}

std::string pooledStatsCsv(const std::vector<PooledBandStat>& stats) {
    std::string text = "model,dataset,kind,band,lengths,n,mean_d,sd_d,mean_max_d,sd_max_d\n";
    for (const PooledBandStat& s : stats)
        text += s.model + "," + s.dataset + "," + s.kind + "," + s.band + "," + s.lengths + "," +
                std::to_string(s.count) + "," + fixed(s.meanD, 6) + "," + fixed(s.sdD, 6) + "," +
                fixed(s.meanMaxD, 6) + "," + fixed(s.sdMaxD, 6) + "\n";
    return text;
}

std::string pooledStatsMarkdown(const std::vector<PooledBandStat>& stats) {
    std::string text = "| model | dataset | kind | band | lengths (tokens) | n | mean D +- SD (nats) | max D "
                       "+- SD (nats) |\n"
                       "|---|---|---|---|---|---:|---:|---:|\n";
    for (const PooledBandStat& s : stats)
        text += "| " + s.model + " | " + s.dataset + " | " + s.kind + " | " + s.band + " | " + s.lengths +
                " | " + std::to_string(s.count) + " | " + meanPlusMinus(s.meanD, s.sdD) + " | " +
                meanPlusMinus(s.meanMaxD, s.sdMaxD) + " |\n";
    return text;
}

} // namespace noiseloss
