#pragma once

#include <QString>

class QCoreApplication;

namespace noiseloss {

/// The user interface language: "" (follow the system locale), "en" or "zh_CN". Stored in QSettings
/// under kSettingsKey; takes effect at the next start. GUI thread, before the main window exists.
class LanguageSetup {
public:
    static constexpr const char* kSettingsKey = "ui/language";

    static QString configuredLanguage();
    static void setConfiguredLanguage(const QString& language);
    /// Installs the app's translator (embedded :/i18n/noiseloss_<lang>.qm) and Qt's own for `language`
    /// ("" = system locale). Returns the language actually installed ("en" when none matched).
    static QString install(QCoreApplication& application, const QString& language);
};

} // namespace noiseloss
