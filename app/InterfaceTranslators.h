#pragma once

#include <QTranslator>

namespace app {

// The catalogues of the interface language, ours (from :/i18n) and Qt's own dialogs' (from Qt's
// translations directory), installed into the application while this object lives.
class InterfaceTranslators
{
public:
    // `language` empty: the system's (InterfaceLanguages picks the catalogue). English, the source
    // language, installs nothing.
    void load(const QString &language);

private:
    QTranslator m_translator;
    QTranslator m_qtTranslator;
};

} // namespace app
