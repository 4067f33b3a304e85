#include "GuardedListener.h"

#include "ConnectionGuard.h"
#include "Log.h"

#include <QSslSocket>

#include <sys/socket.h>
#include <unistd.h>

namespace server {

namespace {
// What the HTTP server may buffer from its end of the pair. Qt 6.4 keeps a whole request in the
// socket's buffer until it is parsed, and a whole WebSocket frame until it is complete, so this must
// hold the largest of each that the screen lets through.
constexpr qint64 kServerReadBuffer = 4 * remote::kMaxClientMessageBytes + kMaxRequestHeaderBytes + 64 * 1024;
} // namespace

GuardedListener::GuardedListener(RequestScreen::Authorizer authorizer, int idleTimeoutMs,
                                 std::optional<QSslConfiguration> tls, QObject *parent)
    : QTcpServer(parent)
    , m_authorizer(std::move(authorizer))
    , m_idleTimeoutMs(idleTimeoutMs)
    , m_tls(std::move(tls))
{
}

void GuardedListener::incomingConnection(qintptr descriptor)
{
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
        Log::event(LogLevel::Warning, QStringLiteral("connection.refused"),
                   {{QStringLiteral("reason"), QStringLiteral("cannot create a socket pair")}});
        ::close(int(descriptor));
        return;
    }
    QTcpSocket *client = nullptr;
    if (m_tls) {
        auto *tls = new QSslSocket;
        tls->setSslConfiguration(*m_tls);
        client = tls;
    } else {
        client = new QTcpSocket;
    }
    auto *guardEnd = new QTcpSocket;
    auto *serverEnd = new QTcpSocket(this);
    // Each socket owns its descriptor once it took it; the others are closed here.
    const bool clientOk = client->setSocketDescriptor(descriptor);
    const bool guardOk = guardEnd->setSocketDescriptor(pair[0]);
    const bool serverOk = serverEnd->setSocketDescriptor(pair[1]);
    if (!clientOk || !guardOk || !serverOk) {
        Log::event(LogLevel::Warning, QStringLiteral("connection.refused"),
                   {{QStringLiteral("reason"), QStringLiteral("cannot set up the connection's sockets")}});
        if (!clientOk)
            ::close(int(descriptor));
        if (!guardOk)
            ::close(pair[0]);
        if (!serverOk)
            ::close(pair[1]);
        delete client;
        delete guardEnd;
        delete serverEnd;
        return;
    }
    serverEnd->setReadBufferSize(kServerReadBuffer);
    // Small frames answer small frames (a debug session's command and its reply, which often follows
    // a job.input_taken): with Nagle's algorithm the reply would wait for the client's delayed ACK.
    client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (auto *tls = qobject_cast<QSslSocket *>(client))
        tls->startServerEncryption();
    new ConnectionGuard(client, guardEnd, m_authorizer, m_idleTimeoutMs, this);
    addPendingConnection(serverEnd);
}

} // namespace server
