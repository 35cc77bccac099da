// Runs the built noiseloss binary headless (--screenshot) as a user would and checks the PNG is a
// real picture of the window (many distinct colours), and that a bad clip exits non-zero with one
// line on stderr.
#include "AppTestFixture.h"

#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTest>

class ScreenshotTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QProcess* run(const QStringList& arguments) {
        auto* process = new QProcess(this);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        process->setProcessEnvironment(environment);
        process->start(QStringLiteral(NOISELOSS_GUI_BINARY), arguments);
        process->waitForFinished(120000);
        return process;
    }

private slots:
    void screenshotOfClipWithPlanIsNotBlank() {
        const QString clip = noiseloss::test::writeTestClip(m_dir);
        const QString plan = m_dir.filePath(QStringLiteral("plan.json"));
        QFile planFile(plan);
        QVERIFY(planFile.open(QIODevice::WriteOnly));
        planFile.write(R"({"regions": [{"kind": "noise", "start": 2.0, "end": 3.0, "color": "white",
                          "level_dbfs": -20, "mode": "replace", "seed": 42},
                          {"kind": "delete", "start": 6.0, "end": 7.0}]})");
        planFile.close();
        const QString png = m_dir.filePath(QStringLiteral("shot.png"));
        QProcess* process = run({clip, QStringLiteral("--plan"), plan, QStringLiteral("--model"),
                                 m_dir.path(), QStringLiteral("--screenshot"), png});
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
    }

    void badClipExitsNonZeroWithOneLine() {
        const QString bad = m_dir.filePath(QStringLiteral("bad.wav"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not audio at all");
        file.close();
        QProcess* process =
            run({bad, QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("never.png"))});
        QVERIFY(process->exitCode() != 0);
        const QStringList lines =
            QString::fromUtf8(process->readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList ours;
        for (const QString& line : lines)
            if (line.startsWith(QStringLiteral("noiseloss:")))
                ours << line;
        QCOMPARE(ours.size(), 1);
        QVERIFY(ours.first().contains(QStringLiteral("bad.wav")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.png"))));
    }
};

QTEST_GUILESS_MAIN(ScreenshotTest)
#include "ScreenshotTest.moc"
