#include "TargetSessionFactory.h"

#include "TokenKeychain.h"

#include <runner/LocalRunSession.h>

namespace app {

TargetSessionFactory::TargetSessionFactory(AppSettings *settings, TokenKeychain *tokens, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_sandboxHosts(new runner::SandboxHostPool(this))
{
}

ExecutionTarget TargetSessionFactory::target() const
{
    return m_settings->runPreferences().target;
}

remote::RemoteTarget TargetSessionFactory::remoteTarget() const
{
    const QUrl url = m_settings->remotePreferences().url();
    return {url, m_tokens->tokenFor(url)};
}

QString TargetSessionFactory::remoteProblem() const
{
    const remote::RemoteTarget target = remoteTarget();
    if (!target.url.isEmpty() && target.token.isEmpty() && !m_tokens->token().isEmpty())
        return tr("The API token was entered for %1, so it is not sent to %2. Enter the token for %2.")
            .arg(m_tokens->server(), remote::RemoteTarget::serverIdentity(target.url));
    return target.validate();
}

runner::RunSession *TargetSessionFactory::create(QObject *parent)
{
    if (target() == ExecutionTarget::Local)
        return new runner::LocalRunSession(parent, m_sandboxHosts);

    m_tokens->bindTo(m_settings->remotePreferences().url());
    auto *session = new remote::RemoteRunSession(remoteTarget(), parent);
    session->setReconnectPolicy(m_policy);
    connect(session, &remote::RemoteRunSession::connectionStateChanged, this,
            &TargetSessionFactory::connectionStateChanged);
    // Connected before the caller's own finished() handler, so the status bar already tells why when
    // the output pane prints the result.
    connect(session, &runner::RunSession::finished, this, [this, session] {
        if (session->everAnswered()) {
            m_answeredServer = remote::RemoteTarget::serverIdentity(session->target().url);
            m_serverProfiles = session->serverProfiles();
            m_serverLanguages = session->serverLanguages();
        }
        if (const std::optional<remote::Error> error = session->remoteError())
            Q_EMIT remoteRunFailed(*error);
    });
    return session;
}

runner::AgentRunSession *TargetSessionFactory::createAgent(runner::AgentMode mode, QObject *parent)
{
    runner::RunSession *transport = create(nullptr);
    auto *session = new runner::AgentRunSession(mode, transport, parent);
    useServerAgent(session->agent(), transport);
    return session;
}

runner::AgentSession *TargetSessionFactory::createAgentSession(QObject *parent)
{
    runner::RunSession *transport = create(nullptr);
    auto *session = new runner::AgentSession(transport, parent);
    useServerAgent(session, transport);
    return session;
}

void TargetSessionFactory::useServerAgent(runner::AgentSession *agent, runner::RunSession *transport)
{
    if (auto *remoteSession = qobject_cast<remote::RemoteRunSession *>(transport)) {
        // The agent session owns the transport, so the pointer lives as long as the starter.
        agent->setStarter([remoteSession](const runner::AgentRequest &request) {
            remoteSession->startAgent(request);
        });
    }
}

QStringList TargetSessionFactory::serverProfiles() const
{
    const bool same = m_answeredServer == remote::RemoteTarget::serverIdentity(remoteTarget().url);
    return same ? m_serverProfiles : QStringList();
}

QStringList TargetSessionFactory::serverLanguages() const
{
    const bool same = m_answeredServer == remote::RemoteTarget::serverIdentity(remoteTarget().url);
    return same ? m_serverLanguages : QStringList();
}

RunSessionFactory TargetSessionFactory::function()
{
    return [this](QObject *parent) {
        return create(parent);
    };
}

} // namespace app
