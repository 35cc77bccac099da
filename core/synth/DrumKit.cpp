#include "synth/DrumKit.h"

#include <cmath>

namespace noiseloss {

namespace {

constexpr double kTwoPi = 6.283185307179586;
constexpr float kKickGain = 0.9f;
constexpr float kSnareGain = 0.45f;
constexpr float kHatGain = 0.12f;

std::vector<float> renderKick(int sampleRate, SynthRandom& random) {
    std::vector<float> out(static_cast<std::size_t>(0.45 * sampleRate));
    double phase = 0.0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / sampleRate;
        phase += kTwoPi * (45.0 + 110.0 * std::exp(-t / 0.04)) / sampleRate;
        const double body = std::sin(phase) * std::exp(-t / 0.25);
        const double click = 0.3 * random.noise() * std::exp(-t / 0.003);
        const double attack = std::min(1.0, t / 0.001);
        out[i] = static_cast<float>(kKickGain * attack * (body + click));
    }
    return out;
}

std::vector<float> renderSnare(int sampleRate, SynthRandom& random) {
    std::vector<float> out(static_cast<std::size_t>(0.3 * sampleRate));
    double previousNoise = 0.0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / sampleRate;
        const double noise = random.noise();
        const double highPassed = noise - 0.7 * previousNoise;
        previousNoise = noise;
        const double body = 0.6 * std::sin(kTwoPi * 185.0 * t) * std::exp(-t / 0.06);
        out[i] = static_cast<float>(kSnareGain * (body + 0.8 * highPassed * std::exp(-t / 0.12)));
    }
    return out;
}

std::vector<float> renderHat(int sampleRate, SynthRandom& random, double decaySeconds) {
    std::vector<float> out(static_cast<std::size_t>(5.0 * decaySeconds * sampleRate));
    double previous = 0.0, previousDifference = 0.0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / sampleRate;
        const double noise = random.noise();
        const double difference = noise - previous;
        const double second = difference - previousDifference;
        previous = noise;
        previousDifference = difference;
        out[i] = static_cast<float>(kHatGain * 0.5 * second * std::exp(-t / decaySeconds));
    }
    return out;
}

} // namespace

std::vector<float> renderDrumHit(const DrumHit& hit, int sampleRate, SynthRandom& random) {
    std::vector<float> samples;
    switch (hit.sound) {
    case DrumSound::Kick:
        samples = renderKick(sampleRate, random);
        break;
    case DrumSound::Snare:
        samples = renderSnare(sampleRate, random);
        break;
    case DrumSound::ClosedHat:
        samples = renderHat(sampleRate, random, 0.025);
        break;
    case DrumSound::OpenHat:
        samples = renderHat(sampleRate, random, 0.18);
        break;
    }
    for (auto& sample : samples)
        sample *= hit.velocity;
    return samples;
}

} // namespace noiseloss
