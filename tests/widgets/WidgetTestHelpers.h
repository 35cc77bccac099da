#pragma once

#include <QApplication>
#include <QMouseEvent>
#include <QWidget>

namespace noiseloss::test {

/// Sends a mouse event with explicit buttons and modifiers (QTest::mouseMove cannot carry Shift).
inline void sendMouse(QWidget* widget, QEvent::Type type, QPointF position,
                      Qt::KeyboardModifiers modifiers = {}, Qt::MouseButton button = Qt::LeftButton) {
    const Qt::MouseButtons buttons =
        type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::MouseButtons(Qt::LeftButton);
    QMouseEvent event(type, position, widget->mapToGlobal(position),
                      type == QEvent::MouseMove ? Qt::NoButton : button, buttons, modifiers);
    QApplication::sendEvent(widget, &event);
}

/// Press at `from`, move through the midpoint to `to`, release at `to`.
inline void drag(QWidget* widget, QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = {}) {
    sendMouse(widget, QEvent::MouseButtonPress, from, modifiers);
    sendMouse(widget, QEvent::MouseMove, (from + to) / 2.0, modifiers);
    sendMouse(widget, QEvent::MouseMove, to, modifiers);
    sendMouse(widget, QEvent::MouseButtonRelease, to, modifiers);
}

} // namespace noiseloss::test
