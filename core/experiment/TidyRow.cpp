#include "experiment/TidyRow.h"

#include "util/Error.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace noiseloss {
namespace {

std::string number(double value) {
    if (!std::isfinite(value))
        return {};
    char text[32];
    std::snprintf(text, sizeof(text), "%.9g", value);
    return text;
}

std::string quoted(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::vector<std::string> splitCsv(const std::string& line) {
    std::vector<std::string> cells(1);
    bool inQuotes = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (inQuotes && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            cells.back() += '"';
            ++i;
        } else if (c == '"') {
            inQuotes = !inQuotes;
        } else if (c == ',' && !inQuotes) {
            cells.emplace_back();
        } else {
            cells.back() += c;
        }
    }
    return cells;
}

double parseNumber(const std::string& cell, const std::string& where, const std::string& column) {
    if (cell.empty())
        return TidyRow::kMissing;
    char* end = nullptr;
    const double value = std::strtod(cell.c_str(), &end);
    if (end != cell.c_str() + cell.size())
        throw Error(where + ": column " + column + ": not a number '" + cell + "'");
    return value;
}

} // namespace

const std::vector<std::string>& tidyColumns() {
    static const std::vector<std::string> columns = {"job",
                                                     "job_id",
                                                     "dataset",
                                                     "clip",
                                                     "model",
                                                     "kind",
                                                     "onset",
                                                     "length",
                                                     "colour",
                                                     "method",
                                                     "level",
                                                     "scheme",
                                                     "block",
                                                     "seed",
                                                     "band",
                                                     "start",
                                                     "end",
                                                     "mean_d",
                                                     "max_d",
                                                     "mean_loss_orig",
                                                     "mean_loss_pert",
                                                     "clip_loss_orig",
                                                     "clip_loss_pert",
                                                     "lowered"};
    return columns;
}

std::string tidyHeaderLine() {
    std::string line;
    for (const std::string& column : tidyColumns())
        line += (line.empty() ? "" : ",") + column;
    return line;
}

std::string toCsvLine(const TidyRow& row) {
    const std::vector<std::string> cells = {std::to_string(row.job),
                                            row.jobId,
                                            quoted(row.dataset),
                                            quoted(row.clip),
                                            quoted(row.model),
                                            row.kind,
                                            number(row.onset),
                                            std::to_string(row.length),
                                            row.colour,
                                            row.method,
                                            number(row.level),
                                            row.scheme,
                                            number(row.block),
                                            number(row.seed),
                                            row.band,
                                            std::to_string(row.start),
                                            std::to_string(row.end),
                                            number(row.meanD),
                                            number(row.maxD),
                                            number(row.meanLossOriginal),
                                            number(row.meanLossPerturbed),
                                            number(row.clipLossOriginal),
                                            number(row.clipLossPerturbed),
                                            row.lowered ? "1" : "0"};
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i)
        line += (i ? "," : "") + cells[i];
    return line;
}

TidyRow tidyRowFromCsvLine(const std::string& line, const std::string& where) {
    const std::vector<std::string> cells = splitCsv(line);
    const std::vector<std::string>& columns = tidyColumns();
    if (cells.size() != columns.size())
        throw Error(where + ": expected " + std::to_string(columns.size()) + " columns, got " +
                    std::to_string(cells.size()));
    auto num = [&](std::size_t i) {
        return parseNumber(cells[i], where, columns[i]);
    };
    auto integer = [&](std::size_t i) {
        const double value = num(i);
        if (!std::isfinite(value))
            throw Error(where + ": column " + columns[i] + ": missing");
        return static_cast<std::int64_t>(value);
    };
    TidyRow row;
    row.job = static_cast<std::size_t>(integer(0));
    row.jobId = cells[1];
    row.dataset = cells[2];
    row.clip = cells[3];
    row.model = cells[4];
    row.kind = cells[5];
    row.onset = num(6);
    row.length = integer(7);
    row.colour = cells[8];
    row.method = cells[9];
    row.level = num(10);
    row.scheme = cells[11];
    row.block = num(12);
    row.seed = num(13);
    row.band = cells[14];
    row.start = integer(15);
    row.end = integer(16);
    row.meanD = num(17);
    row.maxD = num(18);
    row.meanLossOriginal = num(19);
    row.meanLossPerturbed = num(20);
    row.clipLossOriginal = num(21);
    row.clipLossPerturbed = num(22);
    row.lowered = cells[23] == "1";
    return row;
}

} // namespace noiseloss
