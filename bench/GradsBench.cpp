// noiseloss-bench-grads: fast vs naive per-token gradients at identical settings, and the time of the
// full protocol (every token of a clip), measured or projected from sampled positions, and of the
// layer x token map alone for every token (method self).
//   noiseloss-bench-grads MODEL_DIR [--frames 500] [--window-frame 250] [--naive-targets 2]
//                         [--full] [--threads N]
// Random codes (the content does not change the cost). Public engine API only.
#include "engine/EngineLog.h"
#include "engine/MusicModel.h"
#include "engine/PerformanceProbe.h"
#include "engine/grads/GradientComputation.h"
#include "engine/grads/GradientTargets.h"
#include "engine/lm/DecoderConfig.h"
#include "util/Error.h"

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <random>
#include <string>

namespace {

using namespace noiseloss;

struct BenchOptions {
    std::string modelFolder;
    std::int64_t frames = 500;
    std::int64_t windowFrame = -1; ///< default: the middle of the clip
    int naiveTargets = 2;
    bool full = false;
    int threads = 0;
};

const char* const kUsage = "usage: noiseloss-bench-grads MODEL_DIR [--frames 500] [--window-frame F] "
                           "[--naive-targets 2] [--full] [--threads N]";

BenchOptions parseOptions(int argc, char** argv) {
    BenchOptions options;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--frames" && hasValue)
            options.frames = std::stoll(argv[++i]);
        else if (arg == "--window-frame" && hasValue)
            options.windowFrame = std::stoll(argv[++i]);
        else if (arg == "--naive-targets" && hasValue)
            options.naiveTargets = std::stoi(argv[++i]);
        else if (arg == "--threads" && hasValue)
            options.threads = std::stoi(argv[++i]);
        else if (arg == "--full")
            options.full = true;
        else if (!arg.starts_with("--") && options.modelFolder.empty())
            options.modelFolder = arg;
        else
            throw Error(kUsage);
    }
    if (options.modelFolder.empty())
        throw Error(kUsage);
    return options;
}

CodeMatrix randomCodes(int codebooks, std::int64_t frames, int codebookSize) {
    std::mt19937 random(7);
    std::uniform_int_distribution<std::int64_t> code(0, codebookSize - 1);
    CodeMatrix codes{codebooks, frames, {}};
    codes.codes.resize(static_cast<std::size_t>(codebooks * frames));
    for (auto& value : codes.codes)
        value = code(random);
    return codes;
}

std::vector<GradientTarget> frameTargets(std::int64_t frame, int codebooks, std::size_t limit = 0) {
    std::vector<GradientTarget> targets;
    for (int k = 0; k < codebooks && (limit == 0 || targets.size() < limit); ++k)
        targets.push_back({k, frame});
    return targets;
}

double timeRun(const MusicModel& model, const CodeMatrix& codes, GradientMethod method,
               const std::vector<GradientTarget>& targets, bool prepack = false) {
    GradientParams params = defaultGradientParams();
    params.method = method;
    params.targets = targets;
    params.prepackedBackward = prepack;
    return computeGradients(model, codes, params).seconds;
}

/// The FLOP model's total over `targets` (each at its own prefix, the default alignment), with the
/// prefix forward shared as the fast method shares it.
GradientTargetFlops modelFlops(const MusicModel& model, const CodeMatrix& codes,
                               const std::vector<GradientTarget>& targets) {
    const GradientParams params = defaultGradientParams();
    const std::int64_t positions = decoderPositions(codes.frames, codes.codebooks, params.alignment);
    const int perForward = std::min<int>(params.targetsPerForward, static_cast<int>(targets.size()));
    GradientTargetFlops total;
    for (const GradientTarget& target : targets) {
        const std::int64_t prefix = lastPositionOf(target, codes.codebooks, params.alignment) + 1;
        const GradientTargetFlops one =
            gradientTargetFlops(*model.decoderConfig(), positions, prefix, perForward);
        total.naive += one.naive;
        total.fast += one.fast;
    }
    return total;
}

/// Fast time per target at sampled frames (midpoint rule over the clip) x all K*T targets.
double projectFullProtocol(const MusicModel& model, const CodeMatrix& codes) {
    constexpr int kSamples = 4;
    double perTarget = 0.0;
    for (int i = 0; i < kSamples; ++i) {
        const std::int64_t frame = codes.frames * (2 * i + 1) / (2 * kSamples);
        const auto targets = frameTargets(frame, codes.codebooks);
        const double seconds = timeRun(model, codes, GradientMethod::Fast, targets);
        std::printf("  fast at frame %lld: %.3f s per target\n", static_cast<long long>(frame),
                    seconds / static_cast<double>(targets.size()));
        perTarget += seconds / static_cast<double>(targets.size()) / kSamples;
    }
    return perTarget * static_cast<double>(codes.frames * codes.codebooks);
}

void run(const BenchOptions& options) {
    EngineOptions engine;
    engine.threads = options.threads;
    engine.oneDnnLinear = false;
    const auto model = MusicModel::load(options.modelFolder, engine);
    std::cout << describeLoadedModel(*model) << "\n";
    const CodeMatrix codes = randomCodes(model->info().codebooks, options.frames, model->info().codebookSize);
    const std::int64_t frame = options.windowFrame >= 0 ? options.windowFrame : options.frames / 2;
    const auto naiveTargets =
        frameTargets(frame, codes.codebooks, static_cast<std::size_t>(options.naiveTargets));
    auto windowTargets = frameTargets(frame, codes.codebooks);
    for (const auto& target : frameTargets(frame + 1, codes.codebooks))
        windowTargets.push_back(target);

    const double naive = timeRun(*model, codes, GradientMethod::Naive, naiveTargets);
    const double fastSame = timeRun(*model, codes, GradientMethod::Fast, naiveTargets);
    const double fastPackedSame = timeRun(*model, codes, GradientMethod::Fast, naiveTargets, true);
    const double fastWindow = timeRun(*model, codes, GradientMethod::Fast, windowTargets);
    const double count = static_cast<double>(naiveTargets.size());
    GemmRates gemm;
    std::printf("clip %lld frames, targets at frame %lld\n", static_cast<long long>(options.frames),
                static_cast<long long>(frame));
    std::printf("naive:              %zu targets %.2f s (%.2f s per target)\n", naiveTargets.size(), naive,
                naive / count);
    std::printf("fast:               %zu targets %.2f s (%.2f s per target)  naive/fast = %.1fx\n",
                naiveTargets.size(), fastSame, fastSame / count, naive / fastSame);
    {
        const DecoderConfig& config = *model->decoderConfig();
        const GradientTargetFlops flops = modelFlops(*model, codes, naiveTargets);
        gemm = measureGemmRates(options.frames, config.ffnDim, config.dModel);
        std::printf("FLOP model (GEMM work) per target: naive %.2f GFLOP, fast %.2f GFLOP (%.1fx); achieved "
                    "naive %.0f GFLOP/s, fast %.0f GFLOP/s; this machine's GEMM %lldx%lldx%lld: BLAS %.0f "
                    "GFLOP/s\n",
                    flops.naive / count / 1e9, flops.fast / count / 1e9, flops.naive / flops.fast,
                    flops.naive / naive / 1e9, flops.fast / fastSame / 1e9,
                    static_cast<long long>(options.frames), static_cast<long long>(config.ffnDim),
                    static_cast<long long>(config.dModel), gemm.blasGflops);
    }
    std::printf("fast (oneDNN-packed weights): %zu targets %.2f s  naive/fast = %.1fx\n", naiveTargets.size(),
                fastPackedSame, naive / fastPackedSame);
    std::printf("fast window:        %zu targets %.2f s (%.3f s per target)\n", windowTargets.size(),
                fastWindow, fastWindow / static_cast<double>(windowTargets.size()));
    {
        // The study's layer x token map alone, every token (method self: a few passes).
        GradientParams params = defaultGradientParams();
        for (std::int64_t t = 0; t < codes.frames; ++t)
            for (const auto& target : frameTargets(t, codes.codebooks))
                params.targets.push_back(target);
        const SelfPositionNorms self = computeSelfPositionNorms(*model, codes, params);
        std::printf("layer x token map (self, every token): %zu targets, %d backward passes, %.2f s\n",
                    params.targets.size(), self.backwardPasses, self.seconds);
    }
    // The model's FLOPs of every target of the clip and the time they take at this machine's GEMM rate.
    std::vector<GradientTarget> all;
    for (std::int64_t t = 0; t < codes.frames; ++t)
        for (const auto& target : frameTargets(t, codes.codebooks))
            all.push_back(target);
    const double fullFlops = modelFlops(*model, codes, all).fast;
    std::printf("full protocol, FLOP model: %.2f TFLOP = %.0f s at the GEMM rate above\n", fullFlops / 1e12,
                fullFlops / (gemm.blasGflops * 1e9));
    if (options.full) {
        const double seconds = timeRun(*model, codes, GradientMethod::Fast, all);
        std::printf("full protocol (fast, measured): %zu targets %.1f s (%.0f GFLOP/s of modelled work)\n",
                    all.size(), seconds, fullFlops / seconds / 1e9);
    } else {
        std::printf("full protocol (fast, projected): %lld targets ~%.0f s\n",
                    static_cast<long long>(codes.frames * codes.codebooks),
                    projectFullProtocol(*model, codes));
    }
}

} // namespace

int main(int argc, char** argv) {
    try {
        run(parseOptions(argc, argv));
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "noiseloss-bench-grads: " << error.what() << "\n";
        return 1;
    }
}
