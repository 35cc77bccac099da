#pragma once

#include "perturb/PerturbationPlan.h"

#include <optional>
#include <string>

namespace noiseloss {

/// Parsing of the plan's enum names (the inverse of the toString functions in PlanJson.h).
/// Each returns nullopt for an unknown name; `*Choices()` lists the accepted names for messages,
/// e.g. "white, pink, brown, blue, violet". Internal to core/perturb.
std::optional<RegionKind> regionKindFromString(const std::string& text);
std::optional<NoiseColor> noiseColorFromString(const std::string& text);
std::optional<NoiseMethod> noiseMethodFromString(const std::string& text);
std::optional<NoiseMode> noiseModeFromString(const std::string& text);
std::optional<ShuffleScheme> shuffleSchemeFromString(const std::string& text);

std::string regionKindChoices();
std::string noiseColorChoices();
std::string noiseMethodChoices();
std::string noiseModeChoices();
std::string shuffleSchemeChoices();

} // namespace noiseloss

namespace noiseloss {

/// How messages name a region: "regions[2] (noise 5.00-7.00 s)".
std::string describeRegion(std::size_t index, const Region& region);

} // namespace noiseloss
