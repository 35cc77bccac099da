// `noiseloss-cli noise`: writes coloured noise at an absolute RMS level (dBFS) to WAV or FLAC.
#include "ArgParser.h"
#include "CliCommand.h"
#include "audio/AudioFile.h"
#include "dsp/NoiseGenerator.h"
#include "perturb/PlanJson.h"
#include "util/Error.h"

#include <cmath>
#include <cstdio>
#include <iostream>

namespace noiseloss::cli {
namespace {

constexpr double kMaxSeconds = 3600.0;

template <typename Enum>
Enum parseChoice(const std::string& option, const std::string& text, std::initializer_list<Enum> values) {
    std::string choices;
    for (Enum value : values) {
        if (toString(value) == text)
            return value;
        choices += (choices.empty() ? "" : ", ") + toString(value);
    }
    throw Error("--" + option + ": unknown value '" + text + "' (" + choices + ")");
}

int runNoise(const std::vector<std::string>& args) {
    ArgParser parser("noise", "Generate coloured noise at an absolute RMS level and save it as WAV or FLAC.");
    parser.addOption("color", "C", "white, pink, brown, blue or violet");
    parser.addOption("seconds", "S", "duration in seconds");
    parser.addOption("rate", "R", "sample rate in Hz");
    parser.addOption("level-dbfs", "L", "RMS level in dB relative to full scale, e.g. -20");
    parser.addOption("seed", "N", "random seed (non-negative integer); same seed, same samples");
    parser.addOption("method", "M",
                     "spectral (exact power-law slopes) or noiseloss (the study's IIR filters)", "spectral");
    parser.addOption("out", "FILE", "output file, .wav (32-bit float) or .flac (16-bit)");
    if (!parser.parse(args))
        return 0;

    NoiseParams params;
    params.color = parseChoice(
        "color", parser.value("color"),
        {NoiseColor::White, NoiseColor::Pink, NoiseColor::Brown, NoiseColor::Blue, NoiseColor::Violet});
    params.method =
        parseChoice("method", parser.value("method"), {NoiseMethod::Spectral, NoiseMethod::NoiseLoss});
    const double seconds = parser.number("seconds");
    if (!(seconds > 0.0 && seconds <= kMaxSeconds))
        throw Error("--seconds: must be in (0, 3600], got " + parser.value("seconds"));
    const long long rate = parser.integer("rate");
    if (rate < 1000 || rate > 384000)
        throw Error("--rate: must be between 1000 and 384000 Hz, got " + parser.value("rate"));
    const double levelDbfs = parser.number("level-dbfs");
    if (!std::isfinite(levelDbfs) || levelDbfs > 20.0)
        throw Error("--level-dbfs: must be a finite level <= 20 dBFS, got " + parser.value("level-dbfs"));
    const long long seed = parser.integer("seed");
    if (seed < 0)
        throw Error("--seed: must be a non-negative integer, got " + parser.value("seed"));
    params.seed = static_cast<std::uint64_t>(seed);

    AudioBuffer audio;
    audio.sampleRate = static_cast<int>(rate);
    audio.channels = 1;
    audio.samples =
        generateNoise(static_cast<std::size_t>(std::llround(seconds * static_cast<double>(rate))), params);
    const auto gain = static_cast<float>(dbToGain(levelDbfs));
    for (float& sample : audio.samples)
        sample *= gain;
    saveAudioFile(parser.value("out"), audio);

    const double measuredDbfs = 20.0 * std::log10(rms(audio.samples.data(), audio.samples.size()));
    std::printf("wrote %s: %.3f s of %s noise (%s) at %lld Hz, RMS %.2f dBFS, seed %lld\n",
                parser.value("out").c_str(), audio.durationSeconds(), toString(params.color).c_str(),
                toString(params.method).c_str(), rate, measuredDbfs, seed);
    return 0;
}

const CliCommandRegistration kRegistration{
    {"noise", "Generate coloured noise (spectral or study filters)", runNoise}};

} // namespace
} // namespace noiseloss::cli
