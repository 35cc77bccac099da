#include "app/gui/analysis/AnalysisWorker.h"

#include "AnalysisTestData.h"
#include "util/Error.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <memory>

using namespace noiseloss;

namespace {

/// A real job: recomputes the loss analysis of a synthetic clip `rounds` times (polling the cancel
/// flag and reporting progress between rounds) and names the result after `requestIndex`.
AnalysisJob realJob(int requestIndex, int rounds = 4) {
    return [requestIndex, rounds](const RunControl& control) -> std::shared_ptr<const AnalysisViewData> {
        std::shared_ptr<AnalysisViewData> data;
        for (int round = 0; round < rounds; ++round) {
            if (control.cancelled())
                throw Cancelled();
            data = test::makeAnalysisViewData(static_cast<unsigned>(requestIndex + round), 400);
            control.report("bands", double(round + 1) / rounds);
        }
        data->audioName = "request-" + std::to_string(requestIndex);
        return data;
    };
}

bool waitIdle(AnalysisWorker& worker, int timeoutMs = 20000) {
    return QTest::qWaitFor([&] { return !worker.isBusy(); }, timeoutMs);
}

} // namespace

class AnalysisWorkerTest : public QObject {
    Q_OBJECT
private slots:
    void lastOfManyRapidRequestsWins();
    void staleResultsAreNeverDeliveredAfterANewerRequest();
    void cancelStopsTheRunningJob();
    void failureIsReported();
    void progressIsOrderedAndThrottled();
    void destructorStopsARunningJob();
};

void AnalysisWorkerTest::lastOfManyRapidRequestsWins() {
    AnalysisWorker worker;
    QSignalSpy finished(&worker, &AnalysisWorker::finished);
    QSignalSpy failed(&worker, &AnalysisWorker::failed);
    std::uint64_t last = 0;
    for (int i = 0; i < 60; ++i)
        last = worker.submit(realJob(i));
    QVERIFY(worker.isBusy());
    QVERIFY(waitIdle(worker));
    QTest::qWait(50); // anything still queued would arrive now
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).value<std::uint64_t>(), last);
    const auto data = finished.at(0).at(1).value<std::shared_ptr<const AnalysisViewData>>();
    QCOMPARE(data->audioName, std::string("request-59"));
}

void AnalysisWorkerTest::staleResultsAreNeverDeliveredAfterANewerRequest() {
    AnalysisWorker worker;
    std::vector<std::pair<std::uint64_t, std::string>> delivered;
    bool staleSeen = false;
    connect(&worker, &AnalysisWorker::finished, this,
            [&](std::uint64_t generation, std::shared_ptr<const AnalysisViewData> data) {
                if (generation != worker.latestGeneration())
                    staleSeen = true;
                delivered.emplace_back(generation, data->audioName);
            });
    connect(&worker, &AnalysisWorker::progressChanged, this,
            [&](std::uint64_t generation, const QString&, int) {
                if (generation != worker.latestGeneration())
                    staleSeen = true;
            });
    // Requests arrive while earlier jobs run, finish, or sit queued: let the event loop run a
    // varying time between them so results of older generations are in flight at submit time.
    std::map<std::uint64_t, int> requestOf;
    for (int i = 0; i < 40; ++i) {
        requestOf[worker.submit(realJob(i, 1 + i % 3))] = i;
        QTest::qWait(i % 4 == 0 ? 15 : i % 4);
    }
    QVERIFY(waitIdle(worker));
    QTest::qWait(50);
    QVERIFY(!staleSeen);
    QVERIFY(!delivered.empty());
    QCOMPARE(delivered.back().first, worker.latestGeneration());
    QCOMPARE(delivered.back().second, std::string("request-39"));
    for (std::size_t i = 1; i < delivered.size(); ++i)
        QVERIFY(delivered[i].first > delivered[i - 1].first);
    for (const auto& [generation, name] : delivered)
        QCOMPARE(name, "request-" + std::to_string(requestOf.at(generation)));
}

void AnalysisWorkerTest::cancelStopsTheRunningJob() {
    AnalysisWorker worker;
    std::atomic<bool> sawCancel{false};
    std::atomic<bool> running{false};
    QSignalSpy finished(&worker, &AnalysisWorker::finished);
    QSignalSpy cancelled(&worker, &AnalysisWorker::cancelled);
    const std::uint64_t generation =
        worker.submit([&](const RunControl& control) -> std::shared_ptr<const AnalysisViewData> {
            running = true;
            for (;;) {
                if (control.cancelled()) {
                    sawCancel = true;
                    throw Cancelled();
                }
                test::makeAnalysisViewData(3, 200);
            }
        });
    QVERIFY(QTest::qWaitFor([&] { return running.load(); }, 10000));
    worker.cancel();
    QVERIFY(!worker.isBusy());
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(cancelled.at(0).at(0).value<std::uint64_t>(), generation);
    QVERIFY(QTest::qWaitFor([&] { return sawCancel.load(); }, 10000));
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(cancelled.count(), 1); // the job's own Cancelled is not reported twice

    // The worker runs the next request normally after a cancel.
    worker.submit(realJob(7, 1));
    QVERIFY(waitIdle(worker));
    QCOMPARE(finished.count(), 1);
}

void AnalysisWorkerTest::failureIsReported() {
    AnalysisWorker worker;
    QSignalSpy failed(&worker, &AnalysisWorker::failed);
    worker.submit([](const RunControl&) -> std::shared_ptr<const AnalysisViewData> {
        throw Error("plan.json: region 2 ends after the clip (31.0 s > 30.0 s)");
    });
    QVERIFY(waitIdle(worker));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(1).toString().contains("region 2 ends after the clip"));
    worker.submit([](const RunControl&) { return std::shared_ptr<const AnalysisViewData>(); });
    QVERIFY(waitIdle(worker));
    QCOMPARE(failed.count(), 2);
}

void AnalysisWorkerTest::progressIsOrderedAndThrottled() {
    AnalysisWorker worker;
    QList<QPair<QString, int>> progress;
    connect(&worker, &AnalysisWorker::progressChanged, this,
            [&](std::uint64_t, const QString& stage, int percent) {
                progress.append({stage, percent});
            });
    worker.submit([](const RunControl& control) -> std::shared_ptr<const AnalysisViewData> {
        for (const char* stage : {"score original", "score perturbed"}) {
            QElapsedTimer timer;
            timer.start();
            for (int i = 0; i <= 20000; ++i) {
                control.report(stage, i / 20000.0);
                if (i % 2000 == 0)
                    QThread::msleep(25); // about 250 ms per stage
            }
        }
        return test::makeAnalysisViewData(1, 100);
    });
    QVERIFY(waitIdle(worker));
    QVERIFY(progress.size() >= 4);
    QVERIFY2(progress.size() < 40, qPrintable(QString::number(progress.size())));
    QCOMPARE(progress.first().first, QString("score original"));
    QCOMPARE(progress.last(), qMakePair(QString("score perturbed"), 100));
    bool secondStage = false;
    for (int i = 0; i < progress.size(); ++i) {
        if (progress[i].first == "score perturbed")
            secondStage = true;
        else
            QVERIFY(!secondStage); // never back to the first stage
        if (i > 0 && progress[i].first == progress[i - 1].first)
            QVERIFY(progress[i].second > progress[i - 1].second);
    }
    QVERIFY(progress.contains(qMakePair(QString("score original"), 100)));
}

void AnalysisWorkerTest::destructorStopsARunningJob() {
    std::atomic<bool> running{false};
    QElapsedTimer timer;
    {
        AnalysisWorker worker;
        worker.submit([&](const RunControl& control) -> std::shared_ptr<const AnalysisViewData> {
            running = true;
            while (!control.cancelled())
                QThread::msleep(1);
            throw Cancelled();
        });
        QVERIFY(QTest::qWaitFor([&] { return running.load(); }, 10000));
        timer.start();
    }
    QVERIFY(timer.elapsed() < 2000);
}

QTEST_MAIN(AnalysisWorkerTest)
#include "AnalysisWorkerTest.moc"
