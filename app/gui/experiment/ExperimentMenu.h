#pragma once

class QMenu;
class QWidget;

namespace noiseloss {

class SessionController;

/// Adds "Open Experiment..." to `menu`: it asks for an experiment output folder and shows it in an
/// ExperimentBrowser window (parented to `window`); a double-clicked job opens its clip through
/// `session` with the job's plan.json applied once the clip has loaded. GUI thread only.
void addExperimentMenuActions(QMenu* menu, SessionController* session, QWidget* window);

} // namespace noiseloss
