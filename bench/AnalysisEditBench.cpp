// noiseloss-bench-analysis: how long the analysis takes to catch up after the user edits the plan,
// through the engine path of the GUI's analysis worker (AnalysisSession::run with its caches:
// the original is scored once, an edit re-encodes and re-scores from the first affected frame).
//
//   noiseloss-bench-analysis MODEL_DIR AUDIO [--seconds 30] [--positions 0.1,0.3,0.5,0.7,0.9]
//                            [--region 2] [--repeats 1] [--compare-full 0.7] [--threads N]
//
// AUDIO is looped (or cut) to --seconds. For every position p (a fraction of the clip) three
// edits are timed in the order a user makes them: add a noise region of --region seconds at p,
// move it by +0.5 s, remove it again. Each time is wall clock from the request to a finished
// AnalysisResult (perturbed curve, D, bands, statistics). --compare-full P also times a full
// scoring of the clip edited at P (encode + score without caches) against the incremental run,
// --repeats times, alternating.
#include "audio/AudioFile.h"
#include "audio/Resampler.h"
#include "engine/EngineLog.h"
#include "engine/MusicModel.h"
#include "engine/PerformanceProbe.h"
#include "engine/analysis/AnalysisSession.h"
#include "perturb/PerturbationRenderer.h"
#include "util/Error.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <map>
#include <sstream>

namespace {

using Clock = std::chrono::steady_clock;
using namespace noiseloss;

constexpr const char* kUsage =
    "usage: noiseloss-bench-analysis MODEL_DIR AUDIO [--seconds 30] [--positions 0.1,0.3,0.5,0.7,0.9] "
    "[--region 2] [--repeats 1] [--compare-full FRACTION] [--threads N]";

struct BenchOptions {
    std::string modelFolder;
    std::string audioPath;
    double seconds = 30.0;
    std::vector<double> positions{0.1, 0.3, 0.5, 0.7, 0.9};
    double regionSeconds = 2.0;
    int repeats = 1;
    double compareFullAt = -1.0; ///< < 0: no full-scoring comparison
    int threads = 0;
};

std::vector<double> parseList(const std::string& text) {
    std::vector<double> values;
    if (text == "none")
        return values;
    std::stringstream list(text);
    for (std::string item; std::getline(list, item, ',');)
        values.push_back(std::stod(item));
    return values;
}

BenchOptions parseOptions(int argc, char** argv) {
    BenchOptions options;
    std::vector<std::string> positional;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--seconds" && hasValue)
            options.seconds = std::stod(argv[++i]);
        else if (arg == "--positions" && hasValue)
            options.positions = parseList(argv[++i]);
        else if (arg == "--region" && hasValue)
            options.regionSeconds = std::stod(argv[++i]);
        else if (arg == "--repeats" && hasValue)
            options.repeats = std::stoi(argv[++i]);
        else if (arg == "--compare-full" && hasValue)
            options.compareFullAt = std::stod(argv[++i]);
        else if (arg == "--threads" && hasValue)
            options.threads = std::stoi(argv[++i]);
        else if (!arg.starts_with("--"))
            positional.push_back(arg);
        else
            throw Error(kUsage);
    }
    if (positional.size() != 2 || options.seconds <= options.regionSeconds + 0.5 || options.repeats < 1)
        throw Error(kUsage);
    for (double position : options.positions)
        if (position < 0.0 || position >= 1.0)
            throw Error("--positions: fractions of the clip in [0, 1), got " + std::to_string(position));
    options.modelFolder = positional[0];
    options.audioPath = positional[1];
    return options;
}

double since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// CPU seconds of the whole process. With one intra-op thread this is close to the wall time the
/// same work takes on an idle machine, so it shows the cost even when other jobs share the CPU.
double processCpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + 1e-9 * static_cast<double>(now.tv_nsec);
}

/// Mono at the model's rate, looped or cut to `seconds`.
AudioBuffer benchClip(const std::string& path, int sampleRate, double seconds) {
    AudioBuffer clip = prepareForModel(loadAudioFile(path), sampleRate);
    if (clip.empty())
        throw Error(path + ": no audio");
    const std::size_t period = clip.samples.size();
    clip.samples.resize(static_cast<std::size_t>(seconds * sampleRate));
    for (std::size_t i = period; i < clip.samples.size(); ++i)
        clip.samples[i] = clip.samples[i - period];
    return clip;
}

/// A white-noise region [start, start + length) snapped to token frames (as the GUI snaps them).
Region noiseRegion(double start, double length, const TokenTimeMap& tokens) {
    Region region;
    region.kind = RegionKind::Noise;
    region.startSeconds = tokens.frameToSeconds(static_cast<std::int64_t>(start * tokens.framesPerSecond()));
    region.endSeconds = region.startSeconds + length;
    region.levelDb = -12.0;
    region.seed = 1;
    return region;
}

/// Wall-clock seconds per pipeline stage (time since the previous report goes to the stage
/// reported now, as in `noiseloss-cli analyze`).
struct StageTimer {
    std::map<std::string, double> seconds;
    Clock::time_point last = Clock::now();
    RunControl control() {
        RunControl control;
        control.progress = [this](const std::string& stage, double) {
            const Clock::time_point now = Clock::now();
            seconds[stage] += std::chrono::duration<double>(now - last).count();
            last = now;
        };
        return control;
    }
};

struct EditTiming {
    std::string kind;
    double position = 0.0;
    double totalMs = 0.0;
    double cpuMs = 0.0;
    double encodeMs = 0.0;
    double scoreMs = 0.0;
    std::int64_t encodedFrames = 0;
    std::int64_t computedPositions = 0;
};

EditTiming timeEdit(AnalysisSession& session, const AudioBuffer& clip, const PerturbationPlan& plan,
                    const std::string& kind, double position) {
    StageTimer timer;
    const RunControl control = timer.control();
    const auto start = Clock::now();
    const double cpuStart = processCpuSeconds();
    const AnalysisResult result = session.run(clip, plan, defaultAnalysisParams(), control);
    EditTiming timing;
    timing.totalMs = since(start) * 1000.0;
    timing.cpuMs = (processCpuSeconds() - cpuStart) * 1000.0;
    timing.kind = kind;
    timing.position = position;
    timing.encodeMs = timer.seconds["encode perturbed"] * 1000.0;
    timing.scoreMs = timer.seconds["score perturbed"] * 1000.0;
    timing.encodedFrames = result.perturbedEncodedFrames;
    timing.computedPositions = result.perturbedComputedPositions;
    if (!result.originalFromCache)
        throw Error("the original was not taken from the cache: the edit timing would include it");
    std::printf("  %-6s at %4.0f %%: %8.1f ms wall, %7.1f ms CPU (encode %7.1f ms, %4lld frames | score "
                "%7.1f ms, %4lld positions) | clip D %+.4f, %zu region(s)\n",
                kind.c_str(), position * 100.0, timing.totalMs, timing.cpuMs, timing.encodeMs,
                static_cast<long long>(timing.encodedFrames), timing.scoreMs,
                static_cast<long long>(timing.computedPositions), result.analysis.clip.difference,
                result.analysis.regions.size());
    return timing;
}

double median(std::vector<double> values) {
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : 0.5 * (values[middle - 1] + values[middle]);
}

void printMedians(const std::vector<EditTiming>& timings) {
    std::map<std::string, std::vector<double>> wallByKind, cpuByKind;
    std::vector<double> wall, cpu;
    for (const EditTiming& timing : timings) {
        wallByKind[timing.kind].push_back(timing.totalMs);
        cpuByKind[timing.kind].push_back(timing.cpuMs);
        wall.push_back(timing.totalMs);
        cpu.push_back(timing.cpuMs);
    }
    for (const auto& [kind, values] : wallByKind)
        std::printf("median %-6s: %8.1f ms wall (min %.1f, max %.1f), %7.1f ms CPU, over %zu edits\n",
                    kind.c_str(), median(values), *std::min_element(values.begin(), values.end()),
                    *std::max_element(values.begin(), values.end()), median(cpuByKind[kind]), values.size());
    std::printf("median edit-to-updated-curve latency: %.1f ms wall, %.1f ms CPU, over %zu edits\n",
                median(wall), median(cpu), wall.size());
}

/// Full scoring of the clip edited at `fraction` (encode + score, no caches) against the
/// session's incremental run of the same edit with the original already cached.
/// Returns {wall ratio, CPU ratio} of the incremental run to the full scoring.
std::pair<double, double> compareWithFullScoring(const MusicModel& model, AnalysisSession& session,
                                                 const AudioBuffer& clip, double fraction,
                                                 double regionSeconds) {
    const TokenTimeMap tokens{model.info().sampleRate, model.info().hopSamples};
    PerturbationPlan plan;
    plan.regions = {noiseRegion(fraction * clip.durationSeconds(), regionSeconds, tokens)};
    std::printf("\nfull scoring vs incremental re-scoring, noise region at %.0f %% (%.2f-%.2f s):\n",
                fraction * 100.0, plan.regions[0].startSeconds, plan.regions[0].endSeconds);

    const AudioBuffer perturbed = renderPerturbedAudio(clip, plan, tokens, false);
    const double fullCpuStart = processCpuSeconds();
    auto start = Clock::now();
    const CodeMatrix codes = model.encode(perturbed.samples);
    const double fullEncode = since(start);
    start = Clock::now();
    const ScoreResult score = model.score(codes, {Alignment::Delayed, false});
    const double fullScore = since(start);
    const double full = fullEncode + fullScore;
    const double fullCpu = processCpuSeconds() - fullCpuStart;
    std::printf(
        "  full:        %8.2f s wall, %.2f s CPU (encode %.2f s + score %.2f s, %lld frames), mean NLL "
        "%.4f\n",
        full, fullCpu, fullEncode, fullScore, static_cast<long long>(codes.frames), score.meanNll());

    session.run(clip, PerturbationPlan{}); // back to the unedited clip: both caches hold the original
    StageTimer timer;
    const double incrementalCpuStart = processCpuSeconds();
    start = Clock::now();
    const AnalysisResult result = session.run(clip, plan, defaultAnalysisParams(), timer.control());
    const double incremental = since(start);
    const double incrementalCpu = processCpuSeconds() - incrementalCpuStart;
    const double encode = timer.seconds["encode perturbed"];
    const double rescore = timer.seconds["score perturbed"];
    std::printf("  incremental: %8.2f s wall, %.2f s CPU (encode %.2f s, %lld of %lld frames + score %.2f s, "
                "%lld of %lld positions + render/bands %.2f s), mean NLL %.4f\n",
                incremental, incrementalCpu, encode, static_cast<long long>(result.perturbedEncodedFrames),
                static_cast<long long>(codes.frames), rescore,
                static_cast<long long>(result.perturbedComputedPositions),
                static_cast<long long>(result.perturbedComputedPositions + result.perturbedReusedPositions),
                incremental - encode - rescore, result.perturbedScore.meanNll());
    std::printf("  re-score / full: %.1f %% wall, %.1f %% CPU end to end (encode %.1f %%, LM score %.1f %%); "
                "target <= 40 %%\n",
                100.0 * incremental / full, 100.0 * incrementalCpu / fullCpu, 100.0 * encode / fullEncode,
                100.0 * rescore / fullScore);
    return {incremental / full, incrementalCpu / fullCpu};
}

void printGemmRates(const MusicModel& model, const char* when) {
    const auto d = model.info().dModel;
    const GemmRates rates = measureGemmRates(500, 4 * d, d);
    std::printf("GEMM 500x%dx%d %s: oneDNN %.1f GFLOP/s, BLAS %.1f GFLOP/s (idle reference: see "
                "docs/performance.md)\n",
                4 * d, d, when, rates.oneDnnGflops, rates.blasGflops);
}

} // namespace

int main(int argc, char** argv) {
    try {
        const BenchOptions options = parseOptions(argc, argv);
        EngineOptions engineOptions;
        engineOptions.threads = options.threads;
        auto start = Clock::now();
        const auto model = MusicModel::load(options.modelFolder, engineOptions);
        std::printf("%s\nloaded in %.2f s\n", describeLoadedModel(*model).c_str(), since(start));
        printGemmRates(*model, "before");
        const AudioBuffer clip = benchClip(options.audioPath, model->info().sampleRate, options.seconds);
        const TokenTimeMap tokens{model->info().sampleRate, model->info().hopSamples};

        AnalysisSession session(model);
        start = Clock::now();
        session.run(clip, PerturbationPlan{});
        std::printf("%.1f s clip: original encoded + scored (cold, no caches) in %.2f s\n\n",
                    clip.durationSeconds(), since(start));

        std::vector<EditTiming> timings;
        for (int repeat = 0; repeat < options.repeats; ++repeat)
            for (double position : options.positions) {
                PerturbationPlan plan;
                plan.regions = {
                    noiseRegion(position * clip.durationSeconds(), options.regionSeconds, tokens)};
                timings.push_back(timeEdit(session, clip, plan, "add", position));
                plan.regions[0].startSeconds += 0.5;
                plan.regions[0].endSeconds += 0.5;
                timings.push_back(timeEdit(session, clip, plan, "move", position));
                timings.push_back(timeEdit(session, clip, PerturbationPlan{}, "remove", position));
            }
        if (!timings.empty())
            printMedians(timings);
        if (options.compareFullAt >= 0.0) {
            // Alternating full and incremental runs, so a change of the machine's load between
            // them shows up as spread instead of biasing one side.
            std::vector<double> wallRatios, cpuRatios;
            for (int repeat = 0; repeat < options.repeats; ++repeat) {
                const auto [wall, cpu] = compareWithFullScoring(*model, session, clip, options.compareFullAt,
                                                                options.regionSeconds);
                wallRatios.push_back(wall);
                cpuRatios.push_back(cpu);
            }
            std::printf("\nmedian re-score / full over %d rounds: %.1f %% wall, %.1f %% CPU\n",
                        options.repeats, 100.0 * median(wallRatios), 100.0 * median(cpuRatios));
        }
        printGemmRates(*model, "after");
        std::printf("peak RSS %.2f GB\n", static_cast<double>(peakResidentBytes()) / 1e9);
        return 0;
    } catch (const std::exception& error) {
        std::cerr << "noiseloss-bench-analysis: " << error.what() << "\n";
        return 1;
    }
}
