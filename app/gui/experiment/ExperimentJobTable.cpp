#include "app/gui/experiment/ExperimentJobTable.h"

#include <cmath>

namespace noiseloss {
namespace {

enum Column {
    JobColumn,
    DatasetColumn,
    ClipColumn,
    ModelColumn,
    KindColumn,
    OnsetColumn,
    LengthColumn,
    ColourColumn,
    LevelColumn,
    SchemeColumn,
    BlockColumn,
    SeedColumn,
    ClipDifferenceColumn,
    PeakColumn,
    AssimilationColumn,
    RecoveryColumn,
    LoweredColumn,
    ColumnCount
};

QString numberText(double value, int decimals = 4) {
    return std::isfinite(value) ? QString::number(value, 'f', decimals) : QString();
}

} // namespace

ExperimentJobTable::ExperimentJobTable(QObject* parent) : QAbstractTableModel(parent) {}

void ExperimentJobTable::setRows(const std::vector<TidyRow>& rows) {
    beginResetModel();
    m_jobs.clear();
    for (const TidyRow& row : rows) {
        if (m_jobs.empty() || m_jobs.back().description.job != row.job)
            m_jobs.push_back({row, TidyRow::kMissing, TidyRow::kMissing, TidyRow::kMissing});
        Job& job = m_jobs.back();
        if (row.band == "peak")
            job.peak = row.meanD;
        else if (row.band == "assimilation")
            job.assimilation = row.meanD;
        else if (row.band == "recovery")
            job.recovery = row.meanD;
    }
    endResetModel();
}

int ExperimentJobTable::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_jobs.size());
}

int ExperimentJobTable::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExperimentJobTable::sortValue(const Job& job, int column) const {
    const TidyRow& d = job.description;
    switch (column) {
    case JobColumn:
        return static_cast<qulonglong>(d.job);
    case OnsetColumn:
        return d.onset;
    case LengthColumn:
        return static_cast<qlonglong>(d.length);
    case LevelColumn:
        return d.level;
    case BlockColumn:
        return d.block;
    case SeedColumn:
        return d.seed;
    case ClipDifferenceColumn:
        return d.clipLossPerturbed - d.clipLossOriginal;
    case PeakColumn:
        return job.peak;
    case AssimilationColumn:
        return job.assimilation;
    case RecoveryColumn:
        return job.recovery;
    default:
        return data(index(0, column), Qt::DisplayRole);
    }
}

QVariant ExperimentJobTable::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Job& job = m_jobs[static_cast<std::size_t>(index.row())];
    const TidyRow& d = job.description;
    if (role == Qt::UserRole && index.column() != DatasetColumn && index.column() != ClipColumn &&
        index.column() != ModelColumn && index.column() != KindColumn && index.column() != ColourColumn &&
        index.column() != SchemeColumn && index.column() != LoweredColumn)
        return sortValue(job, index.column());
    if (role != Qt::DisplayRole && role != Qt::UserRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case JobColumn:
        return QString::number(d.job);
    case DatasetColumn:
        return QString::fromStdString(d.dataset);
    case ClipColumn:
        return QString::fromStdString(d.clip);
    case ModelColumn:
        return QString::fromStdString(d.model);
    case KindColumn:
        return QString::fromStdString(d.kind);
    case OnsetColumn:
        return numberText(d.onset, 2);
    case LengthColumn:
        return QString::number(d.length);
    case ColourColumn:
        return QString::fromStdString(d.colour);
    case LevelColumn:
        return numberText(d.level, 1);
    case SchemeColumn:
        return QString::fromStdString(d.scheme);
    case BlockColumn:
        return numberText(d.block, 0);
    case SeedColumn:
        return numberText(d.seed, 0);
    case ClipDifferenceColumn:
        return numberText(d.clipLossPerturbed - d.clipLossOriginal);
    case PeakColumn:
        return numberText(job.peak);
    case AssimilationColumn:
        return numberText(job.assimilation);
    case RecoveryColumn:
        return numberText(job.recovery);
    case LoweredColumn:
        return d.lowered ? tr("yes") : tr("no");
    default:
        return {};
    }
}

QVariant ExperimentJobTable::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const names[] = {
        QT_TR_NOOP("Job"),          QT_TR_NOOP("Dataset"),     QT_TR_NOOP("Clip"),
        QT_TR_NOOP("Model"),        QT_TR_NOOP("Kind"),        QT_TR_NOOP("Onset (s)"),
        QT_TR_NOOP("Length (tok)"), QT_TR_NOOP("Colour"),      QT_TR_NOOP("Level (dB)"),
        QT_TR_NOOP("Scheme"),       QT_TR_NOOP("Block (tok)"), QT_TR_NOOP("Seed"),
        QT_TR_NOOP("Clip L diff"),  QT_TR_NOOP("Peak D"),      QT_TR_NOOP("Assimilation D"),
        QT_TR_NOOP("Recovery D"),   QT_TR_NOOP("Lowered")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace noiseloss
