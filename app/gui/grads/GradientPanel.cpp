#include "app/gui/grads/GradientPanel.h"

#include "app/gui/grads/GradientController.h"
#include "widgets/TimeSync.h"
#include "widgets/analysis/AnalysisStyle.h"
#include "widgets/heatmap/HeatmapView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace noiseloss {

namespace {

constexpr int kTokenAtPlayhead = -1;
constexpr int kAllTargets = -2;

QComboBox* comboWith(QWidget* parent, const QStringList& items) {
    auto* combo = new QComboBox(parent);
    combo->addItems(items);
    return combo;
}

} // namespace

GradientPanel::GradientPanel(GradientController* controller, HeatmapView* timeMap, TimeSync* sync,
                             QWidget* parent)
    : QWidget(parent), m_controller(controller), m_timeMap(timeMap), m_sync(sync),
      m_moduleMap(new HeatmapView(this)) {
    m_moduleMap->setObjectName(QStringLiteral("gradientModuleMap"));
    m_moduleMap->setPlaceholderText(
        tr("Gradients > Compute Gradients: per-token gradient norms, layer x module, for the token at the "
           "playhead or a band"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createRunRow());
    layout->addWidget(createViewRow());
    layout->addWidget(m_moduleMap, 1);

    connect(controller, &GradientController::dataChanged, this, &GradientPanel::refresh);
    connect(controller, &GradientController::statusTextChanged, m_status, &QLabel::setText);
    connect(controller, &GradientController::progressChanged, this, [this](int percent) {
        m_progress->setVisible(percent >= 0);
        m_progress->setValue(std::max(0, percent));
    });
    connect(controller, &GradientController::runningChanged, this, [this](bool running) {
        m_run->setEnabled(!running);
        m_cancel->setEnabled(running);
        if (running) { // the spec may have been set elsewhere (command line)
            const QSignalBlocker blocker(m_targets);
            m_targets->setText(QString::fromStdString(m_controller->request().targetSpec));
        }
    });
    if (m_timeMap)
        connect(m_timeMap, &HeatmapView::cellClicked, this, [this](int, int column, double seconds) {
            setSelectedFrame(column);
            m_tokens->setCurrentIndex(m_tokens->findData(kTokenAtPlayhead)); // the clicked token
            if (m_sync && seconds >= 0.0)
                m_sync->setPlayhead(seconds);
            emit tokenActivated(column);
        });
    if (m_sync)
        connect(m_sync, &TimeSync::playheadChanged, this, [this](double seconds) {
            const auto data = m_controller ? m_controller->data() : nullptr;
            if (data && data->analysis)
                setSelectedFrame(data->analysis->tokens.secondsToFrame(seconds));
        });
    refreshParams();
    refresh();
}

QWidget* GradientPanel::createRunRow() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Targets"), row));
    m_targets = new QLineEdit(QString::fromStdString(m_controller->request().targetSpec), row);
    m_targets->setObjectName(QStringLiteral("gradientTargets"));
    m_targets->setToolTip(
        tr("Frames: all, T0:T1, every:N or T0:T1+every:N (every N-th frame outside the window)"));
    m_targets->setMaximumWidth(130);
    connect(m_targets, &QLineEdit::textChanged, m_controller, &GradientController::setTargetSpec);
    layout->addWidget(m_targets);
    m_codebooks = comboWith(row, {tr("each codebook"), tr("codebooks summed")});
    m_codebooks->setToolTip(
        tr("One target per code, or one per frame with the NLLs of its codebooks summed"));
    connect(m_codebooks, &QComboBox::currentIndexChanged, m_controller,
            [this](int index) { m_controller->setPerCodebook(index == 0); });
    layout->addWidget(m_codebooks);
    m_method = comboWith(row, {tr("fast"), tr("naive (reference)")});
    m_method->setToolTip(tr("Same numbers; the naive method is the study's (much slower)"));
    connect(m_method, &QComboBox::currentIndexChanged, m_controller, [this](int index) {
        m_controller->setMethod(index == 0 ? GradientMethod::Fast : GradientMethod::Naive);
    });
    layout->addWidget(m_method);
    m_run = new QPushButton(tr("Run"), row);
    m_run->setObjectName(QStringLiteral("gradientRun"));
    connect(m_run, &QPushButton::clicked, m_controller, &GradientController::run);
    layout->addWidget(m_run);
    m_cancel = new QPushButton(tr("Cancel"), row);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, m_controller, &GradientController::cancel);
    layout->addWidget(m_cancel);
    m_progress = new QProgressBar(row);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(row);
    m_status->setObjectName(QStringLiteral("gradientStatus"));
    layout->addWidget(m_status, 1);
    auto* exportNpy = new QPushButton(tr("NPY…"), row);
    exportNpy->setToolTip(tr("Export the gradients as .npy + JSON (the layout of noiseloss-cli grads)"));
    connect(exportNpy, &QPushButton::clicked, this, [this] { emit exportRequested(QStringLiteral("npy")); });
    layout->addWidget(exportNpy);
    auto* exportCsv = new QPushButton(tr("CSV…"), row);
    exportCsv->setToolTip(tr("Export the gradients as CSV tables"));
    connect(exportCsv, &QPushButton::clicked, this, [this] { emit exportRequested(QStringLiteral("csv")); });
    layout->addWidget(exportCsv);
    return row;
}

QWidget* GradientPanel::createViewRow() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = comboWith(row, {GradientMaps::viewName(GradientView::Original),
                             GradientMaps::viewName(GradientView::Perturbed),
                             GradientMaps::viewName(GradientView::Difference)});
    m_view->setObjectName(QStringLiteral("gradientView"));
    connect(m_view, &QComboBox::currentIndexChanged, this, [this](int index) {
        // Signed data gets the diverging map (symmetric limits); magnitudes a sequential one.
        const bool difference = index == static_cast<int>(GradientView::Difference);
        const bool diverging = m_colourMap->currentIndex() == ColourMap::Diverging;
        if (difference != diverging)
            m_colourMap->setCurrentIndex(difference ? ColourMap::Diverging : ColourMap::Viridis);
        refresh();
    });
    layout->addWidget(m_view);
    m_tokens = new QComboBox(row);
    m_tokens->setObjectName(QStringLiteral("gradientTokens"));
    m_tokens->setToolTip(tr("Which tokens the layer x module map averages"));
    connect(m_tokens, &QComboBox::currentIndexChanged, this, [this] {
        m_tokensChosen = true;
        refresh();
    });
    layout->addWidget(m_tokens);
    m_columns = comboWith(row, {tr("modules"), tr("q_proj heads"), tr("k_proj heads"), tr("v_proj heads"),
                                tr("out_proj heads")});
    m_columns->setToolTip(tr("Columns of the layer x module map: modules, or the heads of one projection"));
    connect(m_columns, &QComboBox::currentIndexChanged, this, &GradientPanel::refresh);
    layout->addWidget(m_columns);
    m_colourMap = new QComboBox(row);
    for (ColourMap::Name name :
         {ColourMap::Viridis, ColourMap::Magma, ColourMap::Cividis, ColourMap::Diverging})
        m_colourMap->addItem(ColourMap::displayName(name));
    connect(m_colourMap, &QComboBox::currentIndexChanged, this, &GradientPanel::refreshParams);
    layout->addWidget(m_colourMap);
    m_normalisation = comboWith(row, {tr("no normalisation"), tr("per row"), tr("per column")});
    connect(m_normalisation, &QComboBox::currentIndexChanged, this, &GradientPanel::refreshParams);
    layout->addWidget(m_normalisation);
    m_log = new QCheckBox(tr("log"), row);
    connect(m_log, &QCheckBox::toggled, this, &GradientPanel::refreshParams);
    layout->addWidget(m_log);
    layout->addStretch(1);
    return row;
}

HeatmapView* GradientPanel::timeMap() const {
    return m_timeMap;
}

GradientView GradientPanel::view() const {
    return static_cast<GradientView>(std::max(0, m_view->currentIndex()));
}

void GradientPanel::setView(GradientView view) {
    m_view->setCurrentIndex(static_cast<int>(view));
}

void GradientPanel::setSelectedFrame(std::int64_t frame) {
    if (frame == m_selectedFrame)
        return;
    m_selectedFrame = frame;
    if (m_tokens->currentData().toInt() == kTokenAtPlayhead)
        refresh();
}

HeatmapParams GradientPanel::currentParams() const {
    HeatmapParams params;
    params.colourMap = static_cast<ColourMap::Name>(std::max(0, m_colourMap->currentIndex()));
    params.normalisation =
        static_cast<HeatmapParams::Normalisation>(std::max(0, m_normalisation->currentIndex()));
    params.logScale = m_log->isChecked();
    return params;
}

void GradientPanel::refreshParams() {
    const HeatmapParams params = currentParams();
    m_moduleMap->setParams(params);
    if (m_timeMap)
        m_timeMap->setParams(params);
}

TokenSpan GradientPanel::selectedSpan(QString* label) const {
    const auto data = m_controller ? m_controller->data() : nullptr;
    const int choice = m_tokens->currentData().toInt();
    if (choice == kAllTargets || !data || !data->analysis) {
        *label = tr("all targets");
        return {0, std::numeric_limits<std::int64_t>::max()};
    }
    if (choice == kTokenAtPlayhead) {
        *label = tr("token %1 (%2 s)")
                     .arg(m_selectedFrame)
                     .arg(data->analysis->tokens.frameToSeconds(m_selectedFrame), 0, 'f', 2);
        return {m_selectedFrame, m_selectedFrame + 1};
    }
    const auto& regions = data->analysis->analysis.regions;
    const auto region = static_cast<std::size_t>(choice / 3);
    if (region >= regions.size()) {
        *label = tr("all targets");
        return {0, std::numeric_limits<std::int64_t>::max()};
    }
    const StudyBands& bands = regions[region].bands;
    const TokenSpan span = choice % 3 == 0   ? bands.peak
                           : choice % 3 == 1 ? bands.assimilation
                                             : bands.recovery;
    *label = tr("%1, frames %2–%3").arg(m_tokens->currentText()).arg(span.begin).arg(span.end);
    return span;
}

void GradientPanel::refresh() {
    const auto data = m_controller ? m_controller->data() : nullptr;
    // The band choices follow the analysis' regions; keep the current choice when it still exists.
    const int previous = m_tokens->currentIndex() >= 0 ? m_tokens->currentData().toInt() : kTokenAtPlayhead;
    {
        const QSignalBlocker blocker(m_tokens);
        m_tokens->clear();
        m_tokens->addItem(tr("token at playhead"), kTokenAtPlayhead);
        if (data && data->analysis) {
            const auto& regions = data->analysis->analysis.regions;
            for (std::size_t region = 0; region < regions.size(); ++region)
                for (StudyBand band : {StudyBand::Peak, StudyBand::Assimilation, StudyBand::Recovery}) {
                    const QString name =
                        regions.size() > 1
                            ? tr("region %1 %2").arg(region + 1).arg(AnalysisStyle::bandName(band))
                            : AnalysisStyle::bandName(band);
                    m_tokens->addItem(name, static_cast<int>(region) * 3 + static_cast<int>(band));
                }
        }
        m_tokens->addItem(tr("all targets"), kAllTargets);
        // Until the researcher picks something, the first Peak band: the study's focus, and a token
        // at the playhead (frame 0 at first) is often not among the targets.
        const int wanted = m_tokensChosen || m_tokens->count() <= 2 ? previous : 0;
        const int index = m_tokens->findData(wanted);
        m_tokens->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (!data) {
        m_moduleMap->setData({});
        if (m_timeMap)
            m_timeMap->setData({});
        return;
    }
    const GradientMaps maps(*data);
    const GradientView shown = view();
    QString spanLabel;
    const TokenSpan span = selectedSpan(&spanLabel);
    std::size_t targets = 0;
    HeatmapData moduleData = maps.layerModule(
        shown, span, static_cast<ModuleColumns>(std::max(0, m_columns->currentIndex())), &targets);
    m_moduleMap->setTitle(tr("‖dl/dW‖ layer x module, %1: %2 (%3 targets)")
                              .arg(GradientMaps::viewName(shown), spanLabel)
                              .arg(targets));
    m_moduleMap->setPlaceholderText(data->parts[0].targets.empty() && data->parts[1].targets.empty()
                                        ? tr("Computing gradients…")
                                        : tr("No gradient targets at %1").arg(spanLabel));
    m_moduleMap->setData(std::move(moduleData));
    if (m_timeMap) {
        m_timeMap->setTitle(
            tr("‖dl/dh‖ at each token's own position, layer x time: %1").arg(GradientMaps::viewName(shown)));
        m_timeMap->setData(maps.layerTime(shown));
    }
}

} // namespace noiseloss
