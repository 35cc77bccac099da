#include "widgets/TimeRuler.h"

#include "widgets/TimeAxis.h"
#include "widgets/TimeSync.h"

#include <QMouseEvent>
#include <QPainter>
#include <array>
#include <cmath>

namespace noiseloss {
namespace {
/// The smallest step from 1-2-5 series that leaves at least `minimumPixels` between ticks.
double niceStep(double unitsPerPixel, double minimumPixels) {
    const double raw = unitsPerPixel * minimumPixels;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double multiple : std::array{1.0, 2.0, 5.0, 10.0})
        if (multiple * magnitude >= raw)
            return multiple * magnitude;
    return 10.0 * magnitude;
}

QString formatSeconds(double seconds, double step) {
    const int decimals = step >= 1.0 ? 0 : std::min(3, static_cast<int>(std::ceil(-std::log10(step) - 1e-9)));
    if (seconds >= 60.0 && step >= 1.0) {
        const int minutes = static_cast<int>(seconds / 60.0);
        return QStringLiteral("%1:%2").arg(minutes).arg(
            static_cast<int>(std::round(seconds - minutes * 60.0)), 2, 10, QLatin1Char('0'));
    }
    return QString::number(seconds, 'f', decimals) + QStringLiteral(" s");
}
} // namespace

TimeRuler::TimeRuler(QWidget* parent) : QWidget(parent) {
    setTimeSync(nullptr);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void TimeRuler::setTimeSync(TimeSync* sync) {
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync ? sync : new TimeSync(this);
    connect(m_sync, &TimeSync::visibleRangeChanged, this, [this] { update(); });
    connect(m_sync, &TimeSync::playheadChanged, this, [this] { update(); });
    update();
}

void TimeRuler::setTokenTimeMap(const TokenTimeMap& tokens) {
    m_tokens = tokens;
    update();
}

QSize TimeRuler::sizeHint() const {
    return {400, fontMetrics().height() * 2 + 12};
}

bool TimeRuler::showsTokenRow() const {
    const double pixelsPerFrame = width() / (m_sync->visibleLengthSeconds() * m_tokens.framesPerSecond());
    return pixelsPerFrame >= kMinimumPixelsPerFrame;
}

void TimeRuler::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    const int rowHeight = height() / 2;
    paintSeconds(painter, rowHeight);
    if (showsTokenRow())
        paintTokens(painter, rowHeight, height() - rowHeight);
    else {
        painter.setPen(palette().placeholderText().color());
        painter.drawText(QRect(4, rowHeight, width() - 8, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                         tr("zoom in to see token frames (%1/s)").arg(m_tokens.framesPerSecond(), 0, 'g', 4));
    }
    const TimeAxis axis{m_sync->visibleStartSeconds(), m_sync->visibleEndSeconds(),
                        static_cast<double>(width())};
    const double playheadX = axis.toX(m_sync->playheadSeconds());
    painter.setPen(QPen(QColor(0xE5, 0x39, 0x35), 1.5));
    painter.drawLine(QPointF(playheadX, 0), QPointF(playheadX, height()));
    painter.setPen(palette().mid().color());
    painter.drawLine(0, height() - 1, width(), height() - 1);
}

void TimeRuler::paintSeconds(QPainter& painter, int rowHeight) const {
    const TimeAxis axis{m_sync->visibleStartSeconds(), m_sync->visibleEndSeconds(),
                        static_cast<double>(width())};
    const double step = niceStep(axis.secondsPerPixel(), 80.0);
    const double minorStep = step / 5.0;
    painter.setPen(palette().windowText().color());
    for (double tick = std::floor(axis.startSeconds / minorStep) * minorStep; tick <= axis.endSeconds;
         tick += minorStep) {
        const double x = axis.toX(tick);
        const bool major = std::abs(std::remainder(tick, step)) < minorStep * 0.01;
        painter.drawLine(QPointF(x, rowHeight), QPointF(x, rowHeight - (major ? 8 : 4)));
        if (major)
            painter.drawText(QPointF(x + 3, rowHeight - 8), formatSeconds(std::max(0.0, tick), step));
    }
}

void TimeRuler::paintTokens(QPainter& painter, int top, int rowHeight) const {
    const TimeAxis axis{m_sync->visibleStartSeconds(), m_sync->visibleEndSeconds(),
                        static_cast<double>(width())};
    const double framesPerPixel = axis.secondsPerPixel() * m_tokens.framesPerSecond();
    const auto labelStep = static_cast<std::int64_t>(std::max(1.0, niceStep(framesPerPixel, 60.0)));
    const std::int64_t first = std::max<std::int64_t>(0, m_tokens.secondsToFrame(axis.startSeconds));
    const std::int64_t last = m_tokens.secondsToFrame(axis.endSeconds) + 1;
    QColor tickColor = palette().windowText().color();
    tickColor.setAlpha(140);
    for (std::int64_t frame = first; frame <= last; ++frame) {
        const double x = axis.toX(m_tokens.frameToSeconds(frame));
        const bool labelled = frame % labelStep == 0;
        painter.setPen(labelled ? palette().windowText().color() : tickColor);
        painter.drawLine(QPointF(x, top), QPointF(x, top + (labelled ? 8 : 4)));
        if (labelled)
            painter.drawText(QPointF(x + 3, top + rowHeight - 4), tr("t%1").arg(frame));
    }
}

void TimeRuler::mousePressEvent(QMouseEvent* event) {
    const TimeAxis axis{m_sync->visibleStartSeconds(), m_sync->visibleEndSeconds(),
                        static_cast<double>(width())};
    m_sync->setPlayhead(axis.toSeconds(event->position().x()));
}

} // namespace noiseloss
