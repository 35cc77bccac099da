#include "RegionExport.h"

#include "perturb/PlanJson.h"

#include <iomanip>
#include <sstream>

namespace noiseloss {
namespace {
std::string labelFor(const Region& region) {
    if (!region.label.empty())
        return region.label;
    const bool seeded = region.kind == RegionKind::Noise || region.kind == RegionKind::Shuffle;
    return seeded ? toString(region.kind) + " seed=" + std::to_string(region.seed) : toString(region.kind);
}

std::string csvField(const std::string& value) {
    if (value.find_first_of(",\"\n") == std::string::npos)
        return value;
    std::string quoted = "\"";
    for (char c : value)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}
} // namespace

std::string RegionExport::toAudacityLabels(const PerturbationPlan& plan) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(6);
    for (const Region& region : plan.regions)
        out << region.startSeconds << '\t' << region.endSeconds << '\t' << labelFor(region) << '\n';
    return out.str();
}

std::string RegionExport::toCsv(const PerturbationPlan& plan, const TokenTimeMap& tokens) {
    std::ostringstream out;
    out << "kind,start_seconds,end_seconds,start_token,end_token,seed,color,method,mode,level_mode,level_db,"
           "scheme,block_tokens,fraction,label\n";
    out << std::setprecision(10);
    for (const Region& region : plan.regions) {
        out << toString(region.kind) << ',' << region.startSeconds << ',' << region.endSeconds << ','
            << tokens.secondsToFrame(region.startSeconds) << ',' << tokens.secondsToFrame(region.endSeconds)
            << ',' << region.seed << ',' << toString(region.color) << ',' << toString(region.method) << ','
            << toString(region.mode) << ',' << toString(region.levelMode) << ',' << region.levelDb << ','
            << toString(region.scheme) << ',' << region.blockTokens << ',' << region.fraction << ','
            << csvField(region.label) << '\n';
    }
    return out.str();
}

} // namespace noiseloss
