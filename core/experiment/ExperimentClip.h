#pragma once

#include "experiment/ExperimentSpec.h"

#include <filesystem>
#include <string>
#include <vector>

namespace noiseloss {

/// One clip of an experiment, after expanding the spec's inputs.
struct ExperimentClip {
    std::filesystem::path file;
    std::string dataset;     ///< the input's dataset label
    std::string name;        ///< file name without folder (the table's "clip" column)
    double maxSeconds = 0.0; ///< the input's excerpt length: only the first maxSeconds are analysed (0 = all)
};

/// Expands the inputs in spec order: a file is one clip; a folder gives its audio files (.wav,
/// .flac, .ogg, .oga, .opus, .mp3; not recursive) sorted by file name, so job order and seeds never
/// depend on directory order; a manifest lists one path per line (relative to the manifest's
/// folder; blank lines and lines starting with '#' are skipped). Throws Error naming the input
/// ("inputs[1].folder: no audio files in 'clips'") for missing files or empty folders.
std::vector<ExperimentClip> expandExperimentInputs(const std::vector<ExperimentInput>& inputs);

} // namespace noiseloss
