#include "LanguageSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace noiseloss {

QString LanguageSetup::configuredLanguage() {
    return QSettings().value(kSettingsKey).toString();
}

void LanguageSetup::setConfiguredLanguage(const QString& language) {
    QSettings().setValue(kSettingsKey, language);
}

QString LanguageSetup::install(QCoreApplication& application, const QString& language) {
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto* translator = new QTranslator(&application);
    if (!translator->load(locale, QStringLiteral("noiseloss"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))) {
        delete translator;
        return QStringLiteral("en");
    }
    application.installTranslator(translator);
    auto* qtTranslator = new QTranslator(&application);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        application.installTranslator(qtTranslator);
    else
        delete qtTranslator;
    QLocale::setDefault(locale);
    return locale.name();
}

} // namespace noiseloss
