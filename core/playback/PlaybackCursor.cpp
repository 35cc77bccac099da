#include "playback/PlaybackCursor.h"

#include <algorithm>
#include <cmath>

namespace noiseloss {

void PlaybackCursor::setAudio(Samples original, Samples perturbed, PerturbedTimeline timeline,
                              int sampleRate) {
    const double position = positionSeconds();
    m_original = std::move(original);
    m_perturbed = std::move(perturbed);
    m_timeline = std::move(timeline);
    m_sampleRate = sampleRate > 0 ? sampleRate : 32000;
    seekSeconds(position);
}

void PlaybackCursor::setSource(PlaybackSource source) {
    if (source == m_source)
        return;
    const double position = positionSeconds();
    m_source = source;
    seekSeconds(position);
}

const std::vector<float>* PlaybackCursor::activeSamples() const {
    const Samples& samples = m_source == PlaybackSource::Perturbed && m_perturbed ? m_perturbed : m_original;
    return samples.get();
}

std::int64_t PlaybackCursor::toActiveSample(double originalSeconds) const {
    const auto original =
        static_cast<std::int64_t>(std::llround(std::max(0.0, originalSeconds) * m_sampleRate));
    if (m_source == PlaybackSource::Perturbed && m_perturbed)
        return m_timeline.originalToPerturbed(original);
    return original;
}

double PlaybackCursor::toOriginalSeconds(std::int64_t activeSample) const {
    std::int64_t original = activeSample;
    if (m_source == PlaybackSource::Perturbed && m_perturbed)
        original = m_timeline.perturbedToOriginal(activeSample);
    return static_cast<double>(original) / m_sampleRate;
}

void PlaybackCursor::seekSeconds(double originalSeconds) {
    const std::vector<float>* samples = activeSamples();
    const std::int64_t size = samples ? static_cast<std::int64_t>(samples->size()) : 0;
    m_position = std::clamp<std::int64_t>(toActiveSample(originalSeconds), 0, size);
}

double PlaybackCursor::positionSeconds() const {
    return toOriginalSeconds(m_position);
}

double PlaybackCursor::durationSeconds() const {
    return m_original ? static_cast<double>(m_original->size()) / m_sampleRate : 0.0;
}

bool PlaybackCursor::atEnd() const {
    const std::vector<float>* samples = activeSamples();
    return !samples || m_position >= static_cast<std::int64_t>(samples->size());
}

std::size_t PlaybackCursor::render(float* out, std::size_t frameCount) {
    const std::vector<float>* samples = activeSamples();
    const std::int64_t size = samples ? static_cast<std::int64_t>(samples->size()) : 0;
    std::int64_t loopBegin = 0;
    std::int64_t loopEnd = size;
    const bool looping = m_loop && m_loop->endSeconds > m_loop->startSeconds;
    if (looping) {
        loopBegin = std::clamp<std::int64_t>(toActiveSample(m_loop->startSeconds), 0, size);
        loopEnd = std::clamp<std::int64_t>(toActiveSample(m_loop->endSeconds), 0, size);
    }
    std::size_t written = 0;
    std::size_t taken = 0;
    while (written < frameCount) {
        if (looping && loopEnd > loopBegin && (m_position >= loopEnd || m_position < loopBegin))
            m_position = loopBegin;
        const std::int64_t end = looping && loopEnd > loopBegin ? loopEnd : size;
        const std::int64_t available = std::max<std::int64_t>(0, end - m_position);
        if (available == 0)
            break;
        const auto count = static_cast<std::size_t>(std::min<std::int64_t>(available, frameCount - written));
        std::copy_n(samples->data() + m_position, count, out + written);
        m_position += static_cast<std::int64_t>(count);
        written += count;
        taken += count;
    }
    std::fill(out + written, out + frameCount, 0.0f);
    return taken;
}

} // namespace noiseloss
