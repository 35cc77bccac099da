#include "synth/SongRenderer.h"

#include "synth/Composer.h"
#include "synth/DrumKit.h"
#include "synth/InstrumentVoice.h"
#include "util/Error.h"

#include <cmath>
#include <limits>

namespace noiseloss {

namespace {

constexpr double kKneeStart = 0.7;

void mixAt(std::vector<float>& mix, const std::vector<float>& source, double startSeconds, int sampleRate,
           float gain) {
    const auto start = static_cast<std::size_t>(std::llround(startSeconds * sampleRate));
    for (std::size_t i = 0; i < source.size() && start + i < mix.size(); ++i)
        mix[start + i] += gain * source[i];
}

float softKnee(float sample) {
    const double magnitude = std::fabs(sample);
    if (magnitude <= kKneeStart)
        return sample;
    const double room = 0.999 - kKneeStart;
    const double shaped = kKneeStart + room * std::tanh((magnitude - kKneeStart) / room);
    return static_cast<float>(sample < 0 ? -shaped : shaped);
}

} // namespace

double rmsDbfs(const std::vector<float>& samples) {
    double sum = 0.0;
    for (float sample : samples)
        sum += static_cast<double>(sample) * sample;
    if (samples.empty() || sum <= 0.0)
        return -std::numeric_limits<double>::infinity();
    return 10.0 * std::log10(sum / static_cast<double>(samples.size()));
}

void normaliseLoudness(std::vector<float>& samples, double targetRmsDbfs) {
    for (int pass = 0; pass < 4; ++pass) {
        const double level = rmsDbfs(samples);
        if (!std::isfinite(level))
            return;
        const auto gain = static_cast<float>(std::pow(10.0, (targetRmsDbfs - level) / 20.0));
        for (auto& sample : samples)
            sample = softKnee(sample * gain);
    }
}

AudioBuffer renderScore(const SongScore& score) {
    const SongParams& params = score.params;
    if (params.sampleRate < 8000 || params.seconds <= 0.0 || params.tempoBpm <= 0.0)
        throw Error("synth: invalid song parameters (" + params.describe() + ")");
    AudioBuffer audio;
    audio.sampleRate = params.sampleRate;
    audio.channels = 1;
    audio.samples.assign(static_cast<std::size_t>(std::llround(params.seconds * params.sampleRate)), 0.0f);
    SynthRandom random(params.seed ^ 0xA5A5A5A5DEADBEEFull);
    for (const auto& note : score.notes) {
        SynthRandom noteRandom = random.fork(1);
        mixAt(audio.samples, renderNote(note, params.sampleRate, noteRandom), note.startSeconds,
              params.sampleRate, note.gain);
    }
    for (const auto& hit : score.drums) {
        SynthRandom hitRandom = random.fork(2);
        mixAt(audio.samples, renderDrumHit(hit, params.sampleRate, hitRandom), hit.startSeconds,
              params.sampleRate, 1.0f);
    }
    normaliseLoudness(audio.samples, params.targetRmsDbfs);
    return audio;
}

AudioBuffer renderSong(const SongParams& params) {
    return renderScore(composeSong(params));
}

} // namespace noiseloss
