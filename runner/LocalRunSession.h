#pragma once

#include "RunSession.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QProcess>

#include <memory>
#include <optional>

namespace runner {

class SandboxProtocolReader;

// Runs a program in the local sandbox. The work happens in `code-remote-sandbox`, a small
// single-threaded supervisor that sets up the namespaces, cgroup, Landlock, seccomp and rlimits,
// enforces the limits and reports the result; this class only starts it and relays its stream, so it
// never blocks the thread it lives on.
class LocalRunSession : public RunSession
{
    Q_OBJECT
public:
    explicit LocalRunSession(QObject *parent = nullptr);
    ~LocalRunSession() override;

    void start(const RunRequest &request) override;
    void writeInput(const QByteArray &data) override;
    void closeInput() override;
    void stop() override;
    bool isRunning() const override;

    // Where `code-remote-sandbox` is: $CODE_REMOTE_SANDBOX, else beside the running executable, else
    // the install's libexec directory.
    static QString sandboxExecutable();

private:
    void onReadyRead();
    void onProcessFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void finishWith(RunResult result);
    void failToStart(const QString &message);

    QPointer<QProcess> m_process;
    std::unique_ptr<SandboxProtocolReader> m_reader;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QByteArray m_supervisorErrors;
    std::optional<QJsonObject> m_result;
    RunRequest m_request;
    QElapsedTimer m_clock;
    bool m_finished = true;
    bool m_stopRequested = false;
};

} // namespace runner
