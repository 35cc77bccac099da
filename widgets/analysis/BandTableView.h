#pragma once

#include "widgets/analysis/AnalysisViewData.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTableWidget;

namespace noiseloss {

/// The band statistics of an analysis: the clip losses with the verdict ("noise lowered the loss"),
/// then per region its baseline and the Peak / Assimilation / Recovery bands (token span, time,
/// length, mean D, max D, mean original and perturbed loss), then the moving-average detector's
/// spans. Selecting a row emits its time span so the panes can select it. Draws plain structs only.
/// GUI thread only.
class BandTableView : public QWidget {
    Q_OBJECT
public:
    enum Column {
        RegionColumn,
        BandColumn,
        TokensColumn,
        TimeColumn,
        LengthColumn,
        MeanDifferenceColumn,
        MaxDifferenceColumn,
        MeanOriginalColumn,
        MeanPerturbedColumn,
        ColumnCount
    };

    explicit BandTableView(QWidget* parent = nullptr);

    /// Shows `data` (nullptr clears the table).
    void setData(std::shared_ptr<const AnalysisViewData> data);

    QTableWidget* table() const { return m_table; }
    QString verdictText() const; ///< the clip summary line as plain text

signals:
    /// A row was selected; its span in seconds of the original clip.
    void spanSelected(double startSeconds, double endSeconds);

private:
    void addBandRow(const QString& region, const QString& band, const BandStats& stats, const QColor& color);
    void addBaselineRow(const QString& region, const StudyBands& bands);
    void updateVerdict();

    std::shared_ptr<const AnalysisViewData> m_data;
    QLabel* m_verdict;
    QTableWidget* m_table;
};

} // namespace noiseloss
