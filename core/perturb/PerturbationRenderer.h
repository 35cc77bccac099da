#pragma once

#include "audio/AudioBuffer.h"
#include "perturb/PerturbationPlan.h"
#include "perturb/TokenTimeMap.h"

#include <cstdint>
#include <vector>

namespace noiseloss {

/// For every frame of the perturbed token sequence, the original frame it came from
/// (-1 for none). Index-wise where lengths are kept; shifted after a deletion; permuted inside
/// shuffles (a shuffled frame maps to the frame it was moved from).
struct FrameIndexMap {
    std::vector<std::int64_t> perturbedToOriginal;
    std::int64_t originalFrameCount = 0;
};

/// Applies the waveform-domain regions of a plan (noise, silence, shuffle; and, when
/// `cutDeletedSpans` is true, delete as a cut of the span) to a MONO buffer at tokens.sampleRate,
/// deterministically from each region's seed. Regions are applied in time order; all region times
/// refer to the ORIGINAL clip (deletes are cut last, so earlier cuts do not shift later regions).
///  - Samples covered: [round(start * rate), round(end * rate)).
///  - Noise: Replace overwrites the span (hard splice), Mix adds to it. The noise has RMS
///    10^(level/20) for AbsoluteDbfs, or rms(reference) / 10^(snr/20) where the reference is the
///    original segment (SnrSegment) or the whole original clip (SnrClip); a silent reference throws.
///  - Shuffle: see ShuffleLayout (blocks of hopSamples * blockTokens samples from the region start).
/// Requires a valid plan (see requireValidPlan); throws Error otherwise, or for stereo / a rate
/// other than tokens.sampleRate. Thread-safe (no shared state).
AudioBuffer renderPerturbedAudio(const AudioBuffer& monoAudio, const PerturbationPlan& plan,
                                 const TokenTimeMap& tokens, bool cutDeletedSpans = true);

/// The index map from perturbed frames to original frames for a clip of `originalFrames` frames,
/// with delete regions cutting tokens [p, p+N) (p, N from the region's times in frames).
FrameIndexMap buildFrameIndexMap(const PerturbationPlan& plan, std::int64_t originalFrames,
                                 const TokenTimeMap& tokens);

} // namespace noiseloss
