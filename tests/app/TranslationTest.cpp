// The Simplified Chinese interface is complete where it is visible: with the zh_CN translator
// installed, every menu action, tool button, dock title, button, check box and combo-box item of
// the main window (including the analysis, gradient and experiment views) is translated. Guards
// against translation contexts that do not match the classes' runtime names (namespace
// noiseloss::), which silently leave the interface in English.
#include "LanguageSetup.h"
#include "MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace noiseloss;

namespace {

/// Text a user reads in English: at least one Latin word of 3+ letters and no CJK character.
/// Technical names that stay in Latin script in every language are allowed.
bool looksUntranslated(const QString& text) {
    static const QStringList kLatinEverywhere = {
        QStringLiteral("viridis"), QStringLiteral("magma"),  QStringLiteral("cividis"), QStringLiteral("NPY"),
        QStringLiteral("CSV"),     QStringLiteral("JSON"),   QStringLiteral("PNG"),     QStringLiteral("SVG"),
        QStringLiteral("all"),     QStringLiteral("English")};
    static const QRegularExpression cjk(QStringLiteral("[\\x{3000}-\\x{9FFF}\\x{FF00}-\\x{FFEF}]"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    if (text.contains(cjk))
        return false;
    QString rest = text;
    rest.remove(QLatin1Char('&'));
    for (const QString& allowed : kLatinEverywhere)
        rest.remove(allowed);
    return rest.contains(word);
}

} // namespace

class TranslationTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(LanguageSetup::install(*qApp, QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    }

    void mainWindowIsTranslated() {
        MainWindowOptions options;
        options.interactive = false;
        options.openAudioDevice = false;
        MainWindow window(options);
        window.resize(1400, 860);
        window.show();

        QStringList untranslated;
        const auto check = [&](const QString& where, const QString& text) {
            if (looksUntranslated(text))
                untranslated << where + QStringLiteral(": ") + text;
        };
        for (const QAction* action : window.findChildren<QAction*>())
            if (!action->isSeparator())
                check(QStringLiteral("action"), action->text());
        for (const QDockWidget* dock : window.findChildren<QDockWidget*>())
            check(QStringLiteral("dock"), dock->windowTitle());
        for (const QAbstractButton* button : window.findChildren<QAbstractButton*>())
            check(QStringLiteral("button"), button->text());
        for (const QComboBox* combo : window.findChildren<QComboBox*>())
            for (int i = 0; i < combo->count(); ++i)
                check(QStringLiteral("combo item"), combo->itemText(i));
        for (const QLabel* label : window.findChildren<QLabel*>())
            check(QStringLiteral("label"), label->text());
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("\n"))));
    }
};

QTEST_MAIN(TranslationTest)
#include "TranslationTest.moc"
