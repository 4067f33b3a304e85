#include "Language.h"

#include "JavaSource.h"

#include <QFileInfo>
#include <QProcess>

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

QString Language::missingToolchain() const
{
    for (const std::optional<Command> &command : {compile, std::optional<Command>(run)}) {
        // A compiled program ("./main") exists only once its compile step has made it.
        const bool madeByCompile = command && command->executableCandidates.size() == 1
                                   && command->executableCandidates.front().startsWith(QLatin1String("./"));
        if (command && !madeByCompile && resolveExecutable(*command).isEmpty())
            return QStringLiteral("%1 is not installed on this machine (none of %2 exists): install the Debian package %3")
                .arg(displayName, command->executableCandidates.join(QStringLiteral(", ")), debianPackage);
    }
    return {};
}

QString Language::mainNameFor(const QByteArray &source) const
{
    return mainName ? mainName(source) : QStringLiteral("main");
}

QString Language::sourceFileNameFor(const QByteArray &source, const QString &standard) const
{
    QString name = standardSourceFileNames.value(standard, sourceFileName);
    if (name.contains(QLatin1String("{main}")))
        name.replace(QStringLiteral("{main}"), mainNameFor(source));
    return name;
}

QString Language::standardForFileName(const QString &fileName) const
{
    return extensionStandards.value(QFileInfo(fileName).suffix().toLower());
}

QString Language::toolchainVersion() const
{
    const Command &command = versionCommand ? *versionCommand : run;
    const QString executable = resolveExecutable(command);
    if (executable.isEmpty())
        return {};
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(executable, command.arguments);
    if (!process.waitForFinished(10000))
        return {};
    return QString::fromUtf8(process.readAll()).section(QLatin1Char('\n'), 0, 0).trimmed();
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
    language.gatedSource = true;
    // threading, and the debugger's and shell's helper threads; CPython writes no machine code.
    language.seccompGroups = {QStringLiteral("threads")};
    language.debianPackage = QStringLiteral("python3");
    language.versionCommand = Command{interpreters, {QStringLiteral("--version")}};
    language.environment = {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                            {QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8")},
                            {QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1")},
                            {QStringLiteral("PYTHONPATH"), QStringLiteral("/usr/lib/python3/dist-packages")}};
    return language;
}

Language javascript()
{
    Language language;
    language.id = QStringLiteral("javascript");
    language.displayName = QStringLiteral("JavaScript (Node.js)");
    language.fileExtensions = {QStringLiteral("js"), QStringLiteral("mjs"), QStringLiteral("cjs")};
    language.sourceFileName = QStringLiteral("main.js");
    // A .js file is CommonJS, a .mjs file an ES module (import, top-level await), as node has them.
    language.standards = {QStringLiteral("commonjs"), QStringLiteral("module")};
    language.extensionStandards = {{QStringLiteral("mjs"), QStringLiteral("module")},
                                   {QStringLiteral("cjs"), QStringLiteral("commonjs")}};
    language.standardSourceFileNames = {{QStringLiteral("module"), QStringLiteral("main.mjs")}};
    language.debianPackage = QStringLiteral("nodejs");
    const QStringList node{QStringLiteral("/usr/bin/node"), QStringLiteral("/usr/bin/nodejs"),
                           QStringLiteral("/usr/local/bin/node")};
    language.versionCommand = Command{node, {QStringLiteral("--version")}};
    // --max-old-space-size: V8's heap ends in its own "heap out of memory" before the cgroup's limit.
    language.run = {node, {QStringLiteral("--max-old-space-size={heap_mb}"), QStringLiteral("{source}")}};
    language.heapPercent = 60;
    // V8 reserves far more address space than it touches (its pointer cage alone is 4 GiB).
    language.addressSpaceLimitSafe = false;
    // libuv's pool of 4 and V8's platform workers.
    language.extraProcesses = 16;
    language.strictForbidsProcesses = true;
    // libuv's pool and V8's workers; V8 compiles JavaScript to machine code.
    language.seccompGroups = {QStringLiteral("threads"), QStringLiteral("jit")};
    language.sigsysChangeSucceeds = true;
    language.environment = {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                            {QStringLiteral("NODE_DISABLE_COLORS"), QStringLiteral("1")}};
    return language;
}

Language cpp()
{
    Language language;
    language.id = QStringLiteral("cpp");
    language.displayName = QStringLiteral("C++ (g++)");
    language.fileExtensions = {QStringLiteral("cpp"), QStringLiteral("cc"), QStringLiteral("cxx")};
    language.sourceFileName = QStringLiteral("main.cpp");
    language.debianPackage = QStringLiteral("g++");
    const QStringList gxx{QStringLiteral("/usr/bin/g++")};
    language.versionCommand = Command{gxx, {QStringLiteral("--version")}};
    language.standards = {QStringLiteral("c++17"), QStringLiteral("c++11"), QStringLiteral("c++14"),
                          QStringLiteral("c++20"), QStringLiteral("gnu++17"), QStringLiteral("gnu++20")};
    // No colours and no URLs in the messages: the runner parses them (diagnosticFormat).
    language.compile = Command{gxx,
                               {QStringLiteral("-std={std}"), QStringLiteral("-O2"), QStringLiteral("-pipe"),
                                QStringLiteral("-fdiagnostics-color=never"), QStringLiteral("-fdiagnostics-urls=never"),
                                QStringLiteral("-o"), QStringLiteral("main"), QStringLiteral("{source}")}};
    language.diagnosticFormat = QStringLiteral("gcc");
    language.precompiledHeader = QStringLiteral("bits/stdc++.h");
    language.run = {{QStringLiteral("./main")}, {}};
    language.compileProducts = {QStringLiteral("main")};
    language.compiledExecutable = QStringLiteral("main");
    language.strictForbidsProcesses = true;
    // std::thread; the program's code comes from its file. The compile step: g++ starts cc1plus, as
    // and collect2/ld (vfork, execve), each single-threaded.
    language.seccompGroups = {QStringLiteral("threads")};
    language.compileSeccompGroups = {QStringLiteral("processes")};
    language.environment = {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}};
    return language;
}

Language java()
{
    Language language;
    language.id = QStringLiteral("java");
    language.displayName = QStringLiteral("Java (OpenJDK)");
    language.fileExtensions = {QStringLiteral("java")};
    // javac wants a public class in a file of its name; the runner names the file after it.
    language.sourceFileName = QStringLiteral("{main}.java");
    language.mainName = [](const QByteArray &source) { return javaMainClass(source); };
    language.debianPackage = QStringLiteral("default-jdk-headless");
    const QStringList javac{QStringLiteral("/usr/bin/javac"), QStringLiteral("/usr/lib/jvm/default-java/bin/javac")};
    const QStringList java{QStringLiteral("/usr/bin/java"), QStringLiteral("/usr/lib/jvm/default-java/bin/java")};
    language.versionCommand = Command{javac, {QStringLiteral("-version")}};
    // The JVM's start-up flags: the serial collector and the client compiler start fastest and use the
    // fewest threads; no perf-data file in /tmp; class-data sharing of the JDK's classes.
    const QStringList jvm{QStringLiteral("-XX:+UseSerialGC"), QStringLiteral("-XX:TieredStopAtLevel=1"),
                          QStringLiteral("-XX:-UsePerfData"), QStringLiteral("-Xshare:auto")};
    QStringList compileArguments;
    for (const QString &flag : jvm)
        compileArguments.append(QStringLiteral("-J") + flag);
    compileArguments << QStringLiteral("-J-Xmx{compile_heap_mb}m") << QStringLiteral("-encoding")
                     << QStringLiteral("UTF-8") << QStringLiteral("-Xlint:none") << QStringLiteral("-d")
                     << QStringLiteral(".") << QStringLiteral("{source}");
    language.compile = Command{javac, compileArguments};
    language.diagnosticFormat = QStringLiteral("javac");
    language.compileProducts = {QStringLiteral("*.class")};
    // -Xss: recursion as deep as competitive programs expect; the main thread gets it too.
    language.run = {java, jvm + QStringList{QStringLiteral("-Xmx{heap_mb}m"), QStringLiteral("-Xss64m"),
                                            QStringLiteral("-XX:MaxMetaspaceSize=64m"),
                                            QStringLiteral("-XX:ReservedCodeCacheSize=32m"),
                                            QStringLiteral("-cp"), QStringLiteral("."), QStringLiteral("{main}")}};
    language.heapPercent = 50;
    language.addressSpaceLimitSafe = false;
    language.extraProcesses = 32; // the JVM's own threads
    // jvm.cfg and the security properties are links into /etc/java-N-openjdk.
    language.etcDirectories = {QStringLiteral("java-17-openjdk"), QStringLiteral("java-21-openjdk")};
    language.strictForbidsProcesses = true;
    // HotSpot's GC, JIT and finalizer threads and its code cache, for the program and for javac (a Java
    // program too), which starts no process.
    language.seccompGroups = {QStringLiteral("threads"), QStringLiteral("jit")};
    language.compileSeccompGroups = language.seccompGroups;
    language.environment = {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}};
    return language;
}
} // namespace

const LanguageRegistry &LanguageRegistry::builtin()
{
    static const LanguageRegistry registry({python(), javascript(), cpp(), java()});
    return registry;
}

} // namespace runner
