#include "PlaybackController.h"

#include "Document.h"
#include "widgets/TimeSync.h"

#include <QAction>
#include <QApplication>
#include <QStyle>
#include <QTimer>

namespace noiseloss {
namespace {
constexpr int kFollowIntervalMs = 30;
}

PlaybackController::PlaybackController(Document* document, TimeSync* sync, bool openDevice, QObject* parent)
    : QObject(parent), m_document(document), m_sync(sync), m_timer(new QTimer(this)) {
    QStyle* style = QApplication::style();
    m_playPause = new QAction(style->standardIcon(QStyle::SP_MediaPlay), tr("&Play / Pause"), this);
    m_playPause->setShortcut(Qt::Key_Space);
    m_stop = new QAction(style->standardIcon(QStyle::SP_MediaStop), tr("&Stop"), this);
    m_stop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Space));
    m_loop =
        new QAction(style->standardIcon(QStyle::SP_BrowserReload), tr("&Loop Selection or Region"), this);
    m_loop->setCheckable(true);
    m_loop->setShortcut(Qt::Key_L);
    m_ab = new QAction(tr("A/B: hear &perturbed"), this);
    m_ab->setCheckable(true);
    m_ab->setShortcut(Qt::Key_B);
    m_ab->setToolTip(
        tr("Switch between the original (A) and the perturbed clip (B) at the same position (B)"));
    connect(m_playPause, &QAction::triggered, this, &PlaybackController::togglePlay);
    connect(m_stop, &QAction::triggered, this, &PlaybackController::stop);
    connect(m_loop, &QAction::toggled, this, &PlaybackController::updateLoop);
    connect(m_ab, &QAction::toggled, this,
            [this](bool on) { setSource(on ? PlaybackSource::Perturbed : PlaybackSource::Original); });
    connect(m_timer, &QTimer::timeout, this, &PlaybackController::followEngine);
    connect(document, &Document::audioChanged, this, &PlaybackController::onAudioChanged);
    connect(sync, &TimeSync::playheadChanged, this, [this](double seconds) {
        if (!m_movingPlayhead)
            m_engine.seekSeconds(seconds);
    });
    connect(sync, &TimeSync::selectionChanged, this, &PlaybackController::updateLoop);
    if (openDevice && !m_engine.open(Document::kModelSampleRate))
        m_deviceMessage = tr("Playback disabled: %1.").arg(QString::fromStdString(m_engine.deviceProblem()));
    else if (!openDevice)
        m_deviceMessage = tr("Playback disabled in this mode.");
    updateActions();
}

void PlaybackController::updateActions() {
    const bool usable = m_engine.deviceAvailable() && m_document->hasAudio();
    for (QAction* action : {m_playPause, m_stop, m_loop})
        action->setEnabled(usable);
    m_ab->setEnabled(m_document->hasAudio());
    m_playPause->setIcon(QApplication::style()->standardIcon(m_engine.isPlaying() ? QStyle::SP_MediaPause
                                                                                  : QStyle::SP_MediaPlay));
    if (!m_deviceMessage.isEmpty())
        m_playPause->setToolTip(m_deviceMessage);
}

void PlaybackController::onAudioChanged() {
    m_engine.pause();
    const LoadedAudio& audio = m_document->audio();
    m_engine.setAudio(audio.mono, audio.mono, PerturbedTimeline(), audio.sampleRate);
    m_engine.seekSeconds(0.0);
    updateActions();
}

void PlaybackController::setPerturbed(const PreviewResult& result) {
    const LoadedAudio& audio = m_document->audio();
    m_engine.setAudio(audio.mono, result.perturbed, result.timeline, audio.sampleRate);
}

void PlaybackController::setSource(PlaybackSource source) {
    m_engine.setSource(source);
    updateLoop();
    m_ab->blockSignals(true);
    m_ab->setChecked(source == PlaybackSource::Perturbed);
    m_ab->blockSignals(false);
    emit sourceChanged(source);
}

void PlaybackController::togglePlay() {
    if (m_engine.isPlaying()) {
        m_engine.pause();
        m_timer->stop();
    } else {
        updateLoop();
        m_engine.seekSeconds(m_sync->playheadSeconds());
        m_engine.play();
        m_timer->start(kFollowIntervalMs);
    }
    updateActions();
}

void PlaybackController::stop() {
    m_engine.stop();
    m_timer->stop();
    m_movingPlayhead = true;
    m_sync->setPlayhead(0.0);
    m_movingPlayhead = false;
    updateActions();
}

void PlaybackController::updateLoop() {
    std::optional<LoopRange> loop;
    if (m_loop->isChecked()) {
        if (m_sync->hasSelection())
            loop = LoopRange{m_sync->selectionStartSeconds(), m_sync->selectionEndSeconds()};
        else if (m_loopProvider)
            loop = m_loopProvider();
    }
    m_engine.setLoop(loop);
}

void PlaybackController::followEngine() {
    const double position = m_engine.positionSeconds();
    m_movingPlayhead = true;
    m_sync->setPlayhead(position);
    m_movingPlayhead = false;
    if (position > m_sync->visibleEndSeconds() || position < m_sync->visibleStartSeconds())
        m_sync->setVisibleRange(position, position + m_sync->visibleLengthSeconds());
    if (!m_engine.isPlaying()) {
        m_timer->stop();
        updateActions();
    }
}

} // namespace noiseloss
