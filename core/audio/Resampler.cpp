#include "audio/Resampler.h"

#include "audio/AudioFile.h"
#include "util/Error.h"

#include <soxr.h>

namespace noiseloss {

AudioBuffer resample(const AudioBuffer& audio, int targetSampleRate) {
    if (audio.sampleRate <= 0 || targetSampleRate <= 0)
        throw Error("resample: invalid sample rates " + std::to_string(audio.sampleRate) + " Hz -> " +
                    std::to_string(targetSampleRate) + " Hz (both must be positive)");
    if (audio.channels <= 0)
        throw Error("resample: audio has " + std::to_string(audio.channels) + " channels");
    if (audio.sampleRate == targetSampleRate)
        return audio;

    const auto inFrames = static_cast<long long>(audio.frameCount());
    // Output length rounded to the nearest frame: the duration is kept.
    const long long outFrames = (inFrames * targetSampleRate + audio.sampleRate / 2) / audio.sampleRate;
    AudioBuffer out;
    out.sampleRate = targetSampleRate;
    out.channels = audio.channels;
    out.samples.assign(static_cast<std::size_t>(outFrames) * static_cast<std::size_t>(audio.channels), 0.0f);
    if (inFrames == 0)
        return out;

    const soxr_io_spec_t io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I);
    const soxr_quality_spec_t quality = soxr_quality_spec(SOXR_HQ, 0);
    std::size_t framesDone = 0;
    const soxr_error_t error =
        soxr_oneshot(audio.sampleRate, targetSampleRate, static_cast<unsigned>(audio.channels),
                     audio.samples.data(), static_cast<std::size_t>(inFrames), nullptr, out.samples.data(),
                     static_cast<std::size_t>(outFrames), &framesDone, &io, &quality, nullptr);
    if (error)
        throw Error(std::string("resample: libsoxr failed: ") + error);
    // soxr_oneshot flushes its filter tail, so it fills the requested length; keep the length exact
    // (zeros past framesDone) so durations always match.
    return out;
}

AudioBuffer prepareForModel(const AudioBuffer& audio, int modelSampleRate) {
    return resample(downmixToMono(audio), modelSampleRate);
}

} // namespace noiseloss
