// The shipped demo material, as paths relative to the resources folder (resources/ in the source
// tree, /usr/share/noiseloss when installed): one place for the GUI, the CLI and the tests, so the
// ctest that checks the demo's Peak checks the clip and plan the app opens by default.
#pragma once

namespace noiseloss::demo {

/// What the GUI opens. Clip 2, not clip 1: clip 1's own music is already surprising at the plan's
/// noise onset (original loss ~5 nats at tokens 249-253), so noise adds little there at first
/// (docs/demo-model.md).
inline constexpr const char* kDefaultClip = "demo/demo-clip-2.flac";
inline constexpr const char* kPlan = "demo/demo-plan.json"; ///< its default perturbation
inline constexpr const char* kModel = "models/demo";        ///< the built-in model

} // namespace noiseloss::demo
