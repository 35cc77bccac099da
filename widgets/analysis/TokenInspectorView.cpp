#include "widgets/analysis/TokenInspectorView.h"

#include "widgets/analysis/AnalysisStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <cmath>

namespace noiseloss {

namespace {

QTableWidgetItem* rightAligned(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

TokenInspectorView::TokenInspectorView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_header = new QLabel;
    m_header->setWordWrap(true);
    m_header->setContentsMargins(4, 2, 4, 4);
    layout->addWidget(m_header);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("k"), tr("Run"), tr("Code"), tr("NLL"), tr("D"), tr("Entropy"), tr("Rank"), tr("Top-5 codes")});
    m_table->horizontalHeaderItem(RankColumn)
        ->setToolTip(tr("Rank of the true code (0 = the most likely code)"));
    m_table->horizontalHeaderItem(EntropyColumn)
        ->setToolTip(tr("Entropy of the predictive distribution (nats)"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    showToken(-1);
}

void TokenInspectorView::setData(std::shared_ptr<const AnalysisViewData> data) {
    m_data = std::move(data);
    showToken(m_data && m_frame < m_data->frames() ? m_frame : -1);
}

void TokenInspectorView::showToken(std::int64_t frame) {
    m_frame = frame;
    m_table->setRowCount(0);
    if (!m_data || frame < 0 || frame >= m_data->frames()) {
        m_frame = -1;
        m_header->setText(tr("Click a token in the loss chart to inspect it."));
        return;
    }
    const AlignedLosses& aligned = m_data->analysis.aligned;
    const TokenTimeMap& tokens = m_data->tokens;
    const std::int64_t perturbedFrame =
        aligned.perturbedFrameOf.empty() ? frame : aligned.perturbedFrameOf[static_cast<std::size_t>(frame)];
    QString header =
        tr("Token %1 · %2–%3 s · mean NLL original %4, perturbed %5, D %6")
            .arg(frame)
            .arg(tokens.frameToSeconds(frame), 0, 'f', 2)
            .arg(tokens.frameToSeconds(frame + 1), 0, 'f', 2)
            .arg(AnalysisStyle::formatNats(aligned.originalMean[static_cast<std::size_t>(frame)]),
                 AnalysisStyle::formatNats(aligned.perturbedMean[static_cast<std::size_t>(frame)]),
                 AnalysisStyle::formatSignedNats(aligned.differenceMean[static_cast<std::size_t>(frame)]));
    if (perturbedFrame < 0)
        header += tr(" · no perturbed counterpart (deleted)");
    else if (perturbedFrame != frame)
        header += tr(" · paired with perturbed token %1").arg(perturbedFrame);
    m_header->setText(header);

    for (int k = 0; k < aligned.codebooks; ++k) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->insertRow(row + 1);
        fillRun(row, k, m_data->original, frame, false);
        fillRun(row + 1, k, m_data->perturbed, perturbedFrame, true);
        const float difference = aligned.difference[aligned.index(k, frame)];
        m_table->setItem(row + 1, DifferenceColumn,
                         rightAligned(AnalysisStyle::formatSignedNats(difference)));
        if (std::isfinite(difference))
            m_table->item(row + 1, DifferenceColumn)
                ->setForeground(difference > 0 ? AnalysisStyle::positiveDifferenceColor()
                                               : AnalysisStyle::negativeDifferenceColor());
    }
    m_table->resizeColumnsToContents();
}

void TokenInspectorView::fillRun(int row, int codebook, const TokenScoreDetails& run, std::int64_t runFrame,
                                 bool perturbed) {
    const QColor runColor = perturbed ? AnalysisStyle::perturbedColor() : AnalysisStyle::originalColor();
    auto* codebookItem = new QTableWidgetItem(perturbed ? QString() : QString::number(codebook + 1));
    m_table->setItem(row, CodebookColumn, codebookItem);
    auto* runItem = new QTableWidgetItem(perturbed ? tr("perturbed") : tr("original"));
    runItem->setForeground(runColor);
    m_table->setItem(row, RunColumn, runItem);

    std::int64_t trueCode = -1;
    if (runFrame >= 0 && !run.codes.empty()) {
        const auto frames = static_cast<std::int64_t>(run.codes.size()) / std::max(1, run.codebooks);
        if (runFrame < frames)
            trueCode = run.codes[static_cast<std::size_t>(codebook * frames + runFrame)];
    }
    m_table->setItem(row, CodeColumn,
                     rightAligned(trueCode >= 0 ? QString::number(trueCode) : QStringLiteral("–")));

    const std::int64_t column = runFrame >= 0 ? run.columnOf(runFrame) : -1;
    if (column < 0 || codebook >= run.codebooks) {
        for (const int empty : {NllColumn, EntropyColumn, RankColumn})
            m_table->setItem(row, empty, rightAligned(QStringLiteral("–")));
        m_table->setItem(row, TopFiveColumn,
                         new QTableWidgetItem(runFrame < 0 ? tr("deleted") : tr("not scored")));
        return;
    }
    const std::size_t index = run.index(codebook, column);
    const auto valueOr = [index](const auto& values) -> double {
        return index < values.size() ? static_cast<double>(values[index]) : std::nan("");
    };
    m_table->setItem(row, NllColumn, rightAligned(AnalysisStyle::formatNats(valueOr(run.nll))));
    m_table->setItem(row, EntropyColumn, rightAligned(AnalysisStyle::formatNats(valueOr(run.entropy))));
    m_table->setItem(
        row, RankColumn,
        rightAligned(index < run.rank.size() ? QString::number(run.rank[index]) : QStringLiteral("–")));
    QStringList topFive;
    for (std::size_t i = 0; i < 5 && (index * 5 + i) < run.top5.size(); ++i) {
        const std::int32_t code = run.top5[index * 5 + i];
        topFive << (code == trueCode ? QStringLiteral("%1 ✓").arg(code) : QString::number(code));
    }
    m_table->setItem(
        row, TopFiveColumn,
        new QTableWidgetItem(topFive.isEmpty() ? QStringLiteral("–") : topFive.join(QStringLiteral(", "))));
}

QString TokenInspectorView::headerText() const {
    return m_header->text();
}

} // namespace noiseloss
