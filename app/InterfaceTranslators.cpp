#include "InterfaceTranslators.h"

#include "InterfaceLanguages.h"

namespace app {

void InterfaceTranslators::load(const QString &language)
{
    InterfaceLanguages::install(language, m_translator, m_qtTranslator);
}

} // namespace app
