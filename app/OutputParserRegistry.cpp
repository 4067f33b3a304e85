#include "OutputParserRegistry.h"

#include "CppOutputParser.h"
#include "JavaOutputParser.h"
#include "JavaScriptOutputParser.h"
#include "PythonOutputParser.h"

namespace app {

const OutputParserRegistry &OutputParserRegistry::builtin()
{
    static const OutputParserRegistry registry = [] {
        OutputParserRegistry builtin;
        registerPythonOutputParser(builtin);
        registerJavaScriptOutputParser(builtin);
        registerJavaOutputParser(builtin);
        registerCppOutputParser(builtin);
        return builtin;
    }();
    return registry;
}

void OutputParserRegistry::add(const QString &runnerLanguageId, Factory factory)
{
    m_factories.insert(runnerLanguageId, std::move(factory));
}

std::unique_ptr<OutputLineParser> OutputParserRegistry::create(const QString &runnerLanguageId) const
{
    const auto factory = m_factories.constFind(runnerLanguageId);
    return factory == m_factories.constEnd() ? nullptr : (*factory)();
}

} // namespace app
