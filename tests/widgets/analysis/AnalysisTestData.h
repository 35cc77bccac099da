#pragma once

#include "analysis/LossAnalysis.h"
#include "widgets/analysis/AnalysisViewData.h"

#include <cmath>
#include <memory>
#include <random>

namespace noiseloss::test {

/// A realistic analysis built with the real core/analysis code: a 20 s clip (1000 tokens, 4
/// codebooks) whose perturbed run has a loss spike at a noise region [5 s, 7 s) (tokens 250-350),
/// lower loss while the model assimilates the noise, and a slow recovery. `seed` varies the noise
/// of the curves. Token details (entropy, rank, top-5, codes) are filled consistently.
inline std::shared_ptr<AnalysisViewData> makeAnalysisViewData(unsigned seed = 1, std::int64_t frames = 1000) {
    auto data = std::make_shared<AnalysisViewData>();
    Region noise;
    noise.kind = RegionKind::Noise;
    noise.startSeconds = 5.0;
    noise.endSeconds = 7.0;
    noise.color = NoiseColor::Pink;
    noise.levelDb = -12.0;
    data->plan.regions.push_back(noise);
    data->tokens = TokenTimeMap{};
    data->audioName = "Beethoven_010.wav";
    data->modelName = "musicgen-small";

    const int codebooks = 4;
    std::mt19937 random(seed);
    std::normal_distribution<float> jitter(0.0f, 0.35f);
    LossCurves original;
    LossCurves perturbed;
    for (LossCurves* curves : {&original, &perturbed}) {
        curves->codebooks = codebooks;
        curves->columns = frames;
        curves->nll.resize(static_cast<std::size_t>(codebooks * frames));
    }
    for (int k = 0; k < codebooks; ++k)
        for (std::int64_t t = 0; t < frames; ++t) {
            const float base =
                3.2f + 0.5f * k + 0.4f * std::sin(static_cast<float>(t) * 0.05f) + jitter(random);
            float delta = 0.02f * jitter(random);
            if (t >= 248 && t < 262)
                delta += 2.5f * std::exp(-0.2f * static_cast<float>(t - 250));
            else if (t >= 262 && t < 353)
                delta -= 0.9f;
            else if (t >= 353)
                delta -= 0.9f * std::exp(-0.03f * static_cast<float>(t - 353));
            const auto index = static_cast<std::size_t>(k * frames + t);
            original.nll[index] = std::max(0.05f, base);
            perturbed.nll[index] = std::max(0.05f, base + delta);
        }
    FrameIndexMap map;
    map.originalFrameCount = frames;
    for (std::int64_t t = 0; t < frames; ++t)
        map.perturbedToOriginal.push_back(t);
    data->analysis =
        analyzeLosses(original, perturbed, map, regionTokensFromPlan(data->plan, data->tokens), data->params);

    for (auto [details, curves] :
         {std::pair{&data->original, &original}, std::pair{&data->perturbed, &perturbed}}) {
        details->codebooks = codebooks;
        details->columns = frames;
        details->nll = curves->nll;
        details->entropy.resize(curves->nll.size());
        details->rank.resize(curves->nll.size());
        details->codes.resize(curves->nll.size());
        details->top5.resize(curves->nll.size() * 5);
        for (std::size_t i = 0; i < curves->nll.size(); ++i) {
            details->entropy[i] = 0.8f * curves->nll[i] + 0.5f;
            details->rank[i] = static_cast<std::int32_t>(std::floor(curves->nll[i] * 3.0f));
            details->codes[i] = static_cast<std::int64_t>((i * 7919) % 2048);
            for (int j = 0; j < 5; ++j)
                details->top5[i * 5 + j] = static_cast<std::int32_t>((i * 31 + j * 101) % 2048);
            if (details->rank[i] < 5)
                details->top5[i * 5 + details->rank[i]] = static_cast<std::int32_t>(details->codes[i]);
        }
    }
    return data;
}

} // namespace noiseloss::test
