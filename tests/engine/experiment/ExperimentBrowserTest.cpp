// The GUI's experiment browser on a real (fixture) experiment, offscreen: the jobs table, the
// sort + filter proxy, the figures, and a double-click asking to open a job's clip and plan.
#include "app/gui/experiment/ExperimentBrowser.h"

#include "app/gui/experiment/ExperimentJobTable.h"
#include "engine/experiment/ExperimentRunner.h"
#include "experiment/ExperimentSpecJson.h"
#include "perturb/PlanJson.h"

#include <QApplication>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace noiseloss;

namespace {

const std::filesystem::path kFixture = std::filesystem::path(NOISELOSS_TEST_DATA_DIR) / "tiny-musicgen";
const std::filesystem::path kRoot =
    std::filesystem::temp_directory_path() / ("experiment-browser-test-" + std::to_string(::getpid()));

} // namespace

TEST(ExperimentBrowser, ShowsSortsFiltersAndOpensJobs) {
    std::filesystem::remove_all(kRoot);
    nlohmann::json json = nlohmann::json::parse(R"({
      "inputs": [{"file": "CLIP", "dataset": "fixture"}], "models": ["MODEL"],
      "perturbations": [
        {"kind": "noise", "onset": 0.3, "lengths": [5, 10], "colours": ["white", "pink"], "seeds": [1]},
        {"kind": "delete", "onset": 0.5, "lengths": [4]}]})");
    json["inputs"][0]["file"] = (kFixture / "clip.wav").string();
    json["models"][0] = kFixture.string();
    ExperimentRunOptions options;
    options.engine.threads = 1;
    ExperimentRunner(experimentSpecFromJson(json, kRoot), kRoot / "run", options).run();

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int argc = 1;
    char name[] = "test";
    char* argv[] = {name, nullptr};
    QApplication application(argc, argv);
    ExperimentBrowser browser;
    EXPECT_FALSE(browser.openFolder(QString::fromStdString((kRoot / "missing").string())));
    EXPECT_FALSE(browser.errorMessage().isEmpty());
    ASSERT_TRUE(browser.openFolder(QString::fromStdString((kRoot / "run").string())));
    EXPECT_EQ(browser.jobs()->rowCount(), 5);
    EXPECT_EQ(browser.figureCount(), 4); // band boxes and violins, clip D vs length, loss vs length

    browser.proxy()->setFilterFixedString("pink");
    EXPECT_EQ(browser.proxy()->rowCount(), 2);
    browser.proxy()->setFilterFixedString("");
    browser.jobView()->sortByColumn(13, Qt::DescendingOrder); // Peak D
    double previous = 1e9;
    for (int row = 0; row < browser.proxy()->rowCount(); ++row) {
        const double value = browser.proxy()->index(row, 13).data(Qt::UserRole).toDouble();
        EXPECT_LE(value, previous) << row;
        previous = value;
    }

    QString audio, plan;
    QObject::connect(&browser, &ExperimentBrowser::openJobRequested, [&](const QString& a, const QString& p) {
        audio = a;
        plan = p;
    });
    browser.jobView()->sortByColumn(0, Qt::AscendingOrder);
    browser.openJobAt(4); // the delete job
    EXPECT_EQ(audio.toStdString(), (kFixture / "clip.wav").string());
    const PerturbationPlan opened = loadPlanFile(plan.toStdString());
    ASSERT_EQ(opened.regions.size(), 1u);
    EXPECT_EQ(opened.regions[0].kind, RegionKind::Delete);
    EXPECT_NEAR(opened.regions[0].startSeconds, 0.5, 1e-9);
    std::filesystem::remove_all(kRoot);
}
