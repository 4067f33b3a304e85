#pragma once

#include <remote/Protocol.h>

#include <QAbstractHttpServer>
#include <QHttpServerResponder>

#include <optional>

namespace server {

class AnalysisBackend;
class JobService;
class Metrics;
class RateLimiter;
class TokenStore;

// The REST API of docs/protocol.md and the architecture. Routing is done here rather than with
// QHttpServer::route() because /execute?wait=true answers after the job finished: the responder must
// outlive the handler, and every unknown path or method must still get a JSON error.
class HttpApi : public QAbstractHttpServer
{
    Q_OBJECT
public:
    HttpApi(JobService &jobs, TokenStore &tokens, AnalysisBackend &analysis, RateLimiter &rateLimiter,
            Metrics &metrics, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Responder = QHttpServerResponder;
    void respond(Responder &responder, int status, const QByteArray &body,
                 const QByteArray &contentType = "application/json", int retryAfterSeconds = 0);
    void respondJson(Responder &responder, int status, const QJsonObject &object);
    void respondError(Responder &responder, const remote::Error &error);
    // The owner for a valid `Authorization: Bearer` token; otherwise answers 401 and returns nothing.
    std::optional<QString> authenticate(const QHttpServerRequest &request, Responder &responder);

    void execute(const QHttpServerRequest &request, Responder &&responder, QTcpSocket *socket, const QString &owner);
    void jobStatus(Responder &responder, const QString &owner, const QString &id);
    void analyze(const QHttpServerRequest &request, Responder &&responder, QTcpSocket *socket, const QString &owner);
    void rejectAnalysis(Responder &responder, const remote::Error &error);

    JobService &m_jobs;
    TokenStore &m_tokens;
    AnalysisBackend &m_analysis;
    RateLimiter &m_rateLimiter;
    Metrics &m_metrics;
};

} // namespace server
