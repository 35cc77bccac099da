// noiseloss: the NoiseLoss Workstation GUI.
//   noiseloss [AUDIO | --session FILE] [--plan PLAN.json] [--model DIR] [--experiment DIR]
//             [--screenshot OUT.png]
// Without arguments it opens the shipped demo clip when there is one.
#include "Document.h"
#include "LanguageSetup.h"
#include "MainWindow.h"
#include "ResourceLocator.h"
#include "ScreenshotRunner.h"
#include "SessionController.h"
#include "app/gui/experiment/ExperimentBrowser.h"
#include "app/gui/experiment/ExperimentMenu.h"
#include "app/gui/grads/GradientController.h"
#include "app/gui/grads/GradientWorkbench.h"
#include "noiseloss/BuildInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>

int main(int argc, char** argv) {
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("noiseloss"));
    QApplication::setOrganizationName(QStringLiteral("NoiseLoss"));
    QApplication::setApplicationVersion(QString::fromLatin1(noiseloss::build::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("NoiseLoss Workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("audio"),
                                 QStringLiteral("Audio file to open (WAV, FLAC, OGG, MP3)."),
                                 QStringLiteral("[AUDIO]"));
    const QCommandLineOption session(QStringLiteral("session"), QStringLiteral("Open a .nlsession file."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption plan(QStringLiteral("plan"), QStringLiteral("Apply a perturbation plan (JSON)."),
                                  QStringLiteral("PLAN.json"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Model folder for analysis."),
                                   QStringLiteral("DIR"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the window once everything is loaded, then exit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Interface language for this run (en, zh_CN)."),
                                      QStringLiteral("CODE"));
    const QCommandLineOption gradients(
        QStringLiteral("gradients"),
        QStringLiteral("Compute the gradient protocol on these target frames (all, T0:T1, every:N, "
                       "T0:T1+every:N) once the analysis is done (with --screenshot: before the picture)."),
        QStringLiteral("TARGETS"));
    const QCommandLineOption experiment(
        QStringLiteral("experiment"),
        QStringLiteral(
            "Open an experiment output folder (noiseloss-cli experiment) in the experiment browser "
            "(with --screenshot: the picture is of the browser)."),
        QStringLiteral("DIR"));
    parser.addOptions({session, plan, model, screenshot, language, gradients, experiment});
    parser.process(application);

    noiseloss::LanguageSetup::install(application, parser.isSet(language)
                                                       ? parser.value(language)
                                                       : noiseloss::LanguageSetup::configuredLanguage());
    const bool headless = parser.isSet(screenshot);
    noiseloss::MainWindowOptions options;
    options.interactive = !headless;
    options.openAudioDevice = !headless;
    noiseloss::MainWindow window(options);
    // Without --model the built-in demo model is used, so the app analyses out of the box.
    if (parser.isSet(model))
        window.document()->setModelFolder(QFileInfo(parser.value(model)).absoluteFilePath());
    else
        window.document()->setModelFolder(noiseloss::findDemoModel());
    if (parser.isSet(gradients)) {
        window.gradients()->controller()->setTargetSpec(parser.value(gradients));
        window.gradients()->controller()->runAfterNextAnalysis();
    }
    noiseloss::SessionController* sessions = window.session();
    if (parser.isSet(plan))
        sessions->setPendingPlanFile(parser.value(plan));

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(experiment)) {
        QString error;
        noiseloss::ExperimentBrowser* browser =
            noiseloss::openExperimentBrowser(parser.value(experiment), sessions, &window, &error);
        if (browser == nullptr) {
            std::fprintf(stderr, "noiseloss: %s\n", qPrintable(error));
            if (headless)
                return 1;
        } else if (headless) {
            browser->resize(1400, 900);
            const QString out = parser.value(screenshot);
            QTimer::singleShot(300, browser, [browser, out] {
                const bool saved = browser->grab().save(out);
                if (!saved)
                    std::fprintf(stderr, "noiseloss: cannot write %s\n", qPrintable(out));
                QApplication::exit(saved ? 0 : 1);
            });
            return application.exec();
        }
    }
    if (parser.isSet(session)) {
        if (!sessions->openSession(parser.value(session)) && headless) {
            std::fprintf(stderr, "noiseloss: cannot open the session %s\n",
                         qPrintable(parser.value(session)));
            return 1;
        }
    } else if (!positional.isEmpty()) {
        sessions->openAudio(positional.first());
    } else if (const QString demo = noiseloss::findDemoClip(); !demo.isEmpty()) {
        if (!parser.isSet(plan) && !noiseloss::findDemoPlan().isEmpty())
            sessions->setPendingPlanFile(noiseloss::findDemoPlan());
        sessions->openAudio(demo);
    } else if (!headless) {
        sessions->offerRecovery();
    }

    window.show();
    if (headless) {
        auto* runner = new noiseloss::ScreenshotRunner(&window, parser.value(screenshot), &window);
        runner->start();
    }
    return application.exec();
}
