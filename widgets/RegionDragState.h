#pragma once

#include "perturb/PerturbationPlan.h"
#include "perturb/TokenTimeMap.h"
#include "widgets/TimeAxis.h"

namespace noiseloss {

/// What a mouse press on a waveform pane does.
enum class DragMode { None, SelectTime, Create, Move, ResizeStart, ResizeEnd };

/// The result of hit-testing a press against the regions of a plan.
struct RegionHit {
    int regionIndex = -1;
    DragMode mode = DragMode::None; ///< Move, ResizeStart, ResizeEnd or None (empty space)
};

/// The pure geometry of region editing: hit tests and drag updates, all in seconds, with snapping to
/// token-frame boundaries. No Qt widgets; a plain value; no thread affinity.
class RegionDragState {
public:
    static constexpr double kHandlePixels = 5.0; ///< how close to an edge counts as grabbing it

    /// Edges win over bodies; of two regions the later (drawn on top) wins.
    static RegionHit hitTest(const PerturbationPlan& plan, const TimeAxis& axis, double x);

    /// Starts a drag at `pressSeconds`. `original` is the region being moved/resized (ignored for Create).
    void begin(DragMode mode, int regionIndex, const Region& original, double pressSeconds);
    DragMode mode() const { return m_mode; }
    int regionIndex() const { return m_regionIndex; }
    void setRegionIndex(int index) { m_regionIndex = index; }
    double pressSeconds() const { return m_pressSeconds; }
    void end() { m_mode = DragMode::None; }

    /// The region the drag describes with the pointer at `currentSeconds`. Edges are snapped to token
    /// frames when `snap` is true, kept inside [0, clipSeconds], and a region keeps at least one frame
    /// (or one sample without snapping). For Create, `original` supplies the kind and parameters.
    Region update(double currentSeconds, bool snap, const TokenTimeMap& tokens, double clipSeconds) const;

private:
    DragMode m_mode = DragMode::None;
    int m_regionIndex = -1;
    Region m_original;
    double m_pressSeconds = 0.0;
};

} // namespace noiseloss
