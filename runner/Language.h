#pragma once

#include "LanguageList.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace runner {

// One command of a language's pipeline. In arguments, `{source}` is replaced by the source file's name
// in the work directory (the program's current directory), `{main}` by the program's main name (see
// Language::mainName), `{std}` by the language standard, `{heap_mb}` by the runtime's heap limit in MiB
// derived from the run's memory limit (Language::heapPercent) and `{compile_heap_mb}` by the same for
// the compile step.
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
    QString sourceFileName;      // the program's name inside the sandbox, as tracebacks will show it;
                                 // may hold `{main}`
    // The Debian package that provides the toolchain, named when it is missing.
    QString debianPackage;
    // Prints the toolchain's version (first line of its standard output or error), for --languages.
    std::optional<Command> versionCommand;
    // Run first, in the same sandbox with the compile limits of the request (Contract.h); a failure
    // ends the run with `compile_error`. Its output is parsed by `diagnosticFormat` ("gcc", "javac").
    std::optional<Command> compile;
    QString diagnosticFormat;
    // What the compile step makes, for the compile cache: file names or "*.suffix" patterns of the
    // work directory, and which of them is executable.
    QStringList compileProducts;
    QString compiledExecutable;
    // A header precompiled once per toolchain and flags for the programs that include it (C++:
    // "bits/stdc++.h", which competitive programs include whole); see PrecompiledHeader.
    QString precompiledHeader;
    // Language standards `{std}` may take (the first is the default); empty: the language has none.
    QStringList standards;
    // The standard a file's extension implies (JavaScript: "mjs" -> "module"), and the source file's
    // name in the sandbox under a standard when it is not sourceFileName (node runs main.mjs as an ES
    // module: it decides by the extension).
    QMap<QString, QString> extensionStandards;
    QMap<QString, QString> standardSourceFileNames;
    // The program's main name from its source (Java: its public class); empty function: "main".
    std::function<QString(const QByteArray &source)> mainName;
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
    // The share of the run's memory limit given to the runtime's own heap limit (`{heap_mb}`), so that a
    // program that allocates too much meets the runtime's out-of-memory error (or the cgroup), never a
    // runtime that grows until it is killed somewhere unexpected. 0: no heap flag.
    int heapPercent = 0;
    // In the strict profile the program may start no process at all, only threads (seccomp profile
    // "no_processes"); the compile step still starts its passes.
    bool strictForbidsProcesses = false;
    // The source goes in through a FIFO once the program is in its cgroup (see SandboxInit): for an
    // interpreter that reads its script once after start-up. Otherwise the sandbox's init is moved into
    // the cgroup before anything starts.
    bool gatedSource = false;
    // Directories of the host's /etc the runtime reads its own configuration from (shown read-only).
    QStringList etcDirectories;
    // The seccomp groups (sandbox::seccompGroup names: "threads", "jit", "processes") each phase needs
    // on top of the base every program gets, and no more: see runner/sandbox/SeccompFilter.cpp for
    // what each holds and docs/security.md for how they were measured. Whether the program may start
    // processes is its profile's to say (strictForbidsProcesses); the compile step gets "processes"
    // only when its driver starts passes of its own.
    QStringList seccompGroups;
    QStringList compileSeccompGroups;
    // Changing SIGSYS's disposition succeeds without effect instead of failing (Node.js aborts when
    // its start-up reset of inherited signal dispositions fails); see sandbox::SeccompOptions.
    bool sigsysChangeSucceeds = false;
    // The interpreter can stay loaded in code-remote-sandbox-host between runs (CPython only, the
    // version the host embeds): each run then starts from a fork of it, inside a fresh sandbox.
    bool preloadable = false;

    // The first candidate executable that exists on this machine, or an empty string.
    static QString resolveExecutable(const Command &command);
    // Why this language cannot run here ("... is not installed: apt install PACKAGE"), or empty.
    QString missingToolchain() const;
    // The source file's name in the sandbox for `source` under `standard` (`{main}` resolved).
    QString sourceFileNameFor(const QByteArray &source, const QString &standard = {}) const;
    // The standard `fileName`'s extension implies, or empty (the language's default).
    QString standardForFileName(const QString &fileName) const;
    QString mainNameFor(const QByteArray &source) const;
    // The toolchain's version as it prints it (runs it: for listings, not for every run).
    QString toolchainVersion() const;
};

// The languages the runner can run (editor::EditorLanguages knows how to show them); the lookups are
// LanguageList's, shared with the editor.
class LanguageRegistry : public LanguageList<Language>
{
public:
    using LanguageList::LanguageList;

    // Python, JavaScript, C++ and Java; each further language is one more entry in Language.cpp.
    static const LanguageRegistry &builtin();
};

} // namespace runner
