#pragma once

#include <QObject>

namespace app {

class AppSettings;
class ConnectionIndicator;
class ServerWatch;
class TargetSessionFactory;
class TokenKeychain;

// Keeps the status bar's connection indicator and the server watch in step with the run target, the
// server settings, the token and the remote runs: what the indicator says, which server is watched, and
// that the token is read from the keychain once (and only once) server runs are chosen.
class ServerConnectionPresenter : public QObject
{
    Q_OBJECT
public:
    ServerConnectionPresenter(AppSettings *settings, TokenKeychain *tokens, TargetSessionFactory *sessions,
                              ConnectionIndicator *indicator, ServerWatch *watch, QObject *parent = nullptr);

private:
    void loadTokenForServerRuns();
    void update();

    AppSettings *m_settings;
    TokenKeychain *m_tokens;
    TargetSessionFactory *m_sessions;
    ConnectionIndicator *m_indicator;
    ServerWatch *m_watch;
};

} // namespace app
