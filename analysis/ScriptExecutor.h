#pragma once

#include <runner/sandbox/Contract.h>

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace runner {
class LocalRunSession;
}

namespace analysis {

// One run of one of our bundled Python scripts (the static analyzer, the empirical harness) with the
// user's code on its standard input.
struct ScriptRun
{
    // The language the script is written in: "python" for the analyzers, "java" / "javascript" for
    // those languages' parsers (the JDK's compiler tree API as a single source file; acorn under node).
    QString language = QStringLiteral("python");
    QByteArray script;    // the source of the bundled script
    // Optional: the same script precompiled at build time for one interpreter (its realpath in
    // `compiledFor`); executors use it instead of `script` only when they run that interpreter.
    QByteArray compiledScript;
    QString compiledFor;
    QByteArray stdinData; // the user's program (and whatever the script needs after it)
    // true: more input follows with writeInput(), and closeInput() ends it (a script started before
    // its input exists, so that its start-up overlaps the run that makes that input).
    bool keepStdinOpen = false;
    // Shown read-only at /cache in the sandbox (runner::RunRequest::readOnlyCache): a cache the caller
    // made outside the sandbox (a JVM class archive). The script must run the same without it: only
    // the sandbox executor shows it.
    QString readOnlyCache;
    // Added to the run's environment by every executor (the Java parser's exports for its compile and
    // its JVM, the options that map the cache).
    QMap<QString, QString> environment;
    int timeoutMs = 10'000;
    qint64 memoryBytes = sandbox::contract::defaults::kMemoryBytes;
};

struct ScriptOutcome
{
    bool ok = false; // the script ran and exited with status 0
    QByteArray stdoutData;
    QByteArray stderrData;
    QString message; // why it failed, for the user
    double wallMs = 0;
    double cpuMs = 0; // CPU time of all its threads, where the executor knows it (the sandbox's)
};

// Runs a bundled script. The analyzers depend on this interface so that production code runs the
// scripts in the sandbox while unit tests of the analysis logic can run them directly.
class ScriptExecutor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ScriptExecutor() override = default;

    // Starts a run; finished() follows exactly once, also when the run cannot start.
    virtual void start(const ScriptRun &run) = 0;
    virtual void cancel() = 0;
    // Input after the run's stdinData, for a run started with keepStdinOpen.
    virtual void writeInput(const QByteArray &data) = 0;
    virtual void closeInput() = 0;

Q_SIGNALS:
    // Output as the script produces it (the empirical harness streams one line per measurement).
    void outputReceived(const QByteArray &data);
    void finished(const analysis::ScriptOutcome &outcome);
};

// The production executor: the script runs through runner::LocalRunSession in the `standard`
// profile, so untrusted code is only ever parsed or executed inside the sandbox.
class SandboxScriptExecutor : public ScriptExecutor
{
    Q_OBJECT
public:
    explicit SandboxScriptExecutor(QObject *parent = nullptr);
    ~SandboxScriptExecutor() override;

    void start(const ScriptRun &run) override;
    void cancel() override;
    void writeInput(const QByteArray &data) override;
    void closeInput() override;

private:
    QPointer<runner::LocalRunSession> m_session;
};

// Runs the script with a local interpreter in a plain child process: NO isolation. For tests and
// benchmarks of the analysis logic only, where the input is our own fixture code.
class ProcessScriptExecutor : public ScriptExecutor
{
    Q_OBJECT
public:
    explicit ProcessScriptExecutor(QObject *parent = nullptr,
                                   const QString &python = QStringLiteral("/usr/bin/python3"));
    ~ProcessScriptExecutor() override;

    void start(const ScriptRun &run) override;
    void cancel() override;
    void writeInput(const QByteArray &data) override;
    void closeInput() override;

private:
    void finish(ScriptOutcome outcome);

    QString m_python;
    QPointer<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_scriptDir; // holds the script's file while it runs
    QByteArray m_stdout;
    QByteArray m_stderr;
    bool m_done = true;
};

} // namespace analysis
