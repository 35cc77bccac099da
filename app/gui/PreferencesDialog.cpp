#include "PreferencesDialog.h"

#include "LanguageSetup.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>

namespace noiseloss {

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent), m_language(new QComboBox(this)) {
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(LanguageSetup::configuredLanguage())));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Language"), m_language);
    auto* note = new QLabel(tr("A new language is used the next time NoiseLoss starts."), this);
    note->setWordWrap(true);
    form->addRow(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
}

void PreferencesDialog::accept() {
    LanguageSetup::setConfiguredLanguage(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace noiseloss
