// QtTest suite for core/playback without an audio device: the original <-> perturbed timeline,
// A/B switching at the same position, looping, and the engine staying usable with no device.
#include "playback/PlaybackCursor.h"
#include "playback/PlaybackEngine.h"

#include <QTest>
#include <numeric>

using namespace noiseloss;

class PlaybackTest : public QObject {
    Q_OBJECT

    static constexpr int kRate = 1000; // 1 sample = 1 ms keeps the arithmetic readable

    /// Original: sample i holds i. Perturbed: samples [2000, 3000) cut out and the rest negated.
    static void makeSignals(PlaybackCursor::Samples& original, PlaybackCursor::Samples& perturbed,
                            PerturbedTimeline& timeline) {
        std::vector<float> a(10000);
        std::iota(a.begin(), a.end(), 0.0f);
        std::vector<float> b;
        for (int i = 0; i < 10000; ++i)
            if (i < 2000 || i >= 3000)
                b.push_back(-static_cast<float>(i));
        original = std::make_shared<const std::vector<float>>(std::move(a));
        perturbed = std::make_shared<const std::vector<float>>(std::move(b));
        timeline = PerturbedTimeline({SampleSpan{2000, 3000}});
    }

private slots:
    void timelineMapsAroundDeletions() {
        const PerturbedTimeline timeline({SampleSpan{5000, 6000}, SampleSpan{2000, 3000}});
        QCOMPARE(timeline.deletedSampleCount(), std::int64_t(2000));
        QCOMPARE(timeline.originalToPerturbed(1000), std::int64_t(1000));
        QCOMPARE(timeline.originalToPerturbed(2500), std::int64_t(2000)); // inside a cut: the cut point
        QCOMPARE(timeline.originalToPerturbed(4000), std::int64_t(3000));
        QCOMPARE(timeline.originalToPerturbed(7000), std::int64_t(5000));
        QCOMPARE(timeline.perturbedToOriginal(3000), std::int64_t(4000));
        QCOMPARE(timeline.perturbedToOriginal(5000), std::int64_t(7000));
        const std::vector<float> cut(8000, 1.0f);
        const std::vector<float> expanded = timeline.expandToOriginal(cut, 10000);
        QCOMPARE(expanded.size(), std::size_t(10000));
        QCOMPARE(expanded[1999], 1.0f);
        QCOMPARE(expanded[2500], 0.0f);
        QCOMPARE(expanded[3000], 1.0f);
        QCOMPARE(expanded[5999], 0.0f);
        QCOMPARE(expanded[9999], 1.0f);
    }

    void abSwitchKeepsPositionWithoutGap() {
        PlaybackCursor::Samples original, perturbed;
        PerturbedTimeline timeline;
        makeSignals(original, perturbed, timeline);
        PlaybackCursor cursor;
        cursor.setAudio(original, perturbed, timeline, kRate);
        cursor.seekSeconds(4.0);
        std::vector<float> block(100);
        QCOMPARE(cursor.render(block.data(), block.size()), std::size_t(100));
        QCOMPARE(block.front(), 4000.0f);
        QCOMPARE(block.back(), 4099.0f);
        QCOMPARE(cursor.positionSeconds(), 4.1);
        cursor.setSource(PlaybackSource::Perturbed);
        QCOMPARE(cursor.positionSeconds(), 4.1); // same musical position in the original clip
        cursor.render(block.data(), block.size());
        QCOMPARE(block.front(), -4100.0f); // the very next sample, from B
        cursor.setSource(PlaybackSource::Original);
        cursor.render(block.data(), 1);
        QCOMPARE(block.front(), 4200.0f);
        cursor.seekSeconds(2.5); // inside the deleted span
        cursor.setSource(PlaybackSource::Perturbed);
        QCOMPARE(cursor.positionSeconds(), 3.0);
    }

    void loopWrapsAndEndPadsWithSilence() {
        PlaybackCursor::Samples original, perturbed;
        PerturbedTimeline timeline;
        makeSignals(original, perturbed, timeline);
        PlaybackCursor cursor;
        cursor.setAudio(original, perturbed, timeline, kRate);
        cursor.setLoop(LoopRange{1.0, 1.05});
        cursor.seekSeconds(1.0);
        std::vector<float> block(120);
        cursor.render(block.data(), block.size());
        QCOMPARE(block[0], 1000.0f);
        QCOMPARE(block[49], 1049.0f);
        QCOMPARE(block[50], 1000.0f);
        cursor.setLoop(std::nullopt);
        cursor.seekSeconds(9.95);
        QCOMPARE(cursor.render(block.data(), block.size()), std::size_t(50));
        QCOMPARE(block[49], 9999.0f);
        QCOMPARE(block[50], 0.0f);
        QVERIFY(cursor.atEnd());
    }

    void engineWithoutDeviceStaysUsable() {
        PlaybackEngine engine; // never opened: no PortAudio device is touched
        QVERIFY(!engine.deviceAvailable());
        QVERIFY(!engine.deviceProblem().empty());
        PlaybackCursor::Samples original, perturbed;
        PerturbedTimeline timeline;
        makeSignals(original, perturbed, timeline);
        engine.setAudio(original, perturbed, timeline, kRate);
        engine.seekSeconds(5.0);
        engine.play(); // no device: does nothing
        QVERIFY(!engine.isPlaying());
        engine.setSource(PlaybackSource::Perturbed);
        QCOMPARE(engine.positionSeconds(), 5.0);
        std::vector<float> block(10, 1.0f);
        engine.fillOutput(block.data(), block.size());
        QCOMPARE(block[0], 0.0f); // paused: silence
    }
};

QTEST_GUILESS_MAIN(PlaybackTest)
#include "PlaybackTest.moc"
