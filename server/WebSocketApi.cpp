#include "WebSocketApi.h"

#include "JobService.h"
#include "Log.h"
#include "Metrics.h"
#include "TokenStore.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QUrlQuery>
#include <QWebSocket>

namespace server {

namespace {
// Application close codes (4000-4999), mirrored on the HTTP statuses they stand for.
constexpr int kCloseUnauthorized = 4401;
constexpr int kCloseNotFound = 4404;
constexpr int kCloseTryAgainLater = 1013;
} // namespace

WebSocketConnection::WebSocketConnection(QWebSocket *socket, const QString &owner, JobService &jobs, QObject *parent)
    : QObject(parent), m_socket(socket), m_owner(owner), m_jobs(jobs)
{
    socket->setParent(this);
    connect(socket, &QWebSocket::textMessageReceived, this, &WebSocketConnection::onTextMessage);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &WebSocketConnection::onBinaryMessage);
    connect(socket, &QWebSocket::disconnected, this, &WebSocketConnection::onDisconnected);
    sendFrame(remote::encodeHello(QStringLiteral("code-remote-server ") + QCoreApplication::applicationVersion()));
}

WebSocketConnection::~WebSocketConnection() = default;

void WebSocketConnection::close(int code, const QString &reason)
{
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

void WebSocketConnection::onDisconnected()
{
    // The client is gone, its jobs are not: each reaches a result in the database. Input is closed so
    // that a program waiting for more stdin ends instead of running into its time limit.
    for (const QPointer<Job> &job : std::as_const(m_submitted)) {
        if (job)
            job->closeInput();
    }
    Q_EMIT closed();
    deleteLater();
}

void WebSocketConnection::sendFrame(const QByteArray &frame)
{
    if (m_socket->isValid())
        m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void WebSocketConnection::sendError(const remote::Error &error, const QString &jobId, const QString &ref)
{
    sendFrame(remote::encodeError(error, jobId, ref));
}

void WebSocketConnection::onBinaryMessage(const QByteArray &)
{
    sendError({remote::ErrorCode::BadMessage, QStringLiteral("binary frames are not part of the protocol"), 0});
}

void WebSocketConnection::onTextMessage(const QString &text)
{
    const remote::Decoded decoded = remote::decodeClientMessage(text.toUtf8());
    if (!decoded.ok()) {
        sendError(decoded.error);
        return;
    }
    handle(*decoded.message);
}

Job *WebSocketConnection::ownJob(const remote::Message &message)
{
    Job *job = m_jobs.liveJob(m_owner, message.jobId);
    if (!job) {
        if (m_jobs.storedJob(m_owner, message.jobId))
            sendError({remote::ErrorCode::JobNotRunning, QStringLiteral("the job has finished"), 0}, message.jobId);
        else
            sendError({remote::ErrorCode::NotFound, QStringLiteral("no such job"), 0}, message.jobId);
        return nullptr;
    }
    if (job->state() == remote::JobState::Finished) {
        sendError({remote::ErrorCode::JobNotRunning, QStringLiteral("the job has finished"), 0}, message.jobId);
        return nullptr;
    }
    return job;
}

void WebSocketConnection::handle(const remote::Message &message)
{
    switch (message.type) {
    case remote::MessageType::Submit:
        submit(message);
        return;
    case remote::MessageType::Stdin:
        if (Job *job = ownJob(message))
            job->writeInput(message.data);
        return;
    case remote::MessageType::StdinClose:
        if (Job *job = ownJob(message))
            job->closeInput();
        return;
    case remote::MessageType::Cancel:
        if (Job *job = ownJob(message))
            job->cancel();
        return;
    case remote::MessageType::Attach: {
        if (Job *job = m_jobs.liveJob(m_owner, message.jobId)) {
            follow(job, message.afterSeq);
            return;
        }
        // Gone from memory: the stored result is all there is (its output is in the result).
        if (const auto stored = m_jobs.storedJob(m_owner, message.jobId);
            stored && stored->state == remote::JobState::Finished) {
            sendFrame(remote::encodeJobResult(stored->id, stored->result));
            return;
        }
        sendError({remote::ErrorCode::NotFound, QStringLiteral("no such job"), 0}, message.jobId);
        return;
    }
    default:
        sendError({remote::ErrorCode::UnknownType, QStringLiteral("unexpected message"), 0});
        return;
    }
}

void WebSocketConnection::submit(const remote::Message &message)
{
    const JobService::Submitted submitted = m_jobs.submit(m_owner, message.submission);
    if (submitted.error) {
        sendError(*submitted.error, QString(), message.ref);
        return;
    }
    Job *job = submitted.job;
    m_submitted.append(job);
    sendFrame(remote::encodeJobAccepted(job->id(), message.ref));
    follow(job, 0);
}

void WebSocketConnection::follow(Job *job, qint64 afterSeq)
{
    const QString id = job->id();
    // What happened so far, then live events: both on this thread, so nothing slips in between.
    sendFrame(remote::encodeJobStatus(id, job->state() == remote::JobState::Queued ? remote::JobState::Queued
                                                                                     : remote::JobState::Running));
    for (const OutputChunk &chunk : job->output()) {
        if (chunk.seq > afterSeq)
            sendFrame(remote::encodeJobOutput(id, chunk.seq, chunk.stream, chunk.data));
    }
    if (job->state() == remote::JobState::Finished) {
        sendFrame(remote::encodeJobResult(id, job->result().value_or(runner::RunResult()).toJson()));
        return;
    }
    if (m_following.contains(id))
        return;
    m_following.insert(id);
    connect(job, &Job::stateChanged, this, [this, id](remote::JobState state) {
        if (state == remote::JobState::Running)
            sendFrame(remote::encodeJobStatus(id, state));
    });
    connect(job, &Job::outputAppended, this, [this, id](const OutputChunk &chunk) {
        sendFrame(remote::encodeJobOutput(id, chunk.seq, chunk.stream, chunk.data));
    });
    connect(job, &Job::inputRequested, this, [this, id] { sendFrame(remote::encodeJobInputRequested(id)); });
    connect(job, &Job::finished, this, [this, id](const runner::RunResult &result) {
        m_following.remove(id);
        sendFrame(remote::encodeJobResult(id, result.toJson()));
    });
}

WebSocketApi::WebSocketApi(QAbstractHttpServer &http, JobService &jobs, TokenStore &tokens, Metrics &metrics,
                           int maxConnections, QObject *parent)
    : QObject(parent), m_http(http), m_jobs(jobs), m_tokens(tokens), m_metrics(metrics), m_maxConnections(maxConnections)
{
    connect(&http, &QAbstractHttpServer::newWebSocketConnection, this, &WebSocketApi::onNewConnection);
}

void WebSocketApi::onNewConnection()
{
    while (m_http.hasPendingWebSocketConnections()) {
        QWebSocket *socket = m_http.nextPendingWebSocketConnection().release();
        if (!socket)
            return;
        socket->setParent(this);
        // Past the protocol's limit the decoder answers `message_too_large` and the connection lives on;
        // only far larger messages are cut off by the socket (close code 1009) before being buffered.
        socket->setMaxAllowedIncomingMessageSize(quint64(4 * remote::kMaxClientMessageBytes));
        socket->setMaxAllowedIncomingFrameSize(quint64(4 * remote::kMaxClientMessageBytes));
        auto refuse = [socket](int code, const remote::Error &error) {
            socket->sendTextMessage(QString::fromUtf8(remote::encodeError(error)));
            socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), error.message);
            socket->deleteLater();
        };
        // Qt 6.4 upgrades any path, so the path is checked here.
        if (socket->requestUrl().path() != QLatin1String("/ws")) {
            refuse(kCloseNotFound, {remote::ErrorCode::NotFound, QStringLiteral("WebSocket endpoint is /ws"), 0});
            continue;
        }
        if (int(m_connections.size()) >= m_maxConnections) {
            refuse(kCloseTryAgainLater, {remote::ErrorCode::Busy, QStringLiteral("too many connections"), 5});
            continue;
        }
        // A header from programs; `?token=` for browsers, which cannot set headers on a WebSocket.
        QString token;
        const QByteArray header = socket->request().rawHeader("Authorization").trimmed();
        if (header.startsWith("Bearer "))
            token = QString::fromUtf8(header.mid(7).trimmed());
        else
            token = QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("token"));
        const auto owner = token.isEmpty() ? std::nullopt : m_tokens.verify(token);
        if (!owner) {
            refuse(kCloseUnauthorized, {remote::ErrorCode::Unauthorized,
                                        token.isEmpty() ? QStringLiteral("missing token")
                                                        : QStringLiteral("unknown or revoked token"),
                                        0});
            continue;
        }
        auto *connection = new WebSocketConnection(socket, *owner, m_jobs, this);
        m_connections.insert(connection);
        m_metrics.connectionOpened();
        connect(connection, &WebSocketConnection::closed, this, [this, connection] {
            m_connections.remove(connection);
            m_metrics.connectionClosed();
        });
    }
}

void WebSocketApi::closeAll()
{
    const QSet<WebSocketConnection *> connections = m_connections;
    for (WebSocketConnection *connection : connections)
        connection->close(int(QWebSocketProtocol::CloseCodeGoingAway), QStringLiteral("server shutting down"));
}

} // namespace server
