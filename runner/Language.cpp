#include "Language.h"

#include <QFileInfo>

namespace runner {

QString Language::resolveExecutable(const Command &command)
{
    for (const QString &candidate : command.executableCandidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return candidate;
    }
    return {};
}

namespace {
Language python()
{
    Language language;
    language.id = QStringLiteral("python");
    language.displayName = QStringLiteral("Python 3");
    language.fileExtensions = {QStringLiteral("py"), QStringLiteral("pyw")};
    language.sourceFileName = QStringLiteral("main.py");
    const QStringList interpreters{QStringLiteral("/usr/bin/python3"), QStringLiteral("/usr/local/bin/python3")};
    // -S: no `site` module, which costs a third of the interpreter's start-up (it imports os and runs
    // every .pth file); Debian's packages stay importable through PYTHONPATH below. -E is not needed:
    // the program's environment holds only what we set. -s: no user site directory. -u: unbuffered,
    // so output streams as it is produced instead of arriving in 8 KiB blocks at exit.
    language.run = {interpreters,
                    {QStringLiteral("-s"), QStringLiteral("-S"), QStringLiteral("-u"), QStringLiteral("{source}")}};
    // The guard parses and checks the program, then runs it with restricted builtins. -S: the strict
    // profile imports only from the standard library, so site-packages stay out of reach.
    language.strictRun = Command{interpreters,
                                 {QStringLiteral("-I"), QStringLiteral("-S"), QStringLiteral("-u"),
                                  QStringLiteral("{guard}"), QStringLiteral("{source}")}};
    language.strictGuardResource = QStringLiteral(":/runner/python_guard.py");
    language.strictGuardCompiledResource = QStringLiteral(":/runner/python_guard.pyc");
    language.strictGuardInterpreterResource = QStringLiteral(":/runner/python_guard.interpreter");
    language.strictGuardFileName = QStringLiteral(".guard.py");
    // `_ast` builds a hundred classes when it is imported: 0.7 ms of every strict run.
    language.strictPreloadModules = {QStringLiteral("_ast"), QStringLiteral("_string")};
    language.preloadable = true;
    language.environment = {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                            {QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8")},
                            {QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1")},
                            {QStringLiteral("PYTHONPATH"), QStringLiteral("/usr/lib/python3/dist-packages")}};
    return language;
}
} // namespace

const LanguageRegistry &LanguageRegistry::builtin()
{
    static const LanguageRegistry registry = [] {
        LanguageRegistry r;
        r.add(python());
        return r;
    }();
    return registry;
}

void LanguageRegistry::add(const Language &language)
{
    m_languages.append(language);
}

const Language *LanguageRegistry::find(const QString &id) const
{
    for (const Language &language : m_languages) {
        if (language.id == id)
            return &language;
    }
    return nullptr;
}

const Language *LanguageRegistry::forFileName(const QString &fileName) const
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const Language &language : m_languages) {
        if (language.fileExtensions.contains(suffix))
            return &language;
    }
    return nullptr;
}

QStringList LanguageRegistry::ids() const
{
    QStringList ids;
    for (const Language &language : m_languages)
        ids.append(language.id);
    return ids;
}

} // namespace runner
