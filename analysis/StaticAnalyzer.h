#pragma once

#include "AnalysisResult.h"
#include "ScriptExecutor.h"

#include <QObject>
#include <QList>
#include <QPointer>

#include <functional>

namespace analysis {

class JvmClassArchive;

// Offline static analysis: the bundled script :/analysis/static_analyzer.py parses Python with Python's
// own `ast` and reasons about loops, recursion and library calls. Other languages first go through
// their parser (Java: :/analysis/JavaTreeDump.java, the JDK's compiler tree API; JavaScript:
// :/analysis/js_tree_dump.js, acorn; C++: parsers/cpp_tree_dump.py, libclang, bundled with the script
// as :/analysis/cpp_analysis.py), which writes a
// language-neutral program model; the same script lowers it (lowering.py) and reasons about it.
//
//   auto *analyzer = new analysis::StaticAnalyzer(parent);
//   connect(analyzer, &analysis::StaticAnalyzer::finished, ctx, [](const analysis::AnalysisResult &r) {...});
//   analyzer->analyze(code);
//
// The script runs in the sandbox (SandboxScriptExecutor) unless an executor factory is injected
// (tests). analyze() returns at once; finished() follows exactly once per call, also on failure
// (result.ok() false, result.error says why). A new analyze() cancels the one in progress.
class StaticAnalyzer : public QObject
{
    Q_OBJECT
public:
    using ExecutorFactory = std::function<ScriptExecutor *(QObject *parent)>;

    explicit StaticAnalyzer(QObject *parent = nullptr);
    ~StaticAnalyzer() override;

    void setExecutorFactory(ExecutorFactory factory);
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    // Whether a parser that runs on the JVM maps a class-data archive of the JDK classes it loads
    // (JvmClassArchive; built in the background on first use). On by default; off for comparisons.
    void setClassArchivesEnabled(bool enabled) { m_classArchives = enabled; }

    // language: "python" (default), "java", "javascript" or "cpp"; any other gives a failure naming it.
    void analyze(const QString &code, const QString &language = QStringLiteral("python"));
    // Whether analyze() has an offline analyzer for the language.
    static bool supportsLanguage(const QString &language);
    void cancel();
    bool isRunning() const { return !m_executors.isEmpty(); }

    // The bundled script's text (from the resources).
    static QByteArray script();
    // The parser that turns a program of the language into the program model; empty for Python
    // (the script parses it itself), for C++ (its parser is bundled with the script, as
    // :/analysis/cpp_analysis.py) and for languages without one.
    static QByteArray parserScript(const QString &language);
    // A run of the language's parser on `code`: its script, and what its compile and its JVM need
    // (Java: the exports of :/analysis/JavaTreeDump.options, through JDK_JAVAC_OPTIONS and
    // JDK_JAVA_OPTIONS, which let JavaTreeDump call javac's parser without the rest of the compiler).
    static ScriptRun parserRun(const QString &language, const QByteArray &code);
    // Makes a parser's run map `archive` (read-only at /cache, named in JDK_JAVA_OPTIONS).
    static void mapClassArchive(ScriptRun &run, const JvmClassArchive &archive);
    // The JDK classes the language's parser loads, as a class list for JvmClassArchive (generated at
    // build time, see analysis/CMakeLists.txt); empty when the parser runs on no JVM or the build had
    // no JDK.
    static QByteArray parserClassList(const QString &language);
    // The same script precompiled at build time (see analysis/precompile_script.py); empty when the
    // build has none. Used by the sandbox executor when its interpreter is the one it was built for.
    static QByteArray compiledScript();
    // The script's JSON output turned into a result; an error result when the output is not one.
    static AnalysisResult parseOutput(const QByteArray &output);

Q_SIGNALS:
    void finished(const analysis::AnalysisResult &result);

private:
    // Starts one run of the current request; `then` gets its outcome unless the request was answered
    // or cancelled first.
    // With answerOnLine, `then` gets the run's first whole line of output as soon as it is complete,
    // as the outcome of a successful run (the analyzer's answer), and the run ends on its own.
    ScriptExecutor *runScript(const ScriptRun &run, std::function<void(const ScriptOutcome &)> then,
                              bool answerOnLine = false);
    ScriptRun analyzerScriptRun(const QByteArray &input, const QByteArray &analyzer, const QByteArray &compiled) const;
    // Points a parser's run at its class archive when it is ready, or starts building it.
    void useClassArchive(ScriptRun &run) const;
    void runAnalyzer(const QByteArray &input);
    void runAnalyzer(const QByteArray &input, const QByteArray &analyzer, const QByteArray &compiled);
    // Answers the current request and stops what else of it runs.
    void deliver(const AnalysisResult &result);
    void fail(const QString &message);

    ExecutorFactory m_factory;
    quint64 m_generation = 0; // a request's number: answers of cancelled requests are dropped
    QList<QPointer<ScriptExecutor>> m_executors; // the current request's runs
    int m_timeoutMs = 10'000;
    bool m_classArchives = true;
};

} // namespace analysis
