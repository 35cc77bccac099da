#include "widgets/StatusArea.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace noiseloss {
namespace {
constexpr const char* kMessageProperty = "noiselossMessage";
}

StatusArea::StatusArea(QWidget* parent) : QWidget(parent), m_layout(new QVBoxLayout(this)) {
    m_layout->setContentsMargins(4, 2, 4, 2);
    m_layout->setSpacing(2);
    setVisible(false);
}

void StatusArea::showMessage(const QString& text, Severity severity) {
    if (messages().contains(text))
        return;
    auto* row = new QFrame(this);
    row->setProperty(kMessageProperty, text);
    row->setFrameShape(QFrame::StyledPanel);
    row->setAutoFillBackground(true);
    QPalette rowPalette = row->palette();
    const QColor tint = severity == Severity::Error     ? QColor(0xC0, 0x39, 0x2B)
                        : severity == Severity::Warning ? QColor(0xE6, 0x7E, 0x22)
                                                        : palette().highlight().color();
    rowPalette.setColor(QPalette::Window, QColor::fromRgbF(tint.redF(), tint.greenF(), tint.blueF(), 0.18f));
    row->setPalette(rowPalette);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(6, 2, 2, 2);
    auto* icon = new QLabel(row);
    const QStyle::StandardPixmap pixmap = severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
                                          : severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                          : QStyle::SP_MessageBoxInformation;
    const int iconSize = fontMetrics().height();
    icon->setPixmap(style()->standardIcon(pixmap).pixmap(iconSize, iconSize));
    auto* label = new QLabel(text, row);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(row);
    close->setAutoRaise(true);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Dismiss this message"));
    layout->addWidget(icon);
    layout->addWidget(label, 1);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, [this, row] {
        row->hide();
        row->deleteLater();
        m_layout->removeWidget(row);
        setVisible(m_layout->count() > 0);
        emit messagesChanged();
    });
    m_layout->addWidget(row);
    setVisible(true);
    emit messagesChanged();
}

void StatusArea::dismissAll() {
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    setVisible(false);
    emit messagesChanged();
}

int StatusArea::messageCount() const {
    return m_layout->count();
}

QStringList StatusArea::messages() const {
    QStringList texts;
    for (int index = 0; index < m_layout->count(); ++index)
        if (QWidget* row = m_layout->itemAt(index)->widget())
            texts << row->property(kMessageProperty).toString();
    return texts;
}

} // namespace noiseloss
