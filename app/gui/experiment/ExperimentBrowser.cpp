#include "app/gui/experiment/ExperimentBrowser.h"

#include "app/gui/experiment/ExperimentJobTable.h"
#include "experiment/ExperimentStore.h"
#include "experiment/ReportFigureData.h"
#include "widgets/report/ExperimentReportWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <fstream>
#include <nlohmann/json.hpp>

namespace noiseloss {

ExperimentBrowser::ExperimentBrowser(QWidget* parent)
    : QWidget(parent, Qt::Window), m_jobs(new ExperimentJobTable(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView), m_filter(new QLineEdit),
      m_summary(new QLabel) {
    setWindowTitle(tr("Experiment"));
    resize(1100, 700);
    m_proxy->setSourceModel(m_jobs);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_filter->setPlaceholderText(tr("Filter jobs (any column, e.g. pink or shuffle)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex& index) { openJobAt(index.row()); });

    auto* jobsPage = new QWidget;
    auto* jobsLayout = new QVBoxLayout(jobsPage);
    jobsLayout->addWidget(m_filter);
    jobsLayout->addWidget(m_view);
    auto* figuresPage = new QWidget;
    m_figureLayout = new QVBoxLayout(figuresPage);
    auto* scroll = new QScrollArea;
    scroll->setWidget(figuresPage);
    scroll->setWidgetResizable(true);
    auto* tabs = new QTabWidget;
    tabs->addTab(jobsPage, tr("Jobs"));
    tabs->addTab(scroll, tr("Figures"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(tabs);
}

bool ExperimentBrowser::openFolder(const QString& folder) {
    std::vector<TidyRow> rows;
    if (!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("results.csv")))) {
        m_error = tr("%1 is not an experiment output folder: it has no results.csv (see noiseloss-cli "
                     "experiment).")
                      .arg(folder);
        return false;
    }
    try {
        rows = loadTidyRows(folder.toStdString());
    } catch (const std::exception& error) {
        m_error = QString::fromStdString(error.what());
        return false;
    }
    m_folder = folder;
    m_error.clear();
    m_jobs->setRows(rows);
    const auto meta = ExperimentStore(folder.toStdString()).readMeta();
    const QString name = meta ? QString::fromStdString(meta->value("spec_name", "")) : QString();
    const std::size_t expected = meta ? meta->value("job_count", std::size_t{0}) : 0;
    m_summary->setText(tr("%1: %2 of %3 jobs finished")
                           .arg(name.isEmpty() ? folder : name)
                           .arg(m_jobs->rowCount())
                           .arg(expected));
    setWindowTitle(tr("Experiment - %1").arg(folder));
    showFigures(rows);
    return true;
}

void ExperimentBrowser::showFigures(const std::vector<TidyRow>& rows) {
    while (QLayoutItem* item = m_figureLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_figureCount = 0;
    for (const ReportFigureData& figure : buildReportFigures(rows)) {
        auto* label = new QLabel;
        label->setPixmap(QPixmap::fromImage(renderReportFigure(figure, QSize(900, 560))));
        label->setToolTip(QString::fromStdString(figure.title));
        m_figureLayout->addWidget(label);
        ++m_figureCount;
    }
    m_figureLayout->addStretch();
}

void ExperimentBrowser::openJobAt(int proxyRow) {
    const QModelIndex source = m_proxy->mapToSource(m_proxy->index(proxyRow, 0));
    if (!source.isValid())
        return;
    const TidyRow& job = m_jobs->jobAt(source.row());
    const std::filesystem::path folder = ExperimentStore(m_folder.toStdString()).jobFolder(job.jobId);
    std::ifstream stream(folder / "job.json");
    const nlohmann::json description = nlohmann::json::parse(stream, nullptr, false);
    if (description.is_discarded() || !description.contains("clip")) {
        m_error = tr("%1: missing or unreadable job.json").arg(QString::fromStdString(folder.string()));
        return;
    }
    emit openJobRequested(QString::fromStdString(description["clip"].get<std::string>()),
                          QString::fromStdString((folder / "plan.json").string()));
}

} // namespace noiseloss
