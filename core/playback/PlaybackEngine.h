#pragma once

#include "playback/PlaybackCursor.h"

#include <atomic>
#include <mutex>
#include <string>

namespace noiseloss {

/// Plays a PlaybackCursor through the default PortAudio output device (mono, the cursor's rate).
///
/// Threads: every public function is for one control thread (the GUI thread). The PortAudio callback
/// runs on the audio thread and shares only the cursor (guarded by m_mutex, taken with try_lock in the
/// callback so the audio thread never waits) and the atomic m_playing flag.
/// A machine without an audio device is normal (CI, servers): open() then returns false and
/// deviceProblem() says why; every other call stays valid and does nothing audible.
class PlaybackEngine {
public:
    PlaybackEngine();
    ~PlaybackEngine();
    PlaybackEngine(const PlaybackEngine&) = delete;
    PlaybackEngine& operator=(const PlaybackEngine&) = delete;

    /// Initialises PortAudio and opens the default output at `sampleRate` Hz. Returns false (and
    /// keeps the reason in deviceProblem()) when no output device can be used.
    bool open(int sampleRate);
    bool deviceAvailable() const { return m_stream != nullptr; }
    const std::string& deviceProblem() const { return m_deviceProblem; }

    void setAudio(PlaybackCursor::Samples original, PlaybackCursor::Samples perturbed,
                  PerturbedTimeline timeline, int sampleRate);
    void play();
    void pause();
    void stop(); ///< pause and return to 0 s
    bool isPlaying() const { return m_playing.load(); }

    void seekSeconds(double originalSeconds);
    double positionSeconds() const; ///< in seconds of the original clip
    void setSource(PlaybackSource source);
    PlaybackSource source() const;
    void setLoop(std::optional<LoopRange> loop);

    /// Audio thread only (called from the PortAudio callback): writes the next `frameCount` samples,
    /// silence when paused or when the control thread holds the lock.
    void fillOutput(float* out, unsigned long frameCount);

private:
    mutable std::mutex m_mutex; ///< guards m_cursor
    PlaybackCursor m_cursor;
    std::atomic<bool> m_playing{false};
    void* m_stream = nullptr; ///< PaStream*, null without a device
    bool m_initialised = false;
    std::string m_deviceProblem = "audio output not opened yet";
};

} // namespace noiseloss
