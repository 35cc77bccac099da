#pragma once

#include <QChartView>
#include <QString>

namespace noiseloss {

/// One plot of LossChartView: a QChartView whose plot area spans the full width of the widget so
/// that its time axis lines up pixel for pixel with the waveform panes above it. Qt's own axis
/// decorations assume an automatic layout, so the canvas paints the grid, the time labels (in the
/// bottom margin) and the value labels (inside the plot) itself, from the same mapping as the
/// series, plus the time overlays (selection, playhead, hover line). Reports the pointer in
/// seconds. GUI thread only.
class LossChartCanvas : public QChartView {
    Q_OBJECT
public:
    /// Takes ownership of `chart`. `bottomMarginPixels` leaves room for the time labels.
    LossChartCanvas(QChart* chart, int bottomMarginPixels, QWidget* parent = nullptr);

    void setPlayheadSeconds(double seconds);
    void setSelectionSeconds(double startSeconds, double endSeconds); ///< empty: no selection
    void setHoverSeconds(double seconds);                             ///< NaN: no hover line
    void setValueAxisTitle(const QString& title);                     ///< drawn at the top left
    /// Values drawn as labelled horizontal ticks inside the plot (the Qt axis labels are hidden).
    void setValueTicks(const QList<double>& values);

signals:
    void pointerMoved(double seconds); ///< NaN when the pointer leaves
    void clicked(double seconds);
    void zoomRequested(double factor, double anchorSeconds);
    void scrollRequested(double deltaSeconds);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void updatePlotArea();
    double secondsAt(double x) const;
    double xOf(double seconds) const;
    double yOf(double value) const;
    QList<double> timeTicks() const;
    void drawValueLabels(QPainter* painter, const QRectF& plot) const;
    void drawTimeLabels(QPainter* painter, const QRectF& plot) const;

    int m_bottomMargin;
    double m_playhead = 0.0;
    double m_selectionStart = 0.0;
    double m_selectionEnd = 0.0;
    double m_hover;
    QString m_valueTitle;
    QList<double> m_valueTicks;
};

} // namespace noiseloss
