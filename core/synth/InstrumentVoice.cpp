#include "synth/InstrumentVoice.h"

#include <algorithm>
#include <cmath>

namespace noiseloss {

namespace {

constexpr double kTwoPi = 6.283185307179586;

/// Linear attack, exponential decay towards `sustain`, linear release after the note's end.
struct Envelope {
    double attackSeconds = 0.01;
    double decaySeconds = 0.2; ///< time constant of the decay to the sustain level
    double sustain = 0.7;
    double releaseSeconds = 0.08;

    double at(double t, double noteSeconds) const {
        double level = t < attackSeconds
                           ? t / attackSeconds
                           : sustain + (1.0 - sustain) * std::exp(-(t - attackSeconds) / decaySeconds);
        if (t > noteSeconds) {
            const double held = at(noteSeconds, noteSeconds + 1.0);
            level = held * std::max(0.0, 1.0 - (t - noteSeconds) / releaseSeconds);
        }
        return level;
    }
    std::size_t totalSamples(double noteSeconds, int sampleRate) const {
        return static_cast<std::size_t>((noteSeconds + releaseSeconds) * sampleRate) + 1;
    }
};

/// Amplitudes 1/n^tilt (even harmonics scaled by evenScale) of the harmonics below 0.45 * sampleRate.
std::vector<double> harmonicAmplitudes(double frequency, int sampleRate, double tilt, int maxHarmonics,
                                       double evenScale) {
    std::vector<double> amplitudes;
    for (int n = 1; n <= maxHarmonics && n * frequency < 0.45 * sampleRate; ++n)
        amplitudes.push_back(std::pow(n, -tilt) * (n % 2 == 1 ? 1.0 : evenScale));
    return amplitudes;
}

/// sum_n amplitudes[n-1] * sin(n * phase), with sin(n x) from the Chebyshev recurrence
/// sin((n+1)x) = 2 cos(x) sin(nx) - sin((n-1)x) (two trig calls per sample).
double harmonicSum(double phase, const std::vector<double>& amplitudes) {
    const double twoCos = 2.0 * std::cos(phase);
    double previous = 0.0, current = std::sin(phase), sum = 0.0;
    for (double amplitude : amplitudes) {
        sum += amplitude * current;
        const double next = twoCos * current - previous;
        previous = current;
        current = next;
    }
    return sum;
}

std::vector<float> renderAdditive(const NoteEvent& note, int sampleRate) {
    const Envelope envelope{0.015, 0.15, 0.65, 0.08};
    const double frequency = midiToHz(note.midi);
    std::vector<float> out(envelope.totalSamples(note.durationSeconds, sampleRate));
    const std::vector<double> amplitudes = harmonicAmplitudes(frequency, sampleRate, 1.5, 10, 0.5);
    double phase = 0.0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / sampleRate;
        const double vibrato = t > 0.2 ? 0.004 * std::sin(kTwoPi * 5.0 * t) : 0.0;
        phase += kTwoPi * frequency * (1.0 + vibrato) / sampleRate;
        out[i] =
            static_cast<float>(0.6 * harmonicSum(phase, amplitudes) * envelope.at(t, note.durationSeconds));
    }
    return out;
}

std::vector<float> renderFm(const NoteEvent& note, int sampleRate) {
    const Envelope envelope{0.003, 0.6, 0.25, 0.15};
    const double frequency = midiToHz(note.midi);
    std::vector<float> out(envelope.totalSamples(note.durationSeconds, sampleRate));
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / sampleRate;
        const double index = 0.3 + 2.2 * std::exp(-t / 0.25);
        const double modulator = std::sin(kTwoPi * 2.0 * frequency * t);
        out[i] = static_cast<float>(std::sin(kTwoPi * frequency * t + index * modulator) *
                                    envelope.at(t, note.durationSeconds));
    }
    return out;
}

std::vector<float> renderPluck(const NoteEvent& note, int sampleRate, SynthRandom& random) {
    const double frequency = midiToHz(note.midi);
    // Loop delay = integer line + 0.5 (averaging filter) + fractional all-pass.
    const double loopSamples = sampleRate / frequency - 0.5;
    const auto lineLength = static_cast<std::size_t>(std::floor(loopSamples));
    const double fraction = std::max(0.05, loopSamples - static_cast<double>(lineLength));
    const double allpass = (1.0 - fraction) / (1.0 + fraction);
    std::vector<double> line(lineLength);
    double smooth = 0.0;
    for (auto& value : line) { // brightness of the pluck: a one-pole low-passed noise burst
        smooth += 0.6 * (random.noise() - smooth);
        value = smooth;
    }
    const double releaseSeconds = 0.06;
    std::vector<float> out(static_cast<std::size_t>((note.durationSeconds + releaseSeconds) * sampleRate) +
                           1);
    const double damping = std::pow(0.5, 1.0 / (frequency * 1.2)); // about -6 dB per 1.2 s
    double previous = 0.0, allpassIn = 0.0, allpassOut = 0.0;
    std::size_t position = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double current = line[position];
        const double averaged = damping * 0.5 * (current + previous);
        previous = current;
        allpassOut = allpass * averaged + allpassIn - allpass * allpassOut;
        allpassIn = averaged;
        line[position] = allpassOut;
        position = (position + 1) % lineLength;
        const double t = static_cast<double>(i) / sampleRate;
        const double gate =
            t > note.durationSeconds ? std::max(0.0, 1.0 - (t - note.durationSeconds) / releaseSeconds) : 1.0;
        out[i] = static_cast<float>(1.4 * current * gate);
    }
    return out;
}

std::vector<float> renderBass(const NoteEvent& note, int sampleRate) {
    const Envelope envelope{0.004, 0.3, 0.6, 0.04};
    const double frequency = midiToHz(note.midi);
    std::vector<float> out(envelope.totalSamples(note.durationSeconds, sampleRate));
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / sampleRate;
        const double phase = kTwoPi * frequency * t;
        const double brightness = 0.15 + 0.6 * std::exp(-t / 0.12);
        const double ratio = std::exp(-(1.0 - brightness)); // harmonic n weighted ratio^(n-1) / n
        const double twoCos = 2.0 * std::cos(phase);
        double previous = 0.0, current = std::sin(phase), weight = 1.0, saw = 0.0;
        for (int n = 1; n <= 16 && n * frequency < 0.45 * sampleRate; ++n) {
            saw += current * weight / n;
            weight *= ratio;
            const double next = twoCos * current - previous;
            previous = current;
            current = next;
        }
        const double sub = 0.5 * std::sin(phase * 0.5);
        out[i] = static_cast<float>(0.7 * (saw + sub) * envelope.at(t, note.durationSeconds));
    }
    return out;
}

std::vector<float> renderPad(const NoteEvent& note, int sampleRate) {
    const Envelope envelope{0.35, 1.0, 0.85, 0.5};
    const double frequency = midiToHz(note.midi);
    static const double kDetuneCents[3] = {-8.0, 0.0, 7.0};
    double voiceFrequencies[3];
    for (int voice = 0; voice < 3; ++voice)
        voiceFrequencies[voice] = frequency * std::pow(2.0, kDetuneCents[voice] / 1200.0);
    const std::vector<double> amplitudes = harmonicAmplitudes(voiceFrequencies[2], sampleRate, 1.2, 6, 1.0);
    std::vector<float> out(envelope.totalSamples(note.durationSeconds, sampleRate));
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double t = static_cast<double>(i) / sampleRate;
        double sum = 0.0;
        for (double voiceFrequency : voiceFrequencies)
            sum += harmonicSum(kTwoPi * voiceFrequency * t, amplitudes);
        const double tremolo = 1.0 - 0.15 * (0.5 + 0.5 * std::sin(kTwoPi * 3.0 * t));
        out[i] = static_cast<float>(0.35 * sum * tremolo * envelope.at(t, note.durationSeconds));
    }
    return out;
}

} // namespace

std::vector<float> renderNote(const NoteEvent& note, int sampleRate, SynthRandom& random) {
    std::vector<float> samples;
    switch (note.timbre) {
    case Timbre::Additive:
        samples = renderAdditive(note, sampleRate);
        break;
    case Timbre::Fm:
        samples = renderFm(note, sampleRate);
        break;
    case Timbre::Pluck:
        samples = renderPluck(note, sampleRate, random);
        break;
    case Timbre::Bass:
        samples = renderBass(note, sampleRate);
        break;
    case Timbre::Pad:
        samples = renderPad(note, sampleRate);
        break;
    }
    for (auto& sample : samples)
        sample *= note.velocity;
    return samples;
}

} // namespace noiseloss
