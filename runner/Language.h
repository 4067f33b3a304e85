#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace runner {

// One command of a language's pipeline. `{source}` in arguments is replaced by the source file's path
// inside the sandbox, `{workdir}` by the work directory.
struct Command
{
    // Absolute paths tried in order; the first that exists is used. Only system paths work: the
    // sandbox shows the program the system's read-only directories and nothing of any home directory.
    QStringList executableCandidates;
    QStringList arguments;
};

// Everything the runner needs to know to run one language. Adding a language is adding one of these
// to the registry: JavaScript, C++ and Java differ only in their commands, variables and limits.
struct Language
{
    QString id;                  // "python": what `--language` and the protocol accept
    QString displayName;         // "Python 3"
    QStringList fileExtensions;  // without the dot
    QString sourceFileName;      // the program's name inside the sandbox, as tracebacks will show it
    std::optional<Command> compile; // run first; a failure ends the run with `compile_error`
    Command run;                 // the program itself, in the standard profile
    // The program in the strict profile: normally `run` with a language guard in front of it.
    std::optional<Command> strictRun;
    // A guard script placed beside the program for `strictRun`, whose arguments name it `{guard}`.
    // From Qt resources (empty: none); when `strictGuardCompiledResource` was compiled for the very
    // interpreter that runs (its path in `strictGuardInterpreterResource`), that bytecode is used.
    QString strictGuardResource;
    QString strictGuardCompiledResource;
    QString strictGuardInterpreterResource;
    QString strictGuardFileName;
    // Modules the guard imports first thing; a sandbox host loads them with the interpreter, so that a
    // strict run does not build them again (nothing of the user's runs before the guard's imports).
    QStringList strictPreloadModules;
    QMap<QString, QString> environment; // set before the policy's own variables
    // Runtimes that reserve far more address space than they touch (the JVM, V8) break under
    // RLIMIT_AS, so it is never used as their memory fallback when no cgroup is available.
    bool addressSpaceLimitSafe = true;
    // Extra processes/threads the runtime itself needs on top of the policy's limit.
    int extraProcesses = 0;
    // The interpreter can stay loaded in code-remote-sandbox-host between runs (CPython only, the
    // version the host embeds): each run then starts from a fork of it, inside a fresh sandbox.
    bool preloadable = false;

    // The first candidate executable that exists on this machine, or an empty string.
    static QString resolveExecutable(const Command &command);
};

class LanguageRegistry
{
public:
    // Python now; each further language is one more entry in LanguageRegistry.cpp.
    static const LanguageRegistry &builtin();

    void add(const Language &language);
    const Language *find(const QString &id) const;
    const Language *forFileName(const QString &fileName) const;
    QStringList ids() const;
    const QList<Language> &languages() const { return m_languages; }

private:
    QList<Language> m_languages;
};

} // namespace runner
