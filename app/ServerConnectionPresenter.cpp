#include "ServerConnectionPresenter.h"

#include "AppSettings.h"
#include "ConnectionIndicator.h"
#include "ServerWatch.h"
#include "TargetSessionFactory.h"
#include "TokenKeychain.h"

namespace app {

ServerConnectionPresenter::ServerConnectionPresenter(AppSettings *settings, TokenKeychain *tokens,
                                                     TargetSessionFactory *sessions,
                                                     ConnectionIndicator *indicator, ServerWatch *watch,
                                                     QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_tokens(tokens)
    , m_sessions(sessions)
    , m_indicator(indicator)
    , m_watch(watch)
{
    connect(m_settings, &AppSettings::runPreferencesChanged, this, [this] {
        loadTokenForServerRuns();
        update();
    });
    connect(m_settings, &AppSettings::remotePreferencesChanged, this, &ServerConnectionPresenter::update);
    connect(m_tokens, &TokenKeychain::tokenChanged, this, &ServerConnectionPresenter::update);
    connect(m_tokens, &TokenKeychain::ready, this, &ServerConnectionPresenter::update);
    connect(m_sessions, &TargetSessionFactory::connectionStateChanged, m_indicator,
            &ConnectionIndicator::setConnectionState);
    connect(m_sessions, &TargetSessionFactory::remoteRunFailed, m_indicator,
            &ConnectionIndicator::setFailure);
    connect(m_watch, &ServerWatch::answered, m_indicator, &ConnectionIndicator::setReachable);
    loadTokenForServerRuns();
    update();
}

void ServerConnectionPresenter::loadTokenForServerRuns()
{
    // The keychain may ask to be unlocked: not for a user who never runs on a server.
    if (m_settings->runPreferences().target == ExecutionTarget::Remote)
        m_tokens->load();
}

void ServerConnectionPresenter::update()
{
    const remote::RemoteTarget target = m_sessions->remoteTarget();
    // Until the keychain has answered, a URL is taken as set up rather than flashing "not set up".
    const bool configured =
        m_tokens->isReady() ? m_sessions->remoteProblem().isEmpty() : !target.url.isEmpty();
    const ExecutionTarget runTarget = m_settings->runPreferences().target;
    m_indicator->setTarget(runTarget);
    m_indicator->setServer(target.url, configured);
    // Only a server that runs are sent to is watched; a check carries no token.
    m_watch->watch(runTarget == ExecutionTarget::Remote ? target.url : QUrl());
}

} // namespace app
