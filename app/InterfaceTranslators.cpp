#include "InterfaceTranslators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace app {

void InterfaceTranslators::load(const QString &language)
{
    QCoreApplication::removeTranslator(&m_translator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // English is the source language: it needs no catalogue, and loading none restores it.
    if (m_translator.load(locale, QStringLiteral("code-remote"), QStringLiteral("_"),
                          QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&m_translator);
    if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qtTranslator);
}

} // namespace app
