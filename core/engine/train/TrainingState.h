#pragma once

#include <filesystem>
#include <string>

namespace noiseloss {

/// Where a demo-model training run stands; saved as state.json beside the checkpoints so an
/// interrupted run resumes at its last checkpoint. Planned step counts are fixed once measured
/// (from the time budget) so a resumed run follows the same learning-rate schedule.
struct TrainingState {
    std::string phase = "codec"; ///< "codec", "encode", "lm", "done"
    int codecStep = 0;
    int codecPlanned = 0; ///< 0 = not yet measured
    int lmStep = 0;
    int lmPlanned = 0;
    double codecSeconds = 0.0; ///< wall-clock spent in the phase so far (over all sessions)
    double lmSeconds = 0.0;
    int lmBestStep = 0;     ///< decoder step with the lowest validation NLL so far (0 = none yet)
    double lmBestNll = 0.0; ///< that validation NLL (nats)

    /// Reads `folder`/state.json; a fresh state when it does not exist. Throws Error when unreadable.
    static TrainingState load(const std::filesystem::path& folder);
    /// Writes `folder`/state.json atomically (temporary file + rename).
    void save(const std::filesystem::path& folder) const;
};

} // namespace noiseloss
