#pragma once

#include "analysis/LossAnalysis.h"
#include "experiment/ExperimentJob.h"
#include "experiment/TidyRow.h"
#include "perturb/TokenTimeMap.h"

#include <string>
#include <vector>

namespace noiseloss {

/// What names a job in the tidy table.
struct JobIdentity {
    std::size_t index = 0;
    std::string jobId;
    std::string dataset;
    std::string clip;
    std::string model;
};

/// The tidy rows of one finished job: peak, assimilation and recovery of every region of
/// `analysis` (one region per experiment job), with the clip-level means. Pure function.
std::vector<TidyRow> tidyRowsForJob(const JobIdentity& identity, const PerturbationSetting& setting,
                                    const TokenTimeMap& tokens, const LossAnalysis& analysis);

} // namespace noiseloss
