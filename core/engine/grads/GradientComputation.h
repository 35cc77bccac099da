// Public: per-token gradient norms of a MusicGen decoder (the study's phase 6), plain structs only.
#pragma once

#include "engine/grads/GradientTypes.h"

namespace noiseloss {

class MusicModel;

/// Computes, for every target of `params`, the activation-gradient norms of every layer output at
/// every position and the parameter-gradient norms per bucket (GradientBuckets), with the naive or
/// the fast method (same numbers). Unconditional scoring: cross-attention is skipped, so it has no
/// buckets. Works on a model loaded with or without oneDNN weights (dense copies are made if needed).
///
/// Threads: call from a worker thread without InferenceMode (gradients need autograd); the model is
/// only read. Progress: stage "grads", fraction = finished targets / targets, after every target;
/// `onTarget` receives each finished target with a time estimate (partial results). Cancellation
/// (control.cancel) throws Cancelled between targets. Throws Error for codes that do not fit the
/// model, an empty target list or targets outside the scored tokens.
GradientResult computeGradients(const MusicModel& model, const CodeMatrix& codes,
                                const GradientParams& params, const RunControl& control = {},
                                const TargetCallback& onTarget = {});

/// The study's layer x token map for `params.targets` (alignment, targets and float64 are used; the
/// method fields are not): ||dl/dh_l|| at each target's own position, the same numbers as the full
/// protocol's activationNorm(target, layer, lastPosition), in a few passes. Why it is cheap: causal
/// attention only looks back, so every path from h_l[p] to a loss read at position p stays at p; a
/// forward in which attention detaches the keys and values of the OTHER positions (same values,
/// gradient only along the own-position paths) lets one backward of the summed losses give every
/// target's own-position gradient at once, provided no two targets share a position (delayed
/// alignment, per-codebook targets: K passes, one per codebook). Memory: the autograd graph of the
/// whole clip (attention probabilities [heads, S, S] per layer). Same threading and cancellation
/// rules as computeGradients (Cancelled between passes).
SelfPositionNorms computeSelfPositionNorms(const MusicModel& model, const CodeMatrix& codes,
                                           const GradientParams& params, const RunControl& control = {});

} // namespace noiseloss
