#pragma once

#include "analysis/TokenSpan.h"
#include "app/gui/grads/GradientRunData.h"
#include "widgets/heatmap/HeatmapData.h"

#include <QString>
#include <optional>

namespace noiseloss {

/// What the gradient views show.
enum class GradientView { Original, Perturbed, Difference };

/// Columns of the layer x module map: the modules of a layer, or the heads of one attention projection.
enum class ModuleColumns { Modules, QueryHeads, KeyHeads, ValueHeads, OutHeads };

/// Builds the heatmaps of a gradient run (GUI thread, pure functions over plain structs).
///
/// Frames are ORIGINAL frames throughout: perturbed targets are placed at the original frame the
/// plan's frame map pairs them with (tokens without one are left out), so the views of both clips and
/// their difference share the original timeline.
class GradientMaps {
public:
    explicit GradientMaps(const GradientRunData& data);

    /// Layer x time: rows embedding output + each layer, one column per original frame: the mean
    /// over the targets of that frame of ||dl/dh_l|| at the target's own last position (the study's
    /// layer x token map). Difference: perturbed - original where both have targets. NaN elsewhere.
    HeatmapData layerTime(GradientView view) const;

    /// Layer x module (or x head): mean parameter-gradient norm over the targets whose original frame
    /// lies in `span` (a token: [f, f+1); a band). Difference: mean perturbed - mean original over the
    /// frames of `span` that both clips have targets for. Empty data when no target falls in `span`.
    HeatmapData layerModule(GradientView view, TokenSpan span, ModuleColumns columns,
                            std::size_t* targetCount = nullptr) const;

    static QString viewName(GradientView view);

private:
    struct FrameSums {
        std::vector<double> sums; ///< [frames, values]
        std::vector<int> counts;  ///< [frames]
    };
    /// Per original frame: sums of the self-position activation norms (values = layers + 1).
    FrameSums selfActivationByFrame(GradientPart part) const;
    /// Mean parameter norms over targets in `span` whose frames pass `accept`; nullopt when none.
    std::optional<std::vector<double>> meanParameters(GradientPart part, TokenSpan span,
                                                      const std::vector<char>* frameMask,
                                                      std::size_t* count) const;
    std::vector<char> framesWithTargets(GradientPart part) const;
    std::int64_t originalFrame(GradientPart part, std::int64_t frame) const;

    const GradientRunData& m_data;
    std::vector<std::int64_t> m_perturbedToOriginal;
    std::int64_t m_frames = 0; ///< original frames (the timeline)
    int m_layers = 0;
    int m_heads = 0;
};

} // namespace noiseloss
