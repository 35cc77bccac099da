#pragma once

class QMenu;
class QString;
class QWidget;

namespace noiseloss {

class ExperimentBrowser;
class SessionController;

/// Shows the experiment output folder `folder` in an ExperimentBrowser window (parented to
/// `window`, deleted on close); a double-clicked job opens its clip through `session` with the job's
/// plan.json applied once the clip has loaded. Returns null and sets `error` when `folder` is not an
/// experiment folder. GUI thread only.
ExperimentBrowser* openExperimentBrowser(const QString& folder, SessionController* session, QWidget* window,
                                         QString* error);

/// Adds "Open Experiment..." to `menu`: it asks for an experiment output folder and opens it with
/// openExperimentBrowser (a message box names the problem when it is not one). GUI thread only.
void addExperimentMenuActions(QMenu* menu, SessionController* session, QWidget* window);

} // namespace noiseloss
