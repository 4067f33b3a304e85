#pragma once

#include "RunSession.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace runner {

// What a debug or shell session runs: the user's program under the in-sandbox agent
// (debug_agent.py), or the agent's Python prompt.
enum class AgentMode { Debug, Shell };

struct Breakpoint
{
    int line = 0;
    QString condition; // empty: always stops
};

struct AgentRequest
{
    AgentMode mode = AgentMode::Debug;
    // The user's program (empty for a bare shell: with a program, the shell starts with its globals,
    // the semantics of python -i), its profile and the limits of one run.
    RunRequest run;
    QList<Breakpoint> breakpoints;
    bool stopOnEntry = false;
    // Debugging: an uncaught exception pauses where it was raised (its frames and variables shown);
    // resuming ends the run with the traceback. VS Code's "Uncaught Exceptions", on by default.
    bool stopOnException = true;
    // A shell that waits this long for a command ends itself.
    qint64 idleMs = 15 * 60 * 1000;
    // The whole session's wall-clock limit: a paused program or an idle prompt still counts.
    qint64 sessionMs = 60 * 60 * 1000;
};

// The run the sandbox starts for `request`: the agent's bootstrap as the program, the user's program
// and the strict guard inside its configuration. The sandbox runs it with the standard command (the
// agent applies the strict guard itself, before and around the user's code, as the guard's own
// main() would), standard input kept open for commands, the output not collected (it is frames).
// Time: the session's wall limit; CPU: the run's for a debugged program, the session's for a shell,
// whose commands the agent limits one by one. Memory, processes and output stay the run's.
// Returns a request whose source is empty and sets `error` when the session cannot be built.
RunRequest agentRunRequest(const AgentRequest &request, QString &error);

// The time limit of one shell command (the run's wall limit), in seconds.
double shellCommandSeconds(const AgentRequest &request);

} // namespace runner
