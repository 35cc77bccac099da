#pragma once

#include "perturb/PerturbationPlan.h"

#include <cstdint>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace noiseloss {

/// Units of a position or length in a perturbation grid.
enum class GridUnit { Seconds, Tokens };

/// One source of clips in an experiment spec. Relative paths are resolved against the spec file's
/// folder when the spec is loaded.
struct ExperimentInput {
    enum class Source { File, Folder, Manifest };
    Source source = Source::File;
    std::filesystem::path path;
    std::string dataset; ///< label for figures and the table; defaults per source (see ExperimentSpecJson.h)
    double maxSeconds = 0.0; ///< analyse only each clip's first maxSeconds (0 = the whole clip)
};

/// One entry of the "perturbations" grid: every combination of its lists is one job per
/// (clip, model). Lists that do not apply to the kind hold one neutral value so the cartesian
/// product stays simple (e.g. a delete entry has colours {White}, levels {0}).
struct PerturbationGrid {
    RegionKind kind = RegionKind::Noise;
    double onset = 5.0; ///< where every region starts, in `onsetUnit`
    GridUnit onsetUnit = GridUnit::Seconds;
    std::vector<double> lengths; ///< region lengths in `lengthUnit` (positive)
    GridUnit lengthUnit = GridUnit::Tokens;
    std::vector<NoiseColor> colours{NoiseColor::White};
    std::vector<NoiseMethod> methods{NoiseMethod::NoiseLoss};
    std::vector<double> levels{-12.0}; ///< dBFS (absolute) or SNR dB, per levelMode
    LevelMode levelMode = LevelMode::AbsoluteDbfs;
    NoiseMode mode = NoiseMode::Replace;
    std::vector<ShuffleScheme> schemes{ShuffleScheme::AdjacentSwap};
    std::vector<int> blocks{10}; ///< shuffle block lengths in tokens
    double fraction = 0.2;       ///< RandomPairs coverage
    std::vector<std::uint64_t> seeds{0};
};

/// A parsed experiment spec (ExperimentSpecJson.h). Plain value.
struct ExperimentSpec {
    std::string name;
    std::vector<ExperimentInput> inputs;
    std::vector<std::filesystem::path> models; ///< model folders, in spec order
    std::string alignment = "delayed";         ///< "delayed" or "noiseloss" (engine Alignment names)
    std::string tokenPairing = "frame-map";    ///< "frame-map" or "index-wise"
    std::vector<PerturbationGrid> perturbations;
    nlohmann::json source; ///< the spec exactly as read (recorded in meta.json)
};

} // namespace noiseloss
