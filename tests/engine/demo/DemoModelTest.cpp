// The shipped demo model (resources/models/demo) on the shipped held-out clips, through the same
// loader and analysis pipeline as the app: it predicts held-out music far better than chance, and
// the demo the app opens by default (util/DemoResources.h: the default clip with the shipped plan,
// 2 s of white noise at -12 dBFS from 5 s) shows a Peak: mean D >= 0.5 nats over the first 10
// tokens from the onset. docs/demo-model.md reports the same condition on 12 held-out clips.
#include "audio/AudioFile.h"
#include "engine/MusicModel.h"
#include "engine/analysis/AnalysisSession.h"
#include "perturb/PlanJson.h"
#include "util/DemoResources.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace noiseloss;

namespace {

const std::filesystem::path kResources = std::filesystem::path(NOISELOSS_SOURCE_DIR) / "resources";
const std::filesystem::path kModelDir = kResources / demo::kModel;
const std::filesystem::path kDefaultClip = kResources / demo::kDefaultClip;
const std::filesystem::path kPlan = kResources / demo::kPlan;
constexpr std::int64_t kPeakTokens = 10;

struct NoiseResponse {
    std::int64_t onset = 0;
    std::int64_t length = 0;
    double firstTenTokens = 0.0; ///< mean D over [onset, onset + 10)
    double noiseSpan = 0.0;      ///< mean D over the noise span
    double beforeOnset = 0.0;    ///< mean |D| before onset - 10 (the codec's receptive field)
};

double meanOf(const std::vector<float>& values, std::int64_t begin, std::int64_t end, bool absolute = false) {
    double sum = 0.0;
    for (std::int64_t t = begin; t < end; ++t)
        sum +=
            absolute ? std::fabs(values[static_cast<std::size_t>(t)]) : values[static_cast<std::size_t>(t)];
    return sum / static_cast<double>(end - begin);
}

/// The shipped plan on `clip`, analysed as the GUI and `noiseloss-cli analyze` do.
NoiseResponse demoPlanResponse(const std::shared_ptr<const MusicModel>& model,
                               const std::filesystem::path& clip) {
    AnalysisSession session(model);
    const AnalysisResult result = session.run(loadAudioFile(clip), loadPlanFile(kPlan));
    const LossAnalysis& analysis = result.analysis;
    EXPECT_EQ(analysis.regions.size(), 1u);
    const RegionTokens region = analysis.regions.front().bands.region;
    const std::vector<float>& d = analysis.aligned.differenceMean;
    EXPECT_GT(static_cast<std::int64_t>(d.size()), region.onsetFrame + region.lengthFrames);
    NoiseResponse response;
    response.onset = region.onsetFrame;
    response.length = region.lengthFrames;
    response.firstTenTokens = meanOf(d, region.onsetFrame, region.onsetFrame + kPeakTokens);
    response.noiseSpan = meanOf(d, region.onsetFrame, region.onsetFrame + region.lengthFrames);
    response.beforeOnset = meanOf(d, 0, region.onsetFrame - 10, true);
    return response;
}

} // namespace

TEST(DemoModel, LoadsAndPredictsHeldOutMusicBetterThanChance) {
    const auto model = MusicModel::load(kModelDir);
    ASSERT_TRUE(model->info().hasCodec);
    ASSERT_TRUE(model->info().hasLanguageModel);
    EXPECT_EQ(model->info().sampleRate, 32000);
    EXPECT_EQ(model->info().hopSamples, 640);
    const double uniform = std::log(static_cast<double>(model->info().codebookSize));
    for (const char* name : {"demo/demo-clip-1.flac", "demo/demo-clip-2.flac"}) {
        const AudioBuffer clip = downmixToMono(loadAudioFile(kResources / name));
        const ScoreResult score = model->score(model->encode(clip.samples));
        EXPECT_LT(score.meanNll(), uniform - 1.0)
            << name << ": mean NLL " << score.meanNll() << " vs uniform " << uniform;
    }
}

TEST(DemoModel, TheDefaultDemoShowsAPeakAtTheNoiseOnset) {
    const NoiseResponse response = demoPlanResponse(MusicModel::load(kModelDir), kDefaultClip);
    EXPECT_EQ(response.onset, 250); // 5 s at 50 frames/s
    EXPECT_EQ(response.length, 100);
    EXPECT_GE(response.firstTenTokens, 0.5)
        << kDefaultClip.filename() << ": mean loss difference over the first 10 noise tokens";
    // Before the noise, only the codec's receptive field may see it.
    EXPECT_LT(response.beforeOnset, 0.05);
}

TEST(DemoModel, WhiteNoiseRaisesTheLossOverTheNoiseSpanOfBothClips) {
    const auto model = MusicModel::load(kModelDir);
    for (const char* name : {"demo/demo-clip-1.flac", "demo/demo-clip-2.flac"}) {
        const NoiseResponse response = demoPlanResponse(model, kResources / name);
        EXPECT_GE(response.noiseSpan, 0.5) << name << ": mean loss difference over the noise span";
        EXPECT_LT(response.beforeOnset, 0.05) << name;
    }
}
