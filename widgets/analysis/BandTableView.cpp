#include "widgets/analysis/BandTableView.h"

#include "widgets/RegionStyle.h"
#include "widgets/analysis/AnalysisStyle.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace noiseloss {

namespace {

constexpr int kSpanRole = Qt::UserRole + 1; ///< QPointF(startSeconds, endSeconds) on the band cell

QTableWidgetItem* numberItem(const QString& text, double value) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}

QString baselineSourceText(BaselineSource source) {
    switch (source) {
    case BaselineSource::Full:
        return QCoreApplication::translate("BandTableView", "mean D before the onset (study window)");
    case BaselineSource::BeforeLead:
        return QCoreApplication::translate("BandTableView",
                                           "region close to the clip start: mean D up to the Peak start");
    case BaselineSource::None:
        return QCoreApplication::translate("BandTableView", "no scored token before the region: baseline 0");
    }
    return {};
}

} // namespace

BandTableView::BandTableView(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_verdict = new QLabel;
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setContentsMargins(4, 2, 4, 4);
    layout->addWidget(m_verdict);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Region"), tr("Band"), tr("Tokens"), tr("Time (s)"), tr("Length"),
                                        tr("Mean D"), tr("Max D"), tr("L orig"), tr("L pert")});
    m_table->horizontalHeaderItem(MeanDifferenceColumn)->setToolTip(tr("Mean of D = L_pert − L_orig (nats)"));
    m_table->horizontalHeaderItem(MeanOriginalColumn)
        ->setToolTip(tr("Mean original loss over the band (nats)"));
    m_table->horizontalHeaderItem(MeanPerturbedColumn)
        ->setToolTip(tr("Mean perturbed loss over the band (nats)"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem*> selected = m_table->selectedItems();
        if (selected.isEmpty())
            return;
        const QTableWidgetItem* band = m_table->item(selected.first()->row(), BandColumn);
        const QPointF span = band ? band->data(kSpanRole).toPointF() : QPointF();
        if (span.y() > span.x())
            emit spanSelected(span.x(), span.y());
    });
    setData(nullptr);
}

void BandTableView::setData(std::shared_ptr<const AnalysisViewData> data) {
    m_data = std::move(data);
    m_table->setRowCount(0);
    updateVerdict();
    if (!m_data)
        return;
    const LossAnalysis& analysis = m_data->analysis;
    for (const RegionAnalysis& region : analysis.regions) {
        const auto index = static_cast<std::size_t>(region.planRegionIndex);
        QString name = tr("R%1").arg(region.planRegionIndex + 1);
        if (index < m_data->plan.regions.size())
            name += QStringLiteral(" ") + RegionStyle::describe(m_data->plan.regions[index]);
        addBaselineRow(name, region.bands);
        addBandRow(name, AnalysisStyle::bandName(StudyBand::Peak), region.peak,
                   AnalysisStyle::bandColor(StudyBand::Peak));
        addBandRow(name, AnalysisStyle::bandName(StudyBand::Assimilation), region.assimilation,
                   AnalysisStyle::bandColor(StudyBand::Assimilation));
        addBandRow(name, AnalysisStyle::bandName(StudyBand::Recovery), region.recovery,
                   AnalysisStyle::bandColor(StudyBand::Recovery));
        if (!region.bands.peakReturnedToBaseline)
            m_table->item(m_table->rowCount() - 3, BandColumn)
                ->setToolTip(
                    tr("D never returned to the baseline for 5 tokens: Peak ends at the fallback o + 45"));
    }
    const QString movingAverage = tr("Moving avg.");
    for (const BandStats& stats : analysis.affectedStats)
        addBandRow(movingAverage, tr("Affected"), stats, QColor(128, 0, 128));
    for (const BandStats& stats : analysis.movingRecoveryStats)
        addBandRow(movingAverage, tr("Recovery (MA)"), stats, QColor(44, 160, 44));
    m_table->resizeColumnsToContents();
}

void BandTableView::addBaselineRow(const QString& region, const StudyBands& bands) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const TokenTimeMap& tokens = m_data->tokens;
    auto* regionItem = new QTableWidgetItem(region);
    regionItem->setData(Qt::UserRole, region);
    regionItem->setToolTip(region);
    QFont bold = regionItem->font();
    bold.setBold(true);
    regionItem->setFont(bold);
    m_table->setItem(row, RegionColumn, regionItem);
    auto* band = new QTableWidgetItem(tr("Baseline"));
    band->setToolTip(baselineSourceText(bands.baselineSource));
    band->setData(kSpanRole, QPointF(tokens.frameToSeconds(bands.baselineSpan.begin),
                                     tokens.frameToSeconds(bands.baselineSpan.end)));
    if (bands.baselineSource != BaselineSource::Full)
        band->setText(tr("Baseline ⚠"));
    m_table->setItem(row, BandColumn, band);
    m_table->setItem(
        row, TokensColumn,
        new QTableWidgetItem(
            QStringLiteral("[%1, %2)").arg(bands.baselineSpan.begin).arg(bands.baselineSpan.end)));
    m_table->setItem(
        row, TimeColumn,
        new QTableWidgetItem(QStringLiteral("%1–%2")
                                 .arg(tokens.frameToSeconds(bands.baselineSpan.begin), 0, 'f', 2)
                                 .arg(tokens.frameToSeconds(bands.baselineSpan.end), 0, 'f', 2)));
    m_table->setItem(
        row, LengthColumn,
        numberItem(QString::number(bands.baselineSpan.length()), double(bands.baselineSpan.length())));
    m_table->setItem(row, MeanDifferenceColumn,
                     numberItem(AnalysisStyle::formatSignedNats(bands.baseline), bands.baseline));
}

void BandTableView::addBandRow(const QString& region, const QString& band, const BandStats& stats,
                               const QColor& color) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const TokenTimeMap& tokens = m_data->tokens;
    const double start = tokens.frameToSeconds(stats.span.begin);
    const double end = tokens.frameToSeconds(stats.span.end);
    // The region is named once per group (on its first row); later rows carry it as a tooltip only.
    const QTableWidgetItem* above = row > 0 ? m_table->item(row - 1, RegionColumn) : nullptr;
    const bool sameGroup = above && above->data(Qt::UserRole).toString() == region;
    auto* regionItem = new QTableWidgetItem(sameGroup ? QString() : region);
    regionItem->setData(Qt::UserRole, region);
    regionItem->setToolTip(region);
    QFont bold = regionItem->font();
    bold.setBold(true);
    regionItem->setFont(bold);
    m_table->setItem(row, RegionColumn, regionItem);
    auto* bandItem = new QTableWidgetItem(QStringLiteral("■ ") + band);
    bandItem->setForeground(color.darker(115));
    bandItem->setData(kSpanRole, QPointF(start, end));
    m_table->setItem(row, BandColumn, bandItem);
    m_table->setItem(
        row, TokensColumn,
        new QTableWidgetItem(QStringLiteral("[%1, %2)").arg(stats.span.begin).arg(stats.span.end)));
    m_table->setItem(row, TimeColumn,
                     new QTableWidgetItem(QStringLiteral("%1–%2").arg(start, 0, 'f', 2).arg(end, 0, 'f', 2)));
    m_table->setItem(row, LengthColumn,
                     numberItem(QString::number(stats.span.length()), double(stats.span.length())));
    auto* meanD = numberItem(AnalysisStyle::formatSignedNats(stats.meanDifference), stats.meanDifference);
    if (stats.validTokens > 0)
        meanD->setForeground(stats.meanDifference > 0 ? AnalysisStyle::positiveDifferenceColor().darker(120)
                                                      : AnalysisStyle::negativeDifferenceColor().darker(120));
    m_table->setItem(row, MeanDifferenceColumn, meanD);
    m_table->setItem(row, MaxDifferenceColumn,
                     numberItem(AnalysisStyle::formatSignedNats(stats.maxDifference), stats.maxDifference));
    m_table->setItem(row, MeanOriginalColumn,
                     numberItem(AnalysisStyle::formatNats(stats.meanOriginal), stats.meanOriginal));
    m_table->setItem(row, MeanPerturbedColumn,
                     numberItem(AnalysisStyle::formatNats(stats.meanPerturbed), stats.meanPerturbed));
    if (stats.validTokens < stats.span.length())
        m_table->item(row, LengthColumn)
            ->setToolTip(tr("%1 of %2 tokens have a perturbed counterpart")
                             .arg(stats.validTokens)
                             .arg(stats.span.length()));
}

void BandTableView::updateVerdict() {
    if (!m_data) {
        m_verdict->setText(tr("<span style='color:#777'>No analysis yet</span>"));
        return;
    }
    const ClipStats& clip = m_data->analysis.clip;
    const bool allNoise = !m_data->plan.regions.empty() &&
                          std::all_of(m_data->plan.regions.begin(), m_data->plan.regions.end(),
                                      [](const Region& region) { return region.kind == RegionKind::Noise; });
    const QString cause = allNoise ? tr("noise") : tr("the perturbation");
    QString verdict;
    QColor verdictColor(60, 60, 60);
    switch (clip.change) {
    case ClipChange::Lowered:
        verdict = tr("%1 lowered the loss").arg(cause);
        verdictColor = QColor(150, 60, 0);
        break;
    case ClipChange::Raised:
        verdict = tr("%1 raised the loss").arg(cause);
        break;
    case ClipChange::Unchanged:
        verdict = m_data->plan.regions.empty() ? tr("no change (the plan has no regions)") : tr("no change");
        break;
    case ClipChange::Undetermined:
        verdict = tr("no verdict (a clip has no scored tokens)");
        break;
    }
    m_verdict->setText(tr("Clip loss: original <b>%1</b> → perturbed <b>%2</b> (D <b>%3</b> nats) — "
                          "<b style='color:%4'>%5</b>")
                           .arg(AnalysisStyle::formatNats(clip.meanOriginal),
                                AnalysisStyle::formatNats(clip.meanPerturbed),
                                AnalysisStyle::formatSignedNats(clip.difference), verdictColor.name(),
                                verdict.toHtmlEscaped()));
}

QString BandTableView::verdictText() const {
    QString html = m_verdict->text();
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return html;
}

} // namespace noiseloss
