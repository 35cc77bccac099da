#include "playback/PlaybackEngine.h"

#include <algorithm>
#include <portaudio.h>

namespace noiseloss {
namespace {
int streamCallback(const void*, void* output, unsigned long frameCount, const PaStreamCallbackTimeInfo*,
                   PaStreamCallbackFlags, void* userData) {
    static_cast<PlaybackEngine*>(userData)->fillOutput(static_cast<float*>(output), frameCount);
    return paContinue;
}
} // namespace

PlaybackEngine::PlaybackEngine() = default;

PlaybackEngine::~PlaybackEngine() {
    if (m_stream) {
        Pa_AbortStream(m_stream);
        Pa_CloseStream(m_stream);
    }
    if (m_initialised)
        Pa_Terminate();
}

bool PlaybackEngine::open(int sampleRate) {
    if (m_stream)
        return true;
    if (!m_initialised) {
        const PaError error = Pa_Initialize();
        if (error != paNoError) {
            m_deviceProblem =
                std::string("audio system unavailable (PortAudio: ") + Pa_GetErrorText(error) + ")";
            return false;
        }
        m_initialised = true;
    }
    const PaDeviceIndex device = Pa_GetDefaultOutputDevice();
    if (device == paNoDevice) {
        m_deviceProblem = "no audio output device found";
        return false;
    }
    PaStreamParameters output{};
    output.device = device;
    output.channelCount = 1;
    output.sampleFormat = paFloat32;
    output.suggestedLatency = Pa_GetDeviceInfo(device)->defaultLowOutputLatency;
    PaStream* stream = nullptr;
    const PaError error = Pa_OpenStream(&stream, nullptr, &output, sampleRate, paFramesPerBufferUnspecified,
                                        paNoFlag, &streamCallback, this);
    if (error != paNoError) {
        m_deviceProblem =
            std::string("cannot open the audio output (PortAudio: ") + Pa_GetErrorText(error) + ")";
        return false;
    }
    m_stream = stream;
    m_deviceProblem.clear();
    return true;
}

void PlaybackEngine::fillOutput(float* out, unsigned long frameCount) {
    std::unique_lock lock(m_mutex, std::try_to_lock);
    if (!lock.owns_lock() || !m_playing.load()) {
        std::fill(out, out + frameCount, 0.0f);
        return;
    }
    m_cursor.render(out, frameCount);
    if (!m_cursor.loop() && m_cursor.atEnd())
        m_playing.store(false);
}

void PlaybackEngine::setAudio(PlaybackCursor::Samples original, PlaybackCursor::Samples perturbed,
                              PerturbedTimeline timeline, int sampleRate) {
    std::lock_guard lock(m_mutex);
    m_cursor.setAudio(std::move(original), std::move(perturbed), std::move(timeline), sampleRate);
}

void PlaybackEngine::play() {
    if (!m_stream)
        return;
    {
        std::lock_guard lock(m_mutex);
        if (m_cursor.atEnd() && !m_cursor.loop())
            m_cursor.seekSeconds(0.0);
    }
    m_playing.store(true);
    if (Pa_IsStreamActive(m_stream) != 1)
        Pa_StartStream(m_stream);
}

void PlaybackEngine::pause() {
    m_playing.store(false);
    if (m_stream && Pa_IsStreamActive(m_stream) == 1)
        Pa_StopStream(m_stream);
}

void PlaybackEngine::stop() {
    pause();
    seekSeconds(0.0);
}

void PlaybackEngine::seekSeconds(double originalSeconds) {
    std::lock_guard lock(m_mutex);
    m_cursor.seekSeconds(originalSeconds);
}

double PlaybackEngine::positionSeconds() const {
    std::lock_guard lock(m_mutex);
    return m_cursor.positionSeconds();
}

void PlaybackEngine::setSource(PlaybackSource source) {
    std::lock_guard lock(m_mutex);
    m_cursor.setSource(source);
}

PlaybackSource PlaybackEngine::source() const {
    std::lock_guard lock(m_mutex);
    return m_cursor.source();
}

void PlaybackEngine::setLoop(std::optional<LoopRange> loop) {
    std::lock_guard lock(m_mutex);
    m_cursor.setLoop(loop);
}

} // namespace noiseloss
