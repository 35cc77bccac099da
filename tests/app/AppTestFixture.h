#pragma once

#include "audio/AudioFile.h"

#include <QString>
#include <QTemporaryDir>
#include <cmath>
#include <numbers>

namespace noiseloss::test {

/// Writes a `seconds` long mono 32 kHz test clip (a decaying 220 Hz tone repeated every 0.5 s plus
/// a little broadband content) into `dir` and returns its path.
inline QString writeTestClip(const QTemporaryDir& dir, const QString& name = QStringLiteral("clip.wav"),
                             double seconds = 10.0) {
    AudioBuffer buffer;
    buffer.sampleRate = 32000;
    buffer.channels = 1;
    buffer.samples.resize(static_cast<std::size_t>(seconds * buffer.sampleRate));
    for (std::size_t i = 0; i < buffer.samples.size(); ++i) {
        const double t = static_cast<double>(i) / buffer.sampleRate;
        const double noteTime = std::fmod(t, 0.5);
        buffer.samples[i] = static_cast<float>(
            0.6 * std::exp(-6.0 * noteTime) *
            std::sin(2.0 * std::numbers::pi * (220.0 + 55.0 * std::floor(t * 2.0 / 4.0)) * t));
    }
    const QString path = dir.filePath(name);
    saveAudioFile(path.toStdString(), buffer);
    return path;
}

} // namespace noiseloss::test
