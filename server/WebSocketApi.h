#pragma once

#include "Job.h"
#include "Protocol.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QAbstractHttpServer;
class QWebSocket;

namespace server {

class JobService;
class Metrics;
class TokenStore;

// One client's WebSocket: authenticates once, then relays its jobs' status, output and results. A bad
// message is answered with an `error` and changes nothing else; it never closes other connections.
class WebSocketConnection : public QObject
{
    Q_OBJECT
public:
    WebSocketConnection(QWebSocket *socket, const QString &owner, JobService &jobs, QObject *parent);
    ~WebSocketConnection() override;

    void close(int code, const QString &reason);

Q_SIGNALS:
    void closed();

private:
    void onTextMessage(const QString &text);
    void onBinaryMessage(const QByteArray &data);
    void handle(const remote::Message &message);
    void submit(const remote::Message &message);
    void follow(Job *job, qint64 afterSeq);
    void sendFrame(const QByteArray &frame);
    void sendError(const remote::Error &error, const QString &jobId = {}, const QString &ref = {});
    Job *ownJob(const remote::Message &message);
    void onDisconnected();

    QWebSocket *m_socket;
    QString m_owner;
    JobService &m_jobs;
    QSet<QString> m_following; // jobs whose events this connection relays
    QList<QPointer<Job>> m_submitted;
};

// Accepts WebSocket upgrades from the HTTP server and creates a connection per socket after checking
// the path, the connection limit and the token.
class WebSocketApi : public QObject
{
    Q_OBJECT
public:
    WebSocketApi(QAbstractHttpServer &http, JobService &jobs, TokenStore &tokens, Metrics &metrics,
                 int maxConnections, QObject *parent = nullptr);

    int connectionCount() const { return int(m_connections.size()); }
    // Closes every connection (shutdown).
    void closeAll();

private:
    void onNewConnection();

    QAbstractHttpServer &m_http;
    JobService &m_jobs;
    TokenStore &m_tokens;
    Metrics &m_metrics;
    int m_maxConnections;
    QSet<WebSocketConnection *> m_connections;
};

} // namespace server
