#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace noiseloss {

/// One row of an experiment's tidy table results.csv: one job x one band. Text fields that do not
/// apply to the job's kind are empty; numbers that do not apply are NaN (an empty cell).
/// Units: onset in seconds of the original clip, length/start/end in original token frames,
/// losses and D in nats.
struct TidyRow {
    static constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

    std::size_t job = 0; ///< canonical job index
    std::string jobId;   ///< recipe hash (the job's folder under jobs/)
    std::string dataset;
    std::string clip;
    std::string model;       ///< model folder name
    std::string kind;        ///< noise, silence, shuffle, delete
    double onset = 0.0;      ///< seconds
    std::int64_t length = 0; ///< tokens
    std::string colour;      ///< noise only
    std::string method;      ///< noise only
    double level = kMissing; ///< noise only, dB
    std::string scheme;      ///< shuffle only
    double block = kMissing; ///< shuffle only, tokens
    double seed = kMissing;  ///< noise and shuffle
    std::string band;        ///< peak, assimilation, recovery
    std::int64_t start = 0;
    std::int64_t end = 0;
    double meanD = 0.0;
    double maxD = kMissing;
    double meanLossOriginal = kMissing;
    double meanLossPerturbed = kMissing;
    double clipLossOriginal = 0.0;
    double clipLossPerturbed = 0.0;
    bool lowered = false;
};

/// The table's column names, in order.
const std::vector<std::string>& tidyColumns();
/// The header line (no newline).
std::string tidyHeaderLine();
/// One CSV line (no newline). Numbers are printed with 9 significant digits, NaN as an empty
/// cell; text containing a comma, quote or newline is quoted. Pure function.
std::string toCsvLine(const TidyRow& row);
/// Parses a line written by toCsvLine. Throws Error naming `where` and the column on bad cells.
TidyRow tidyRowFromCsvLine(const std::string& line, const std::string& where);

} // namespace noiseloss
