#pragma once

#include "PerturbationPreview.h"
#include "playback/PlaybackEngine.h"

#include <QObject>
#include <functional>
#include <optional>

class QAction;
class QTimer;

namespace noiseloss {

class Document;
class TimeSync;

/// Holds the playback actions (play/pause = Space, stop, loop, A/B = B) and keeps the PlaybackEngine,
/// the document and the shared TimeSync in step: the playhead follows the engine while playing, and
/// a playhead moved by the user seeks the engine. A/B switches between the original and perturbed clip
/// at the same position of the original clip. Without an audio device the actions are disabled and
/// deviceMessage() explains why; everything else keeps working. GUI thread only.
class PlaybackController : public QObject {
    Q_OBJECT
public:
    /// `openDevice` false skips PortAudio entirely (headless screenshots, tests).
    PlaybackController(Document* document, TimeSync* sync, bool openDevice, QObject* parent = nullptr);

    QAction* playPauseAction() const { return m_playPause; }
    QAction* stopAction() const { return m_stop; }
    QAction* loopAction() const { return m_loop; }
    QAction* abAction() const { return m_ab; }
    bool deviceAvailable() const { return m_engine.deviceAvailable(); }
    QString deviceMessage() const { return m_deviceMessage; }
    PlaybackSource source() const { return m_engine.source(); }

    /// What the loop action repeats: the time selection, else what this function returns (the
    /// selected region), else nothing.
    void setLoopRangeProvider(std::function<std::optional<LoopRange>()> provider) {
        m_loopProvider = provider;
    }
    void setPerturbed(const PreviewResult& result);
    void setSource(PlaybackSource source);

signals:
    void sourceChanged(noiseloss::PlaybackSource source);

private:
    void onAudioChanged();
    void togglePlay();
    void stop();
    void updateLoop();
    void followEngine();
    void updateActions();

    Document* m_document;
    TimeSync* m_sync;
    PlaybackEngine m_engine;
    QString m_deviceMessage;
    std::function<std::optional<LoopRange>()> m_loopProvider;
    QAction* m_playPause;
    QAction* m_stop;
    QAction* m_loop;
    QAction* m_ab;
    QTimer* m_timer;
    bool m_movingPlayhead = false;
};

} // namespace noiseloss
