#include "widgets/RegionDragState.h"

#include <algorithm>
#include <cmath>

namespace noiseloss {

RegionHit RegionDragState::hitTest(const PerturbationPlan& plan, const TimeAxis& axis, double x) {
    for (int index = static_cast<int>(plan.regions.size()) - 1; index >= 0; --index) {
        const Region& region = plan.regions[static_cast<std::size_t>(index)];
        const double startX = axis.toX(region.startSeconds);
        const double endX = axis.toX(region.endSeconds);
        if (std::abs(x - endX) <= kHandlePixels)
            return {index, DragMode::ResizeEnd};
        if (std::abs(x - startX) <= kHandlePixels)
            return {index, DragMode::ResizeStart};
    }
    for (int index = static_cast<int>(plan.regions.size()) - 1; index >= 0; --index) {
        const Region& region = plan.regions[static_cast<std::size_t>(index)];
        if (x > axis.toX(region.startSeconds) && x < axis.toX(region.endSeconds))
            return {index, DragMode::Move};
    }
    return {};
}

void RegionDragState::begin(DragMode mode, int regionIndex, const Region& original, double pressSeconds) {
    m_mode = mode;
    m_regionIndex = regionIndex;
    m_original = original;
    m_pressSeconds = pressSeconds;
}

Region RegionDragState::update(double currentSeconds, bool snap, const TokenTimeMap& tokens,
                               double clipSeconds) const {
    auto place = [&](double seconds) {
        const double placed = snap ? tokens.snapSeconds(seconds) : seconds;
        return std::clamp(placed, 0.0, clipSeconds);
    };
    const double minimumLength = snap ? 1.0 / tokens.framesPerSecond() : 1.0 / tokens.sampleRate;
    Region region = m_original;
    switch (m_mode) {
    case DragMode::Create:
        region.startSeconds = place(std::min(m_pressSeconds, currentSeconds));
        region.endSeconds = place(std::max(m_pressSeconds, currentSeconds));
        break;
    case DragMode::Move: {
        const double length = m_original.lengthSeconds();
        double start = m_original.startSeconds + (currentSeconds - m_pressSeconds);
        start = snap ? tokens.snapSeconds(start) : start;
        start = std::clamp(start, 0.0, std::max(0.0, clipSeconds - length));
        region.startSeconds = start;
        region.endSeconds = start + length;
        break;
    }
    case DragMode::ResizeStart:
        region.startSeconds = std::min(place(currentSeconds), m_original.endSeconds - minimumLength);
        region.startSeconds = std::max(0.0, region.startSeconds);
        break;
    case DragMode::ResizeEnd:
        region.endSeconds = std::max(place(currentSeconds), m_original.startSeconds + minimumLength);
        region.endSeconds = std::min(clipSeconds, region.endSeconds);
        break;
    case DragMode::SelectTime:
    case DragMode::None:
        break;
    }
    return region;
}

} // namespace noiseloss
