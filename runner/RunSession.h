#pragma once

#include "RunResult.h"
#include "SandboxPolicy.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace runner {

enum class OutputChannel { Stdout, Stderr };

// Where a run is: a compiled language (C++, Java) compiles first, inside the same sandbox.
enum class RunPhase { Compiling, Running };

struct RunRequest
{
    QString language = QStringLiteral("python");
    QByteArray source;           // UTF-8 program text
    // The language standard of a compiled language ("c++20"), one of its Language::standards; empty:
    // the language's default.
    QString languageStandard;
    SandboxPolicy policy;
    QByteArray stdinData;        // sent first; more may follow with writeInput()
    bool keepStdinOpen = false;  // true: the caller sends input while it runs and closes it itself
    // false: output only streams through outputReceived() and the result's stdout/stderr stay empty,
    // for callers that show or forward output as it comes and need no second copy.
    bool collectOutput = true;
    // A host directory of the caller's own (a cache it built outside the sandbox, from trusted input,
    // and checked) shown read-only and noexec at /cache in the sandbox (sandbox::contract::kCacheMount),
    // to the compile step and the program; only with a mount namespace, so a run must work without
    // it. Such a run never goes through a sandbox host, whose sandbox is made before any request.
    QString readOnlyCache;
};

// The result of a run that never reached its program (refused, cancelled before it started, lost with
// a server): the request's language and profile, a status and why.
inline RunResult resultWithoutRun(const RunRequest &request, RunStatus status, const QString &message = QString())
{
    RunResult result;
    result.status = status;
    result.language = request.language;
    result.profile = profileName(request.policy.profile);
    result.message = message;
    return result;
}

// The one run interface of the product: a local sandboxed run and a remote run on a server look the
// same to the output pane, the input line, Stop and the traceback linker.
class RunSession : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~RunSession() override = default;

    // Starts a run; finished() always follows exactly once, also when the run cannot start.
    virtual void start(const RunRequest &request) = 0;
    virtual void writeInput(const QByteArray &data) = 0;
    virtual void closeInput() = 0;
    // Standard input given to this session (the request's stdinData and every writeInput) that it still
    // holds because it could not pass it on yet: the program is not reading, or the run is starting.
    // A caller that feeds much input paces itself on this and inputTaken(), so nothing piles up.
    virtual qint64 pendingInputBytes() const = 0;
    // Stops the run at once; finished() follows with status `cancelled` unless a limit came first.
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;

Q_SIGNALS:
    void started();
    // Emitted when a phase begins: Compiling (compiled languages only) before Running. A language
    // without a compile step may go straight to Running.
    void phaseChanged(runner::RunPhase phase);
    // Output in the order the program produced it, as it is produced.
    void outputReceived(runner::OutputChannel channel, const QByteArray &data);
    // The program is blocked reading its standard input.
    void inputRequested();
    // Input was passed on toward the program: `totalBytes` of it so far, the request's stdinData
    // included. Emitted as it drains, not for every byte.
    void inputTaken(qint64 totalBytes);
    void finished(const runner::RunResult &result);
};

} // namespace runner
