#pragma once

#include "perturb/PerturbationPlan.h"
#include "perturb/TokenTimeMap.h"
#include "playback/PerturbedTimeline.h"

#include <QFutureWatcher>
#include <QObject>
#include <memory>
#include <optional>
#include <vector>

namespace noiseloss {

/// The perturbed clip for one plan, as the views and playback need it.
struct PreviewResult {
    std::shared_ptr<const std::vector<float>> perturbed; ///< what renderPerturbedAudio made (deletions cut)
    std::shared_ptr<const std::vector<float>> aligned;   ///< same, deleted spans re-inserted as silence
    PerturbedTimeline timeline;                          ///< original <-> perturbed positions
    PerturbationPlan plan;                               ///< the plan it was rendered from
};

/// Renders the perturbed clip on a worker whenever the plan changes (renderPerturbedAudio on the
/// mono 32 kHz signal; the original buffer is never modified). Restart-on-new-request: while a
/// render runs, only the newest request is kept and started when it finishes, so results always
/// arrive in order and the last one matches the last plan. GUI thread only.
class PerturbationPreview : public QObject {
    Q_OBJECT
public:
    explicit PerturbationPreview(QObject* parent = nullptr);
    ~PerturbationPreview() override;

    void request(std::shared_ptr<const std::vector<float>> mono, const PerturbationPlan& plan,
                 const TokenTimeMap& tokens);
    /// True from a request until its result (or failure) has been emitted on the GUI thread.
    bool isBusy() const { return m_running || m_pending.has_value(); }
    /// Synchronous render (used by the worker and by tests). Throws Error.
    static PreviewResult renderNow(const std::shared_ptr<const std::vector<float>>& mono,
                                   const PerturbationPlan& plan, const TokenTimeMap& tokens);

signals:
    void ready(const noiseloss::PreviewResult& result);
    void failed(const QString& message);

private:
    struct Request {
        std::shared_ptr<const std::vector<float>> mono;
        PerturbationPlan plan;
        TokenTimeMap tokens;
    };
    struct Outcome {
        PreviewResult result;
        QString error;
    };
    void start(Request request);

    QFutureWatcher<Outcome> m_watcher;
    std::optional<Request> m_pending;
    bool m_running = false; ///< a render is in flight or its result not yet delivered
};

} // namespace noiseloss
