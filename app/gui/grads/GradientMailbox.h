#pragma once

#include "app/gui/grads/GradientRunData.h"

#include <mutex>
#include <vector>

namespace noiseloss {

/// Hands GradientUpdates from the analysis worker thread to the GUI thread. The job posts, the
/// controller takes everything on a GUI timer (which also throttles redraws). Shared by both through
/// a std::shared_ptr, so a job still running when the controller is gone writes into a box nobody reads.
/// Thread-safe.
class GradientMailbox {
public:
    void post(GradientUpdate update) {
        std::lock_guard lock(m_mutex);
        m_updates.push_back(std::move(update));
    }
    std::vector<GradientUpdate> takeAll() {
        std::lock_guard lock(m_mutex);
        std::vector<GradientUpdate> updates;
        updates.swap(m_updates);
        return updates;
    }

private:
    std::mutex m_mutex;
    std::vector<GradientUpdate> m_updates;
};

} // namespace noiseloss
