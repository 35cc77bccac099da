#pragma once

#include "perturb/PerturbationPlan.h"

#include <optional>

namespace noiseloss {

/// The editing tool active in the waveform panes. Select makes time selections and edits existing
/// regions; the other tools also create a region of their kind when dragging on empty space.
enum class RegionTool { Select, Noise, Delete, Shuffle, Silence };

/// The region kind a tool creates; none for Select.
inline std::optional<RegionKind> regionKindForTool(RegionTool tool) {
    switch (tool) {
    case RegionTool::Noise:
        return RegionKind::Noise;
    case RegionTool::Delete:
        return RegionKind::Delete;
    case RegionTool::Shuffle:
        return RegionKind::Shuffle;
    case RegionTool::Silence:
        return RegionKind::Silence;
    case RegionTool::Select:
        break;
    }
    return std::nullopt;
}

} // namespace noiseloss
