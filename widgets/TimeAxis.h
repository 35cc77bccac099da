#pragma once

namespace noiseloss {

/// Converts between seconds and x positions (logical pixels) for a view `widthPixels` wide showing
/// [startSeconds, endSeconds). A plain value; no thread affinity.
struct TimeAxis {
    double startSeconds = 0.0;
    double endSeconds = 1.0;
    double widthPixels = 1.0;

    double secondsPerPixel() const {
        return (endSeconds - startSeconds) / (widthPixels > 0 ? widthPixels : 1.0);
    }
    double toX(double seconds) const { return (seconds - startSeconds) / secondsPerPixel(); }
    double toSeconds(double x) const { return startSeconds + x * secondsPerPixel(); }
};

} // namespace noiseloss
