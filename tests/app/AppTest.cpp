// QtTest suite for the workstation shell on the offscreen platform: region editing through the
// real MainWindow (drag, snapping, undo/redo, merge of drags, refusals, inspector), live perturbed
// preview, exports and sessions (round trip, corrupt file, moved audio).
#include "../widgets/WidgetTestHelpers.h"
#include "AppTestFixture.h"
#include "Document.h"
#include "MainWindow.h"
#include "RegionController.h"
#include "SessionController.h"
#include "perturb/PlanJson.h"
#include "widgets/RegionInspector.h"
#include "widgets/StatusArea.h"
#include "widgets/TimeSync.h"
#include "widgets/WaveformView.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace noiseloss;
using noiseloss::test::drag;

class AppTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clip;

    std::unique_ptr<MainWindow> openWindow(const QString& clip) {
        MainWindowOptions options;
        options.interactive = false;
        options.openAudioDevice = false;
        auto window = std::make_unique<MainWindow>(options);
        window->resize(1400, 860);
        window->show();
        if (!clip.isEmpty()) {
            window->session()->openAudio(clip);
            if (!QTest::qWaitFor([&] { return window->document()->hasAudio() && window->isIdle(); }, 20000))
                return nullptr;
        }
        return window;
    }
    /// x in the original view for `seconds` (the view shows the whole clip after loading).
    static double xOf(const MainWindow& window, double seconds) {
        const TimeSync* sync = window.timeSync();
        return (seconds - sync->visibleStartSeconds()) / sync->visibleLengthSeconds() *
               window.originalView()->width();
    }
    static Region region(RegionKind kind, double start, double end, std::uint64_t seed = 1) {
        Region result;
        result.kind = kind;
        result.startSeconds = start;
        result.endSeconds = end;
        result.seed = seed;
        return result;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_clip = test::writeTestClip(m_dir);
    }

    void dragOnWaveformCreatesRegionAndUndoRedo() {
        auto window = openWindow(m_clip);
        QVERIFY(window);
        window->regions()->setTool(RegionTool::Noise);
        WaveformView* view = window->originalView();
        drag(view, QPointF(xOf(*window, 2.0), 80), QPointF(xOf(*window, 3.0), 80));
        const PerturbationPlan& plan = window->document()->plan();
        QCOMPARE(plan.regions.size(), std::size_t(1));
        QVERIFY(plan.regions[0].kind == RegionKind::Noise);
        // Pixel positions round to the nearest 20 ms token frame.
        QVERIFY(std::abs(plan.regions[0].startSeconds - 2.0) < 0.0101);
        QVERIFY(std::abs(plan.regions[0].endSeconds - 3.0) < 0.0101);
        const double frames = plan.regions[0].startSeconds * 50.0;
        QVERIFY(std::abs(frames - std::round(frames)) < 1e-9);
        QCOMPARE(window->regions()->selectedRegion(), 0);
        window->regions()->undoAction()->trigger();
        QCOMPARE(window->document()->plan().regions.size(), std::size_t(0));
        window->regions()->redoAction()->trigger();
        QCOMPARE(window->document()->plan().regions.size(), std::size_t(1));
    }

    void dragMoveIsOneUndoStep() {
        auto window = openWindow(m_clip);
        QVERIFY(window);
        QVERIFY(window->regions()->createRegion(region(RegionKind::Silence, 2.0, 3.0)));
        QUndoStack* stack = window->document()->undoStack();
        const int before = stack->count();
        WaveformView* view = window->originalView();
        test::sendMouse(view, QEvent::MouseButtonPress, QPointF(xOf(*window, 2.5), 80));
        for (double t = 2.6; t <= 4.51; t += 0.1)
            test::sendMouse(view, QEvent::MouseMove, QPointF(xOf(*window, t), 80));
        test::sendMouse(view, QEvent::MouseButtonRelease, QPointF(xOf(*window, 4.5), 80));
        QCOMPARE(stack->count(), before + 1);
        QVERIFY(std::abs(window->document()->plan().regions[0].startSeconds - 4.0) < 0.0101);
        stack->undo();
        QCOMPARE(window->document()->plan().regions[0].startSeconds, 2.0);
    }

    void overlappingAndOutsideEditsAreRefusedWithReason() {
        auto window = openWindow(m_clip);
        QVERIFY(window);
        RegionController* regions = window->regions();
        QVERIFY(regions->createRegion(region(RegionKind::Noise, 2.0, 4.0)));
        const PerturbationPlan before = window->document()->plan();
        QSignalSpy refused(regions, &RegionController::editRefused);
        QVERIFY(!regions->createRegion(region(RegionKind::Silence, 3.0, 5.0, 2)));
        QVERIFY(!regions->changeRegion(0, region(RegionKind::Noise, 8.0, 12.0)));
        QCOMPARE(refused.count(), 2);
        QVERIFY(window->document()->plan() == before);
        QVERIFY(window->statusArea()->messageCount() >= 1);
        QVERIFY(window->statusArea()->isVisibleTo(window.get()));
    }

    void inspectorEditIsUndoableAndDeleteKeyRemoves() {
        auto window = openWindow(m_clip);
        QVERIFY(window);
        QVERIFY(window->regions()->createRegion(region(RegionKind::Noise, 1.0, 2.0)));
        window->regions()->selectRegion(0);
        QVERIFY(window->inspector()->region().has_value());
        Region edited = *window->inspector()->region();
        edited.levelDb = -30.0;
        edited.color = NoiseColor::Brown;
        emit window->inspector()->regionEdited(edited);
        QCOMPARE(window->document()->plan().regions[0].levelDb, -30.0);
        QVERIFY(window->document()->plan().regions[0].color == NoiseColor::Brown);
        QCOMPARE(window->inspector()->region()->levelDb, -30.0);
        window->document()->undoStack()->undo();
        QCOMPARE(window->document()->plan().regions[0].levelDb, -12.0);
        window->regions()->selectRegion(0);
        window->regions()->deleteRegionAction()->trigger();
        QCOMPARE(window->document()->plan().regions.size(), std::size_t(0));
    }

    void perturbedAudioFollowsPlanAndExports() {
        auto window = openWindow(m_clip);
        QVERIFY(window);
        QVERIFY(window->regions()->createRegion(region(RegionKind::Silence, 1.0, 2.0)));
        QVERIFY(window->regions()->createRegion(region(RegionKind::Delete, 5.0, 6.0, 2)));
        QVERIFY(QTest::qWaitFor([&] { return window->isIdle(); }, 20000));
        const QString wav = m_dir.filePath(QStringLiteral("perturbed.wav"));
        QVERIFY(window->session()->exportPerturbedAudio(wav));
        const AudioBuffer exported = loadAudioFile(wav.toStdString());
        QCOMPARE(exported.frameCount(), std::size_t(9 * 32000)); // 1 s deleted
        for (std::size_t i = 32000; i < 64000; i += 97)
            QCOMPARE(exported.samples[i], 0.0f);
        const QString labels = m_dir.filePath(QStringLiteral("regions.txt"));
        QVERIFY(window->session()->exportRegions(labels));
        QFile labelFile(labels);
        QVERIFY(labelFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(labelFile.readAll()),
                 QStringLiteral("1.000000\t2.000000\tsilence\n5.000000\t6.000000\tdelete\n"));
        const QString csv = m_dir.filePath(QStringLiteral("regions.csv"));
        QVERIFY(window->session()->exportRegions(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(csvFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[2].startsWith(QStringLiteral("delete,5,6,250,300,0,")));
    }

    void sessionRoundTrip() {
        const QString sessionPath = m_dir.filePath(QStringLiteral("round.nlsession"));
        PerturbationPlan saved;
        {
            auto window = openWindow(m_clip);
            QVERIFY(window);
            Region noise = region(RegionKind::Noise, 2.0, 3.5, 42);
            noise.levelMode = LevelMode::SnrSegment;
            noise.levelDb = 6.0;
            QVERIFY(window->regions()->createRegion(noise));
            Region shuffle = region(RegionKind::Shuffle, 6.0, 8.0, 7);
            shuffle.blockTokens = 5;
            QVERIFY(window->regions()->createRegion(shuffle));
            window->document()->setModelFolder(QStringLiteral("models/musicgen-small"));
            window->timeSync()->setVisibleRange(1.0, 5.0);
            QVERIFY(window->session()->saveSession(sessionPath));
            QVERIFY(window->document()->undoStack()->isClean());
            saved = window->document()->plan();
        }
        auto window = openWindow(QString());
        QVERIFY(window);
        QVERIFY(window->session()->openSession(sessionPath));
        QVERIFY(QTest::qWaitFor([&] { return window->document()->hasAudio() && window->isIdle(); }, 20000));
        QVERIFY(window->document()->plan() == saved);
        QCOMPARE(window->document()->audio().path, QFileInfo(m_clip).absoluteFilePath());
        QCOMPARE(window->document()->modelFolder(), QStringLiteral("models/musicgen-small"));
        QCOMPARE(window->timeSync()->visibleStartSeconds(), 1.0);
        QCOMPARE(window->timeSync()->visibleEndSeconds(), 5.0);
        QCOMPARE(window->session()->sessionPath(), QFileInfo(sessionPath).absoluteFilePath());
    }

    void corruptSessionChangesNothing() {
        auto window = openWindow(m_clip);
        QVERIFY(window);
        QVERIFY(window->regions()->createRegion(region(RegionKind::Noise, 2.0, 3.0)));
        const PerturbationPlan before = window->document()->plan();
        const QString corrupt = m_dir.filePath(QStringLiteral("corrupt.nlsession"));
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"noiseloss-session\", \"version\": 1, \"audio\": {\"pa");
        file.close();
        QVERIFY(!window->session()->openSession(corrupt));
        QVERIFY(window->document()->plan() == before);
        QCOMPARE(window->document()->audio().path, QFileInfo(m_clip).absoluteFilePath());
        const QStringList messages = window->statusArea()->messages();
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.last().contains(QStringLiteral("corrupt.nlsession")), qPrintable(messages.last()));

        const QString moved = m_dir.filePath(QStringLiteral("moved.nlsession"));
        SessionData session = window->session()->currentSession();
        session.audioPath = m_dir.filePath(QStringLiteral("gone/clip.wav"));
        QFile movedFile(moved);
        QVERIFY(movedFile.open(QIODevice::WriteOnly));
        nlohmann::json json = SessionFile::toJson(session, m_dir.path());
        json["audio"]["relative_path"] = "gone/clip.wav";
        movedFile.write(QByteArray::fromStdString(json.dump()));
        movedFile.close();
        QVERIFY(!window->session()->openSession(moved)); // headless: cannot ask where the audio went
        QVERIFY(window->document()->plan() == before);
    }
};

QTEST_MAIN(AppTest)
#include "AppTest.moc"
