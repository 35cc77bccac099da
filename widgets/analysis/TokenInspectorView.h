#pragma once

#include "widgets/analysis/AnalysisViewData.h"

#include <QWidget>
#include <cstdint>
#include <memory>

class QLabel;
class QTableWidget;

namespace noiseloss {

/// Details of one token frame (original frames): for each codebook and each run (original, and the
/// paired perturbed token) the true code, its NLL, the entropy of the predictive distribution, the
/// rank of the true code and the five most likely codes, plus D per codebook. Draws plain structs
/// only. GUI thread only.
class TokenInspectorView : public QWidget {
    Q_OBJECT
public:
    enum Column {
        CodebookColumn,
        RunColumn,
        CodeColumn,
        NllColumn,
        DifferenceColumn,
        EntropyColumn,
        RankColumn,
        TopFiveColumn,
        ColumnCount
    };

    explicit TokenInspectorView(QWidget* parent = nullptr);

    /// Shows `data` (nullptr clears); keeps the inspected frame when it still exists.
    void setData(std::shared_ptr<const AnalysisViewData> data);
    /// Inspects original token frame `frame` (-1 clears).
    void showToken(std::int64_t frame);
    std::int64_t token() const { return m_frame; }

    QTableWidget* table() const { return m_table; }
    QString headerText() const;

private:
    void fillRun(int row, int codebook, const TokenScoreDetails& run, std::int64_t runFrame, bool perturbed);

    std::shared_ptr<const AnalysisViewData> m_data;
    std::int64_t m_frame = -1;
    QLabel* m_header;
    QTableWidget* m_table;
};

} // namespace noiseloss
