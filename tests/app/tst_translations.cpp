#include "FakeSecretStore.h"
#include "TestEnvironment.h"

#include <app/AppSettings.h>
#include <app/InterfaceLanguages.h>
#include <app/MainWindow.h>
#include <app/SettingsDialog.h>

#include <QComboBox>
#include <QMenu>
#include <QDir>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTranslator>

using namespace app;

// The catalogues the IDE ships: one built into :/i18n for every .ts in translations/, English's plural
// forms, which catalogue a language choice (or the system's languages) puts in place, and the choice in
// Settings reaching the window at start-up and at once. Completeness of each .ts is checked by
// translations/check_translations.py (CTest: translations_complete).
class TestTranslations : public QObject
{
    Q_OBJECT
private:
    static QStringList tsLanguages()
    {
        QStringList codes;
        const QStringList files = QDir(QStringLiteral(TRANSLATIONS_DIR))
                                      .entryList({QStringLiteral("code-remote_*.ts")}, QDir::Files);
        for (const QString &file : files)
            codes << file.mid(int(qstrlen("code-remote_"))).chopped(3);
        return codes;
    }

    static QString menuTitles(MainWindow &window)
    {
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles << action->text();
        return titles.join(QLatin1Char('|'));
    }

private Q_SLOTS:
    void aCatalogueIsBuiltForEveryLanguage()
    {
        const QStringList languages = tsLanguages();
        QVERIFY2(languages.size() >= 7, qPrintable(languages.join(QLatin1Char(' ')))); // English + six
        for (const QString &code : languages) {
            QTranslator translator;
            QVERIFY2(translator.load(QStringLiteral(":/i18n/code-remote_") + code), qPrintable(code));
            QVERIFY2(!translator.isEmpty(), qPrintable(code));
            QCOMPARE(QLocale(translator.language()), QLocale(code)); // the .ts names its language
            // The plural message every catalogue has, English's included.
            QVERIFY2(!translator
                          .translate("app::Prompts", "Save changes to %n file(s) before closing?", nullptr, 2)
                          .isEmpty(),
                     qPrintable(code));
            if (code != QLatin1String("en"))
                QVERIFY2(!translator.translate("app::MainWindow", "&File").isEmpty(), qPrintable(code));
        }
        // Nothing in :/i18n that translations/ does not hold (a catalogue left from a removed language).
        QStringList shipped;
        for (const InterfaceLanguage &language : InterfaceLanguages::available())
            shipped << language.code;
        shipped.sort();
        QStringList sorted = languages;
        sorted.sort();
        QCOMPARE(shipped, sorted);
    }

    void pluralFormsFollowEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        // English needs its catalogue for this, or the user reads "1 file(s)".
        QTest::newRow("en 1") << "en" << 1 << "Save changes to 1 file before closing?";
        QTest::newRow("en 2") << "en" << 2 << "Save changes to 2 files before closing?";
        QTest::newRow("de 1") << "de" << 1 << "Änderungen an 1 Datei vor dem Schließen speichern?";
        // French counts 0 and 1 as singular.
        QTest::newRow("fr 0") << "fr" << 0
                              << "Enregistrer les modifications de 0 fichier avant de fermer\u00a0?";
        QTest::newRow("fr 3") << "fr" << 3
                              << "Enregistrer les modifications de 3 fichiers avant de fermer\u00a0?";
        QTest::newRow("pt_BR 2") << "pt_BR" << 2 << "Salvar as alterações em 2 arquivos antes de fechar?";
        QTest::newRow("es 1") << "es" << 1 << "¿Guardar los cambios de 1 archivo antes de cerrar?";
        QTest::newRow("ja 5") << "ja" << 5 << "閉じる前に 5 個のファイルへの変更を保存しますか?";
        QTest::newRow("zh_CN 1") << "zh_CN" << 1 << "关闭前是否保存对 1 个文件的更改？";
    }

    void pluralFormsFollowEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QTranslator application;
        QTranslator qt;
        InterfaceLanguages::install(language, application, qt);
        const QString text = QCoreApplication::translate(
            "app::Prompts", "Save changes to %n file(s) before closing?", nullptr, count);
        QCoreApplication::removeTranslator(&application);
        QCoreApplication::removeTranslator(&qt);
        QCOMPARE(text, expected);
    }

    void aChoiceOrTheSystemPicksACatalogue_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("chosen") << "ja"
                                << "de_DE"
                                << "ja";
        QTest::newRow("system German (Austria)") << ""
                                                 << "de_AT"
                                                 << "de";
        QTest::newRow("system Portuguese (Portugal)") << ""
                                                      << "pt_PT"
                                                      << "pt_BR";
        QTest::newRow("system Chinese (China)") << ""
                                                << "zh_CN"
                                                << "zh_CN";
        QTest::newRow("system Chinese (Taiwan): not Simplified") << ""
                                                                 << "zh_TW"
                                                                 << "en";
        QTest::newRow("system French (Canada)") << ""
                                                << "fr_CA"
                                                << "fr";
        QTest::newRow("system Spanish (Mexico)") << ""
                                                 << "es_MX"
                                                 << "es";
        QTest::newRow("system Italian: English") << ""
                                                 << "it_IT"
                                                 << "en";
        QTest::newRow("system C locale: English") << ""
                                                  << "C"
                                                  << "en";
    }

    void aChoiceOrTheSystemPicksACatalogue()
    {
        QFETCH(QString, choice);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(InterfaceLanguages::catalogueFor(choice, QLocale(system)), expected);
    }

    void settingsListEveryLanguageByItsOwnName()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(&settings,
                          {dir.filePath(QStringLiteral("s.json")), dir.filePath(QStringLiteral("r")),
                           std::make_shared<FakeSecretStore>()});
        SettingsDialog *dialog = window.openSettings();
        auto *box = dialog->findChild<QComboBox *>(QStringLiteral("languageBox"));
        QVERIFY(box);
        QStringList names;
        for (int i = 1; i < box->count(); ++i)
            names << box->itemText(i);
        QCOMPARE(box->itemData(0).toString(), QString()); // "System language" first: the default
        for (const char *name :
             {"Deutsch", "English", "Español", "Français", "Português (Brasil)", "简体中文", "日本語"})
            QVERIFY2(names.contains(QString::fromUtf8(name)), qPrintable(names.join(QLatin1Char(','))));
        QCOMPARE(names.size(), tsLanguages().size());

        // Choosing one in the dialog retranslates the window at once.
        box->setCurrentIndex(box->findData(QStringLiteral("pt_BR")));
        QCOMPARE(settings.interfaceLanguage(), QStringLiteral("pt_BR"));
        QCOMPARE(menuTitles(window), QStringLiteral("&Arquivo|&Editar|Exi&bir|E&xecutar|Aj&uda"));
        box->setCurrentIndex(0);
        QCOMPARE(menuTitles(window), QStringLiteral("&File|&Edit|&View|&Run|&Help")); // the test's system: C
        dialog->close();
    }

    // Alt+letter must reach one item: two items of a menu (or two menus of the bar) with the same
    // accelerator make the user press it twice, in every language.
    void noMenuHasTwoItemsWithOneAccelerator()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(&settings, {dir.filePath(QStringLiteral("s.json")), dir.filePath(QStringLiteral("r")),
                                      std::make_shared<FakeSecretStore>()});
        QStringList clashes;
        const std::function<void(const QString &, const QList<QAction *> &)> check =
            [&](const QString &where, const QList<QAction *> &actions) {
                QHash<QKeySequence, QString> seen;
                for (QAction *action : actions) {
                    const QKeySequence key = QKeySequence::mnemonic(action->text());
                    if (!key.isEmpty() && seen.contains(key))
                        clashes << QStringLiteral("%1: '%2' and '%3'").arg(where, seen.value(key), action->text());
                    seen.insert(key, action->text());
                    if (action->menu())
                        check(where + QStringLiteral(" > ") + action->text(), action->menu()->actions());
                }
            };
        for (const InterfaceLanguage &language : InterfaceLanguages::available()) {
            settings.setInterfaceLanguage(language.code);
            check(language.code, window.menuBar()->actions());
        }
        settings.setInterfaceLanguage(QString());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void theStoredLanguageAppliesAtStartUp()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        settings.setInterfaceLanguage(QStringLiteral("ja"));
        {
            MainWindow window(&settings,
                              {dir.filePath(QStringLiteral("s.json")), dir.filePath(QStringLiteral("r")),
                               std::make_shared<FakeSecretStore>()});
            QCOMPARE(menuTitles(window),
                     QStringLiteral("ファイル(&F)|編集(&E)|表示(&V)|実行(&R)|ヘルプ(&H)"));
            settings.setInterfaceLanguage(QStringLiteral("zh_CN"));
            QCOMPARE(menuTitles(window), QStringLiteral("文件(&F)|编辑(&E)|视图(&V)|运行(&R)|帮助(&H)"));
            settings.setInterfaceLanguage(QString());
        }
    }
};

CODE_REMOTE_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
