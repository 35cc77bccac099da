// noiseloss-bench: how fast the engine encodes and scores on this machine, compared with the
// best GEMM rate the same machine reaches, and how much memory it needs.
//   noiseloss-bench MODEL_DIR [--seconds 10,30] [--threads N] [--plain]
#include "engine/EngineLog.h"
#include "engine/MusicModel.h"
#include "engine/PerformanceProbe.h"
#include "util/Error.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <random>
#include <sstream>

namespace {

using Clock = std::chrono::steady_clock;

struct BenchOptions {
    std::string modelFolder;
    std::vector<double> seconds{10.0, 30.0};
    int threads = 0;
    bool plain = false;
};

BenchOptions parseOptions(int argc, char** argv) {
    BenchOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--seconds" && hasValue) {
            options.seconds.clear();
            std::stringstream list(argv[++i]);
            for (std::string item; std::getline(list, item, ',');)
                options.seconds.push_back(std::stod(item));
        } else if (arg == "--threads" && hasValue) {
            options.threads = std::stoi(argv[++i]);
        } else if (arg == "--plain") {
            options.plain = true;
        } else if (!arg.starts_with("--") && options.modelFolder.empty()) {
            options.modelFolder = arg;
        } else {
            throw noiseloss::Error(
                "usage: noiseloss-bench MODEL_DIR [--seconds 10,30] [--threads N] [--plain]");
        }
    }
    if (options.modelFolder.empty())
        throw noiseloss::Error("usage: noiseloss-bench MODEL_DIR [--seconds 10,30] [--threads N] [--plain]");
    return options;
}

/// A chord with a little noise at the model's rate (the content does not change the cost).
std::vector<float> testSignal(double seconds, int sampleRate) {
    std::mt19937 random(1);
    std::normal_distribution<float> noise(0.0f, 0.01f);
    std::vector<float> samples(static_cast<std::size_t>(seconds * sampleRate));
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const double time = static_cast<double>(i) / sampleRate;
        samples[i] =
            static_cast<float>(0.2 * (std::sin(2 * M_PI * 220 * time) + std::sin(2 * M_PI * 277.18 * time) +
                                      std::sin(2 * M_PI * 329.63 * time))) +
            noise(random);
    }
    return samples;
}

double since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void benchDuration(const noiseloss::MusicModel& model, double seconds) {
    using namespace noiseloss;
    const ModelInfo& info = model.info();
    CodeMatrix codes;
    double encodeSeconds = 0.0;
    if (info.hasCodec) {
        const std::vector<float> audio = testSignal(seconds, info.sampleRate);
        const auto start = Clock::now();
        codes = model.encode(audio);
        encodeSeconds = since(start);
    } else {
        codes.codebooks = info.codebooks;
        codes.frames = static_cast<std::int64_t>(std::ceil(seconds * info.frameRate));
        codes.codes.assign(static_cast<std::size_t>(codes.codebooks * codes.frames), 7);
    }
    ScoreParams params;
    params.computeTop5 = false;
    const auto start = Clock::now();
    const ScoreResult result = model.score(codes, params);
    const double scoreSeconds = since(start);
    const double flops = decoderForwardFlops(*model.decoderConfig(), codes.frames + codes.codebooks - 1);
    std::printf("%5.1f s audio (%lld frames): encode %6.2f s | score %6.2f s, %.0f GFLOP, %6.1f GFLOP/s | "
                "mean NLL %.3f | peak RSS %.2f GB\n",
                seconds, static_cast<long long>(codes.frames), encodeSeconds, scoreSeconds, flops / 1e9,
                flops / scoreSeconds / 1e9, result.meanNll(), static_cast<double>(peakResidentBytes()) / 1e9);
}

} // namespace

int main(int argc, char** argv) {
    try {
        const BenchOptions options = parseOptions(argc, argv);
        noiseloss::EngineOptions engineOptions;
        engineOptions.threads = options.threads;
        engineOptions.oneDnnLinear = !options.plain;
        const auto start = Clock::now();
        const auto model = noiseloss::MusicModel::load(options.modelFolder, engineOptions);
        std::printf("%s\nloaded in %.2f s, peak RSS %.2f GB\n",
                    noiseloss::describeLoadedModel(*model).c_str(), since(start),
                    static_cast<double>(noiseloss::peakResidentBytes()) / 1e9);
        if (!model->info().hasLanguageModel)
            throw noiseloss::Error("the folder has no MusicGen decoder to benchmark");
        const auto d = model->info().dModel;
        const noiseloss::GemmRates rates = noiseloss::measureGemmRates(500, 4 * d, d);
        std::printf("GEMM 500x%dx%d on this machine: oneDNN %.1f GFLOP/s, BLAS sgemm %.1f GFLOP/s\n", d,
                    4 * d, d, rates.oneDnnGflops, rates.blasGflops);
        for (double seconds : options.seconds)
            benchDuration(*model, seconds);
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "noiseloss-bench: " << error.what() << "\n";
        return 1;
    }
}
