#include "perturb/PerturbationRenderer.h"

#include "dsp/NoiseGenerator.h"
#include "perturb/PlanNames.h"
#include "perturb/PlanValidation.h"
#include "perturb/RegionSpan.h"
#include "perturb/ShuffleLayout.h"
#include "util/Error.h"

#include <algorithm>
#include <numeric>

namespace noiseloss {
namespace {

/// Indices of the plan's regions in time order (stable for equal starts).
std::vector<std::size_t> timeOrder(const PerturbationPlan& plan) {
    std::vector<std::size_t> order(plan.regions.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return plan.regions[a].startSeconds < plan.regions[b].startSeconds;
    });
    return order;
}

/// The linear RMS the noise must have. SNR levels are relative to the ORIGINAL clip's audio.
double targetNoiseRms(const AudioBuffer& original, const Region& region, IndexSpan span, std::size_t index) {
    if (region.levelMode == LevelMode::AbsoluteDbfs)
        return dbToGain(region.levelDb);
    const bool segment = region.levelMode == LevelMode::SnrSegment;
    const float* begin = original.samples.data() + (segment ? span.begin : 0);
    const std::size_t count = segment ? static_cast<std::size_t>(span.length()) : original.samples.size();
    const double signalRms = rms(begin, count);
    if (signalRms <= 0.0)
        throw Error(describeRegion(index, region) + ": the " + (segment ? "segment" : "clip") +
                    " is silent, so a noise level relative to it (snr_db) is undefined; use level_dbfs");
    return signalRms / dbToGain(region.levelDb);
}

void applyNoise(const AudioBuffer& original, AudioBuffer& out, const Region& region,
                const TokenTimeMap& tokens, std::size_t index) {
    const IndexSpan span = regionSampleSpan(region, tokens, static_cast<std::int64_t>(out.samples.size()));
    const std::vector<float> noise =
        generateNoise(static_cast<std::size_t>(span.length()), {region.color, region.method, region.seed});
    const double gain = targetNoiseRms(original, region, span, index);
    float* target = out.samples.data() + span.begin;
    for (std::size_t i = 0; i < noise.size(); ++i) {
        const auto scaled = static_cast<float>(gain * noise[i]);
        target[i] = region.mode == NoiseMode::Replace ? scaled : target[i] + scaled;
    }
}

void applySilence(AudioBuffer& out, const Region& region, const TokenTimeMap& tokens) {
    const IndexSpan span = regionSampleSpan(region, tokens, static_cast<std::int64_t>(out.samples.size()));
    std::fill(out.samples.begin() + span.begin, out.samples.begin() + span.end, 0.0f);
}

void applyShuffle(AudioBuffer& out, const Region& region, const TokenTimeMap& tokens,
                  std::int64_t clipSamples) {
    const ShuffleLayout layout = ShuffleLayout::forRegion(region, tokens, clipSamples);
    const std::int64_t blockSamples = layout.blockTokens * tokens.hopSamples;
    const std::int64_t start = layout.startFrame * tokens.hopSamples;
    const auto count = static_cast<std::int64_t>(layout.blockOrder.size());
    const std::vector<float> before(out.samples.begin() + start,
                                    out.samples.begin() + start + count * blockSamples);
    for (std::int64_t j = 0; j < count; ++j) {
        const auto source = before.begin() + layout.blockOrder[static_cast<std::size_t>(j)] * blockSamples;
        std::copy(source, source + blockSamples, out.samples.begin() + start + j * blockSamples);
    }
}

/// Removes the union of the delete regions' sample spans (in original-clip coordinates).
void cutDeletedSpans(AudioBuffer& out, const PerturbationPlan& plan, const TokenTimeMap& tokens) {
    std::vector<bool> keep(out.samples.size(), true);
    for (const Region& region : plan.regions) {
        if (region.kind != RegionKind::Delete)
            continue;
        const IndexSpan span =
            regionSampleSpan(region, tokens, static_cast<std::int64_t>(out.samples.size()));
        std::fill(keep.begin() + span.begin, keep.begin() + span.end, false);
    }
    std::size_t written = 0;
    for (std::size_t i = 0; i < out.samples.size(); ++i)
        if (keep[i])
            out.samples[written++] = out.samples[i];
    out.samples.resize(written);
}

} // namespace

AudioBuffer renderPerturbedAudio(const AudioBuffer& monoAudio, const PerturbationPlan& plan,
                                 const TokenTimeMap& tokens, bool cutDeletedSpansInAudio) {
    if (monoAudio.channels != 1)
        throw Error("perturbation: expects mono audio, got " + std::to_string(monoAudio.channels) +
                    " channels (downmix first)");
    if (monoAudio.sampleRate != tokens.sampleRate)
        throw Error("perturbation: audio is at " + std::to_string(monoAudio.sampleRate) +
                    " Hz but the token grid is at " + std::to_string(tokens.sampleRate) +
                    " Hz (resample first)");
    requireValidPlan(plan, monoAudio.durationSeconds(), tokens);

    AudioBuffer out = monoAudio;
    const auto clipSamples = static_cast<std::int64_t>(monoAudio.samples.size());
    for (std::size_t index : timeOrder(plan)) {
        const Region& region = plan.regions[index];
        if (region.kind == RegionKind::Noise)
            applyNoise(monoAudio, out, region, tokens, index);
        else if (region.kind == RegionKind::Silence)
            applySilence(out, region, tokens);
        else if (region.kind == RegionKind::Shuffle)
            applyShuffle(out, region, tokens, clipSamples);
    }
    if (cutDeletedSpansInAudio)
        cutDeletedSpans(out, plan, tokens);
    return out;
}

} // namespace noiseloss
