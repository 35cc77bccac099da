#pragma once

#include "engine/EngineTypes.h"
#include "widgets/analysis/AnalysisViewData.h"

#include <functional>
#include <memory>

namespace noiseloss {

/// One unit of work for the AnalysisWorker: runs on the worker thread, reports progress and polls
/// cancellation through `control` (throwing noiseloss::Cancelled when cancelled, noiseloss::Error
/// or any std::exception on failure) and returns the views' data. A job must not touch GUI objects;
/// everything it needs is captured by value (or is worker-only state such as a loaded model).
using AnalysisJob = std::function<std::shared_ptr<const AnalysisViewData>(const RunControl& control)>;

/// Other model work sharing the one analysis thread (e.g. the gradient protocol): same rules as an
/// AnalysisJob, but it hands its results to the GUI itself (queued calls, partial results as they
/// come), so the worker only reports how it ended (AnalysisWorker::task* signals).
using WorkerTask = std::function<void(const RunControl& control)>;

} // namespace noiseloss
