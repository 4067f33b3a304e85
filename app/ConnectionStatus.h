#pragma once

#include "AppSettings.h"

#include <remote/Protocol.h>
#include <remote/RemoteRunSession.h>

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace app {

// What the status bar says about the server, worked out from the run target, the remote session's
// connection state and how the last remote run ended. A remote session connects for each run, so
// between runs the state is "disconnected"; a failure is kept until the next attempt so the user
// still sees why the last run did not happen.
class ConnectionStatus
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionStatus)
public:
    enum class Kind {
        Local,        // runs go to the local sandbox: nothing to show
        NotSetUp,     // remote target without a usable URL or token
        Disconnected, // between runs, before the server was checked
        Online,       // between runs, the server answers its /health
        Connecting,
        Connected,
        Reconnecting,
        Unreachable,  // the last attempt, or the last check between runs, found no server
        Unauthorized, // the server refused the token
        Busy,         // the server's queue (or this token's share of it) was full
        Failed,       // any other refusal or a connection lost for good
    };
    enum class Severity { Neutral, Progress, Good, Problem };

    void setTarget(ExecutionTarget target) { m_target = target; }
    // `configured`: the URL and token pass RemoteTarget::validate().
    void setServer(const QUrl &url, bool configured);
    void setConnectionState(remote::RemoteRunSession::ConnectionState state);
    void setFailure(const remote::Error &error);
    // What the last /health check between runs found; nullopt: not checked.
    void setReachable(std::optional<bool> reachable);

    Kind kind() const;
    Severity severity() const;
    // Short, for the status bar ("Server: connected").
    QString text() const;
    // Longer, for the tooltip and screen readers: the URL and what to do about a problem.
    QString description() const;

private:
    ExecutionTarget m_target = ExecutionTarget::Local;
    QUrl m_url;
    bool m_configured = false;
    remote::RemoteRunSession::ConnectionState m_state =
        remote::RemoteRunSession::ConnectionState::Disconnected;
    std::optional<remote::ErrorCode> m_failure;
    std::optional<bool> m_reachable;
};

} // namespace app
