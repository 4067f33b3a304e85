#pragma once

#include "RequestScreen.h"

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace server {

// The listening socket handed to QAbstractHttpServer::bind(). Qt 6.4's HTTP server reads a whole
// request, body included, before it can look at a header; so the client's socket never reaches it.
// Each accepted connection (TLS is ended here) gets a ConnectionGuard, and the HTTP server is given
// the other end of a local socket pair that carries only what the guard let through.
class GuardedListener : public QTcpServer
{
    Q_OBJECT
public:
    GuardedListener(RequestScreen::Authorizer authorizer, int idleTimeoutMs,
                    std::optional<QSslConfiguration> tls, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    RequestScreen::Authorizer m_authorizer;
    int m_idleTimeoutMs;
    std::optional<QSslConfiguration> m_tls;
};

} // namespace server
