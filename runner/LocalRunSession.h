#pragma once

#include "RunSession.h"
#include "SupervisorChannel.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace runner {

class SandboxHostPool;
class SandboxProtocolReader;

// Runs a program in the local sandbox. The work happens in `code-remote-sandbox`, a small
// single-threaded supervisor that sets up the namespaces, cgroup, Landlock, seccomp and rlimits,
// enforces the limits and reports the result; this class only starts it and relays its stream, so it
// never blocks the thread it lives on. Given a SandboxHostPool, it hands the run to the pool's
// code-remote-sandbox-host instead when one is ready for it: the same supervisor and the same stream,
// over a local socket, with the interpreter already loaded.
class LocalRunSession : public RunSession
{
    Q_OBJECT
public:
    explicit LocalRunSession(QObject *parent = nullptr, SandboxHostPool *hosts = nullptr);
    ~LocalRunSession() override;

    void start(const RunRequest &request) override;
    void writeInput(const QByteArray &data) override;
    void closeInput() override;
    qint64 pendingInputBytes() const override;
    void stop() override;
    bool isRunning() const override;

    // Where `code-remote-sandbox` is: $CODE_REMOTE_SANDBOX, else beside the running executable, else
    // the install's libexec directory.
    static QString sandboxExecutable();
    // Starts in the background what a later local run of `request` would otherwise go without: today
    // the precompiled header of a C++ program that includes one (PrecompiledHeaderBuilder), so that an
    // editor can have it ready by the time its user first presses Run. Returns at once; does nothing
    // for a program that needs nothing prepared or whose toolchain is missing.
    static void prepare(const RunRequest &request);

private:
    // `input`: the request, then the program's standard input so far.
    void startSupervisor(const QByteArray &input);
    bool startThroughHost(const QString &socketPath, const QByteArray &encodedRequest);
    void fallBackFromHost(bool hostWedged);
    void onInputWritten();
    void useChannel(SupervisorChannel *channel);
    void consume(const QByteArray &bytes);
    void finishFromStream(const QString &messageWithoutResult);
    // Parses the compiler's output; `running`: the program starts now (phaseChanged).
    void endCompilePhase(bool running);
    void storeArtifacts(const QByteArray &records);
    void finishWith(RunResult result);
    void failToStart(const QString &message);

    SandboxHostPool *m_hosts = nullptr;
    // The stream to this run's supervisor: a process of our own, or a host's (m_hostSocket).
    QPointer<SupervisorChannel> m_channel;
    QString m_hostSocket;
    bool m_inputClosed = false;
    // Standard input handed to the supervisor's stream so far, and the most inputTaken() reported.
    qint64 m_inputBytes = 0;
    qint64 m_inputReported = 0;
    std::unique_ptr<SandboxProtocolReader> m_reader;
    QByteArray m_stdout;
    QByteArray m_stderr;
    // The compile step's output (what the supervisor sent on stderr before CompileEnded), parsed into
    // the result's diagnostics.
    bool m_compiling = false;
    QByteArray m_compilerOutput;
    QList<Diagnostic> m_diagnostics;
    // The compile cache's key of this run; empty when it has no compile step or was served from it.
    QByteArray m_cacheKey;
    std::optional<QJsonObject> m_result;
    RunRequest m_request;
    QElapsedTimer m_clock;
    bool m_finished = true;
    bool m_stopRequested = false;
};

} // namespace runner
