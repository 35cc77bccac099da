#include "engine/experiment/ExperimentRunner.h"

#include "analysis/ContentHash.h"
#include "audio/AudioFile.h"
#include "engine/MusicModel.h"
#include "engine/ScoreExport.h"
#include "engine/ScoreParams.h"
#include "engine/analysis/AnalysisExport.h"
#include "engine/analysis/AnalysisSession.h"
#include "experiment/ExperimentClip.h"
#include "experiment/ExperimentJob.h"
#include "experiment/ExperimentSpecJson.h"
#include "experiment/ExperimentStore.h"
#include "experiment/JobRows.h"
#include "experiment/ModelFilesHash.h"
#include "experiment/PerturbationGridJson.h"
#include "experiment/RecipeHash.h"
#include "noiseloss/BuildInfo.h"
#include "perturb/PlanJson.h"
#include "util/Error.h"

#include <cmath>
#include <cstdio>
#include <memory>

namespace noiseloss {
namespace {

AnalysisParams analysisParamsOf(const ExperimentSpec& spec) {
    AnalysisParams params = defaultAnalysisParams();
    params.alignment = parseAlignment(spec.alignment);
    params.computeTop5 = false;
    params.incrementalScoring = false; // results must not depend on job order, shards or resumption
    if (spec.tokenPairing == "index-wise")
        params.lossAnalysis.alignment = AlignmentPolicy::IndexWiseTruncation;
    return params;
}

/// The settings every job's recipe shares.
nlohmann::json recipeSettings(const ExperimentSpec& spec, const AnalysisParams& params) {
    const StudyBandParams& bands = params.lossAnalysis.studyBands;
    return {{"alignment", spec.alignment},
            {"token_pairing", spec.tokenPairing},
            {"conditioning", "unconditional"},
            {"study_bands",
             {{"baseline_gap", bands.baselineGapTokens},
              {"lead", bands.leadTokens},
              {"run_length", bands.runLengthTokens},
              {"fallback_peak", bands.fallbackPeakTokens},
              {"assimilation_tail", bands.assimilationTailTokens}}}};
}

std::string shortNumber(double value) {
    char text[32];
    std::snprintf(text, sizeof(text), "%g", value);
    return text;
}

std::string describeJob(const ExperimentJob& job, const ExperimentClip& clip, const std::string& model) {
    const PerturbationSetting& s = job.setting;
    std::string label = model + "/" + clip.name + " " + toString(s.kind) + " " + shortNumber(s.length) + " " +
                        toString(s.lengthUnit);
    if (s.kind == RegionKind::Noise)
        label += " " + toString(s.colour) + " " + shortNumber(s.level) + " dB";
    if (s.kind == RegionKind::Shuffle)
        label += " " + toString(s.scheme) + " block " + std::to_string(s.block);
    if (s.kind == RegionKind::Noise || s.kind == RegionKind::Shuffle)
        label += " seed " + std::to_string(s.seed);
    return label;
}

/// Keeps the first `maxSeconds` of `audio` (all of it when 0 or when the clip is shorter).
void cropToExcerpt(AudioBuffer& audio, double maxSeconds) {
    if (maxSeconds <= 0.0 || audio.channels <= 0)
        return;
    const auto frames = static_cast<std::size_t>(std::llround(maxSeconds * audio.sampleRate));
    if (frames < audio.frameCount())
        audio.samples.resize(frames * static_cast<std::size_t>(audio.channels));
}

/// Mutable state of one run: the loaded model, session and clip, the table rows so far.
struct RunState {
    RunState(const ExperimentSpec& spec, const ExperimentRunOptions& options,
             const std::filesystem::path& out)
        : spec(spec), options(options), store(out), params(analysisParamsOf(spec)),
          settings(recipeSettings(spec, params)), clips(expandExperimentInputs(spec.inputs)) {}

    const ExperimentSpec& spec;
    const ExperimentRunOptions& options;
    ExperimentStore store;
    AnalysisParams params;
    nlohmann::json settings;
    std::vector<ExperimentClip> clips;
    nlohmann::json meta;

    std::size_t modelIndex = SIZE_MAX;
    std::shared_ptr<const MusicModel> model;
    std::string modelHash; ///< modelFilesHash: config and weights (a retrained model has new jobs)
    std::unique_ptr<AnalysisSession> session;
    std::size_t clipIndex = SIZE_MAX;
    AudioBuffer audio;
    std::string clipHash;
    std::vector<std::string> rows;

    void prepare(const ExperimentJob& job);
    std::string recipeFor(const ExperimentJob& job, nlohmann::json& recipe) const;
    void runJob(const ExperimentJob& job, const std::string& jobId, const nlohmann::json& recipe);
    std::string modelName() const { return spec.models[modelIndex].filename().string(); }
};

void RunState::prepare(const ExperimentJob& job) {
    if (job.modelIndex != modelIndex) {
        session.reset();
        model.reset();
        model = MusicModel::load(spec.models[job.modelIndex], options.engine);
        session = std::make_unique<AnalysisSession>(model);
        modelIndex = job.modelIndex;
        clipIndex = SIZE_MAX;
        modelHash = modelFilesHash(spec.models[job.modelIndex]);
        nlohmann::json modelMeta = scoreMetaJson(model->info(), nlohmann::json::object());
        modelMeta["model"]["files_hash"] = modelHash;
        meta["libraries"] = modelMeta["libraries"];
        meta["models"].push_back(modelMeta["model"]);
    }
    if (job.clipIndex != clipIndex) {
        audio = loadAudioFile(clips[job.clipIndex].file);
        cropToExcerpt(audio, clips[job.clipIndex].maxSeconds);
        // The hash is of the samples analysed, so an excerpt and the whole clip never share a job.
        clipHash = audioContentHash(audio);
        clipIndex = job.clipIndex;
    }
}

std::string RunState::recipeFor(const ExperimentJob& job, nlohmann::json& recipe) const {
    const ModelInfo& info = model->info();
    const TokenTimeMap tokens{info.sampleRate, info.hopSamples};
    PerturbationPlan plan;
    plan.regions.push_back(regionForSetting(job.setting, tokens));
    recipe = experimentRecipe(clipHash, info.configHash + "-" + modelHash, planToJson(plan), settings);
    return recipeHash(recipe);
}

void RunState::runJob(const ExperimentJob& job, const std::string& jobId, const nlohmann::json& recipe) {
    const ExperimentClip& clip = clips[job.clipIndex];
    const ModelInfo& info = model->info();
    const TokenTimeMap tokens{info.sampleRate, info.hopSamples};
    const PerturbationPlan plan = planFromJson(recipe["perturbation"]);
    RunControl control;
    control.cancel = options.cancel;
    AnalysisResult result;
    try {
        result = session->run(audio, plan, params, control);
    } catch (const Error& error) {
        throw Error("job " + std::to_string(job.index) + " (" + describeJob(job, clip, modelName()) +
                    "): " + error.what());
    }
    const std::filesystem::path partial = store.beginJob(jobId);
    const nlohmann::json jobJson = {
        {"index", job.index},
        {"job_id", jobId},
        {"dataset", clip.dataset},
        {"clip", clip.file.string()},
        {"max_seconds", clip.maxSeconds > 0.0 ? nlohmann::json(clip.maxSeconds) : nlohmann::json(nullptr)},
        {"model", info.folder.string()},
        {"setting", settingToJson(job.setting)},
        {"recipe", recipe},
        {"plan", recipe["perturbation"]}};
    writeAnalysisDirectory(partial, result, info, params,
                           {{"command", "experiment"}, {"audio", clip.file.string()}, {"job", jobJson}});
    ExperimentStore::writeTextAtomically(partial / "job.json", jobJson.dump(2) + "\n");
    savePlanFile(partial / "plan.json", plan);
    const JobIdentity identity{job.index, jobId, clip.dataset, clip.name, modelName()};
    std::string text;
    for (const TidyRow& row : tidyRowsForJob(identity, job.setting, tokens, result.analysis))
        text += toCsvLine(row) + "\n";
    ExperimentStore::writeTextAtomically(partial / "rows.csv", text);
    store.commitJob(partial, jobId);
}

nlohmann::json initialMeta(const ExperimentSpec& spec, const ExperimentRunOptions& options,
                           std::size_t jobCount, std::size_t clipCount) {
    return {{"app", "NoiseLoss Workstation"},
            {"version", build::kVersion},
            {"git_commit", build::kGitCommit},
            {"command", "experiment"},
            {"spec", spec.source},
            {"spec_name", spec.name},
            {"spec_hash", ExperimentRunner::specHash(spec)},
            {"recipe_version", kExperimentRecipeVersion},
            {"job_count", jobCount},
            {"clip_count", clipCount},
            {"shard", {{"index", options.shard.index}, {"count", options.shard.count}}},
            {"models", nlohmann::json::array()}};
}

} // namespace

ExperimentRunner::ExperimentRunner(ExperimentSpec spec, std::filesystem::path outFolder,
                                   ExperimentRunOptions options)
    : m_spec(std::move(spec)), m_out(std::move(outFolder)), m_options(std::move(options)) {}

std::string ExperimentRunner::specHash(const ExperimentSpec& spec) {
    return recipeHash(spec.source);
}

ExperimentRunSummary ExperimentRunner::run(ExperimentProgress* progress) {
    RunState state(m_spec, m_options, m_out);
    const std::vector<ExperimentJob> jobs = expandExperimentJobs(m_spec, state.clips.size());
    if (const auto existing = state.store.readMeta();
        existing && existing->value("spec_hash", "") != specHash(m_spec))
        throw Error(m_out.string() +
                    ": holds the output of a different experiment spec; choose another --out");
    state.meta = initialMeta(m_spec, m_options, jobs.size(), state.clips.size());
    std::filesystem::create_directories(state.store.jobsFolder());
    state.store.removePartialJobs();
    state.store.writeMeta(state.meta);

    ExperimentRunSummary summary;
    summary.totalJobs = jobs.size();
    std::vector<const ExperimentJob*> shardJobs;
    for (const ExperimentJob& job : jobs)
        if (m_options.shard.contains(job.index))
            shardJobs.push_back(&job);
    summary.shardJobs = shardJobs.size();
    if (progress)
        progress->start(shardJobs.size());
    for (std::size_t position = 0; position < shardJobs.size(); ++position) {
        const ExperimentJob& job = *shardJobs[position];
        const bool mayRun =
            (m_options.jobLimit < 0 || static_cast<std::int64_t>(summary.ran) < m_options.jobLimit) &&
            !(m_options.cancel && m_options.cancel->load());
        state.prepare(job);
        nlohmann::json recipe;
        const std::string jobId = state.recipeFor(job, recipe);
        const std::string label = describeJob(job, state.clips[job.clipIndex], state.modelName());
        if (state.store.isJobComplete(jobId)) {
            ++summary.skipped;
            if (progress)
                progress->jobSkipped(position, label);
        } else if (!mayRun) {
            summary.remaining = shardJobs.size() - position;
            break;
        } else {
            if (progress)
                progress->jobStarted(position, label);
            state.runJob(job, jobId, recipe);
            ++summary.ran;
            if (progress)
                progress->jobFinished(position, label);
        }
        const std::vector<std::string> rows = state.store.readJobRows(jobId);
        state.rows.insert(state.rows.end(), rows.begin(), rows.end());
    }
    state.store.writeResultsTable(state.rows);
    state.store.writeMeta(state.meta);
    return summary;
}

} // namespace noiseloss
