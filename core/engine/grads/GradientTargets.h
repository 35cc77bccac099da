// Public: choosing the tokens whose gradients are computed (plain values, no LibTorch).
#pragma once

#include "engine/grads/GradientTypes.h"

#include <string>
#include <utility>
#include <vector>

namespace noiseloss {

/// Which frames to differentiate. Frames are frames of the scored codes (see GradientTarget).
///   all frames:                       window = {first, frames}, stride 0
///   a window [T0, T1):                window = {T0, T1}, stride 0
///   every n-th frame outside a window: stride n (frames with frame % n == 0), window optional
struct TargetSelection {
    std::int64_t windowBegin = 0;
    std::int64_t windowEnd = -1;     ///< exclusive; -1 = up to the last frame (with stride 0: all frames)
    std::int64_t stride = 0;         ///< > 0: also every stride-th frame outside the window
    bool windowOnlyByStride = false; ///< the spec was "every:N" alone: no window
    bool perCodebook = true;         ///< one target per (codebook, frame); false = summed over codebooks
};

/// Parses "all", "T0:T1", "every:N" or "T0:T1+every:N" (frames). Throws Error with the accepted forms.
TargetSelection parseTargetSelection(const std::string& spec);

/// Expands a selection for codes of `frames` frames and `codebooks` codebooks under `alignment`
/// (noiseloss skips frame 0, which nothing predicts). Frames are clipped to the valid range; the
/// result is ordered by frame, then codebook. Throws Error when nothing remains.
std::vector<GradientTarget> expandTargets(const TargetSelection& selection, std::int64_t frames,
                                          int codebooks, Alignment alignment);

/// Targets covering the frames of the given half-open spans [begin, end) (e.g. study bands), each
/// frame once, ordered, clipped to the valid range.
std::vector<GradientTarget> targetsForSpans(const std::vector<std::pair<std::int64_t, std::int64_t>>& spans,
                                            std::int64_t frames, int codebooks, Alignment alignment,
                                            bool perCodebook);

/// Decoder input position of the last logit `target` reads (delayed: frame + codebook, or
/// frame + K - 1 when summed; noiseloss: frame - 1).
std::int64_t lastPositionOf(const GradientTarget& target, int codebooks, Alignment alignment);

/// Number of decoder input positions for T frames (T + K - 1 delayed, T - 1 noiseloss).
std::int64_t decoderPositions(std::int64_t frames, int codebooks, Alignment alignment);

} // namespace noiseloss
