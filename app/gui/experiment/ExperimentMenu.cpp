#include "app/gui/experiment/ExperimentMenu.h"

#include "SessionController.h"
#include "app/gui/experiment/ExperimentBrowser.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace noiseloss {

ExperimentBrowser* openExperimentBrowser(const QString& folder, SessionController* session, QWidget* window,
                                         QString* error) {
    auto* browser = new ExperimentBrowser(window);
    browser->setAttribute(Qt::WA_DeleteOnClose);
    if (!browser->openFolder(folder)) {
        if (error != nullptr)
            *error = browser->errorMessage();
        delete browser;
        return nullptr;
    }
    QObject::connect(browser, &ExperimentBrowser::openJobRequested, session,
                     [session](const QString& audio, const QString& plan) {
                         session->setPendingPlanFile(plan);
                         session->openAudio(audio);
                     });
    browser->show();
    return browser;
}

void addExperimentMenuActions(QMenu* menu, SessionController* session, QWidget* window) {
    QAction* open = menu->addAction(QObject::tr("Open E&xperiment..."));
    open->setObjectName("openExperimentAction");
    QObject::connect(open, &QAction::triggered, window, [session, window] {
        const QString folder =
            QFileDialog::getExistingDirectory(window, QObject::tr("Open an experiment output folder"));
        if (folder.isEmpty())
            return;
        QString error;
        if (openExperimentBrowser(folder, session, window, &error) == nullptr)
            QMessageBox::warning(window, QObject::tr("Open Experiment"), error);
    });
}

} // namespace noiseloss
