// The shipped demo material, as paths relative to the resources folder (resources/ in the source
// tree, /usr/share/noiseloss when installed): one place for the GUI, the CLI and the tests, so the
// ctest that checks the demo's Peak checks the clip and plan the app opens by default.
#pragma once

namespace noiseloss::demo {

inline constexpr const char* kDefaultClip = "demo/demo-clip-1.flac"; ///< what the GUI opens
inline constexpr const char* kPlan = "demo/demo-plan.json";          ///< its default perturbation
inline constexpr const char* kModel = "models/demo";                 ///< the built-in model

} // namespace noiseloss::demo
