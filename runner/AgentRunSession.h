#pragma once

#include "AgentSession.h"
#include "RunSession.h"

#include <QPointer>

#include <functional>

namespace runner {

// A debug or shell session seen as a run: the IDE's run flow (output pane, its console, Stop, the
// summary line, traceback links, violations) drives it like any run, and the debugger's views talk to
// its agent() for the rest. start() takes the run request the IDE built and runs it under the agent
// with this session's mode and breakpoints.
class AgentRunSession : public RunSession
{
    Q_OBJECT
public:
    // `transport` carries the agent's run (a LocalRunSession, or a server's session); owned from here.
    AgentRunSession(AgentMode mode, RunSession *transport, QObject *parent = nullptr);

    void setBreakpoints(const QList<Breakpoint> &breakpoints) { m_breakpoints = breakpoints; }
    void setStopOnException(bool stop) { m_stopOnException = stop; }
    AgentSession *agent() const { return m_agent; }

    void start(const RunRequest &request) override;
    void writeInput(const QByteArray &data) override;
    void closeInput() override;
    qint64 pendingInputBytes() const override { return 0; }
    void stop() override;
    bool isRunning() const override { return m_running; }

private:
    AgentMode m_mode;
    QList<Breakpoint> m_breakpoints;
    bool m_stopOnException = true;
    AgentSession *m_agent;
    bool m_running = false;
};

} // namespace runner
