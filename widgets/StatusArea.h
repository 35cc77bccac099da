#pragma once

#include <QWidget>

class QVBoxLayout;

namespace noiseloss {

/// A strip of messages under the panes. Errors and warnings stay until the user dismisses them (or
/// dismissAll()); each has a close button. Hidden when empty. GUI thread only.
class StatusArea : public QWidget {
    Q_OBJECT
public:
    enum class Severity { Info, Warning, Error };

    explicit StatusArea(QWidget* parent = nullptr);

    /// Shows `text`; an identical message already shown is not repeated.
    void showMessage(const QString& text, Severity severity = Severity::Error);
    void dismissAll();
    int messageCount() const;
    QStringList messages() const;

signals:
    void messagesChanged();

private:
    QVBoxLayout* m_layout;
};

} // namespace noiseloss
