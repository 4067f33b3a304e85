#include "WebSocketApi.h"

#include "JobService.h"
#include "Log.h"
#include "Metrics.h"
#include "ServerConfig.h"
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
constexpr int kCloseIdle = 4408;
constexpr int kCloseTooManyConnections = 4429;
constexpr int kCloseTryAgainLater = 1013;
} // namespace

WebSocketConnection::WebSocketConnection(QWebSocket *socket, const QString &owner, const QString &token,
                                         JobService &jobs, const TokenStore &tokens, int idleTimeoutMs, QObject *parent)
    : QObject(parent), m_socket(socket), m_owner(owner), m_token(token), m_jobs(jobs), m_tokens(tokens),
      m_idleTimeoutMs(idleTimeoutMs)
{
    socket->setParent(this);
    connect(socket, &QWebSocket::textMessageReceived, this, &WebSocketConnection::onTextMessage);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &WebSocketConnection::onBinaryMessage);
    connect(socket, &QWebSocket::disconnected, this, &WebSocketConnection::onDisconnected);
    connect(socket, &QWebSocket::pong, this, [this] { m_sinceHeard.start(); });
    // As the client reads, what waited for room is sent.
    connect(socket, &QWebSocket::bytesWritten, this, &WebSocketConnection::pump);
    // A client that answers pings is alive even when it has nothing to say; one that answers nothing
    // for the idle timeout is gone or not reading, and its jobs finish without it.
    m_sinceHeard.start();
    connect(&m_pingTimer, &QTimer::timeout, this, &WebSocketConnection::onPingTimer);
    m_pingTimer.start(std::max(250, idleTimeoutMs / 3));
    if (m_jobs.isShared()) {
        connect(&m_jobs, &JobService::remoteJobChanged, this, &WebSocketConnection::remoteChanged);
        connect(&m_remotePoll, &QTimer::timeout, this, [this] {
            bool any = false;
            for (Stream &s : m_streams) {
                if (!s.job) {
                    s.remoteDirty = true;
                    any = true;
                }
            }
            if (any)
                pump();
        });
        m_remotePoll.start(1000);
    }
    sendFrame(remote::encodeHello({QStringLiteral("code-remote-server ") + QCoreApplication::applicationVersion(),
                                   remote::kStdinWindowBytes, jobs.languages().ids(), jobs.profiles(),
                                   jobs.sessions()}));
}

WebSocketConnection::~WebSocketConnection() = default;

void WebSocketConnection::close(int code, const QString &reason)
{
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

void WebSocketConnection::revoke()
{
    Log::info(QStringLiteral("ws.token_revoked"), {{QStringLiteral("owner"), m_owner}});
    for (const QPointer<Job> &job : std::as_const(m_submitted)) {
        if (job)
            job->cancel();
    }
    m_streams.clear();
    sendError({remote::ErrorCode::Unauthorized, QStringLiteral("the token was revoked"), 0});
    close(kCloseUnauthorized, QStringLiteral("the token was revoked"));
}

void WebSocketConnection::onPingTimer()
{
    if (m_sinceHeard.elapsed() >= m_idleTimeoutMs) {
        m_pingTimer.stop();
        close(kCloseIdle, QStringLiteral("no message or pong for %1 s").arg(m_idleTimeoutMs / 1000));
        return;
    }
    m_socket->ping();
}

void WebSocketConnection::onDisconnected()
{
    m_pingTimer.stop();
    // A debug or shell session is driven by its client: without it, a paused program or an idle
    // prompt would only hold a run slot until its time limit. Its input stays open: the agent takes
    // the end of its commands for the end of the session and would exit on its own (status ok)
    // before the cancellation reached it.
    for (const QPointer<Job> &job : std::as_const(m_sessions)) {
        if (job && job->state() != remote::JobState::Finished)
            job->cancel();
    }
    // The client is gone, its other jobs are not: each reaches a result in the database. Input is
    // closed so that a program waiting for more stdin ends instead of running into its time limit.
    for (const QPointer<Job> &job : std::as_const(m_submitted)) {
        if (job && !m_sessions.contains(job))
            job->closeInput();
    }
    m_streams.clear();
    Q_EMIT closed();
    deleteLater();
}

bool WebSocketConnection::isCongested() const
{
    return m_socket->bytesToWrite() >= kHighWaterBytes;
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
    m_sinceHeard.start();
    sendError({remote::ErrorCode::BadMessage, QStringLiteral("binary frames are not part of the protocol"), 0});
}

void WebSocketConnection::onTextMessage(const QString &text)
{
    m_sinceHeard.start();
    const remote::Decoded decoded = remote::decodeClientMessage(text.toUtf8());
    if (!decoded.ok()) {
        sendError(decoded.error);
        return;
    }
    handle(*decoded.message);
}

Job *WebSocketConnection::ownJob(const remote::Message &message, int remoteControl)
{
    Job *job = m_jobs.liveJob(m_owner, message.jobId);
    if (!job) {
        const auto stored = m_jobs.storedJob(m_owner, message.jobId);
        if (!stored)
            sendError({remote::ErrorCode::NotFound, QStringLiteral("no such job"), 0}, message.jobId);
        else if (stored->state != remote::JobState::Finished && m_jobs.isShared())
            controlRemote(message, remoteControl);
        else
            sendError({remote::ErrorCode::JobNotRunning, QStringLiteral("the job has finished"), 0}, message.jobId);
        return nullptr;
    }
    if (job->state() == remote::JobState::Finished) {
        sendError({remote::ErrorCode::JobNotRunning, QStringLiteral("the job has finished"), 0}, message.jobId);
        return nullptr;
    }
    return job;
}

void WebSocketConnection::controlRemote(const remote::Message &message, int control)
{
    // Another replica holds the job. Cancel and the end of input are stored for it to act on; input
    // itself is not relayed (see docs/deploy.md): its window and `job.input_taken` live with the
    // running program, so it goes through a connection to that replica, normally the submitter's own.
    if (control == 0) {
        sendError({remote::ErrorCode::Unavailable,
                   QStringLiteral("the job runs on another server replica, which takes its input only from the "
                                  "connection that submitted it; send stdin there (cancel and stdin_close work from here)"),
                   0},
                  message.jobId);
    } else if (!m_jobs.controlRemote(message.jobId, control)) {
        sendError({remote::ErrorCode::JobNotRunning, QStringLiteral("the job has finished"), 0}, message.jobId);
    }
}

void WebSocketConnection::handle(const remote::Message &message)
{
    switch (message.type) {
    case remote::MessageType::Submit:
        submit(message);
        return;
    case remote::MessageType::Stdin:
        if (Job *job = ownJob(message, 0); job && !job->writeInput(message.data))
            sendError({remote::ErrorCode::StdinTooLarge,
                       QStringLiteral("the program has not read its input yet: %1 bytes wait for it, and a job holds "
                                      "at most %2 (send more as job.input_taken reports what it took)")
                           .arg(job->pendingInputBytes())
                           .arg(remote::kStdinWindowBytes),
                       0},
                      message.jobId);
        return;
    case remote::MessageType::StdinClose:
        if (Job *job = ownJob(message, JobStore::CloseInput))
            job->closeInput();
        return;
    case remote::MessageType::Cancel:
        if (Job *job = ownJob(message, JobStore::Cancel))
            job->cancel();
        return;
    case remote::MessageType::Attach: {
        if (Job *job = m_jobs.liveJob(m_owner, message.jobId)) {
            follow(job, message.afterSeq);
            return;
        }
        // Gone from memory: the stored result is all there is (its output is in the result). On a
        // shared database an unfinished job runs on another replica: its stored output, then its result.
        if (const auto stored = m_jobs.storedJob(m_owner, message.jobId);
            stored && (stored->state == remote::JobState::Finished || m_jobs.isShared())) {
            if (stored->state != remote::JobState::Finished)
                sendFrame(remote::encodeJobStatus(stored->id, stored->state));
            followStored(stored->id, message.afterSeq);
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
    // Between the periodic checks, a revoked token still may not start anything.
    if (m_tokens.isStillValid(m_token) == false) {
        revoke();
        return;
    }
    if (m_streams.size() >= kMaxStreams) {
        sendError({remote::ErrorCode::Busy, QStringLiteral("this connection follows too many jobs; read their output"), 1},
                  QString(), message.ref);
        return;
    }
    const JobService::Submitted submitted = m_jobs.submit(m_owner, message.submission);
    if (submitted.error) {
        sendError(*submitted.error, QString(), message.ref);
        return;
    }
    Job *job = submitted.job;
    m_submitted.removeIf([](const QPointer<Job> &held) { return held.isNull(); });
    m_submitted.append(job);
    if (!message.submission.session.isEmpty()) {
        m_sessions.removeIf([](const QPointer<Job> &held) { return held.isNull(); });
        m_sessions.append(job);
    }
    sendFrame(remote::encodeJobAccepted(job->id(), message.ref));
    follow(job, 0);
    if (Stream *followed = stream(job->id())) {
        followed->reportsInput = message.submission.reportInputTaken;
        followed->reportsPhases = message.submission.reportPhases;
    }
}

WebSocketConnection::Stream *WebSocketConnection::stream(const QString &id)
{
    for (Stream &candidate : m_streams) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

void WebSocketConnection::follow(Job *job, qint64 afterSeq)
{
    const QString id = job->id();
    // The status now; output and the result follow from the stream as the client reads them.
    sendFrame(remote::encodeJobStatus(id, job->state() == remote::JobState::Queued ? remote::JobState::Queued
                                                                                     : remote::JobState::Running));
    if (Stream *existing = stream(id)) {
        existing->sentSeq = std::max<qint64>(0, afterSeq);
        existing->inputMarks.clear();
    } else if (m_streams.size() >= kMaxStreams) {
        sendError({remote::ErrorCode::Busy, QStringLiteral("this connection follows too many jobs; read their output"), 1}, id);
        return;
    } else {
        m_streams.append({id, job, std::max<qint64>(0, afterSeq), {}, false});
    }
    watch(job);
    pump();
}

void WebSocketConnection::followStored(const QString &id, qint64 afterSeq)
{
    if (stream(id))
        return; // its result is on its way already
    if (m_streams.size() >= kMaxStreams) {
        sendError({remote::ErrorCode::Busy, QStringLiteral("this connection follows too many jobs; read their output"), 1}, id);
        return;
    }
    Stream followed{id, nullptr, std::max<qint64>(0, afterSeq), {}, true};
    followed.remoteWatch = m_jobs.watchRemote(id);
    m_streams.append(followed);
    pump();
}

void WebSocketConnection::remoteChanged(const QString &id)
{
    if (Stream *s = stream(id); s && !s->job) {
        s->remoteDirty = true;
        pump();
    }
}

bool WebSocketConnection::sendStored(Stream &s, bool &done)
{
    constexpr int kStoredBatch = 64;
    if (s.pending.isEmpty() && s.remoteDirty && m_jobs.isShared())
        s.pending = m_jobs.storedOutput(s.id, s.sentSeq, kStoredBatch);
    if (!s.pending.isEmpty()) {
        const OutputChunk chunk = s.pending.takeFirst();
        sendFrame(remote::encodeJobOutput(s.id, chunk.seq, chunk.stream, chunk.data));
        s.sentSeq = chunk.seq;
        return true;
    }
    if (!s.remoteDirty && m_jobs.isShared())
        return false;
    // A job forgotten from memory meanwhile is read back from the database like any stored one. Its
    // output was stored before it finished, so nothing is left once it reads as finished (and its
    // result holds the whole output anyway).
    const auto stored = m_jobs.storedJob(m_owner, s.id);
    if (stored && stored->state == remote::JobState::Finished) {
        sendFrame(remote::encodeJobResult(stored->id, stored->result));
    } else if (stored && m_jobs.isShared()) {
        s.remoteDirty = false; // until its replica's notification, or the poll
        return false;
    } else {
        sendError({remote::ErrorCode::NotFound, QStringLiteral("no such job"), 0}, s.id);
    }
    done = true;
    return true;
}

void WebSocketConnection::watch(Job *job)
{
    const QString id = job->id();
    if (m_watched.contains(id))
        return;
    m_watched.insert(id);
    connect(job, &Job::stateChanged, this, [this, id](remote::JobState state) {
        if (state == remote::JobState::Running && stream(id))
            sendFrame(remote::encodeJobStatus(id, state));
    });
    connect(job, &Job::outputAppended, this, &WebSocketConnection::pump);
    connect(job, &Job::inputRequested, this, [this, id, job] {
        if (Stream *s = stream(id)) {
            s->inputMarks.append(job->output().isEmpty() ? 0 : job->output().constLast().seq);
            pump();
        }
    });
    connect(job, &Job::phaseChanged, this, [this, id, job](remote::JobPhase phase) {
        if (Stream *s = stream(id); s && s->reportsPhases) {
            s->phaseMarks.append({job->output().isEmpty() ? 0 : job->output().constLast().seq, phase});
            pump();
        }
    });
    // Small and at most one per kInputTakenStep or per stdin message drained: sent at once, outside the
    // output's pacing, because a client waiting for room to send input may be blocked on it.
    connect(job, &Job::inputTaken, this, [this, id](qint64 taken) {
        if (const Stream *s = stream(id); s && s->reportsInput)
            sendFrame(remote::encodeJobInputTaken(id, taken));
    });
    connect(job, &Job::finished, this, &WebSocketConnection::pump);
    connect(job, &QObject::destroyed, this, [this, id] { m_watched.remove(id); });
}

bool WebSocketConnection::sendNext(Stream &s, bool &done)
{
    if (s.storedOnly || !s.job)
        return sendStored(s, done);
    Job *job = s.job;
    if (!s.phaseMarks.isEmpty() && s.phaseMarks.constFirst().first <= s.sentSeq) {
        // Sent also when the job has finished meanwhile: the output that follows it is still to come.
        sendFrame(remote::encodeJobPhase(s.id, s.phaseMarks.takeFirst().second));
        return true;
    }
    if (!s.inputMarks.isEmpty() && s.inputMarks.constFirst() <= s.sentSeq) {
        s.inputMarks.removeFirst();
        if (job->state() != remote::JobState::Finished)
            sendFrame(remote::encodeJobInputRequested(s.id));
        return true;
    }
    // Chunk n has sequence number n + 1 (Job::appendChunk).
    const QList<OutputChunk> &output = job->output();
    if (s.sentSeq < output.size()) {
        const OutputChunk &chunk = output.at(qsizetype(s.sentSeq));
        sendFrame(remote::encodeJobOutput(s.id, chunk.seq, chunk.stream, chunk.data));
        s.sentSeq = chunk.seq;
        return true;
    }
    if (job->state() == remote::JobState::Finished) {
        sendFrame(remote::encodeJobResult(s.id, job->result().value_or(runner::RunResult()).toJson()));
        done = true;
        return true;
    }
    return false;
}

void WebSocketConnection::pump()
{
    if (m_pumping || !m_socket->isValid())
        return;
    m_pumping = true;
    // Round robin: one message per stream per pass, so one job's output cannot hold back another's.
    bool progress = true;
    while (progress && !isCongested() && !m_streams.isEmpty()) {
        progress = false;
        for (qsizetype i = 0; i < m_streams.size() && !isCongested();) {
            bool done = false;
            if (sendNext(m_streams[i], done))
                progress = true;
            if (done)
                m_streams.removeAt(i);
            else
                ++i;
        }
    }
    m_pumping = false;
}

WebSocketApi::WebSocketApi(QAbstractHttpServer &http, JobService &jobs, TokenStore &tokens, Metrics &metrics,
                           const ServerConfig &config, QObject *parent)
    : QObject(parent), m_http(http), m_jobs(jobs), m_tokens(tokens), m_metrics(metrics),
      m_maxConnections(config.maxConnections), m_maxConnectionsPerToken(config.maxConnectionsPerToken),
      m_idleTimeoutMs(config.idleTimeoutSeconds * 1000)
{
    connect(&http, &QAbstractHttpServer::newWebSocketConnection, this, &WebSocketApi::onNewConnection);
    connect(&m_recheck, &QTimer::timeout, this, &WebSocketApi::recheckTokens);
    m_recheck.start(kTokenRecheckMs);
}

void WebSocketApi::recheckTokens()
{
    // One lookup per distinct token: thousands of connections of a few users cost a few queries.
    QHash<QString, std::optional<bool>> valid;
    const QSet<WebSocketConnection *> connections = m_connections;
    for (WebSocketConnection *connection : connections) {
        auto it = valid.find(connection->token());
        if (it == valid.end())
            it = valid.insert(connection->token(), m_tokens.isStillValid(connection->token()));
        if (*it == false)
            connection->revoke();
    }
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
        QString token = TokenStore::bearerToken(socket->request().rawHeader("Authorization"));
        if (token.isEmpty())
            token = QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("token"));
        bool unreachable = false;
        const auto owner = token.isEmpty() ? std::nullopt : m_tokens.verify(token, &unreachable);
        if (unreachable) {
            refuse(kCloseTryAgainLater, {remote::ErrorCode::Unavailable, QStringLiteral("the job store cannot be reached; retry shortly"), 5});
            continue;
        }
        if (!owner) {
            refuse(kCloseUnauthorized, {remote::ErrorCode::Unauthorized,
                                        token.isEmpty() ? QStringLiteral("missing token")
                                                        : QStringLiteral("unknown or revoked token"),
                                        0});
            continue;
        }
        // One token cannot take every slot and lock the other users out.
        if (m_maxConnectionsPerToken > 0 && m_perOwner.value(*owner) >= m_maxConnectionsPerToken) {
            refuse(kCloseTooManyConnections,
                   {remote::ErrorCode::Busy,
                    QStringLiteral("this token has %1 connections open already").arg(m_maxConnectionsPerToken), 5});
            continue;
        }
        auto *connection = new WebSocketConnection(socket, *owner, token, m_jobs, m_tokens, m_idleTimeoutMs, this);
        m_connections.insert(connection);
        ++m_perOwner[*owner];
        m_metrics.connectionOpened();
        connect(connection, &WebSocketConnection::closed, this, [this, connection, owner = *owner] {
            m_connections.remove(connection);
            if (--m_perOwner[owner] <= 0)
                m_perOwner.remove(owner);
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
