#pragma once

#include "widgets/analysis/AnalysisViewData.h"
#include "widgets/analysis/LossChartSettings.h"

#include <QWidget>
#include <cstdint>
#include <memory>
#include <vector>

class QChart;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QValueAxis;

namespace noiseloss {

class LossChartCanvas;
class TimeSync;

/// The loss pane (the study's figures 1 and 2): original and perturbed per-token loss on top, the
/// loss difference D below (bars red > 0 / blue < 0, or a line), the plan's regions and each region's
/// Peak (orange), Assimilation (red) and Recovery (green) bands shaded on both plots. Shows the mean
/// over codebooks or one codebook, optionally smoothed; a hover readout names time, token, values and
/// band. Follows a TimeSync (visible range, playhead, selection); without one it creates its own and
/// works alone. Both plots span the full width, so the time axis lines up with the waveform panes.
/// Draws plain structs only. GUI thread only.
class LossChartView : public QWidget {
    Q_OBJECT
public:
    explicit LossChartView(QWidget* parent = nullptr);
    ~LossChartView() override;

    /// Follows `sync` (not owned; must outlive this view). nullptr returns to a private TimeSync.
    void setTimeSync(TimeSync* sync);
    TimeSync* timeSync() const { return m_sync; }

    /// Shows `data` (nullptr clears the plots). With a private TimeSync the duration follows the data.
    void setData(std::shared_ptr<const AnalysisViewData> data);
    const std::shared_ptr<const AnalysisViewData>& data() const { return m_data; }
    void setPlaceholderText(const QString& text); ///< shown while there is no data

    void setSettings(const LossChartSettings& settings);
    const LossChartSettings& settings() const { return m_settings; }

    /// Convenience setters for stand-alone use; they forward to the TimeSync.
    void setVisibleRange(double startSeconds, double endSeconds);
    void setPlayhead(double seconds);

    /// The token frame under `seconds` (original frames), or -1 outside the data.
    std::int64_t frameAtSeconds(double seconds) const;
    /// Moves the hover readout to `seconds` (NaN clears it), as the pointer does.
    void hoverAt(double seconds);
    QString readoutText() const;

    QChart* lossChart() const;
    QChart* differenceChart() const;
    /// Renders the two plots (at the widget's current size) to a PNG / SVG file; false + message on error.
    bool exportPng(const QString& path, QString* error = nullptr);
    bool exportSvg(const QString& path, QString* error = nullptr);

signals:
    void tokenClicked(std::int64_t frame);
    void tokenHovered(std::int64_t frame); ///< -1 when the pointer leaves
    void settingsChanged(const noiseloss::LossChartSettings& settings);

private:
    void buildControls();
    void rebuild();
    void rebuildLossChart();
    void rebuildDifferenceChart();
    void addSpanShading(QChart* chart, QValueAxis* yAxis, double low, double high);
    void addRegionStrip(QChart* chart, QValueAxis* yAxis, double low, double high);
    void applyVisibleRange();
    void applyTimeOverlays();
    void updateControlsFromData();
    void onClicked(double seconds);
    QWidget* plotsWidget() const;

    TimeSync* m_sync = nullptr;
    TimeSync* m_ownSync = nullptr;
    std::shared_ptr<const AnalysisViewData> m_data;
    LossChartSettings m_settings;

    QComboBox* m_codebookCombo = nullptr;
    QComboBox* m_styleCombo = nullptr;
    QSpinBox* m_smoothingSpin = nullptr;
    QCheckBox* m_originalCheck = nullptr;
    QCheckBox* m_perturbedCheck = nullptr;
    QCheckBox* m_bandsCheck = nullptr;
    QLabel* m_readout = nullptr;
    QLabel* m_placeholder = nullptr;
    QWidget* m_plots = nullptr;
    LossChartCanvas* m_lossCanvas = nullptr;
    LossChartCanvas* m_differenceCanvas = nullptr;
    QValueAxis* m_lossTimeAxis = nullptr;
    QValueAxis* m_lossValueAxis = nullptr;
    QValueAxis* m_differenceTimeAxis = nullptr;
    QValueAxis* m_differenceValueAxis = nullptr;
    bool m_updatingControls = false;
    // The curves as drawn (codebook and smoothing applied), for the readout.
    std::vector<float> m_shownOriginal;
    std::vector<float> m_shownPerturbed;
    std::vector<float> m_shownDifference;
    QString m_readoutText;
};

} // namespace noiseloss
