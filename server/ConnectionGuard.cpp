#include "ConnectionGuard.h"

#include "Log.h"

#include <QRandomGenerator>
#include <QSslSocket>
#include <QTcpSocket>
#include <QtEndian>

namespace server {

namespace {
constexpr qint64 kReadChunk = 64 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 413:
        return "Content Too Large";
    default:
        return "Error";
    }
}

// A close frame as a client would send it (masked), telling the WebSocket server to close with `code`;
// it answers with the same code, which is how the client learns why.
QByteArray maskedCloseFrame(int code, const QString &reason)
{
    QByteArray payload(2, '\0');
    qToBigEndian(quint16(code), payload.data());
    payload += reason.toUtf8().left(123);
    QByteArray frame;
    frame.append(char(0x88)); // FIN + close
    frame.append(char(0x80 | payload.size()));
    const quint32 key = QRandomGenerator::global()->generate();
    char mask[4];
    qToBigEndian(key, mask);
    frame.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ mask[i % 4]));
    return frame;
}
} // namespace

int ResponseCounter::feed(const QByteArray &data)
{
    int completed = 0;
    qsizetype at = 0;
    while (at < data.size() && !m_upgraded) {
        if (m_inBody) {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, data.size() - at));
            at += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                m_inBody = false;
                ++completed;
            }
            continue;
        }
        const qsizetype previous = m_head.size();
        m_head.append(data.constData() + at, data.size() - at);
        const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(previous - 3, 0));
        if (end < 0) {
            at = data.size();
            break;
        }
        at += end + 4 - previous;
        const QByteArray head = m_head.left(end);
        m_head.clear();
        if (head.startsWith("HTTP/1.1 101")) {
            m_upgraded = true;
            ++completed;
            break;
        }
        m_remaining = 0;
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0)
                m_remaining = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (m_remaining > 0)
            m_inBody = true;
        else
            ++completed;
    }
    return completed;
}

ConnectionGuard::ConnectionGuard(QTcpSocket *client, QTcpSocket *server, RequestScreen::Authorizer authorizer,
                                 int idleTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_server(server)
    , m_screen(std::move(authorizer))
    , m_idleTimeoutMs(idleTimeoutMs)
{
    m_clock.start();
    client->setParent(this);
    server->setParent(this);
    // Neither socket takes more from the kernel than this: past it, TCP itself makes the sender wait.
    client->setReadBufferSize(kReadChunk);
    server->setReadBufferSize(kReadChunk);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ConnectionGuard::onDeadline);
    connect(client, &QTcpSocket::readyRead, this, &ConnectionGuard::onClientReadable);
    connect(server, &QTcpSocket::readyRead, this, &ConnectionGuard::onServerReadable);
    connect(client, &QTcpSocket::disconnected, this, &ConnectionGuard::onClientGone);
    connect(server, &QTcpSocket::disconnected, this, &ConnectionGuard::onServerGone);
    // Room towards one side lets the guard read more from the other.
    connect(server, &QTcpSocket::bytesWritten, this, &ConnectionGuard::onClientReadable);
    auto drained = [this] {
        m_stalledSinceMs = pendingToClient() >= kMaxPendingToClient ? m_clock.elapsed() : -1;
        onServerReadable();
        onClientReadable();
    };
    if (auto *tls = qobject_cast<QSslSocket *>(client))
        connect(tls, &QSslSocket::encryptedBytesWritten, this, drained);
    else
        connect(client, &QTcpSocket::bytesWritten, this, drained);
    m_lastActivityMs = m_clock.elapsed();
    rearm();
}

qint64 ConnectionGuard::pendingToClient() const
{
    qint64 pending = m_client->bytesToWrite();
    if (auto *tls = qobject_cast<QSslSocket *>(m_client))
        pending += tls->encryptedBytesToWrite();
    return pending;
}

void ConnectionGuard::onClientReadable()
{
    if (m_clientGone || m_finished)
        return;
    if (m_refusal) {
        // Read and dropped: the refused request's body never reaches memory.
        while (!m_client->read(kReadChunk).isEmpty()) {
        }
        return;
    }
    // A client that does not read what it is sent is not read either: every message it sends makes
    // an answer, and the answers would pile up.
    while (!m_serverGone && m_server->bytesToWrite() < kMaxPendingToServer &&
           pendingToClient() < kMaxPendingToClient) {
        const QByteArray data = m_client->read(kReadChunk);
        if (data.isEmpty())
            break;
        const qint64 now = m_clock.elapsed();
        m_lastActivityMs = now;
        const RequestScreen::Outcome outcome = m_screen.feed(data);
        if (!outcome.forward.isEmpty()) {
            m_server->write(outcome.forward);
            // Into the kernel now rather than on the next turn of the event loop: the guard must not
            // add a turn to every request.
            m_server->flush();
        }
        m_requestsForwarded += outcome.requestsCompleted;
        if (outcome.refusal) {
            refuse(*outcome.refusal);
            return;
        }
        if (m_screen.isAtBoundary())
            m_messageStartMs = -1;
        else if (m_messageStartMs < 0 || outcome.requestsCompleted > 0 || outcome.framesCompleted > 0)
            m_messageStartMs = now;
    }
    rearm();
}

void ConnectionGuard::onServerReadable()
{
    if (m_finished)
        return;
    while (!m_clientGone && pendingToClient() < kMaxPendingToClient) {
        const QByteArray data = m_server->read(kReadChunk);
        if (data.isEmpty())
            break;
        m_lastActivityMs = m_clock.elapsed();
        m_responsesSeen += m_responses.feed(data);
        m_client->write(data);
        m_client->flush();
    }
    if (pendingToClient() >= kMaxPendingToClient && m_stalledSinceMs < 0)
        m_stalledSinceMs = m_clock.elapsed();
    sendRefusalIfDue();
    rearm();
}

void ConnectionGuard::refuse(const RequestScreen::Refusal &refusal)
{
    // Debug only: a hostile client must not be able to fill the logs.
    Log::debug(QStringLiteral("connection.refused"),
               {{QStringLiteral("code"), remote::errorCodeName(refusal.error.code)},
                {QStringLiteral("message"), refusal.error.message}});
    m_refusal = refusal;
    m_messageStartMs = -1;
    m_lastActivityMs = m_clock.elapsed();
    if (refusal.webSocket) {
        // Between frames of the server's stream: the close frame is the next thing it reads.
        m_server->write(maskedCloseFrame(refusal.closeCode, refusal.error.message));
        m_refusalSent = true;
    } else {
        sendRefusalIfDue();
    }
    onClientReadable(); // drop what is already buffered
    rearm();
}

// The refusal is the answer to the request after those already passed on, so it waits for theirs.
void ConnectionGuard::sendRefusalIfDue()
{
    if (!m_refusal || m_refusalSent || m_clientGone ||
        (!m_serverGone && m_responsesSeen < m_requestsForwarded))
        return;
    m_refusalSent = true;
    const int status = remote::httpStatusFor(m_refusal->error.code);
    const QByteArray body = remote::restErrorBody(m_refusal->error);
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n" +
        "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\n";
    if (status == 401)
        response += "WWW-Authenticate: Bearer\r\n";
    response += "\r\n" + body;
    m_client->write(response);
    m_lastActivityMs = m_clock.elapsed();
    // The HTTP server may hold the start of the refused request; it has nothing more to answer.
    m_server->disconnectFromHost();
}

void ConnectionGuard::onClientGone()
{
    if (m_clientGone)
        return;
    m_clientGone = true;
    m_deadline.stop();
    if (!m_serverGone)
        m_server->disconnectFromHost();
    finish();
}

void ConnectionGuard::onServerGone()
{
    if (m_serverGone)
        return;
    m_serverGone = true;
    if (!m_clientGone) {
        // Whatever the server wrote last (a close frame, a final answer) still goes out, unbounded
        // by the usual limit since nothing more follows.
        const QByteArray rest = m_server->readAll();
        m_responsesSeen += m_responses.feed(rest);
        m_client->write(rest);
        sendRefusalIfDue();
        // A refused client is read a little longer (onDeadline closes it); others are closed now.
        if (!m_refusal || m_refusal->webSocket)
            closeClient();
    }
    finish();
}

void ConnectionGuard::rearm()
{
    if (m_finished || m_clientGone)
        return;
    const qint64 now = m_clock.elapsed();
    qint64 due = -1;
    auto consider = [&due](qint64 at) {
        if (at >= 0 && (due < 0 || at < due))
            due = at;
    };
    if (m_refusal) {
        consider(m_lastActivityMs + kLingerMs);
    } else {
        if (m_messageStartMs >= 0)
            consider(m_messageStartMs + m_idleTimeoutMs);
        if (m_stalledSinceMs >= 0)
            consider(m_stalledSinceMs + m_idleTimeoutMs);
        // Idle: nothing half sent, no answer owed, and not a WebSocket (WebSocketApi pings those).
        if (!m_screen.isWebSocket() && m_screen.isAtBoundary() && m_responsesSeen >= m_requestsForwarded &&
            pendingToClient() == 0)
            consider(m_lastActivityMs + m_idleTimeoutMs);
    }
    if (m_closingSinceMs >= 0)
        consider(m_closingSinceMs + m_idleTimeoutMs);
    if (due < 0)
        m_deadline.stop();
    else
        m_deadline.start(int(std::clamp<qint64>(due - now, 0, 24 * 3600 * 1000)));
}

void ConnectionGuard::onDeadline()
{
    if (m_finished || m_clientGone)
        return;
    const qint64 now = m_clock.elapsed();
    const bool expired = (m_refusal && now >= m_lastActivityMs + kLingerMs) ||
                         (m_messageStartMs >= 0 && now >= m_messageStartMs + m_idleTimeoutMs) ||
                         (m_stalledSinceMs >= 0 && now >= m_stalledSinceMs + m_idleTimeoutMs);
    const bool idle = !m_refusal && !m_screen.isWebSocket() && m_screen.isAtBoundary() &&
                      m_responsesSeen >= m_requestsForwarded && pendingToClient() == 0 &&
                      now >= m_lastActivityMs + m_idleTimeoutMs;
    if (m_closingSinceMs >= 0 && now >= m_closingSinceMs + m_idleTimeoutMs) {
        m_client->abort();
        return;
    }
    if (m_closingSinceMs < 0 && (idle || (m_refusal && m_refusalSent && expired))) {
        closeClient(); // what was written still goes out
        return;
    }
    if (expired) {
        // Half a request or frame, or a client that does not read: nothing worth flushing.
        Log::debug(QStringLiteral("connection.timeout"),
                   {{QStringLiteral("reason"), m_stalledSinceMs >= 0
                                                   ? QStringLiteral("not reading")
                                                   : QStringLiteral("incomplete request or frame")}});
        m_client->abort();
        return;
    }
    rearm();
}

void ConnectionGuard::closeClient()
{
    if (m_closingSinceMs >= 0 || m_clientGone)
        return;
    m_closingSinceMs = m_clock.elapsed();
    m_client->disconnectFromHost();
    rearm();
}

void ConnectionGuard::finish()
{
    if (m_finished || !m_clientGone || !m_serverGone)
        return;
    m_finished = true;
    m_deadline.stop();
    deleteLater();
}

} // namespace server
