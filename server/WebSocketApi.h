#pragma once

#include "Job.h"
#include <remote/Protocol.h>

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class QAbstractHttpServer;
class QWebSocket;

namespace server {

class JobService;
class Metrics;
class TokenStore;
struct ServerConfig;

// One client's WebSocket: authenticates once, then relays its jobs' status, output and results. A bad
// message is answered with an `error` and changes nothing else; it never closes other connections.
//
// Output is produced only while the socket has room (kHighWaterBytes unsent): each followed job is a
// stream with the last sequence number sent, and output is taken from the job's stored chunks as the
// client reads, so a client that reads slowly, or not at all, costs at most a few messages of memory.
class WebSocketConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kHighWaterBytes = 1024 * 1024;
    // Jobs one connection follows at once (a token has at most 16 running by default).
    static constexpr int kMaxStreams = 64;

    WebSocketConnection(QWebSocket *socket, const QString &owner, const QString &token, JobService &jobs,
                        const TokenStore &tokens, int idleTimeoutMs, QObject *parent);
    ~WebSocketConnection() override;

    const QString &owner() const { return m_owner; }
    const QString &token() const { return m_token; }
    void close(int code, const QString &reason);
    // The token was revoked: the jobs submitted here are cancelled and the connection closed (4401).
    void revoke();

Q_SIGNALS:
    void closed();

private:
    struct Stream
    {
        QString id;
        QPointer<Job> job;          // null: only the stored result is sent
        qint64 sentSeq = 0;         // output sent up to this sequence number
        QList<qint64> inputMarks;   // `job.input_requested` once output up to each seq is sent
        bool storedOnly = false;
        bool reportsInput = false;  // the submitter asked for `job.input_taken`
        bool reportsPhases = false; // the submitter asked for `job.phase`
        // `job.phase` once output up to each seq is sent, so a phase and the output around it keep
        // their order however far the output's pacing is behind.
        QList<QPair<qint64, remote::JobPhase>> phaseMarks = {};
        // A job another replica runs (shared database): its stored output not sent yet, whether the
        // database may have more (set by its notification and the poll), and the listening handle.
        QList<OutputChunk> pending = {};
        bool remoteDirty = true;
        std::shared_ptr<void> remoteWatch = nullptr;
    };

    void onTextMessage(const QString &text);
    void onBinaryMessage(const QByteArray &data);
    void handle(const remote::Message &message);
    void submit(const remote::Message &message);
    void follow(Job *job, qint64 afterSeq);
    void followStored(const QString &id, qint64 afterSeq = 0);
    bool sendStored(Stream &stream, bool &done);
    void remoteChanged(const QString &id);
    void watch(Job *job);
    Stream *stream(const QString &id);
    void pump();
    // Sends the next message of `stream`; false when it has nothing to send now. Sets `done` at its end.
    bool sendNext(Stream &stream, bool &done);
    bool isCongested() const;
    void sendFrame(const QByteArray &frame);
    void sendError(const remote::Error &error, const QString &jobId = {}, const QString &ref = {});
    // The job of a stdin, stdin_close or cancel message when it runs here. Otherwise null, after an
    // error, or after passing `remoteControl` (JobStore::Control bits; 0 for stdin) to the replica
    // that runs it.
    Job *ownJob(const remote::Message &message, int remoteControl);
    void controlRemote(const remote::Message &message, int control);
    void onDisconnected();
    void onPingTimer();

    QWebSocket *m_socket;
    QString m_owner;
    QString m_token;
    JobService &m_jobs;
    const TokenStore &m_tokens;
    int m_idleTimeoutMs;
    QList<Stream> m_streams;
    QSet<QString> m_watched; // jobs whose signals are connected
    QList<QPointer<Job>> m_submitted;
    QList<QPointer<Job>> m_sessions; // submitted here as debug or shell sessions: cancelled when it closes
    QTimer m_pingTimer;
    QElapsedTimer m_sinceHeard; // the client's last message or pong
    bool m_pumping = false;
    QTimer m_remotePoll; // catches up on jobs of other replicas whose notification was lost
};

// Accepts WebSocket upgrades from the HTTP server and creates a connection per socket after checking
// the path, the connection limits and the token. Re-checks the tokens of open connections every
// kTokenRecheckMs, so that a token revoked by `code-remote-server token revoke` loses its connections.
class WebSocketApi : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTokenRecheckMs = 2000;

    WebSocketApi(QAbstractHttpServer &http, JobService &jobs, TokenStore &tokens, Metrics &metrics,
                 const ServerConfig &config, QObject *parent = nullptr);

    int connectionCount() const { return int(m_connections.size()); }
    // Closes every connection (shutdown).
    void closeAll();

private:
    void onNewConnection();
    void recheckTokens();

    QAbstractHttpServer &m_http;
    JobService &m_jobs;
    TokenStore &m_tokens;
    Metrics &m_metrics;
    int m_maxConnections;
    int m_maxConnectionsPerToken;
    int m_idleTimeoutMs;
    QSet<WebSocketConnection *> m_connections;
    QHash<QString, int> m_perOwner;
    QTimer m_recheck;
};

} // namespace server
