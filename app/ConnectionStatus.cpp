#include "ConnectionStatus.h"

namespace app {

using State = remote::RemoteRunSession::ConnectionState;

void ConnectionStatus::setServer(const QUrl &url, bool configured)
{
    // A different server or token deserves a fresh start, not the old one's failure.
    if (url != m_url || configured != m_configured)
        m_failure.reset();
    if (url != m_url)
        m_reachable.reset();
    m_url = url;
    m_configured = configured;
}

void ConnectionStatus::setConnectionState(State state)
{
    m_state = state;
    if (state == State::Connecting)
        m_failure.reset(); // a new attempt: the last failure is history
}

void ConnectionStatus::setFailure(const remote::Error &error)
{
    m_failure = error.code;
}

void ConnectionStatus::setReachable(std::optional<bool> reachable)
{
    m_reachable = reachable;
    // A server that answers again is no longer "unreachable"; a refused token or a full queue stays
    // until the next run says otherwise, which a check without the token cannot.
    if (reachable == true && m_failure == remote::ErrorCode::Unavailable)
        m_failure.reset();
}

ConnectionStatus::Kind ConnectionStatus::kind() const
{
    if (m_target == ExecutionTarget::Local)
        return Kind::Local;
    switch (m_state) {
    case State::Connecting:
        return Kind::Connecting;
    case State::Connected:
        return Kind::Connected;
    case State::Reconnecting:
        return Kind::Reconnecting;
    case State::Disconnected:
        break;
    }
    if (m_failure) {
        switch (*m_failure) {
        case remote::ErrorCode::Unavailable:
            return Kind::Unreachable;
        case remote::ErrorCode::Unauthorized:
            return Kind::Unauthorized;
        case remote::ErrorCode::Busy:
        case remote::ErrorCode::RateLimited:
        case remote::ErrorCode::TooManyJobs:
            return Kind::Busy;
        default:
            return Kind::Failed;
        }
    }
    if (!m_configured)
        return Kind::NotSetUp;
    if (m_reachable)
        return *m_reachable ? Kind::Online : Kind::Unreachable;
    return Kind::Disconnected;
}

ConnectionStatus::Severity ConnectionStatus::severity() const
{
    switch (kind()) {
    case Kind::Local:
    case Kind::Disconnected:
        return Severity::Neutral;
    case Kind::Connecting:
    case Kind::Reconnecting:
        return Severity::Progress;
    case Kind::Connected:
    case Kind::Online:
        return Severity::Good;
    case Kind::NotSetUp:
    case Kind::Unreachable:
    case Kind::Unauthorized:
    case Kind::Busy:
    case Kind::Failed:
        break;
    }
    return Severity::Problem;
}

QString ConnectionStatus::text() const
{
    switch (kind()) {
    case Kind::Local:
        return tr("Local sandbox");
    case Kind::NotSetUp:
        return tr("Server: not set up");
    case Kind::Disconnected:
        return tr("Server: disconnected");
    case Kind::Connecting:
        return tr("Server: connecting…");
    case Kind::Connected:
        return tr("Server: connected");
    case Kind::Online:
        return tr("Server: online");
    case Kind::Reconnecting:
        return tr("Server: reconnecting…");
    case Kind::Unreachable:
        return tr("Server: unreachable");
    case Kind::Unauthorized:
        return tr("Server: token refused");
    case Kind::Busy:
        return tr("Server: busy");
    case Kind::Failed:
        return tr("Server: run failed");
    }
    return QString();
}

QString ConnectionStatus::description() const
{
    const QString server = m_url.isEmpty() ? tr("no server set") : m_url.toDisplayString();
    switch (kind()) {
    case Kind::Local:
        return tr("Programs run in the local sandbox on this computer.");
    case Kind::NotSetUp:
        return tr("Programs run on a Code Remote server, but its URL or API token is missing. Set them in "
                  "Settings.");
    case Kind::Disconnected:
        return tr("Programs run on %1. The connection opens when a program runs.").arg(server);
    case Kind::Online:
        return tr("%1 answers. The connection opens when a program runs.").arg(server);
    case Kind::Connecting:
        return tr("Connecting to %1.").arg(server);
    case Kind::Connected:
        return tr("Connected to %1.").arg(server);
    case Kind::Reconnecting:
        return tr("The connection to %1 dropped; trying again.").arg(server);
    case Kind::Unreachable:
        return tr("%1 does not answer. Check the URL and that the server is running.").arg(server);
    case Kind::Unauthorized:
        return tr("%1 refused the API token. Check the token in Settings.").arg(server);
    case Kind::Busy:
        return tr("%1 was too busy to take the last run. Try again in a moment.").arg(server);
    case Kind::Failed:
        return tr("The last run on %1 failed; the output panel says why.").arg(server);
    }
    return QString();
}

} // namespace app
