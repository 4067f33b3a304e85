#include "InterfaceLanguages.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>

namespace app {

namespace {
const QString kPrefix = QStringLiteral("code-remote_");

// QLocale's native names are lower-case for some languages ("français") and name Chinese by the
// language alone; these are the names the languages' own desktops show in a language list.
QString nativeName(const QString &code)
{
    static const QList<std::pair<QString, QString>> names = {
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    for (const auto &[known, name] : names) {
        if (known == code)
            return name;
    }
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    if (code.contains(QLatin1Char('_')))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name;
}

QStringList shippedCodes()
{
    QStringList codes;
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files)
        codes << file.mid(kPrefix.size()).chopped(3);
    return codes;
}

bool sameLanguageAndScript(const QLocale &a, const QLocale &b)
{
    return a.language() == b.language() && a.script() == b.script();
}
} // namespace

QList<InterfaceLanguage> InterfaceLanguages::available()
{
    QList<InterfaceLanguage> languages;
    for (const QString &code : shippedCodes())
        languages.append({code, nativeName(code)});
    std::sort(languages.begin(), languages.end(), [](const InterfaceLanguage &a, const InterfaceLanguage &b) {
        return a.nativeName < b.nativeName;
    });
    return languages;
}

QString InterfaceLanguages::catalogueFor(const QString &choice, const QLocale &system)
{
    const QStringList shipped = shippedCodes();
    const QStringList wanted = choice.isEmpty() ? system.uiLanguages() : QStringList{choice};
    for (const QString &name : wanted) {
        const QLocale locale(name);
        if (locale.language() == QLocale::C)
            continue;
        for (const QString &code : shipped) {
            if (QLocale(code) == locale || code == name)
                return code;
        }
        for (const QString &code : shipped) {
            if (sameLanguageAndScript(QLocale(code), locale))
                return code;
        }
    }
    return QStringLiteral("en");
}

void InterfaceLanguages::install(const QString &choice, QTranslator &application, QTranslator &qt)
{
    QCoreApplication::removeTranslator(&application);
    QCoreApplication::removeTranslator(&qt);
    const QString code = catalogueFor(choice);
    if (application.load(QStringLiteral(":/i18n/") + kPrefix + code))
        QCoreApplication::installTranslator(&application);
    // Qt's catalogues come with Qt (Debian: qt6-translations-l10n); without them the standard buttons
    // stay in English.
    if (qt.load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
}

} // namespace app
