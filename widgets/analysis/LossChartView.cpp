#include "widgets/analysis/LossChartView.h"

#include "widgets/RegionStyle.h"
#include "widgets/TimeSync.h"
#include "widgets/analysis/AnalysisStyle.h"
#include "widgets/analysis/LossChartCanvas.h"
#include "widgets/analysis/LossChartSeries.h"
#include "widgets/analysis/LossCurveSelection.h"

#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>
#include <limits>

namespace noiseloss {

namespace {

constexpr int kBandAlpha = 48;
constexpr int kTimeLabelPixels = 18;

/// An axis without decorations: LossChartCanvas draws the grid and labels from the same mapping.
QValueAxis* makeAxis(QChart* chart, Qt::Alignment alignment) {
    auto* axis = new QValueAxis;
    chart->addAxis(axis, alignment);
    return axis;
}

QColor withAlpha(QColor color, int alpha) {
    color.setAlpha(alpha);
    return color;
}

/// Finite minimum and maximum over `curves`; {NaN, NaN} when there is no finite value.
std::pair<double, double> finiteRange(const std::vector<const std::vector<float>*>& curves) {
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (const auto* curve : curves)
        for (const float value : *curve)
            if (std::isfinite(value)) {
                low = std::min<double>(low, value);
                high = std::max<double>(high, value);
            }
    if (!std::isfinite(low))
        return {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
    return {low, high};
}

QString colouredSwatch(const QColor& color, const QString& text, bool line) {
    const QString glyph = line ? QStringLiteral("━") : QStringLiteral("■");
    return QStringLiteral("<span style='color:%1'>%2</span>&nbsp;%3")
        .arg(color.name(), glyph, text.toHtmlEscaped());
}

} // namespace

LossChartView::LossChartView(QWidget* parent) : QWidget(parent) {
    m_ownSync = new TimeSync(this);
    buildControls();
    setTimeSync(nullptr);
    rebuild();
}

LossChartView::~LossChartView() = default;

void LossChartView::buildControls() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(4, 2, 4, 0);
    m_codebookCombo = new QComboBox;
    m_codebookCombo->setToolTip(tr("Mean over the codebooks (the study's per-token loss) or one codebook"));
    m_styleCombo = new QComboBox;
    m_styleCombo->addItem(tr("D as bars"));
    m_styleCombo->addItem(tr("D as line"));
    m_smoothingSpin = new QSpinBox;
    m_smoothingSpin->setRange(1, 101);
    m_smoothingSpin->setSingleStep(2);
    m_smoothingSpin->setPrefix(tr("Smooth "));
    m_smoothingSpin->setSuffix(tr(" tok"));
    m_smoothingSpin->setToolTip(tr("Centred moving average over this many tokens (1 = raw)"));
    m_originalCheck = new QCheckBox(tr("Original"));
    m_perturbedCheck = new QCheckBox(tr("Perturbed"));
    m_bandsCheck = new QCheckBox(tr("Bands"));
    auto* legend = new QLabel(colouredSwatch(AnalysisStyle::originalColor(), tr("original"), true) +
                              QStringLiteral("&nbsp;&nbsp;") +
                              colouredSwatch(AnalysisStyle::perturbedColor(), tr("perturbed"), true) +
                              QStringLiteral("&nbsp;&nbsp;") +
                              colouredSwatch(AnalysisStyle::bandColor(StudyBand::Peak),
                                             AnalysisStyle::bandName(StudyBand::Peak), false) +
                              QStringLiteral("&nbsp;&nbsp;") +
                              colouredSwatch(AnalysisStyle::bandColor(StudyBand::Assimilation),
                                             AnalysisStyle::bandName(StudyBand::Assimilation), false) +
                              QStringLiteral("&nbsp;&nbsp;") +
                              colouredSwatch(AnalysisStyle::bandColor(StudyBand::Recovery),
                                             AnalysisStyle::bandName(StudyBand::Recovery), false));
    legend->setTextFormat(Qt::RichText);
    controls->addWidget(m_codebookCombo);
    controls->addWidget(m_styleCombo);
    controls->addWidget(m_smoothingSpin);
    controls->addWidget(m_originalCheck);
    controls->addWidget(m_perturbedCheck);
    controls->addWidget(m_bandsCheck);
    controls->addStretch(1);
    controls->addWidget(legend);
    layout->addLayout(controls);

    m_plots = new QWidget;
    auto* plotsLayout = new QGridLayout(m_plots);
    plotsLayout->setContentsMargins(0, 0, 0, 0);
    plotsLayout->setSpacing(0);
    auto* lossChart = new QChart;
    m_lossTimeAxis = makeAxis(lossChart, Qt::AlignBottom);
    m_lossValueAxis = makeAxis(lossChart, Qt::AlignLeft);
    m_lossCanvas = new LossChartCanvas(lossChart, 0);
    m_lossCanvas->setValueAxisTitle(tr("loss (nats)"));
    auto* differenceChart = new QChart;
    m_differenceTimeAxis = makeAxis(differenceChart, Qt::AlignBottom);
    m_differenceValueAxis = makeAxis(differenceChart, Qt::AlignLeft);
    m_differenceCanvas = new LossChartCanvas(differenceChart, kTimeLabelPixels);
    m_differenceCanvas->setValueAxisTitle(tr("D = L_pert − L_orig"));
    plotsLayout->addWidget(m_lossCanvas, 0, 0);
    plotsLayout->addWidget(m_differenceCanvas, 1, 0);
    plotsLayout->setRowStretch(0, 3);
    plotsLayout->setRowStretch(1, 2);
    m_placeholder = new QLabel;
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setStyleSheet(QStringLiteral("color: #777; background: rgba(255,255,255,200);"));
    m_placeholder->setText(tr("No analysis yet"));
    plotsLayout->addWidget(m_placeholder, 0, 0, 2, 1); // overlays both plots while there is no data
    layout->addWidget(m_plots, 1);

    m_readout = new QLabel;
    m_readout->setContentsMargins(6, 0, 6, 2);
    m_readout->setTextFormat(Qt::RichText);
    m_readout->setMinimumHeight(m_readout->fontMetrics().height() + 2);
    layout->addWidget(m_readout);

    const auto settingsEdited = [this] {
        if (m_updatingControls)
            return;
        LossChartSettings settings = m_settings;
        settings.codebook = m_codebookCombo->currentIndex() - 1;
        settings.differenceStyle =
            m_styleCombo->currentIndex() == 0 ? DifferenceStyle::Bars : DifferenceStyle::Line;
        settings.smoothingTokens = m_smoothingSpin->value();
        settings.showOriginal = m_originalCheck->isChecked();
        settings.showPerturbed = m_perturbedCheck->isChecked();
        settings.showBands = m_bandsCheck->isChecked();
        setSettings(settings);
    };
    connect(m_codebookCombo, &QComboBox::currentIndexChanged, this, settingsEdited);
    connect(m_styleCombo, &QComboBox::currentIndexChanged, this, settingsEdited);
    connect(m_smoothingSpin, &QSpinBox::valueChanged, this, settingsEdited);
    for (QCheckBox* check : {m_originalCheck, m_perturbedCheck, m_bandsCheck})
        connect(check, &QCheckBox::toggled, this, settingsEdited);

    for (LossChartCanvas* canvas : {m_lossCanvas, m_differenceCanvas}) {
        connect(canvas, &LossChartCanvas::pointerMoved, this, &LossChartView::hoverAt);
        connect(canvas, &LossChartCanvas::clicked, this, &LossChartView::onClicked);
        connect(canvas, &LossChartCanvas::zoomRequested, this,
                [this](double factor, double anchor) { m_sync->zoomBy(factor, anchor); });
        connect(canvas, &LossChartCanvas::scrollRequested, this,
                [this](double delta) { m_sync->scrollBySeconds(delta); });
    }
    updateControlsFromData();
}

void LossChartView::setTimeSync(TimeSync* sync) {
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync ? sync : m_ownSync;
    connect(m_sync, &TimeSync::visibleRangeChanged, this, &LossChartView::applyVisibleRange);
    connect(m_sync, &TimeSync::playheadChanged, this, &LossChartView::applyTimeOverlays);
    connect(m_sync, &TimeSync::selectionChanged, this, &LossChartView::applyTimeOverlays);
    applyVisibleRange();
    applyTimeOverlays();
}

void LossChartView::setData(std::shared_ptr<const AnalysisViewData> data) {
    m_data = std::move(data);
    if (m_sync == m_ownSync && m_data)
        m_ownSync->setDuration(m_data->tokens.frameToSeconds(m_data->frames()));
    updateControlsFromData();
    rebuild();
}

void LossChartView::setPlaceholderText(const QString& text) {
    m_placeholder->setText(text);
}

void LossChartView::setSettings(const LossChartSettings& settings) {
    if (settings == m_settings)
        return;
    m_settings = settings;
    updateControlsFromData();
    rebuild();
    emit settingsChanged(m_settings);
}

void LossChartView::setVisibleRange(double startSeconds, double endSeconds) {
    m_sync->setVisibleRange(startSeconds, endSeconds);
}

void LossChartView::setPlayhead(double seconds) {
    m_sync->setPlayhead(seconds);
}

void LossChartView::updateControlsFromData() {
    m_updatingControls = true;
    const int codebooks = m_data ? m_data->codebooks() : 0;
    if (m_codebookCombo->count() != codebooks + 1) {
        m_codebookCombo->clear();
        m_codebookCombo->addItem(tr("Mean of codebooks"));
        for (int k = 0; k < codebooks; ++k)
            m_codebookCombo->addItem(tr("Codebook %1").arg(k + 1));
    }
    if (m_settings.codebook >= codebooks)
        m_settings.codebook = -1;
    m_codebookCombo->setCurrentIndex(m_settings.codebook + 1);
    m_styleCombo->setCurrentIndex(m_settings.differenceStyle == DifferenceStyle::Bars ? 0 : 1);
    m_smoothingSpin->setValue(m_settings.smoothingTokens);
    m_originalCheck->setChecked(m_settings.showOriginal);
    m_perturbedCheck->setChecked(m_settings.showPerturbed);
    m_bandsCheck->setChecked(m_settings.showBands);
    m_updatingControls = false;
}

QChart* LossChartView::lossChart() const {
    return m_lossCanvas->chart();
}

QChart* LossChartView::differenceChart() const {
    return m_differenceCanvas->chart();
}

QWidget* LossChartView::plotsWidget() const {
    return m_plots;
}

void LossChartView::rebuild() {
    rebuildLossChart();
    rebuildDifferenceChart();
    const bool empty = !m_data || m_data->frames() == 0;
    m_placeholder->setVisible(empty);
    m_placeholder->raise();
    applyVisibleRange();
    hoverAt(std::numeric_limits<double>::quiet_NaN());
}

void LossChartView::rebuildLossChart() {
    QChart* chart = lossChart();
    chart->removeAllSeries();
    m_shownOriginal.clear();
    m_shownPerturbed.clear();
    m_shownDifference.clear();
    if (!m_data || m_data->frames() == 0)
        return;
    const AlignedLosses& aligned = m_data->analysis.aligned;
    m_shownOriginal = smoothCentred(selectLossCurve(aligned, LossCurveKind::Original, m_settings.codebook),
                                    m_settings.smoothingTokens);
    m_shownPerturbed = smoothCentred(selectLossCurve(aligned, LossCurveKind::Perturbed, m_settings.codebook),
                                     m_settings.smoothingTokens);
    const std::vector<float>& original = m_shownOriginal;
    const std::vector<float>& perturbed = m_shownPerturbed;
    auto [low, high] = finiteRange({&original, &perturbed});
    if (!std::isfinite(high))
        high = 1.0;
    low = 0.0;
    high = std::max(0.5, high * 1.08);
    m_lossValueAxis->setRange(low, high);
    addSpanShading(chart, m_lossValueAxis, low, high);
    addRegionStrip(chart, m_lossValueAxis, low, high);
    const double fps = m_data->tokens.framesPerSecond();
    if (m_settings.showOriginal)
        addTokenLine(chart, m_lossTimeAxis, m_lossValueAxis, QStringLiteral("Original"), original, fps,
                     QPen(AnalysisStyle::originalColor(), 1.4));
    if (m_settings.showPerturbed)
        addTokenLine(chart, m_lossTimeAxis, m_lossValueAxis, QStringLiteral("Perturbed"), perturbed, fps,
                     QPen(AnalysisStyle::perturbedColor(), 1.4));
    m_lossCanvas->setValueTicks(niceTicks(low, high, 5));
}

void LossChartView::rebuildDifferenceChart() {
    QChart* chart = differenceChart();
    chart->removeAllSeries();
    if (!m_data || m_data->frames() == 0)
        return;
    m_shownDifference = smoothCentred(
        selectLossCurve(m_data->analysis.aligned, LossCurveKind::Difference, m_settings.codebook),
        m_settings.smoothingTokens);
    const std::vector<float>& difference = m_shownDifference;
    const auto [low, high] = finiteRange({&difference});
    double limit = std::isfinite(low) ? std::max(std::abs(low), std::abs(high)) * 1.1 : 1.0;
    limit = std::max(limit, 0.1);
    m_differenceValueAxis->setRange(-limit, limit);
    addSpanShading(chart, m_differenceValueAxis, -limit, limit);
    const double fps = m_data->tokens.framesPerSecond();
    const double clipEnd = m_data->tokens.frameToSeconds(m_data->frames());
    addHorizontalLine(chart, m_differenceTimeAxis, m_differenceValueAxis, QStringLiteral("Zero"), 0.0,
                      clipEnd, 0.0, QPen(QColor(120, 120, 120), 0.8));
    if (m_settings.differenceStyle == DifferenceStyle::Bars)
        addTokenBars(chart, m_differenceTimeAxis, m_differenceValueAxis, difference, fps,
                     withAlpha(AnalysisStyle::positiveDifferenceColor(), 210),
                     withAlpha(AnalysisStyle::negativeDifferenceColor(), 210));
    else
        addTokenLine(chart, m_differenceTimeAxis, m_differenceValueAxis, QStringLiteral("D"), difference, fps,
                     QPen(QColor(60, 60, 60), 1.2));
    // The study's baseline b of each region (mean D before the onset), valid for the mean curve only.
    if (m_settings.codebook < 0 && m_settings.showBands)
        for (const RegionAnalysis& region : m_data->analysis.regions) {
            const StudyBands& bands = region.bands;
            const std::int64_t end = std::max(bands.recovery.end, bands.assimilation.end);
            addHorizontalLine(chart, m_differenceTimeAxis, m_differenceValueAxis, QStringLiteral("Baseline"),
                              m_data->tokens.frameToSeconds(bands.baselineSpan.begin),
                              m_data->tokens.frameToSeconds(end), bands.baseline,
                              QPen(QColor(90, 90, 90), 1.0, Qt::DashLine));
        }
    m_differenceCanvas->setValueTicks(niceTicks(-limit, limit, 6));
}

void LossChartView::addSpanShading(QChart* chart, QValueAxis* yAxis, double low, double high) {
    QValueAxis* xAxis = chart == lossChart() ? m_lossTimeAxis : m_differenceTimeAxis;
    const TokenTimeMap& tokens = m_data->tokens;
    if (!m_settings.showBands) {
        for (const Region& region : m_data->plan.regions)
            addShadedSpan(chart, xAxis, yAxis, QStringLiteral("Region"), region.startSeconds,
                          region.endSeconds, low, high,
                          withAlpha(RegionStyle::color(region.kind), kBandAlpha));
        return;
    }
    for (const RegionAnalysis& region : m_data->analysis.regions) {
        const std::pair<StudyBand, TokenSpan> bands[] = {{StudyBand::Peak, region.bands.peak},
                                                         {StudyBand::Assimilation, region.bands.assimilation},
                                                         {StudyBand::Recovery, region.bands.recovery}};
        for (const auto& [band, span] : bands)
            if (!span.empty())
                addShadedSpan(chart, xAxis, yAxis, AnalysisStyle::bandName(band),
                              tokens.frameToSeconds(span.begin), tokens.frameToSeconds(span.end), low, high,
                              withAlpha(AnalysisStyle::bandColor(band), kBandAlpha));
    }
}

void LossChartView::addRegionStrip(QChart* chart, QValueAxis* yAxis, double low, double high) {
    // A strip along the top marks where each region of the plan acts, in the region's colour.
    // Hatched, so that it does not read as one of the bands.
    const double stripLow = high - (high - low) * 0.03;
    for (const Region& region : m_data->plan.regions)
        addShadedSpan(chart, m_lossTimeAxis, yAxis, QStringLiteral("Region strip"), region.startSeconds,
                      region.endSeconds, stripLow, high,
                      QBrush(RegionStyle::color(region.kind).darker(130), Qt::BDiagPattern));
}

void LossChartView::applyVisibleRange() {
    const double start = m_sync->visibleStartSeconds();
    const double end = m_sync->visibleEndSeconds();
    m_lossTimeAxis->setRange(start, end);
    m_differenceTimeAxis->setRange(start, end);
    applyTimeOverlays();
}

void LossChartView::applyTimeOverlays() {
    for (LossChartCanvas* canvas : {m_lossCanvas, m_differenceCanvas}) {
        canvas->setPlayheadSeconds(m_sync->playheadSeconds());
        if (m_sync->hasSelection())
            canvas->setSelectionSeconds(m_sync->selectionStartSeconds(), m_sync->selectionEndSeconds());
        else
            canvas->setSelectionSeconds(0.0, 0.0);
    }
}

std::int64_t LossChartView::frameAtSeconds(double seconds) const {
    if (!m_data || !std::isfinite(seconds) || seconds < 0.0)
        return -1;
    const std::int64_t frame = m_data->tokens.secondsToFrame(seconds);
    return frame < m_data->frames() ? frame : -1;
}

void LossChartView::onClicked(double seconds) {
    const std::int64_t frame = frameAtSeconds(seconds);
    if (frame >= 0)
        emit tokenClicked(frame);
}

void LossChartView::hoverAt(double seconds) {
    const std::int64_t frame = frameAtSeconds(seconds);
    for (LossChartCanvas* canvas : {m_lossCanvas, m_differenceCanvas})
        canvas->setHoverSeconds(frame >= 0 ? seconds : std::numeric_limits<double>::quiet_NaN());
    if (frame < 0) {
        m_readoutText.clear();
        m_readout->setText(m_data ? tr("<span style='color:#777'>Hover over the plots for values; click a "
                                       "token to inspect it</span>")
                                  : QString());
        emit tokenHovered(-1);
        return;
    }
    const auto value = [frame](const std::vector<float>& curve) {
        return frame < static_cast<std::int64_t>(curve.size()) ? curve[static_cast<std::size_t>(frame)]
                                                               : std::numeric_limits<float>::quiet_NaN();
    };
    QString band;
    for (const RegionAnalysis& region : m_data->analysis.regions) {
        const std::pair<StudyBand, TokenSpan> spans[] = {{StudyBand::Peak, region.bands.peak},
                                                         {StudyBand::Assimilation, region.bands.assimilation},
                                                         {StudyBand::Recovery, region.bands.recovery}};
        for (const auto& [kind, span] : spans)
            if (span.contains(frame))
                band =
                    tr("%1 of region %2").arg(AnalysisStyle::bandName(kind)).arg(region.planRegionIndex + 1);
    }
    const QString source =
        m_settings.codebook < 0 ? tr("mean") : tr("codebook %1").arg(m_settings.codebook + 1);
    m_readoutText = tr("%1 s · token %2 · %3: original %4 · perturbed %5 · D %6")
                        .arg(QString::number(seconds, 'f', 3))
                        .arg(frame)
                        .arg(source, AnalysisStyle::formatNats(value(m_shownOriginal)),
                             AnalysisStyle::formatNats(value(m_shownPerturbed)),
                             AnalysisStyle::formatSignedNats(value(m_shownDifference)));
    if (!band.isEmpty())
        m_readoutText += QStringLiteral(" · ") + band;
    m_readout->setText(m_readoutText.toHtmlEscaped());
    emit tokenHovered(frame);
}

QString LossChartView::readoutText() const {
    return m_readoutText;
}

bool LossChartView::exportPng(const QString& path, QString* error) {
    const QPixmap pixmap = m_plots->grab();
    if (pixmap.isNull() || !pixmap.save(path, "PNG")) {
        if (error)
            *error = tr("%1: could not write the PNG image").arg(path);
        return false;
    }
    return true;
}

bool LossChartView::exportSvg(const QString& path, QString* error) {
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(m_plots->size());
    generator.setViewBox(QRect(QPoint(0, 0), m_plots->size()));
    generator.setTitle(tr("NoiseLoss loss chart"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        if (error)
            *error = tr("%1: could not write the SVG image").arg(path);
        return false;
    }
    const bool placeholderShown = m_placeholder->isVisible();
    m_placeholder->hide();
    m_plots->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    m_placeholder->setVisible(placeholderShown);
    painter.end();
    return true;
}

} // namespace noiseloss
