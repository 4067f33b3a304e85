#include "TargetSessionFactory.h"

#include "TokenStore.h"

#include <LocalRunSession.h>

namespace app {

TargetSessionFactory::TargetSessionFactory(AppSettings *settings, TokenStore *tokens, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_tokens(tokens)
{
}

ExecutionTarget TargetSessionFactory::target() const
{
    return m_settings->runPreferences().target;
}

remote::RemoteTarget TargetSessionFactory::remoteTarget() const
{
    return {m_settings->remotePreferences().url(), m_tokens->token()};
}

runner::RunSession *TargetSessionFactory::create(QObject *parent)
{
    if (target() == ExecutionTarget::Local)
        return new runner::LocalRunSession(parent);

    auto *session = new remote::RemoteRunSession(remoteTarget(), parent);
    session->setReconnectPolicy(m_policy);
    connect(session, &remote::RemoteRunSession::connectionStateChanged, this,
            &TargetSessionFactory::connectionStateChanged);
    // Connected before the caller's own finished() handler, so the status bar already tells why when
    // the output pane prints the result.
    connect(session, &runner::RunSession::finished, this, [this, session] {
        if (const std::optional<remote::Error> error = session->remoteError())
            Q_EMIT remoteRunFailed(*error);
    });
    return session;
}

RunSessionFactory TargetSessionFactory::function()
{
    return [this](QObject *parent) {
        return create(parent);
    };
}

} // namespace app
