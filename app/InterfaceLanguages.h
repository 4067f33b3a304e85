#pragma once

#include <QList>
#include <QLocale>
#include <QString>

class QTranslator;

namespace app {

// One language the interface is translated into: the code of its catalogue (":/i18n/code-remote_<code>.qm")
// and its name in that language, so a user finds theirs whatever the interface shows now.
struct InterfaceLanguage
{
    QString code; // "de", "pt_BR", "zh_CN"
    QString nativeName;
};

// The catalogues compiled into :/i18n and which of them a language choice puts in place.
class InterfaceLanguages
{
public:
    // Every shipped language, English included, sorted by native name. Read from :/i18n, so a new
    // catalogue appears in the settings without a change here.
    static QList<InterfaceLanguage> available();

    // The catalogue for a stored choice ("" follows `system`): an exact match ("pt_BR"), else one of the
    // same language and script (a Portuguese user gets pt_BR, a Taiwanese one not zh_CN), trying the
    // system's preferred languages in order; "en" when none is shipped.
    static QString catalogueFor(const QString &choice, const QLocale &system = QLocale::system());

    // Replaces the application's catalogue and Qt's own (standard buttons and dialogs) with those for
    // `choice`. English has a catalogue too: it holds the plural forms of the %n messages.
    static void install(const QString &choice, QTranslator &application, QTranslator &qt);
};

} // namespace app
