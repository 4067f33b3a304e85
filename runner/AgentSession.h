#pragma once

#include "AgentProgram.h"
#include "RunSession.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace runner {

// One debug or shell session: a run of the in-sandbox agent (AgentProgram.h) over any RunSession, a
// local sandbox or a server. The agent's frames arrive on the run's stdout, one JSON object per
// line; this class turns them into signals and sends commands the same way on stdin. It never
// waits: a request the agent does not answer in time (a __repr__ that swallows the agent's alarm)
// is reported with requestTimedOut(), and a shell command that outruns its time limit by
// kCommandGraceMs ends the session.
class AgentSession : public QObject
{
    Q_OBJECT
public:
    // Bounds on what the agent sends: a longer line is not the agent's (the program wrote to the
    // channel itself) and is dropped.
    static constexpr qsizetype kMaxLineBytes = 4 * 1024 * 1024;
    static constexpr int kRequestTimeoutMs = 6000;
    static constexpr int kCommandGraceMs = 3000;

    // Takes ownership of `run`.
    explicit AgentSession(RunSession *run, QObject *parent = nullptr);

    void start(const AgentRequest &request);
    // For a transport that builds the agent's run itself (a server, from the user's code alone):
    // start() hands it the request instead of starting the run with agentRunRequest()'s bootstrap.
    using Starter = std::function<void(const AgentRequest &request)>;
    void setStarter(Starter starter) { m_starter = std::move(starter); }
    bool isRunning() const;
    AgentMode mode() const { return m_request.mode; }

    // Debugging: resume; `kind` is continue, over, into or out.
    void resume(const QString &kind);
    // Debugging: pause the running program where it is (paused() follows with reason "pause"). The
    // agent acts on it, as on setBreakpoints(), while the program runs.
    void pause();
    void setBreakpoints(const QList<Breakpoint> &breakpoints);
    // Requests answered by reply() with the same id: variables of a frame's scope ("locals" or
    // "globals") or of an expandable value (`ref` from an earlier answer), an expression evaluated
    // in a frame, a value's longer text, completions of a shell's name.
    int requestVariables(int frame, const QString &scope, int start = 0);
    int requestChildren(int ref, int start = 0);
    int requestEvaluation(int frame, const QString &expression);
    int requestValue(int ref);
    int requestCompletions(const QString &text);
    // The shell: one line as typed (the agent decides whether the command is complete).
    void sendLine(const QString &line);
    // The program's standard input, while it runs, waits or is paused.
    void writeInput(const QString &text);
    void closeInput();
    void stop();

Q_SIGNALS:
    void started();
    void outputReceived(runner::OutputChannel channel, const QString &text);
    // The program waits for input.
    void inputRequested();
    // Debugging: paused; `frames` as the agent sent them (id, name, file, line), innermost first.
    // `reason`: breakpoint, step, pause or exception; `exception`: for an uncaught exception, its
    // text ("ValueError: bad value"), else empty.
    void paused(const QString &reason, const QJsonArray &frames, const QString &exception);
    void resumed();
    // The shell waits for a line; `more`: inside a block.
    void promptReady(bool more);
    void violations(const QJsonArray &items);
    void reply(int id, const QJsonObject &message);
    void requestTimedOut(int id);
    void finished(const runner::RunResult &result);

private:
    void consumeStdout(const QByteArray &data);
    void handle(const QJsonObject &message);
    int sendRequest(QJsonObject command);
    void send(const QJsonObject &command);
    void onFinished(runner::RunResult result);

    QPointer<RunSession> m_run;
    AgentRequest m_request;
    Starter m_starter;
    QByteArray m_line;
    bool m_droppingLine = false;
    int m_nextRequest = 1;
    QHash<int, QTimer *> m_pending;
    QTimer m_commandTimer;
    bool m_commandOverran = false;
    QJsonArray m_violations;
};

} // namespace runner
