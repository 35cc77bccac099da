#pragma once

#include <QBrush>
#include <QColor>
#include <QList>
#include <QPen>
#include <QString>
#include <vector>

class QChart;
class QValueAxis;

namespace noiseloss {

/// Builders of the Qt Charts series LossChartView is made of. Each adds series to `chart` and
/// attaches them to both axes. Times in seconds; token frame f spans [f, f+1) / framesPerSecond.
/// GUI thread only.

/// A polyline through the token centres; NaN values split the line into separate series, all named
/// `name`. Returns the number of points added.
int addTokenLine(QChart* chart, QValueAxis* timeAxis, QValueAxis* valueAxis, const QString& name,
                 const std::vector<float>& values, double framesPerSecond, const QPen& pen);

/// One bar per token between 0 and the value, as two filled step areas: "D > 0" in `positive` and
/// "D < 0" in `negative`. NaN values draw nothing. Returns the number of tokens with a bar.
int addTokenBars(QChart* chart, QValueAxis* timeAxis, QValueAxis* valueAxis, const std::vector<float>& values,
                 double framesPerSecond, const QColor& positive, const QColor& negative);

/// A filled rectangle [startSeconds, endSeconds) x [low, high] named `name`.
void addShadedSpan(QChart* chart, QValueAxis* timeAxis, QValueAxis* valueAxis, const QString& name,
                   double startSeconds, double endSeconds, double low, double high, const QBrush& fill);

/// A horizontal line at `value` over [startSeconds, endSeconds), named `name`.
void addHorizontalLine(QChart* chart, QValueAxis* timeAxis, QValueAxis* valueAxis, const QString& name,
                       double startSeconds, double endSeconds, double value, const QPen& pen);

/// About `count` round tick values covering [low, high] (steps of 1, 2 or 5 x 10^n).
QList<double> niceTicks(double low, double high, int count);

} // namespace noiseloss
