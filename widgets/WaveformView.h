#pragma once

#include "perturb/PerturbationPlan.h"
#include "perturb/TokenTimeMap.h"
#include "widgets/PeakPyramid.h"
#include "widgets/RegionDragState.h"
#include "widgets/RegionTool.h"
#include "widgets/ShadedSpan.h"

#include <QPointer>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

namespace noiseloss {

class TimeSync;

/// A waveform pane: min/max peaks of a mono signal (through a PeakPyramid), the regions of a plan in
/// their kind's colour, the time selection and the playhead, all following a TimeSync.
///
/// Editing: with a region tool, dragging on empty space asks for a new region (regionCreateRequested);
/// dragging a region body moves it and dragging within RegionDragState::kHandlePixels of an edge
/// resizes it (regionChangeRequested, one dragId per gesture so the owner can merge undo steps).
/// Edges snap to token frames; holding Shift bypasses snapping. The view never changes the plan
/// itself: the owner validates a request and calls setPlan() with the result.
/// Wheel zooms around the pointer; Shift+wheel scrolls. GUI thread only.
class WaveformView : public QWidget {
    Q_OBJECT
public:
    explicit WaveformView(QWidget* parent = nullptr);

    /// Follows `sync` (not owned). Passing null gives the view a private TimeSync (works alone).
    void setTimeSync(TimeSync* sync);
    TimeSync* timeSync() const { return m_sync; }

    /// Shows a mono signal at `sampleRate`; null clears the pane.
    void setSamples(std::shared_ptr<const std::vector<float>> samples, int sampleRate);
    void setTitle(const QString& title);
    void setWaveColor(const QColor& color);
    void setPlaceholderText(const QString& text);

    /// Spans shaded behind the waveform with a strip along the bottom edge (the analysis shows the
    /// Peak / Assimilation / Recovery bands this way); empty clears them.
    void setShadedSpans(std::vector<ShadedSpan> spans);
    const std::vector<ShadedSpan>& shadedSpans() const { return m_shadedSpans; }

    void setPlan(const PerturbationPlan& plan);
    const PerturbationPlan& plan() const { return m_plan; }
    void setSelectedRegion(int index); ///< -1 for none
    int selectedRegion() const { return m_selectedRegion; }
    void setTool(RegionTool tool) { m_tool = tool; }
    RegionTool tool() const { return m_tool; }
    void setEditable(bool editable) { m_editable = editable; }
    void setTokenTimeMap(const TokenTimeMap& tokens) { m_tokens = tokens; }
    /// Parameters copied into regions created by dragging (kind comes from the tool).
    void setRegionTemplate(const Region& region) { m_template = region; }

    QSize sizeHint() const override { return {640, 140}; }
    QSize minimumSizeHint() const override { return {120, 60}; }

signals:
    void regionCreateRequested(const noiseloss::Region& region);
    void regionChangeRequested(int index, const noiseloss::Region& region, int dragId);
    void regionDragFinished(int index, int dragId);
    void regionSelected(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    struct TimeAxis axis() const;
    double clipSeconds() const;
    void paintShadedSpans(QPainter& painter, const struct TimeAxis& axis) const;
    void paintRegions(QPainter& painter, const struct TimeAxis& axis) const;
    void paintRegion(QPainter& painter, const struct TimeAxis& axis, const Region& region, bool selected,
                     bool preview) const;
    void paintWaveform(QPainter& painter, const struct TimeAxis& axis) const;
    void paintOverlays(QPainter& painter, const struct TimeAxis& axis) const;
    void updateHoverCursor(double x);

    QPointer<TimeSync> m_sync;
    std::shared_ptr<const std::vector<float>> m_samples;
    PeakPyramid m_pyramid;
    int m_sampleRate = 32000;
    QString m_title;
    QString m_placeholder;
    QColor m_waveColor;
    PerturbationPlan m_plan;
    std::vector<ShadedSpan> m_shadedSpans;
    int m_selectedRegion = -1;
    RegionTool m_tool = RegionTool::Select;
    bool m_editable = true;
    TokenTimeMap m_tokens;
    Region m_template;
    RegionDragState m_drag;
    std::optional<Region> m_createPreview;
    std::optional<Region> m_lastRequested;
    int m_dragId = 0;
    double m_pressX = 0.0;
};

} // namespace noiseloss
