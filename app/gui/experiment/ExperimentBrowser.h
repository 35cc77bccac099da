#pragma once

#include "experiment/TidyRow.h"

#include <QString>
#include <QWidget>
#include <vector>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace noiseloss {

class ExperimentJobTable;

/// A window onto an experiment output folder (docs/experiments.md): the jobs table (sortable,
/// filtered by a text box over every column), the report's figures drawn from results.csv, and a
/// double-click on a job asks the workstation to open its clip with its plan (openJobRequested).
/// Reads files only; never runs the engine. GUI thread only.
class ExperimentBrowser : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentBrowser(QWidget* parent = nullptr);

    /// Loads `folder`; false (and errorMessage() says why) when it is not an experiment folder.
    bool openFolder(const QString& folder);
    QString errorMessage() const { return m_error; }
    QString folder() const { return m_folder; }

    QTableView* jobView() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    ExperimentJobTable* jobs() const { return m_jobs; }
    int figureCount() const { return m_figureCount; }

    /// Emits openJobRequested for the job in `proxyRow` of the (sorted, filtered) view.
    void openJobAt(int proxyRow);

signals:
    /// The user wants to inspect a job: its clip and its one-region plan file (plan.json).
    void openJobRequested(const QString& audioPath, const QString& planPath);

private:
    void showFigures(const std::vector<TidyRow>& rows);

    QString m_folder;
    QString m_error;
    ExperimentJobTable* m_jobs;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QLabel* m_summary;
    QVBoxLayout* m_figureLayout;
    int m_figureCount = 0;
};

} // namespace noiseloss
