#pragma once

#include "widgets/heatmap/HeatmapData.h"
#include "widgets/heatmap/HeatmapParams.h"
#include "widgets/heatmap/HeatmapRenderer.h"

#include <QPointer>
#include <QWidget>

namespace noiseloss {

class TimeSync;

/// A heatmap pane (QPainter): cells of a HeatmapData coloured by HeatmapParams, row labels on the
/// left, column labels or a time axis below, a colour bar with the drawn range on the right and a
/// hover readout (row, column or time, raw and drawn value) on top. Used for the gradient views:
/// layer x module (categorical columns) and layer x time (a timeline following setVisibleRange /
/// a TimeSync, like the waveform and spectrogram panes, with its playhead). Clicking a cell emits
/// cellClicked. GUI thread only.
class HeatmapView : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapView(QWidget* parent = nullptr);

    void setData(HeatmapData data);
    const HeatmapData& data() const { return m_data; }
    void setParams(const HeatmapParams& params);
    const HeatmapParams& params() const { return m_params; }
    void setTitle(const QString& title);
    /// Shown instead of the plot while there is no data (e.g. how to get some).
    void setPlaceholderText(const QString& text);

    /// Timeline data only: shows the columns overlapping [startSeconds, endSeconds).
    void setVisibleRange(double startSeconds, double endSeconds);
    /// Follows `sync`'s visible range (not owned; null = stop following).
    void setTimeSync(TimeSync* sync);

    /// The range the colour bar shows (what the last paint drew), and the hover readout text.
    double drawnLow() const { return m_image.low; }
    double drawnHigh() const { return m_image.high; }
    QString readoutText() const { return m_readout; }
    /// Cell under a widget position, or {-1, -1}.
    QPoint cellAt(const QPoint& position) const;

    QSize sizeHint() const override { return {640, 260}; }
    QSize minimumSizeHint() const override { return {200, 120}; }

signals:
    void cellClicked(int row, int column, double seconds);
    void cellHovered(int row, int column, double value);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QRect plotRect() const;
    QRect colourBarRect() const;
    void rerender();
    void paintRowLabels(QPainter& painter, const QRect& plot) const;
    void paintColumnAxis(QPainter& painter, const QRect& plot) const;
    void paintColourBar(QPainter& painter) const;
    /// Timeline with a TimeSync: the shared playhead as a vertical line.
    void paintPlayhead(QPainter& painter, const QRect& plot) const;
    QString columnName(int column) const;

    HeatmapData m_data;
    HeatmapParams m_params;
    HeatmapImage m_image;
    QString m_title;
    QString m_placeholder;
    QString m_readout;
    QPointer<TimeSync> m_sync;
    int m_firstColumn = 0;
    int m_columnCount = 0;
};

} // namespace noiseloss
