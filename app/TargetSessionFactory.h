#pragma once

#include "AppSettings.h"
#include "RunController.h"

#include <remote/RemoteRunSession.h>
#include <runner/AgentRunSession.h>
#include <runner/SandboxHostPool.h>

#include <QObject>

namespace app {

class TokenKeychain;

// Creates the run session for the execution target chosen in the settings: a local sandbox run or a
// run on the Code Remote server. Both are runner::RunSession, so the run controller, output pane,
// input line, Stop and the traceback linker never learn which one they talk to. The remote session's
// connection state is passed on for the status bar.
class TargetSessionFactory : public QObject
{
    Q_OBJECT
public:
    TargetSessionFactory(AppSettings *settings, TokenKeychain *tokens, QObject *parent = nullptr);

    runner::RunSession *create(QObject *parent);
    // A debug or shell session on the chosen target: locally the agent's bootstrap runs in the
    // sandbox; on a server the server builds it from the user's code (submit's `session`).
    runner::AgentRunSession *createAgent(runner::AgentMode mode, QObject *parent);
    // The same for a caller that drives the agent itself (the shell).
    runner::AgentSession *createAgentSession(QObject *parent);
    // For RunController; `this` must outlive the controller's last start().
    RunSessionFactory function();

    ExecutionTarget target() const;
    // The server URL from the settings and the token from the token store, if it belongs to that server.
    remote::RemoteTarget remoteTarget() const;
    // Why a remote run cannot start, in words for the user; empty when it can.
    QString remoteProblem() const;
    // What the server set in the settings said of itself in its last `hello` (RemoteRunSession): the
    // profiles a client may ask for and the languages it runs. Empty until a run reached it, after the
    // URL changed, and for a server too old to say.
    QStringList serverProfiles() const;
    QStringList serverLanguages() const;
    // Tests shorten the backoff; the default suits a server that is restarting.
    void setReconnectPolicy(const remote::ReconnectPolicy &policy) { m_policy = policy; }

Q_SIGNALS:
    void connectionStateChanged(remote::RemoteRunSession::ConnectionState state);
    // A remote run ended without a result from the program: unreachable, token refused, queue full...
    void remoteRunFailed(const remote::Error &error);

private:
    // Lets a server build the agent's run when `transport` is remote.
    static void useServerAgent(runner::AgentSession *agent, runner::RunSession *transport);

    AppSettings *m_settings;
    TokenKeychain *m_tokens;
    remote::ReconnectPolicy m_policy;
    QString m_answeredServer; // serverIdentity() of the server the two lists below describe
    QStringList m_serverProfiles;
    QStringList m_serverLanguages;
    // Local runs start from an interpreter kept loaded (see runner::SandboxHostPool).
    runner::SandboxHostPool *m_sandboxHosts;
};

} // namespace app
