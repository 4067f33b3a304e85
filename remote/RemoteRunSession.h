#pragma once

// Running code on a Code Remote server, behind the same interface as a local run.
//
//     remote::RemoteTarget target = remote::RemoteTarget::fromEnvironment(); // CODE_REMOTE_URL, _TOKEN
//     target.url = QUrl("http://127.0.0.1:8000");  // or https://; ws:// and wss:// work too
//     target.token = token;
//     if (QString problem = target.validate(); !problem.isEmpty()) { ...report and stop... }
//     auto *session = new remote::RemoteRunSession(target, parent);
//     // connect started / outputReceived / inputRequested / finished exactly as for LocalRunSession
//     session->start(request);
//
// finished() always comes exactly once. When the server could not run the program (unreachable, bad
// token, queue full, connection lost for good), the result has status `internal_error`, `message` says
// what went wrong in words meant for the user, and remoteError() gives the machine-readable code (for
// example ErrorCode::Unauthorized or ErrorCode::Busy with retryAfterSeconds). The request stays in
// request(), so a caller can offer "retry" without asking the user for the code again.
//
// Behaviour on the wire: connects to <url>/ws with `Authorization: Bearer <token>`, waits for `hello`,
// submits, streams `job.output` in sequence order (duplicates after a reconnect are dropped), and if
// the connection drops after the job was accepted it reconnects with exponential backoff and `attach`es
// to the job from the last sequence number it saw. Standard input of any size is paced: at most the
// server's window (announced in `hello`) is unacknowledged at a time, and the rest waits here until
// `job.input_taken` says the program took some. See docs/protocol.md.

#include "Protocol.h"
#include <runner/RunSession.h>
#include "Utf8Chunker.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

class QWebSocket;

namespace remote {

struct RemoteTarget
{
    QUrl url;       // the server's base URL: http(s)://host:port or ws(s)://host:port
    QString token;  // an API token from `code-remote-server token create NAME`

    // CODE_REMOTE_URL and CODE_REMOTE_TOKEN; either may be empty.
    static RemoteTarget fromEnvironment();
    // Empty when usable, else why not ("no server URL", "the URL scheme must be ...", "no API token").
    QString validate() const;
    // The WebSocket endpoint: ws(s)://host:port/ws.
    QUrl webSocketUrl() const;
    // Which server a URL names, whatever its scheme or path: "host:port" (http and ws on 80, https and
    // wss on 443 unless a port is given). Empty without a host.
    static QString serverIdentity(const QUrl &url);
};

struct ReconnectPolicy
{
    int maxAttempts = 5;       // after the first connection was lost; 0 disables reconnecting
    int initialDelayMs = 250;  // doubled after each failed attempt
    int maxDelayMs = 4000;
    int connectAttempts = 3;   // for the very first connection (the server may be restarting)
    int cancelTimeoutMs = 5000; // stop(): how long to wait for the server's final result
    // How long the run may go without a server that answers (its `hello`) before it ends as unreachable:
    // a server that accepts TCP but never answers, or a host that drops packets, would otherwise hang
    // the run for the kernel's TCP timeout. Twice as long once a connection was up, to leave room for
    // the reconnect attempts. 0: no bound.
    int silenceTimeoutMs = 10'000;
};

class RemoteRunSession : public runner::RunSession
{
    Q_OBJECT
public:
    enum class ConnectionState { Disconnected, Connecting, Connected, Reconnecting };
    Q_ENUM(ConnectionState)

    explicit RemoteRunSession(RemoteTarget target, QObject *parent = nullptr);
    ~RemoteRunSession() override;

    void start(const runner::RunRequest &request) override;
    // A debug or shell session the server builds from `request.run`'s code (submit's `session`): the
    // agent's frames arrive as output and its commands go as input, exactly as on a local run of
    // runner::agentRunRequest(). Fails as `unavailable` on a server whose hello lists no such session.
    void startAgent(const runner::AgentRequest &request);
    void writeInput(const QByteArray &data) override;
    void closeInput() override;
    // Input queued here and not sent to the server yet.
    qint64 pendingInputBytes() const override;
    void stop() override;
    bool isRunning() const override;

    void setReconnectPolicy(const ReconnectPolicy &policy) { m_policy = policy; }
    const RemoteTarget &target() const { return m_target; }
    // The last request started: the user's code survives any failure of the server or the network.
    const runner::RunRequest &request() const { return m_request; }
    // The server's job id once the job was accepted.
    QString jobId() const { return m_jobId; }
    ConnectionState connectionState() const { return m_state; }
    // The server answered (sent `hello`) at least once during the last run.
    bool everAnswered() const { return m_everAnswered; }
    // What the server said in its last `hello`: the language ids it runs and the profiles a client may
    // ask for (the default first). Empty until it answered, and from a server too old to say.
    QStringList serverLanguages() const { return m_serverLanguages; }
    QStringList serverProfiles() const { return m_serverProfiles; }
    // Why the last run failed on the server side or on the way there; empty after a normal result.
    std::optional<Error> remoteError() const { return m_error; }

Q_SIGNALS:
    void connectionStateChanged(remote::RemoteRunSession::ConnectionState state);
    // The server accepted the job (it will reach a final state even if this client goes away).
    void accepted(const QString &jobId);

private:
    void startRun(const runner::RunRequest &request, const QString &session,
                  const QList<runner::Breakpoint> &breakpoints);
    void openSocket();
    void onConnected();
    void onDisconnected();
    void onTextMessage(const QString &text);
    void handleMessage(const Message &message);
    void scheduleReconnect();
    void armSilenceTimer();
    void onSilenceTimeout();
    void send(const QByteArray &frame);
    void setState(ConnectionState state);
    void finishWithResult(const runner::RunResult &result);
    void failWith(const Error &error, const QString &userMessage);
    void discardSocket();
    void sendInput();

    RemoteTarget m_target;
    ReconnectPolicy m_policy;
    runner::RunRequest m_request;
    QString m_session; // empty: a plain run
    QList<runner::Breakpoint> m_breakpoints;
    bool m_stopOnException = true;
    QPointer<QWebSocket> m_socket;
    QTimer m_reconnectTimer;
    QTimer m_cancelTimer;
    QTimer m_silenceTimer;
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_jobId;
    std::optional<Error> m_error;
    // Input not sent yet (whole UTF-8 characters) from m_unsentOffset on: before the job is accepted,
    // and while the server's window is full. Then stdin.close once it has all gone, if asked for.
    QByteArray m_unsent;
    qsizetype m_unsentOffset = 0;
    bool m_closeQueued = false;
    // Flow control: the server's window (0: it announced none, so input is sent as it comes), the
    // input sent for the job (the submission's included) and what the server says the program took.
    qint64 m_stdinWindow = 0;
    QStringList m_serverLanguages;
    QStringList m_serverProfiles;
    qint64 m_inputSent = 0;
    qint64 m_inputTaken = 0;
    qint64 m_lastSeq = 0;
    int m_attempt = 0;
    bool m_running = false;
    bool m_submitted = false;
    bool m_startedEmitted = false;
    bool m_everConnected = false;
    bool m_everAnswered = false;
    bool m_cancelRequested = false;
    bool m_stdinClosed = false;
    Utf8Chunker m_inputChunker;
};

} // namespace remote
