#pragma once

#include "app/gui/analysis/AnalysisController.h"

namespace noiseloss {

/// The real analysis: a job factory whose jobs load the model (on the worker thread, the first
/// time and whenever the folder changes) and run the engine's AnalysisSession, then convert its
/// AnalysisResult into the views' AnalysisViewData. The loaded model and the session (with its
/// caches of the original clip and the score prefix) are worker-only state shared by the jobs of
/// one factory; jobs run one at a time on the worker thread, so no lock is needed.
/// Stages reported: "load model" then the session's stages.
AnalysisJobFactory makeEngineAnalysisJobFactory();

} // namespace noiseloss
