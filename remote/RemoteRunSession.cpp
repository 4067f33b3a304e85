#include "RemoteRunSession.h"

#include <QNetworkRequest>
#include <QWebSocket>

#include <algorithm>
#include <utility>

namespace remote {

RemoteTarget RemoteTarget::fromEnvironment()
{
    RemoteTarget target;
    const QString url = qEnvironmentVariable("CODE_REMOTE_URL");
    if (!url.isEmpty())
        target.url = QUrl::fromUserInput(url);
    target.token = qEnvironmentVariable("CODE_REMOTE_TOKEN");
    return target;
}

QString RemoteTarget::validate() const
{
    if (url.isEmpty())
        return QObject::tr("No server URL is set.");
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("ws")
        && scheme != QLatin1String("wss"))
        return QObject::tr("The server URL must start with http://, https://, ws:// or wss:// (got \"%1\").")
            .arg(url.toString());
    if (url.host().isEmpty())
        return QObject::tr("The server URL \"%1\" has no host.").arg(url.toString());
    if (token.isEmpty())
        return QObject::tr("No API token is set (create one with `code-remote-server token create NAME`).");
    return QString();
}

QUrl RemoteTarget::webSocketUrl() const
{
    QUrl ws = url;
    const QString scheme = url.scheme();
    ws.setScheme(scheme == QLatin1String("https") || scheme == QLatin1String("wss") ? QStringLiteral("wss")
                                                                                     : QStringLiteral("ws"));
    QString path = ws.path();
    if (!path.endsWith(QLatin1String("/ws"))) {
        if (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        ws.setPath(path + QStringLiteral("/ws"));
    }
    ws.setQuery(QString());
    return ws;
}

QString RemoteTarget::serverIdentity(const QUrl &url)
{
    if (url.host().isEmpty())
        return QString();
    const QString scheme = url.scheme();
    const bool secure = scheme == QLatin1String("https") || scheme == QLatin1String("wss");
    return url.host().toLower() + QLatin1Char(':') + QString::number(url.port(secure ? 443 : 80));
}

RemoteRunSession::RemoteRunSession(RemoteTarget target, QObject *parent)
    : runner::RunSession(parent), m_target(std::move(target))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &RemoteRunSession::openSocket);
    m_cancelTimer.setSingleShot(true);
    connect(&m_cancelTimer, &QTimer::timeout, this, [this] {
        // The server did not confirm the cancel in time: the user asked to stop, so stop waiting.
        finishWithResult(runner::resultWithoutRun(m_request, runner::RunStatus::Cancelled,
                                                  tr("Stopped; the server did not confirm in time.")));
    });
    m_silenceTimer.setSingleShot(true);
    connect(&m_silenceTimer, &QTimer::timeout, this, &RemoteRunSession::onSilenceTimeout);
}

RemoteRunSession::~RemoteRunSession()
{
    // A session destroyed mid-run (the IDE closing a tab or quitting, the CLI exiting) cancels its job:
    // the server keeps running jobs whose client merely disconnected, so that a client can come back
    // for the result, and would otherwise run this one to its limit for nobody.
    if (m_running && !m_jobId.isEmpty() && m_socket && m_socket->isValid()) {
        m_socket->sendTextMessage(QString::fromUtf8(encodeCancel(m_jobId)));
        m_socket->flush();
    }
    discardSocket();
}

void RemoteRunSession::startAgent(const runner::AgentRequest &request)
{
    if (m_running) {
        qWarning("RemoteRunSession::startAgent called while a run is in progress");
        return;
    }
    // The server builds the agent's run from the user's code; the agent's commands (the program's
    // input among them) follow on standard input, which stays open.
    runner::RunRequest run = request.run;
    run.stdinData.clear();
    run.keepStdinOpen = true;
    m_stopOnException = request.stopOnException;
    startRun(run, sessionName(request.mode), request.breakpoints);
}

void RemoteRunSession::start(const runner::RunRequest &request)
{
    if (m_running) {
        qWarning("RemoteRunSession::start called while a run is in progress");
        return;
    }
    m_stopOnException = true;
    startRun(request, QString(), {});
}

void RemoteRunSession::startRun(const runner::RunRequest &request, const QString &session,
                                const QList<runner::Breakpoint> &breakpoints)
{
    m_session = session;
    m_breakpoints = breakpoints;
    m_request = request;
    m_jobId.clear();
    m_error.reset();
    m_unsent.clear();
    m_unsentOffset = 0;
    m_closeQueued = false;
    m_stdinWindow = 0;
    m_inputSent = 0;
    m_inputTaken = 0;
    m_lastSeq = 0;
    m_attempt = 0;
    m_running = true;
    m_submitted = false;
    m_startedEmitted = false;
    m_everConnected = false;
    m_everAnswered = false;
    m_cancelRequested = false;
    m_stdinClosed = false;
    m_inputChunker = Utf8Chunker();
    // The submission carries at most kMaxStdinBytes of stdin; more follows in stdin messages once the
    // server has accepted the job.
    QByteArray largeInput;
    if (m_request.stdinData.size() > kMaxStdinBytes) {
        largeInput = std::exchange(m_request.stdinData, QByteArray());
        m_request.keepStdinOpen = true;
    }

    if (const QString problem = m_target.validate(); !problem.isEmpty()) {
        // Deferred so that finished() never arrives inside start(), as with a local run.
        QTimer::singleShot(0, this, [this, problem] { failWith({ErrorCode::BadMessage, problem, 0}, problem); });
        return;
    }
    armSilenceTimer();
    openSocket();
    if (!largeInput.isEmpty()) {
        writeInput(largeInput);
        if (!request.keepStdinOpen)
            closeInput();
    }
}

void RemoteRunSession::openSocket()
{
    if (!m_running)
        return;
    discardSocket();
    setState(m_everConnected ? ConnectionState::Reconnecting : ConnectionState::Connecting);

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    socket->setMaxAllowedIncomingMessageSize(quint64(kMaxServerMessageBytes));
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, &RemoteRunSession::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &RemoteRunSession::onDisconnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &RemoteRunSession::onTextMessage);
    QNetworkRequest request(m_target.webSocketUrl());
    request.setRawHeader("Authorization", "Bearer " + m_target.token.toUtf8());
    socket->open(request);
}

void RemoteRunSession::discardSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket.clear();
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void RemoteRunSession::onConnected()
{
    // Nothing is sent until the server's `hello` confirms the token.
    m_everConnected = true;
}

void RemoteRunSession::onDisconnected()
{
    if (!m_running)
        return;
    const QString reason = m_socket ? m_socket->errorString() : QString();
    const auto closeCode = m_socket ? m_socket->closeCode() : QWebSocketProtocol::CloseCodeNormal;
    const QString closeReason = m_socket ? m_socket->closeReason() : QString();
    discardSocket();
    setState(ConnectionState::Disconnected);
    if (!m_jobId.isEmpty()) {
        // The server closes the input of a job whose client left: what was not sent has nowhere to go.
        m_unsent.clear();
        m_unsentOffset = 0;
        m_closeQueued = false;
        m_stdinClosed = true;
    }

    if (m_error && m_error->code == ErrorCode::Unauthorized) {
        failWith(*m_error, tr("The server at %1 refused the API token. Check the token set for this server.")
                               .arg(m_target.url.toString()));
        return;
    }
    // The server refuses tokens with close code 4401 even if its `error` message was lost.
    if (int(closeCode) == 4401) {
        failWith({ErrorCode::Unauthorized, closeReason, 0},
                 tr("The server at %1 refused the API token. Check the token set for this server.")
                     .arg(m_target.url.toString()));
        return;
    }
    if (m_cancelRequested && m_jobId.isEmpty()) {
        finishWithResult(runner::resultWithoutRun(m_request, runner::RunStatus::Cancelled));
        return;
    }
    // The server cancels a session whose connection closed: attaching again would only fetch that.
    if (!m_session.isEmpty() && !m_jobId.isEmpty()) {
        if (m_cancelRequested)
            finishWithResult(runner::resultWithoutRun(m_request, runner::RunStatus::Cancelled));
        else
            failWith({ErrorCode::Unavailable, QStringLiteral("connection lost during a session"), 0},
                     tr("The connection to the server was lost, which ends a debug or shell session there."));
        return;
    }

    const bool mayRetry = m_everConnected && !m_jobId.isEmpty() ? m_attempt < m_policy.maxAttempts
                                                                 : m_attempt + 1 < m_policy.connectAttempts;
    // Before acceptance the job may not exist on the server; resubmitting is safe only while nothing
    // was submitted on a connection that was up (otherwise the job might run twice).
    const bool unsafeResubmit = m_submitted && m_jobId.isEmpty();
    if (mayRetry && !unsafeResubmit) {
        armSilenceTimer();
        scheduleReconnect();
        return;
    }
    if (!m_everConnected) {
        failWith({ErrorCode::Unavailable, reason, 0},
                 tr("Cannot reach the Code Remote server at %1 (%2). Your code was not run; it is kept for a retry.")
                     .arg(m_target.url.toString(), reason.isEmpty() ? tr("no answer") : reason));
    } else {
        failWith({ErrorCode::Unavailable, reason, 0},
                 tr("Lost the connection to the Code Remote server at %1 during the run (%2).")
                     .arg(m_target.url.toString(), reason.isEmpty() ? tr("connection closed") : reason));
    }
}

void RemoteRunSession::armSilenceTimer()
{
    // The clock runs from the start, or from the moment a connection was lost, across every attempt.
    if (m_policy.silenceTimeoutMs > 0 && !m_silenceTimer.isActive())
        m_silenceTimer.start(m_everAnswered ? 2 * m_policy.silenceTimeoutMs : m_policy.silenceTimeoutMs);
}

void RemoteRunSession::onSilenceTimeout()
{
    if (!m_running)
        return;
    const int seconds = std::max(1, m_silenceTimer.interval() / 1000);
    const Error silence{ErrorCode::Unavailable, QStringLiteral("no answer within %1 s").arg(seconds), 0};
    const QString server = m_target.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (!m_everAnswered) {
        failWith(silence,
                 tr("The Code Remote server at %1 did not answer within %n second(s). Your code was not "
                    "run; it is kept for a retry.",
                    nullptr, seconds)
                     .arg(server));
    } else if (m_jobId.isEmpty()) {
        failWith(silence,
                 tr("Lost the connection to the Code Remote server at %1 before it took the run, and it "
                    "did not come back within %n second(s). Your code is kept for a retry.",
                    nullptr, seconds)
                     .arg(server));
    } else {
        failWith(silence,
                 tr("Lost the connection to the Code Remote server at %1 during the run, and it did not "
                    "come back within %n second(s). The job (%2) may still finish there.",
                    nullptr, seconds)
                     .arg(server, m_jobId));
    }
}

void RemoteRunSession::scheduleReconnect()
{
    const int delay = std::min(m_policy.maxDelayMs, m_policy.initialDelayMs << std::min(m_attempt, 16));
    ++m_attempt;
    setState(ConnectionState::Reconnecting);
    m_reconnectTimer.start(delay);
}

void RemoteRunSession::onTextMessage(const QString &text)
{
    const Decoded decoded = decodeServerMessage(text.toUtf8());
    if (!decoded.ok()) {
        // A server speaking something else is a failure of the run, not a crash of the client.
        failWith(decoded.error, tr("The server sent a message this client does not understand (%1): %2")
                                    .arg(errorCodeName(decoded.error.code), decoded.error.message));
        return;
    }
    handleMessage(*decoded.message);
}

void RemoteRunSession::handleMessage(const Message &message)
{
    if (!m_running)
        return;
    if (!message.jobId.isEmpty() && !m_jobId.isEmpty() && message.jobId != m_jobId)
        return; // not ours: ignore

    switch (message.type) {
    case MessageType::Hello: {
        setState(ConnectionState::Connected);
        m_attempt = 0;
        m_everAnswered = true;
        m_silenceTimer.stop();
        m_stdinWindow = message.stdinWindow;
        m_serverLanguages = message.languages;
        m_serverProfiles = message.profiles;
        if (!m_jobId.isEmpty()) {
            send(encodeAttach(m_jobId, m_lastSeq));
            return;
        }
        if (!m_session.isEmpty() && !message.sessions.contains(m_session)) {
            failWith({ErrorCode::Unavailable, QStringLiteral("no %1 sessions on this server").arg(m_session), 0},
                     m_session == sessionName(runner::AgentMode::Shell)
                         ? tr("This server does not run shell sessions; use the local shell.")
                         : tr("This server does not run debug sessions; debug locally."));
            return;
        }
        Submission submission;
        submission.session = m_session;
        submission.breakpoints = m_breakpoints;
        submission.stopOnException = m_stopOnException;
        submission.code = QString::fromUtf8(m_request.source);
        submission.language = m_request.language;
        submission.stdinData = m_request.stdinData;
        submission.keepStdinOpen = m_request.keepStdinOpen;
        submission.reportInputTaken = m_stdinWindow > 0;
        // A server that lists its languages knows `job.phase`; an older one would refuse the field.
        submission.reportPhases = !m_serverLanguages.isEmpty();
        submission.profile = runner::profileName(m_request.policy.profile);
        submission.standard = m_request.languageStandard;
        const runner::Limits &limits = m_request.policy.limits;
        submission.limits.wallMs = limits.wallMs;
        if (limits.cpuMs > 0)
            submission.limits.cpuMs = limits.cpuMs;
        submission.limits.memoryBytes = limits.memoryBytes;
        submission.limits.outputBytes = limits.outputBytes;
        m_submitted = true;
        m_inputSent = submission.stdinData.size();
        m_inputTaken = 0;
        send(encodeSubmit(submission));
        return;
    }
    case MessageType::JobAccepted:
        m_jobId = message.jobId;
        Q_EMIT accepted(m_jobId);
        sendInput();
        if (m_cancelRequested)
            send(encodeCancel(m_jobId));
        return;
    case MessageType::JobInputTaken:
        if (message.inputTaken > m_inputTaken) {
            m_inputTaken = message.inputTaken;
            sendInput();
        }
        return;
    case MessageType::JobStatus:
        if (message.state == JobState::Running && !m_startedEmitted) {
            m_startedEmitted = true;
            Q_EMIT started();
        }
        return;
    case MessageType::JobPhase:
        if (!m_startedEmitted) {
            m_startedEmitted = true;
            Q_EMIT started();
        }
        Q_EMIT phaseChanged(message.phase == JobPhase::Compiling ? runner::RunPhase::Compiling
                                                                 : runner::RunPhase::Running);
        return;
    case MessageType::JobOutput:
        if (message.seq <= m_lastSeq)
            return; // already seen before a reconnect
        m_lastSeq = message.seq;
        if (!m_startedEmitted) {
            m_startedEmitted = true;
            Q_EMIT started();
        }
        Q_EMIT outputReceived(message.stream == Stream::Stdout ? runner::OutputChannel::Stdout
                                                               : runner::OutputChannel::Stderr,
                              message.data);
        return;
    case MessageType::JobInputRequested:
        Q_EMIT inputRequested();
        return;
    case MessageType::JobResult:
        finishWithResult(runner::RunResult::fromJson(message.result));
        return;
    case MessageType::ErrorMessage:
        switch (message.error.code) {
        case ErrorCode::Unauthorized:
            // The server closes the connection next; onDisconnected() reports it.
            m_error = message.error;
            return;
        case ErrorCode::JobNotRunning:
            return; // stdin raced with the end of the program: harmless
        case ErrorCode::Busy:
            failWith(message.error, tr("The server is busy: its queue is full. Retry in %n second(s). Your code is kept.",
                                       nullptr, std::max(1, message.error.retryAfterSeconds)));
            return;
        case ErrorCode::RateLimited:
            failWith(message.error, tr("Too many runs with this token in a short time. Retry in %n second(s). Your code is kept.",
                                       nullptr, std::max(1, message.error.retryAfterSeconds)));
            return;
        case ErrorCode::TooManyJobs:
            failWith(message.error, tr("This token already has as many runs in progress as the server allows. "
                                       "Retry in %n second(s). Your code is kept.",
                                       nullptr, std::max(1, message.error.retryAfterSeconds)));
            return;
        case ErrorCode::NotFound:
            if (!m_jobId.isEmpty()) {
                failWith(message.error, tr("The server no longer knows this job (%1).").arg(message.error.message));
                return;
            }
            break;
        default:
            break;
        }
        failWith(message.error, tr("The server refused the run: %1 (%2).")
                                    .arg(message.error.message, errorCodeName(message.error.code)));
        return;
    default:
        return;
    }
}

void RemoteRunSession::send(const QByteArray &frame)
{
    if (m_socket && m_socket->isValid())
        m_socket->sendTextMessage(QString::fromUtf8(frame));
}

void RemoteRunSession::writeInput(const QByteArray &data)
{
    if (!m_running || m_stdinClosed || data.isEmpty())
        return;
    // The protocol carries stdin as text: a character cut in two, between two writes or between two
    // frames, would arrive as two U+FFFD. The chunker holds back an incomplete last character until the
    // rest of it comes; sendInput() cuts messages at character starts.
    m_unsent.append(m_inputChunker.take(data));
    sendInput();
}

void RemoteRunSession::closeInput()
{
    if (!m_running || m_stdinClosed)
        return;
    // Bytes that never became a whole character still reach the program (the server decides on them).
    m_unsent.append(m_inputChunker.flush());
    m_stdinClosed = true;
    m_closeQueued = true;
    sendInput();
}

qint64 RemoteRunSession::pendingInputBytes() const
{
    return m_unsent.size() - m_unsentOffset;
}

void RemoteRunSession::sendInput()
{
    if (m_jobId.isEmpty() || !m_socket || !m_socket->isValid())
        return;
    // Pieces well under the per-message limit, so that escaping never takes a frame past it, and never
    // over the window, which would stall them for ever.
    const qsizetype pieceBytes =
        qsizetype(m_stdinWindow > 0 ? std::min(kMaxStdinBytes / 2, std::max<qint64>(4, m_stdinWindow))
                                    : kMaxStdinBytes / 2);
    const qint64 before = m_inputSent;
    while (m_unsentOffset < m_unsent.size()) {
        qsizetype end = std::min(m_unsentOffset + pieceBytes, m_unsent.size());
        while (end < m_unsent.size() && end > m_unsentOffset + 1 && (uchar(m_unsent.at(end)) & 0xC0) == 0x80)
            --end;
        const qsizetype size = end - m_unsentOffset;
        // A server with a window refuses input past it: the rest waits for its job.input_taken.
        if (m_stdinWindow > 0 && m_inputSent - m_inputTaken + size > m_stdinWindow)
            break;
        send(encodeStdin(m_jobId, m_unsent.mid(m_unsentOffset, size)));
        m_inputSent += size;
        m_unsentOffset = end;
    }
    // Sent input is dropped now and then rather than piece by piece (which would copy the rest each time).
    if (m_unsentOffset == m_unsent.size()) {
        m_unsent.clear();
        m_unsentOffset = 0;
    } else if (m_unsentOffset > 4 * pieceBytes && m_unsentOffset > m_unsent.size() / 2) {
        m_unsent.remove(0, m_unsentOffset);
        m_unsentOffset = 0;
    }
    if (m_closeQueued && m_unsent.isEmpty()) {
        m_closeQueued = false;
        send(encodeStdinClose(m_jobId));
    }
    if (m_inputSent > before)
        Q_EMIT inputTaken(m_inputSent);
}

void RemoteRunSession::stop()
{
    if (!m_running || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (!m_jobId.isEmpty())
        send(encodeCancel(m_jobId));
    else if (!m_submitted) {
        // Nothing reached the server yet: the run ends here.
        m_reconnectTimer.stop();
        QTimer::singleShot(0, this, [this] {
            finishWithResult(runner::resultWithoutRun(m_request, runner::RunStatus::Cancelled));
        });
        return;
    }
    m_cancelTimer.start(m_policy.cancelTimeoutMs);
}

bool RemoteRunSession::isRunning() const
{
    return m_running;
}

void RemoteRunSession::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT connectionStateChanged(state);
}

void RemoteRunSession::finishWithResult(const runner::RunResult &result)
{
    if (!m_running)
        return;
    m_running = false;
    m_reconnectTimer.stop();
    m_cancelTimer.stop();
    m_silenceTimer.stop();
    discardSocket();
    setState(ConnectionState::Disconnected);
    Q_EMIT finished(result);
}

void RemoteRunSession::failWith(const Error &error, const QString &userMessage)
{
    if (!m_running)
        return;
    m_error = error;
    finishWithResult(runner::resultWithoutRun(m_request, runner::RunStatus::InternalError, userMessage));
}

} // namespace remote
