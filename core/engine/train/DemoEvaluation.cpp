// evaluateDemoModel(): measures a demo model folder through the public MusicModel API
// (encode / decode / score) on held-out synthesized material.
#include "analysis/StudyBandDetector.h"
#include "audio/AudioFile.h"
#include "dsp/NoiseGenerator.h"
#include "engine/MusicModel.h"
#include "engine/train/DemoTraining.h"
#include "engine/train/RvqTrainer.h"
#include "engine/train/SpectralLoss.h"
#include "engine/train/SynthSongPool.h"
#include "synth/SongRenderer.h"
#include "util/Error.h"

#include <chrono>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

namespace noiseloss {

namespace {

constexpr std::uint64_t kCodecEvaluationSeed = kFirstHeldOutSeed + 100; // held-out songs 1000100..
constexpr int kCodecEvaluationSongs = 8;
constexpr double kCodecEvaluationSeconds = 10.0;
constexpr double kNoiseOnsetSeconds = 5.0;
constexpr double kNoiseSeconds = 2.0;
constexpr double kNoiseLevelDbfs = -12.0;
constexpr std::int64_t kPeakWindowTokens = 10;

torch::Tensor asTensor(const std::vector<float>& samples) {
    return torch::from_blob(const_cast<float*>(samples.data()),
                            {1, static_cast<std::int64_t>(samples.size())}, torch::kFloat32)
        .clone();
}

double mean(const std::vector<float>& values, std::size_t begin, std::size_t end) {
    double sum = 0.0;
    for (std::size_t i = begin; i < end; ++i)
        sum += values[i];
    return end > begin ? sum / static_cast<double>(end - begin) : 0.0;
}

nlohmann::json codecMetrics(const MusicModel& model) {
    std::vector<std::int64_t> allCodes;
    double siSnr = 0.0, stft = 0.0;
    int codebooks = model.info().codebooks;
    for (int i = 0; i < kCodecEvaluationSongs; ++i) {
        const auto samples = renderSong(randomSongParams(kCodecEvaluationSeed + static_cast<std::uint64_t>(i),
                                                         kCodecEvaluationSeconds))
                                 .samples;
        const CodeMatrix codes = model.encode(samples);
        std::vector<float> decoded = model.decode(codes);
        decoded.resize(samples.size());
        siSnr += scaleInvariantSnrDb(asTensor(decoded), asTensor(samples));
        torch::NoGradGuard noGrad;
        stft += multiResolutionStftDistance(asTensor(decoded), asTensor(samples)).item<double>();
        for (std::int64_t t = 0; t < codes.frames; ++t)
            for (int k = 0; k < codebooks; ++k)
                allCodes.push_back(codes.at(k, t));
    }
    const torch::Tensor codeTensor =
        torch::from_blob(allCodes.data(), {static_cast<std::int64_t>(allCodes.size()) / codebooks, codebooks},
                         torch::kInt64)
            .clone();
    return {{"songs", kCodecEvaluationSongs},
            {"song_seeds_from", kCodecEvaluationSeed},
            {"seconds_each", kCodecEvaluationSeconds},
            {"si_snr_db", siSnr / kCodecEvaluationSongs},
            {"multires_stft_distance", stft / kCodecEvaluationSongs},
            {"codebook_perplexity", RvqTrainer::perplexities(codeTensor, model.info().codebookSize)},
            {"codebook_size", model.info().codebookSize}};
}

std::vector<float> withNoise(const std::vector<float>& clip, int sampleRate) {
    std::vector<float> perturbed = clip;
    const auto begin = static_cast<std::size_t>(kNoiseOnsetSeconds * sampleRate);
    const auto count = static_cast<std::size_t>(kNoiseSeconds * sampleRate);
    if (begin + count > clip.size())
        throw Error("noise experiment: the clip is shorter than " +
                    std::to_string(kNoiseOnsetSeconds + kNoiseSeconds) + " s");
    NoiseParams params;
    params.color = NoiseColor::White;
    params.method = NoiseMethod::NoiseLoss;
    params.seed = 12345;
    const std::vector<float> noise = generateNoise(count, params);
    const double gain = dbToGain(kNoiseLevelDbfs);
    for (std::size_t i = 0; i < count; ++i)
        perturbed[begin + i] = static_cast<float>(gain * noise[i]);
    return perturbed;
}

nlohmann::json noiseExperiment(const MusicModel& model, const std::filesystem::path& clipPath,
                               std::ostream& curves) {
    const AudioBuffer clip = downmixToMono(loadAudioFile(clipPath));
    if (clip.sampleRate != model.info().sampleRate)
        throw Error(clipPath.string() + ": expected " + std::to_string(model.info().sampleRate) +
                    " Hz audio");
    const std::vector<float> perturbed = withNoise(clip.samples, clip.sampleRate);
    const auto scoreStart = std::chrono::steady_clock::now();
    const ScoreResult original = model.score(model.encode(clip.samples));
    const double scoreSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - scoreStart).count();
    const ScoreResult noisy = model.score(model.encode(perturbed));
    const std::vector<float> lossOriginal = original.meanNllPerColumn(), lossNoisy = noisy.meanNllPerColumn();
    const std::size_t n = std::min(lossOriginal.size(), lossNoisy.size());
    std::vector<float> difference(n);
    for (std::size_t t = 0; t < n; ++t) {
        difference[t] = lossNoisy[t] - lossOriginal[t];
        curves << clipPath.filename().string() << "," << t << "," << lossOriginal[t] << "," << lossNoisy[t]
               << "," << difference[t] << "\n";
    }
    const double frameRate = model.info().frameRate;
    const RegionTokens region{static_cast<std::int64_t>(std::llround(kNoiseOnsetSeconds * frameRate)),
                              static_cast<std::int64_t>(std::llround(kNoiseSeconds * frameRate))};
    const StudyBands bands = detectStudyBands(difference, {region}).front();
    const auto onset = static_cast<std::size_t>(region.onsetFrame);
    auto span = [](TokenSpan s) {
        return nlohmann::json::array({s.begin, s.end});
    };
    return {{"clip", clipPath.filename().string()},
            {"frames", n},
            {"mean_nll_original", mean(lossOriginal, 0, n)},
            {"mean_nll_perturbed", mean(lossNoisy, 0, n)},
            {"uniform_nll", std::log(static_cast<double>(model.info().codebookSize))},
            {"noise",
             {{"onset_s", kNoiseOnsetSeconds}, {"length_s", kNoiseSeconds}, {"level_dbfs", kNoiseLevelDbfs}}},
            {"peak_first10_mean_difference", mean(difference, onset, std::min(n, onset + kPeakWindowTokens))},
            {"baseline", bands.baseline},
            {"peak_span", span(bands.peak)},
            {"peak_mean", mean(difference, bands.peak.begin, bands.peak.end)},
            {"assimilation_span", span(bands.assimilation)},
            {"assimilation_mean", mean(difference, bands.assimilation.begin, bands.assimilation.end)},
            {"recovery_span", span(bands.recovery)},
            {"recovery_mean", mean(difference, bands.recovery.begin, bands.recovery.end)},
            {"score_seconds", scoreSeconds}};
}

} // namespace

std::string evaluateDemoModel(const std::filesystem::path& modelDir,
                              const std::vector<std::filesystem::path>& clips,
                              const std::filesystem::path& reportDir) {
    const auto model = MusicModel::load(modelDir);
    std::filesystem::create_directories(reportDir);
    nlohmann::json report;
    report["model"] = {{"layers", model->info().layers},
                       {"d_model", model->info().dModel},
                       {"codebooks", model->info().codebooks},
                       {"codebook_size", model->info().codebookSize},
                       {"config_hash", model->info().configHash}};
    report["codec"] = codecMetrics(*model);
    std::ofstream curves(reportDir / "noise-curves.csv");
    curves << "clip,token,loss_original,loss_perturbed,difference\n";
    report["clips"] = nlohmann::json::array();
    for (const auto& clip : clips)
        report["clips"].push_back(noiseExperiment(*model, clip, curves));
    std::ofstream(reportDir / "evaluation.json") << report.dump(2) << "\n";
    return report.dump(2);
}

} // namespace noiseloss
