// The analysis pipeline end to end on the tiny random MusicGen + EnCodec fixture checkpoint.
#include "engine/analysis/AnalysisSession.h"

#include "audio/AudioFile.h"
#include "audio/Resampler.h"
#include "engine/MusicModel.h"
#include "engine/analysis/CodeCutting.h"
#include "perturb/PerturbationRenderer.h"
#include "util/Error.h"

#include <atomic>
#include <cmath>
#include <gtest/gtest.h>
#include <random>
#include <string>
#include <vector>

using namespace noiseloss;

namespace {

const std::string kModelDir = std::string(NOISELOSS_TEST_DATA_DIR) + "/tiny-musicgen";

class AnalysisSessionTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        s_model = MusicModel::load(kModelDir);
        s_audio = loadAudioFile(kModelDir + "/clip.wav");
    }
    static void TearDownTestSuite() { s_model.reset(); }

    static Region noiseRegion(double start, double end) {
        Region region;
        region.kind = RegionKind::Noise;
        region.startSeconds = start;
        region.endSeconds = end;
        region.levelDb = -6.0;
        region.seed = 7;
        return region;
    }
    static Region deleteRegion(double start, double end) {
        Region region;
        region.kind = RegionKind::Delete;
        region.startSeconds = start;
        region.endSeconds = end;
        return region;
    }
    /// A full, cache-free score of `codes`.
    static ScoreResult freshScore(const CodeMatrix& codes, Alignment alignment = Alignment::Delayed) {
        return s_model->score(codes, {alignment, false});
    }
    static void expectNear(const std::vector<float>& a, const std::vector<float>& b, float tolerance) {
        ASSERT_EQ(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (std::isnan(a[i]) || std::isnan(b[i]))
                EXPECT_EQ(std::isnan(a[i]), std::isnan(b[i])) << "index " << i;
            else
                EXPECT_NEAR(a[i], b[i], tolerance) << "index " << i;
        }
    }

    static std::shared_ptr<const MusicModel> s_model;
    static AudioBuffer s_audio;
};

std::shared_ptr<const MusicModel> AnalysisSessionTest::s_model;
AudioBuffer AnalysisSessionTest::s_audio;

TEST_F(AnalysisSessionTest, NoiseRegionMatchesIndependentEncodeAndScore) {
    PerturbationPlan plan;
    plan.regions = {noiseRegion(0.6, 0.9)};
    AnalysisSession session(s_model);
    const AnalysisResult result = session.run(s_audio, plan);

    const AudioBuffer prepared = prepareForModel(s_audio, s_model->info().sampleRate);
    const CodeMatrix originalCodes = s_model->encode(prepared.samples);
    EXPECT_EQ(result.originalCodes, originalCodes);
    expectNear(result.originalScore.nll, freshScore(originalCodes).nll, 1e-4f);

    const AudioBuffer perturbed = renderPerturbedAudio(prepared, plan, result.tokens, false);
    EXPECT_EQ(result.perturbedAudio.samples, perturbed.samples);
    const CodeMatrix perturbedCodes = s_model->encode(perturbed.samples);
    EXPECT_EQ(result.perturbedCodes, perturbedCodes);
    EXPECT_NE(result.perturbedCodes, result.originalCodes);
    // The perturbed run reused the original's unchanged prefix from the score cache.
    EXPECT_GT(result.perturbedReusedPositions, 0);
    expectNear(result.perturbedScore.nll, freshScore(perturbedCodes).nll, 1e-4f);

    // Lengths are kept: D is index-wise, per codebook and as the codebook mean.
    const AlignedLosses& aligned = result.analysis.aligned;
    ASSERT_EQ(aligned.frames, originalCodes.frames);
    for (int k = 0; k < aligned.codebooks; ++k)
        for (std::int64_t t = 0; t < aligned.frames; ++t)
            EXPECT_NEAR(aligned.difference[aligned.index(k, t)],
                        result.perturbedScore.nllAt(k, t) - result.originalScore.nllAt(k, t), 1e-5f);
    // Frames well before the noise keep their codes, so D is 0 there.
    EXPECT_NEAR(aligned.differenceMean[5], 0.0f, 1e-4f);

    ASSERT_EQ(result.analysis.regions.size(), 1u);
    const RegionAnalysis& region = result.analysis.regions[0];
    EXPECT_EQ(region.bands.region.onsetFrame, 30);
    EXPECT_EQ(region.bands.region.lengthFrames, 15);
    EXPECT_EQ(region.bands.baselineSource, BaselineSource::BeforeLead); // onset 30 < 50
    EXPECT_EQ(region.peak.span.begin, 25);
    EXPECT_NEAR(result.analysis.clip.meanOriginal, result.originalScore.meanNll(), 1e-5);
    EXPECT_NEAR(result.analysis.clip.meanPerturbed, result.perturbedScore.meanNll(), 1e-5);
    EXPECT_EQ(result.analysis.clip.lowered, result.perturbedScore.meanNll() < result.originalScore.meanNll());
}

TEST_F(AnalysisSessionTest, AnEmptyPlanChangesNothing) {
    AnalysisSession session(s_model);
    for (const bool incremental : {true, false}) {
        AnalysisParams params;
        params.incrementalScoring = incremental;
        const AnalysisResult result = session.run(s_audio, PerturbationPlan{}, params);
        EXPECT_EQ(result.perturbedCodes, result.originalCodes);
        EXPECT_TRUE(result.analysis.regions.empty());
        EXPECT_EQ(result.analysis.clip.change, ClipChange::Unchanged) << "incremental " << incremental;
        EXPECT_FALSE(result.analysis.clip.lowered);
        EXPECT_NEAR(result.analysis.clip.difference, 0.0, 1e-9);
    }
}

TEST_F(AnalysisSessionTest, DeletionCutsCodesAndShiftsTheAlignment) {
    PerturbationPlan plan;
    plan.regions = {deleteRegion(0.4, 0.6)}; // frames [20, 30)
    AnalysisSession session(s_model);
    const AnalysisResult result = session.run(s_audio, plan);

    const std::int64_t frames = result.originalCodes.frames;
    ASSERT_EQ(result.perturbedCodes.frames, frames - 10);
    // Delete is not applied to the audio: the cut codes are the original codes without [20, 30).
    EXPECT_EQ(result.perturbedAudio.samples, result.originalAudio.samples);
    for (int k = 0; k < result.perturbedCodes.codebooks; ++k)
        for (std::int64_t t = 0; t < result.perturbedCodes.frames; ++t)
            ASSERT_EQ(result.perturbedCodes.at(k, t), result.originalCodes.at(k, t < 20 ? t : t + 10));
    expectNear(result.perturbedScore.nll, freshScore(result.perturbedCodes).nll, 1e-4f);

    const AlignedLosses& aligned = result.analysis.aligned;
    for (std::int64_t t = 20; t < 30; ++t)
        EXPECT_TRUE(std::isnan(aligned.differenceMean[static_cast<std::size_t>(t)])) << t;
    for (int k = 0; k < aligned.codebooks; ++k) {
        EXPECT_NEAR(aligned.difference[aligned.index(k, 40)],
                    result.perturbedScore.nllAt(k, 30) - result.originalScore.nllAt(k, 40), 1e-5f);
        EXPECT_NEAR(aligned.difference[aligned.index(k, 10)], 0.0f, 1e-4f); // identical prefix
    }
    EXPECT_EQ(result.frameMap.perturbedToOriginal[20], 30);

    AnalysisParams compat;
    compat.lossAnalysis.alignment = AlignmentPolicy::IndexWiseTruncation;
    const AnalysisResult study = session.run(s_audio, plan, compat);
    EXPECT_NEAR(study.analysis.aligned.difference[aligned.index(0, 25)],
                result.perturbedScore.nllAt(0, 25) - result.originalScore.nllAt(0, 25), 1e-5f);
    EXPECT_TRUE(std::isnan(study.analysis.aligned.differenceMean[static_cast<std::size_t>(frames - 1)]));
}

TEST_F(AnalysisSessionTest, EditsReuseCachesAndGiveFreshResults) {
    PerturbationPlan first;
    first.regions = {noiseRegion(0.6, 0.9)};
    PerturbationPlan edited;
    edited.regions = {noiseRegion(0.8, 1.0)};
    AnalysisSession session(s_model);
    const AnalysisResult before = session.run(s_audio, first);
    EXPECT_FALSE(before.originalFromCache);
    const AnalysisResult after = session.run(s_audio, edited);
    EXPECT_TRUE(after.originalFromCache);
    EXPECT_GT(after.perturbedReusedPositions, 0);
    EXPECT_LT(after.perturbedComputedPositions, after.perturbedCodes.frames);

    AnalysisSession fresh(s_model);
    const AnalysisResult expected = fresh.run(s_audio, edited);
    EXPECT_EQ(after.perturbedCodes, expected.perturbedCodes);
    expectNear(after.analysis.aligned.difference, expected.analysis.aligned.difference, 1e-4f);
    EXPECT_EQ(after.analysis.regions[0].peak.span, expected.analysis.regions[0].peak.span);
}

TEST_F(AnalysisSessionTest, ALateEditReEncodesAndReScoresOnlyTheTail) {
    // 6 s (300 frames) of the fixture clip looped: long enough for the encoder to restart late.
    AudioBuffer clip = prepareForModel(s_audio, s_model->info().sampleRate);
    const std::size_t loop = clip.samples.size();
    clip.samples.resize(6 * static_cast<std::size_t>(clip.sampleRate));
    for (std::size_t i = loop; i < clip.samples.size(); ++i)
        clip.samples[i] = clip.samples[i - loop];
    PerturbationPlan early;
    early.regions = {noiseRegion(1.0, 1.5)};
    PerturbationPlan edited = early;
    edited.regions.push_back(noiseRegion(4.5, 5.0)); // frame 225

    AnalysisSession session(s_model);
    session.run(clip, early);
    const AnalysisResult after = session.run(clip, edited);
    const std::int64_t frames = after.originalCodes.frames;
    ASSERT_EQ(frames, 300);
    // Encoder: front end from 225 - 32 = 193, LSTM from checkpoint 100, output conv 7 frames earlier.
    EXPECT_EQ(after.perturbedEncodedFrames, 300 - 93);
    EXPECT_GE(after.perturbedReusedPositions, 200); // codes change a few frames before 225
    EXPECT_LT(after.perturbedComputedPositions, 110);

    AnalysisSession fresh(s_model);
    const AnalysisResult expected = fresh.run(clip, edited);
    EXPECT_EQ(expected.perturbedEncodedFrames, frames); // the original differs from frame 50: in full
    EXPECT_EQ(after.perturbedCodes, expected.perturbedCodes);
    AnalysisParams fromScratch;
    fromScratch.incrementalScoring = false;
    const AnalysisResult full = AnalysisSession(s_model).run(clip, edited, fromScratch);
    EXPECT_EQ(full.perturbedEncodedFrames, frames);
    EXPECT_EQ(after.perturbedCodes, full.perturbedCodes);
    expectNear(after.analysis.aligned.difference, full.analysis.aligned.difference, 1e-4f);
}

TEST_F(AnalysisSessionTest, LongSequencesScoreTheSameInAttentionBlocksAndInShortSteps) {
    // 700 frames: one full forward runs causal attention in query blocks of 256 over the visible
    // keys only; growing the sequence 200 frames at a time through the ScoreCache keeps every
    // forward under one block (plain masked attention). Both must give the same losses.
    const ModelInfo& info = s_model->info();
    CodeMatrix codes;
    codes.codebooks = info.codebooks;
    codes.frames = 700;
    std::mt19937 random(3);
    std::uniform_int_distribution<std::int64_t> code(0, info.codebookSize - 1);
    for (std::int64_t i = 0; i < codes.codebooks * codes.frames; ++i)
        codes.codes.push_back(code(random));
    const ScoreResult blocked = freshScore(codes);

    ScoreCache cache;
    ScoreResult stepped;
    for (std::int64_t frames = 200; frames <= 700; frames = std::min<std::int64_t>(700, frames + 200)) {
        CodeMatrix prefix;
        prefix.codebooks = codes.codebooks;
        prefix.frames = frames;
        for (int k = 0; k < codes.codebooks; ++k)
            for (std::int64_t t = 0; t < frames; ++t)
                prefix.codes.push_back(codes.at(k, t));
        stepped = s_model->score(prefix, {Alignment::Delayed, false}, {}, &cache);
        EXPECT_LE(cache.computedPositions(), 256);
        if (frames == 700)
            break;
    }
    expectNear(stepped.nll, blocked.nll, 1e-4f);
}

TEST_F(AnalysisSessionTest, ReportsStagesInOrder) {
    PerturbationPlan plan;
    plan.regions = {noiseRegion(0.6, 0.9)};
    std::vector<std::string> stages;
    RunControl control;
    control.progress = [&](const std::string& stage, double fraction) {
        EXPECT_GE(fraction, 0.0);
        EXPECT_LE(fraction, 1.0);
        if (stages.empty() || stages.back() != stage)
            stages.push_back(stage);
    };
    AnalysisSession session(s_model);
    session.run(s_audio, plan, defaultAnalysisParams(), control);
    EXPECT_EQ(stages, (std::vector<std::string>{"encode original", "score original", "render",
                                                "encode perturbed", "score perturbed", "bands"}));
}

TEST_F(AnalysisSessionTest, CancelThrowsAndTheNextRunIsCorrect) {
    PerturbationPlan plan;
    plan.regions = {noiseRegion(0.6, 0.9)};
    AnalysisSession reference(s_model);
    const AnalysisResult expected = reference.run(s_audio, plan);

    for (const std::string cancelAt :
         {"encode original", "score original", "encode perturbed", "score perturbed"}) {
        SCOPED_TRACE(cancelAt);
        AnalysisSession session(s_model);
        std::atomic<bool> cancel{false};
        RunControl control;
        control.cancel = &cancel;
        control.progress = [&](const std::string& stage, double) {
            if (stage == cancelAt)
                cancel = true;
        };
        EXPECT_THROW(session.run(s_audio, plan, defaultAnalysisParams(), control), Cancelled);
        cancel = false;
        const AnalysisResult again = session.run(s_audio, plan, defaultAnalysisParams(), RunControl{});
        EXPECT_EQ(again.originalFromCache, cancelAt != "encode original" && cancelAt != "score original");
        EXPECT_EQ(again.perturbedCodes, expected.perturbedCodes);
        expectNear(again.originalScore.nll, expected.originalScore.nll, 1e-4f);
        expectNear(again.analysis.aligned.difference, expected.analysis.aligned.difference, 1e-4f);
    }
}

TEST_F(AnalysisSessionTest, NoiseLossAlignmentLeavesFrameZeroUnpaired) {
    PerturbationPlan plan;
    plan.regions = {noiseRegion(0.6, 0.9)};
    AnalysisParams params;
    params.alignment = Alignment::NoiseLoss;
    AnalysisSession session(s_model);
    const AnalysisResult result = session.run(s_audio, plan, params);
    EXPECT_EQ(result.originalScore.firstFrame, 1);
    EXPECT_EQ(result.analysis.aligned.frames, result.originalCodes.frames);
    EXPECT_TRUE(std::isnan(result.analysis.aligned.differenceMean[0]));
    EXPECT_FALSE(std::isnan(result.analysis.aligned.differenceMean[1]));
    EXPECT_NEAR(result.analysis.aligned.originalNll[1], result.originalScore.nllAt(0, 0), 1e-6f);
}

TEST_F(AnalysisSessionTest, ShuffledFramesAreComparedWithTheirSource) {
    PerturbationPlan plan;
    Region shuffle;
    shuffle.kind = RegionKind::Shuffle;
    shuffle.startSeconds = 0.4;
    shuffle.endSeconds = 0.8;
    shuffle.blockTokens = 5;
    plan.regions = {shuffle};
    AnalysisSession session(s_model);
    const AnalysisResult result = session.run(s_audio, plan);
    const auto& toOriginal = result.frameMap.perturbedToOriginal;
    ASSERT_EQ(static_cast<std::int64_t>(toOriginal.size()), result.originalCodes.frames);
    EXPECT_EQ(toOriginal[20], 25); // the first two blocks are swapped
    const AlignedLosses& aligned = result.analysis.aligned;
    for (std::size_t p = 0; p < toOriginal.size(); ++p)
        for (int k = 0; k < aligned.codebooks; ++k)
            ASSERT_NEAR(aligned.difference[aligned.index(k, toOriginal[p])],
                        result.perturbedScore.nllAt(k, static_cast<std::int64_t>(p)) -
                            result.originalScore.nllAt(k, toOriginal[p]),
                        1e-5f);
}

TEST_F(AnalysisSessionTest, RegionsAtClipStartAndEnd) {
    PerturbationPlan plan;
    plan.regions = {noiseRegion(0.0, 0.2), noiseRegion(1.1, s_audio.durationSeconds())};
    AnalysisSession session(s_model);
    const AnalysisResult result = session.run(s_audio, plan);
    const std::int64_t frames = result.originalCodes.frames;
    ASSERT_EQ(result.analysis.regions.size(), 2u);
    const RegionAnalysis& first = result.analysis.regions[0];
    const RegionAnalysis& last = result.analysis.regions[1];
    EXPECT_EQ(first.bands.baselineSource, BaselineSource::None);
    EXPECT_EQ(first.peak.span.begin, 0);
    EXPECT_LE(first.recovery.span.end, last.peak.span.begin);
    EXPECT_EQ(last.bands.region.onsetFrame, 55);
    EXPECT_EQ(last.bands.baselineSource, BaselineSource::Full);
    EXPECT_LE(last.peak.span.end, frames);
    // The study's bands stop at n - 1; a band pushed past it by a long Peak is empty.
    for (const BandStats* band : {&last.assimilation, &last.recovery})
        EXPECT_TRUE(band->span.empty() || band->span.end <= frames - 1)
            << band->span.begin << " " << band->span.end;
    EXPECT_LE(last.recovery.span.begin, frames);
    for (const BandStats* band : {&first.peak, &first.assimilation, &first.recovery, &last.peak})
        EXPECT_EQ(band->validTokens, band->span.length());
}

TEST_F(AnalysisSessionTest, RejectsAnInvalidPlan) {
    PerturbationPlan plan;
    plan.regions = {noiseRegion(0.6, 60.0)};
    AnalysisSession session(s_model);
    EXPECT_THROW(session.run(s_audio, plan), Error);
}

} // namespace
