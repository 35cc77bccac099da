#pragma once

#include "experiment/TidyRow.h"

#include <QAbstractTableModel>
#include <vector>

namespace noiseloss {

/// The jobs of an experiment (results.csv) as a table model, one row per job with the three
/// bands' mean D side by side. Display values are strings; Qt::UserRole holds numbers (for sorting
/// with QSortFilterProxyModel::setSortRole(Qt::UserRole)). GUI thread only.
class ExperimentJobTable : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ExperimentJobTable(QObject* parent = nullptr);

    /// Replaces the table; rows of one job must be adjacent (as results.csv writes them).
    void setRows(const std::vector<TidyRow>& rows);
    /// The job shown in `row` (a source-model row).
    const TidyRow& jobAt(int row) const { return m_jobs.at(static_cast<std::size_t>(row)).description; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Job {
        TidyRow description; ///< the job's first row (band fields unused)
        double peak = TidyRow::kMissing;
        double assimilation = TidyRow::kMissing;
        double recovery = TidyRow::kMissing;
    };
    QVariant sortValue(const Job& job, int column) const;

    std::vector<Job> m_jobs;
};

} // namespace noiseloss
