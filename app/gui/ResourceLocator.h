#pragma once

#include <QString>

namespace noiseloss {

/// Finds the folder with the shipped resources (demo clips, models). Tried in order:
///   1. the environment variable NOISELOSS_RESOURCES,
///   2. <executable dir>/../../resources (a build tree build/bin -> the repository),
///   3. /usr/share/noiseloss (installed).
/// Returns an empty string when none exists. Any thread (after QCoreApplication exists).
QString findResourcesDir();

/// The demo clip opened when the app starts without arguments, or empty when not shipped.
QString findDemoClip();

/// The built-in demo model folder (resources/models/demo), or empty when not shipped.
QString findDemoModel();

/// The plan opened with the demo clip on a first start without arguments (white noise at 5-7 s),
/// or empty when not shipped.
QString findDemoPlan();

} // namespace noiseloss
