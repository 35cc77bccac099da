#include "perturb/PlanNames.h"

#include "perturb/PlanJson.h"

#include <array>

namespace noiseloss {
namespace {

template <typename Enum, std::size_t N> struct NameTable {
    std::array<Enum, N> values;

    std::optional<Enum> parse(const std::string& text) const {
        for (Enum value : values)
            if (toString(value) == text)
                return value;
        return std::nullopt;
    }
    std::string choices() const {
        std::string out;
        for (Enum value : values)
            out += (out.empty() ? "" : ", ") + toString(value);
        return out;
    }
};

constexpr NameTable<RegionKind, 4> kKinds{
    {RegionKind::Noise, RegionKind::Silence, RegionKind::Shuffle, RegionKind::Delete}};
constexpr NameTable<NoiseColor, 5> kColors{
    {NoiseColor::White, NoiseColor::Pink, NoiseColor::Brown, NoiseColor::Blue, NoiseColor::Violet}};
constexpr NameTable<NoiseMethod, 2> kMethods{{NoiseMethod::Spectral, NoiseMethod::NoiseLoss}};
constexpr NameTable<NoiseMode, 2> kModes{{NoiseMode::Replace, NoiseMode::Mix}};
constexpr NameTable<ShuffleScheme, 2> kSchemes{{ShuffleScheme::AdjacentSwap, ShuffleScheme::RandomPairs}};

} // namespace

std::string toString(RegionKind kind) {
    switch (kind) {
    case RegionKind::Noise:
        return "noise";
    case RegionKind::Silence:
        return "silence";
    case RegionKind::Shuffle:
        return "shuffle";
    case RegionKind::Delete:
        return "delete";
    }
    return "?";
}

std::string toString(NoiseColor color) {
    switch (color) {
    case NoiseColor::White:
        return "white";
    case NoiseColor::Pink:
        return "pink";
    case NoiseColor::Brown:
        return "brown";
    case NoiseColor::Blue:
        return "blue";
    case NoiseColor::Violet:
        return "violet";
    }
    return "?";
}

std::string toString(NoiseMethod method) {
    return method == NoiseMethod::Spectral ? "spectral" : "noiseloss";
}
std::string toString(NoiseMode mode) {
    return mode == NoiseMode::Replace ? "replace" : "mix";
}
std::string toString(ShuffleScheme scheme) {
    return scheme == ShuffleScheme::AdjacentSwap ? "adjacent_swap" : "random_pairs";
}

std::string toString(LevelMode mode) {
    switch (mode) {
    case LevelMode::AbsoluteDbfs:
        return "dbfs";
    case LevelMode::SnrSegment:
        return "snr_segment";
    case LevelMode::SnrClip:
        return "snr_clip";
    }
    return "?";
}

std::optional<RegionKind> regionKindFromString(const std::string& text) {
    return kKinds.parse(text);
}
std::optional<NoiseColor> noiseColorFromString(const std::string& text) {
    return kColors.parse(text);
}
std::optional<NoiseMethod> noiseMethodFromString(const std::string& text) {
    return kMethods.parse(text);
}
std::optional<NoiseMode> noiseModeFromString(const std::string& text) {
    return kModes.parse(text);
}
std::optional<ShuffleScheme> shuffleSchemeFromString(const std::string& text) {
    return kSchemes.parse(text);
}

std::string regionKindChoices() {
    return kKinds.choices();
}
std::string noiseColorChoices() {
    return kColors.choices();
}
std::string noiseMethodChoices() {
    return kMethods.choices();
}
std::string noiseModeChoices() {
    return kModes.choices();
}
std::string shuffleSchemeChoices() {
    return kSchemes.choices();
}

} // namespace noiseloss

#include <cstdio>

namespace noiseloss {

std::string describeRegion(std::size_t index, const Region& region) {
    char times[96];
    std::snprintf(times, sizeof(times), "%.2f-%.2f s", region.startSeconds, region.endSeconds);
    return "regions[" + std::to_string(index) + "] (" + toString(region.kind) + " " + times + ")";
}

} // namespace noiseloss
