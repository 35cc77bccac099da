#pragma once

#include <QColor>
#include <QString>

namespace noiseloss {

/// A time span a view shades behind its content (e.g. an analysis band), in seconds of the view's
/// timeline. A plain value type.
struct ShadedSpan {
    double startSeconds = 0.0;
    double endSeconds = 0.0;
    QColor color; ///< opaque; the view draws it translucent
    QString label;
};

} // namespace noiseloss
