// `noiseloss-cli perturb`: applies a perturbation plan (JSON) to an audio file and saves the result.
#include "ArgParser.h"
#include "CliCommand.h"
#include "audio/AudioFile.h"
#include "audio/Resampler.h"
#include "perturb/PerturbationRenderer.h"
#include "perturb/PlanJson.h"
#include "perturb/PlanValidation.h"
#include "util/Error.h"
#include "util/Npy.h"

#include <cstdio>

namespace noiseloss::cli {
namespace {

/// EnCodec's frame rate: 50 token frames per second at any rate that is a multiple of 50 Hz.
constexpr long long kFramesPerSecond = 50;

TokenTimeMap tokenGridFor(long long rate) {
    if (rate < 1000 || rate > 384000 || rate % kFramesPerSecond != 0)
        throw Error(
            "--rate: must be a multiple of 50 Hz between 1000 and 384000 (a 20 ms token frame must be a "
            "whole number of samples), got " +
            std::to_string(rate));
    return {static_cast<int>(rate), static_cast<int>(rate / kFramesPerSecond)};
}

void writeFrameMap(const std::string& path, const FrameIndexMap& map) {
    writeNpy(path, {static_cast<std::int64_t>(map.perturbedToOriginal.size())}, map.perturbedToOriginal);
}

int runPerturb(const std::vector<std::string>& args) {
    ArgParser parser("perturb",
                     "Apply a perturbation plan to an audio file: load, downmix to mono, resample, "
                     "validate the plan against the clip, render and save.");
    parser.addPositional("AUDIO", "input audio (WAV, FLAC, OGG/Vorbis, Opus, MP3)");
    parser.addOption("plan", "PLAN.json", "perturbation plan (regions of noise, silence, shuffle, delete)");
    parser.addOption("out", "OUT", "output file, .wav (32-bit float) or .flac (16-bit)");
    parser.addOption("rate", "R", "sample rate to render at (the model's rate)", "32000");
    parser.addOption("frame-map", "MAP.npy",
                     "also write the perturbed->original token frame map as int64 .npy (-1 = none)", "");
    if (!parser.parse(args))
        return 0;

    const TokenTimeMap tokens = tokenGridFor(parser.integer("rate"));
    const PerturbationPlan plan = loadPlanFile(parser.value("plan"));
    const AudioBuffer original = loadAudioFile(parser.positional("AUDIO"));
    const AudioBuffer mono = prepareForModel(original, tokens.sampleRate);
    requireValidPlan(plan, mono.durationSeconds(), tokens);
    const AudioBuffer perturbed = renderPerturbedAudio(mono, plan, tokens);
    saveAudioFile(parser.value("out"), perturbed);

    const FrameIndexMap map = buildFrameIndexMap(
        plan, tokens.frameCountForSamples(static_cast<std::int64_t>(mono.samples.size())), tokens);
    if (parser.has("frame-map"))
        writeFrameMap(parser.value("frame-map"), map);
    std::printf("wrote %s: %zu region(s) applied, %.3f s -> %.3f s at %d Hz, %lld -> %zu token frames\n",
                parser.value("out").c_str(), plan.regions.size(), mono.durationSeconds(),
                perturbed.durationSeconds(), tokens.sampleRate,
                static_cast<long long>(map.originalFrameCount), map.perturbedToOriginal.size());
    return 0;
}

const CliCommandRegistration kRegistration{
    {"perturb", "Apply a perturbation plan (JSON) to an audio file", runPerturb}};

} // namespace
} // namespace noiseloss::cli
