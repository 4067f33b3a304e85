#pragma once

#include "RequestScreen.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace server {

// Counts the complete HTTP responses in the bytes the server sends (status line, headers, a body of
// Content-Length bytes), so that the guard knows whether the server still owes an answer. It stops at
// `101 Switching Protocols`: what follows are WebSocket frames.
class ResponseCounter
{
public:
    // Returns how many responses ended in `data`.
    int feed(const QByteArray &data);
    bool upgraded() const { return m_upgraded; }

private:
    QByteArray m_head;
    qint64 m_remaining = 0;
    bool m_inBody = false;
    bool m_upgraded = false;
};

// One client connection, between the client's socket and the HTTP server, which reads a local socket
// pair instead. Every byte the client sends passes the RequestScreen first, so a request is refused on
// its headers before its body is read, and what the connection holds in memory is bounded both ways:
// the guard stops reading from one side while the other has more than a bound waiting. It closes the
// connection when the client sends nothing for `idleTimeoutMs` while no answer is owed, when a request
// or a WebSocket frame is not complete `idleTimeoutMs` after its first byte, and when the client does
// not read what it is sent for `idleTimeoutMs`.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    // Bytes waiting for the client before the guard stops taking more from the server: enough for a
    // few large messages in flight, small enough that thousands of connections fit in memory.
    static constexpr qint64 kMaxPendingToClient = 1024 * 1024;
    // Bytes waiting for the HTTP server before the guard stops reading from the client.
    static constexpr qint64 kMaxPendingToServer = 256 * 1024;
    // After refusing a request, how long the rest of it is read and dropped so that the client gets
    // the answer instead of a reset.
    static constexpr int kLingerMs = 2000;

    // `client` is connected (or, for TLS, encrypting); `server` is the guard's end of the pair whose
    // other end the HTTP server reads. The guard owns both.
    ConnectionGuard(QTcpSocket *client, QTcpSocket *server, RequestScreen::Authorizer authorizer,
                    int idleTimeoutMs, QObject *parent = nullptr);

private:
    void onClientReadable();
    void onServerReadable();
    void onClientGone();
    void onServerGone();
    void refuse(const RequestScreen::Refusal &refusal);
    void sendRefusalIfDue();
    void onDeadline();
    void rearm();
    qint64 pendingToClient() const;
    // Closes after what was written has gone out, or aborts if the client does not take it in time.
    void closeClient();
    void finish();

    QTcpSocket *m_client;
    QTcpSocket *m_server;
    RequestScreen m_screen;
    ResponseCounter m_responses;
    int m_idleTimeoutMs;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    qint64 m_lastActivityMs = 0;
    qint64 m_messageStartMs = -1; // first byte of an unfinished request or frame
    qint64 m_stalledSinceMs = -1; // the client stopped reading what it is sent
    qint64 m_closingSinceMs = -1;
    qint64 m_requestsForwarded = 0;
    qint64 m_responsesSeen = 0;
    std::optional<RequestScreen::Refusal> m_refusal; // sent once the server answered what came before
    bool m_refusalSent = false;
    bool m_serverGone = false;
    bool m_clientGone = false;
    bool m_finished = false;
};

} // namespace server
