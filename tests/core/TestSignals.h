#pragma once

// Helpers shared by the tests/core suites: temporary paths, synthetic signals and an independent
// radix-2 FFT (the tests do not reuse the library's FFTW code they check).

#include "audio/AudioBuffer.h"

#include <cmath>
#include <complex>
#include <filesystem>
#include <fstream>
#include <numbers>
#include <string>
#include <unistd.h>
#include <vector>

namespace noiseloss::test {

/// A temporary file path unique to this process (parallel test runs do not collide).
inline std::filesystem::path tempPath(const std::string& name) {
    return std::filesystem::temp_directory_path() /
           ("noiseloss_dsp_" + std::to_string(::getpid()) + "_" + name);
}

inline void writeBytes(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

inline std::string readBytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline AudioBuffer sine(double frequency, double amplitude, int sampleRate, double seconds,
                        int channels = 1) {
    AudioBuffer audio;
    audio.sampleRate = sampleRate;
    audio.channels = channels;
    const auto frames = static_cast<std::size_t>(std::llround(seconds * sampleRate));
    for (std::size_t n = 0; n < frames; ++n)
        for (int c = 0; c < channels; ++c)
            audio.samples.push_back(static_cast<float>(
                amplitude *
                std::sin(2.0 * std::numbers::pi * frequency * static_cast<double>(n) / sampleRate + c)));
    return audio;
}

/// In-place iterative radix-2 FFT; size must be a power of two.
inline void fft(std::vector<std::complex<double>>& data) {
    const std::size_t n = data.size();
    for (std::size_t i = 1, j = 0; i < n; ++i) {
        std::size_t bit = n >> 1;
        for (; j & bit; bit >>= 1)
            j ^= bit;
        j ^= bit;
        if (i < j)
            std::swap(data[i], data[j]);
    }
    for (std::size_t length = 2; length <= n; length <<= 1) {
        const std::complex<double> step =
            std::polar(1.0, -2.0 * std::numbers::pi / static_cast<double>(length));
        for (std::size_t start = 0; start < n; start += length) {
            std::complex<double> w = 1.0;
            for (std::size_t k = 0; k < length / 2; ++k, w *= step) {
                const auto even = data[start + k];
                const auto odd = data[start + k + length / 2] * w;
                data[start + k] = even + odd;
                data[start + k + length / 2] = even - odd;
            }
        }
    }
}

/// Welch power spectrum: Hann-windowed segments of `segment` samples (power of two), 50 % overlap,
/// averaged |X|^2; bin k is frequency k * rate / segment.
inline std::vector<double> averagedPeriodogram(const std::vector<float>& signal, std::size_t segment) {
    std::vector<double> power(segment / 2 + 1, 0.0);
    std::vector<double> window(segment);
    for (std::size_t i = 0; i < segment; ++i)
        window[i] = 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * static_cast<double>(i) / segment);
    std::size_t count = 0;
    for (std::size_t start = 0; start + segment <= signal.size(); start += segment / 2, ++count) {
        std::vector<std::complex<double>> frame(segment);
        for (std::size_t i = 0; i < segment; ++i)
            frame[i] = signal[start + i] * window[i];
        fft(frame);
        for (std::size_t k = 0; k < power.size(); ++k)
            power[k] += std::norm(frame[k]);
    }
    for (double& value : power)
        value /= static_cast<double>(count);
    return power;
}

/// Least-squares slope of 10 log10(power) against log2(frequency) over [lowHz, highHz]: dB/octave.
inline double spectralSlopeDbPerOctave(const std::vector<double>& power, double binHz, double lowHz,
                                       double highHz) {
    double sumX = 0, sumY = 0, sumXX = 0, sumXY = 0;
    std::size_t n = 0;
    for (std::size_t k = 1; k < power.size(); ++k) {
        const double frequency = static_cast<double>(k) * binHz;
        if (frequency < lowHz || frequency > highHz)
            continue;
        const double x = std::log2(frequency);
        const double y = 10.0 * std::log10(power[k]);
        sumX += x, sumY += y, sumXX += x * x, sumXY += x * y, ++n;
    }
    return (static_cast<double>(n) * sumXY - sumX * sumY) / (static_cast<double>(n) * sumXX - sumX * sumX);
}

inline double rmsOf(const float* samples, std::size_t count) {
    double sum = 0.0;
    for (std::size_t i = 0; i < count; ++i)
        sum += static_cast<double>(samples[i]) * samples[i];
    return std::sqrt(sum / static_cast<double>(count));
}

inline double toDb(double linear) {
    return 20.0 * std::log10(linear);
}

} // namespace noiseloss::test
