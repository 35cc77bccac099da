#pragma once

#include "perturb/TokenTimeMap.h"

#include <QPointer>
#include <QWidget>

namespace noiseloss {

class TimeSync;

/// The time ruler above the panes: seconds with "nice" tick steps and, when zoomed in far enough to
/// tell token frames apart (>= kMinimumPixelsPerFrame), a second row of token-frame ticks
/// (50 frames/s for EnCodec 32 kHz) numbered by frame index. Clicking sets the playhead.
/// GUI thread only.
class TimeRuler : public QWidget {
    Q_OBJECT
public:
    static constexpr double kMinimumPixelsPerFrame = 3.0;

    explicit TimeRuler(QWidget* parent = nullptr);
    void setTimeSync(TimeSync* sync); ///< null: a private TimeSync
    void setTokenTimeMap(const TokenTimeMap& tokens);
    bool showsTokenRow() const; ///< whether the current zoom shows the token-frame row

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void paintSeconds(QPainter& painter, int rowHeight) const;
    void paintTokens(QPainter& painter, int top, int rowHeight) const;

    QPointer<TimeSync> m_sync;
    TokenTimeMap m_tokens;
};

} // namespace noiseloss
