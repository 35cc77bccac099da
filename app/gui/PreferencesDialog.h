#pragma once

#include <QDialog>

class QComboBox;

namespace noiseloss {

/// Preferences: the interface language (system default, English, Simplified Chinese). Saved to
/// QSettings on OK; a changed language applies at the next start. GUI thread only.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    void accept() override;

private:
    QComboBox* m_language;
};

} // namespace noiseloss
