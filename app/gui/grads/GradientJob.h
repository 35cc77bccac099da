#pragma once

#include "app/gui/analysis/AnalysisJob.h"
#include "app/gui/grads/GradientRunData.h"

#include <functional>
#include <memory>

namespace noiseloss {

class GradientMailbox;

/// Turns a request into a task for the analysis worker; the task posts its results to `mailbox`.
using GradientJobFactory =
    std::function<WorkerTask(const GradientRequest& request, std::shared_ptr<GradientMailbox> mailbox)>;

/// The real gradient task: loads the model (on the worker thread, dense weights, cached while the
/// folder stays the same), then runs computeGradients on the original and then the perturbed codes
/// of the request's analysis, posting each part's skeleton, batches of finished targets (at most
/// every kBatchIntervalMs) with progress and ETA, and each part's complete result. Progress stages
/// "load model", "gradients". Throws Error (shown by the controller) for a missing analysis, a
/// model without a language model or a target spec that selects nothing.
GradientJobFactory makeEngineGradientJobFactory();

inline constexpr int kGradientBatchIntervalMs = 250;

} // namespace noiseloss
