#include "HttpApi.h"

#include "AnalysisBackend.h"
#include "JobService.h"
#include <runner/Language.h>
#include "Metrics.h"
#include "RateLimiter.h"
#include "TokenStore.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

#include <memory>

namespace server {

namespace {
using Method = QHttpServerRequest::Method;

remote::Error methodNotAllowed(const QHttpServerRequest &request)
{
    return {remote::ErrorCode::MethodNotAllowed,
            QStringLiteral("%1 does not accept this method").arg(request.url().path()), 0};
}

// Header names are case-insensitive; Qt 6.4's QHttpServerRequest::value() is not.
QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

HttpApi::HttpApi(JobService &jobs, TokenStore &tokens, AnalysisBackend &analysis, RateLimiter &rateLimiter,
                 Metrics &metrics, QObject *parent)
    : QAbstractHttpServer(parent), m_jobs(jobs), m_tokens(tokens), m_analysis(analysis), m_rateLimiter(rateLimiter),
      m_metrics(metrics)
{
}

void HttpApi::respond(Responder &responder, int status, const QByteArray &body, const QByteArray &contentType,
                      int retryAfterSeconds)
{
    m_metrics.httpRequest(status);
    QTcpSocket *socket = responder.socket();
    if (!socket || !socket->isOpen())
        return;
    responder.writeStatusLine(static_cast<Responder::StatusCode>(status));
    responder.writeHeader("Content-Type", contentType);
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    if (retryAfterSeconds > 0)
        responder.writeHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    if (status == 401)
        responder.writeHeader("WWW-Authenticate", "Bearer");
    responder.writeBody(body);
}

void HttpApi::respondJson(Responder &responder, int status, const QJsonObject &object)
{
    respond(responder, status, compact(object));
}

void HttpApi::respondError(Responder &responder, const remote::Error &error)
{
    respond(responder, remote::httpStatusFor(error.code), remote::restErrorBody(error), "application/json",
            error.retryAfterSeconds);
}

std::optional<QString> HttpApi::authenticate(const QHttpServerRequest &request, Responder &responder)
{
    const QString token = TokenStore::bearerToken(header(request, "Authorization"));
    if (token.isEmpty()) {
        respondError(responder, {remote::ErrorCode::Unauthorized,
                                 QStringLiteral("missing \"Authorization: Bearer <token>\" header"), 0});
        return std::nullopt;
    }
    bool unreachable = false;
    const auto owner = m_tokens.verify(token, &unreachable);
    if (unreachable) {
        // A database restarting (or cut off) must not look like a revoked token to the client.
        respondError(responder, {remote::ErrorCode::Unavailable, QStringLiteral("the job store cannot be reached; retry shortly"), 5});
        return std::nullopt;
    }
    if (!owner) {
        respondError(responder, {remote::ErrorCode::Unauthorized, QStringLiteral("unknown or revoked token"), 0});
        return std::nullopt;
    }
    return owner;
}

bool HttpApi::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const Method method = request.method();
    if (path == QLatin1String("/ws") && header(request, "Upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return true; // Qt 6.4 asks before upgrading: writing nothing lets the handshake go ahead
    Responder responder = makeResponder(request, socket);

    if (path == QLatin1String("/health")) {
        if (method != Method::Get)
            respondError(responder, methodNotAllowed(request));
        else
            respondJson(responder, 200, {{QStringLiteral("status"), QStringLiteral("ok")},
                                         {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                                         {QStringLiteral("protocol"), remote::kProtocolVersion},
                                         {QStringLiteral("accepting"), m_jobs.isAccepting()},
                                         {QStringLiteral("languages"), QJsonArray::fromStringList(m_jobs.languages().ids())}});
        return true;
    }
    if (path == QLatin1String("/metrics")) {
        if (method != Method::Get)
            respondError(responder, methodNotAllowed(request));
        else
            respond(responder, 200, m_metrics.render(), "text/plain; version=0.0.4; charset=utf-8");
        return true;
    }
    if (path == QLatin1String("/ws")) {
        respondError(responder, {remote::ErrorCode::BadMessage,
                                 QStringLiteral("/ws is a WebSocket endpoint; send an Upgrade request"), 0});
        return true;
    }

    const bool known = path == QLatin1String("/execute") || path.startsWith(QLatin1String("/execute/jobs/"))
                       || path == QLatin1String("/analyze") || path == QLatin1String("/analyze/status")
                       || path == QLatin1String("/languages");
    if (!known)
        return false; // missingHandler answers 404

    const auto owner = authenticate(request, responder);
    if (!owner)
        return true;

    if (path == QLatin1String("/execute")) {
        if (method != Method::Post) {
            respondError(responder, methodNotAllowed(request));
            return true;
        }
        execute(request, std::move(responder), socket, *owner);
        return true;
    }
    if (path.startsWith(QLatin1String("/execute/jobs/"))) {
        if (method != Method::Get)
            respondError(responder, methodNotAllowed(request));
        else
            jobStatus(responder, *owner, path.mid(int(qstrlen("/execute/jobs/"))));
        return true;
    }
    if (path == QLatin1String("/languages")) {
        if (method != Method::Get)
            respondError(responder, methodNotAllowed(request));
        else
            respondJson(responder, 200, {{QStringLiteral("languages"), m_jobs.languagesJson()},
                                         {QStringLiteral("profiles"), QJsonArray::fromStringList(m_jobs.profiles())}});
        return true;
    }
    if (path == QLatin1String("/analyze/status")) {
        if (method != Method::Get)
            respondError(responder, methodNotAllowed(request));
        else
            respondJson(responder, 200, m_analysis.status());
        return true;
    }
    if (method != Method::Post) {
        respondError(responder, methodNotAllowed(request));
        return true;
    }
    analyze(request, std::move(responder), socket, *owner);
    return true;
}

void HttpApi::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Responder responder = makeResponder(request, socket);
    respondError(responder, {remote::ErrorCode::NotFound, QStringLiteral("no endpoint %1").arg(request.url().path()), 0});
}

void HttpApi::execute(const QHttpServerRequest &request, Responder &&responder, QTcpSocket *socket,
                      const QString &owner)
{
    const remote::Decoded decoded = remote::decodeExecuteBody(request.body());
    if (!decoded.ok()) {
        respondError(responder, decoded.error);
        return;
    }
    const JobService::Submitted submitted = m_jobs.submit(owner, decoded.message->submission);
    if (submitted.error) {
        respondError(responder, *submitted.error);
        return;
    }
    Job *job = submitted.job;
    const QString wait = request.query().queryItemValue(QStringLiteral("wait"));
    if (wait != QLatin1String("true") && wait != QLatin1String("1")) {
        respondJson(responder, 202, {{QStringLiteral("job_id"), job->id()}, {QStringLiteral("status"), QStringLiteral("queued")}});
        return;
    }
    // Answered when the job finishes. The socket is the connection's context: if the client goes away
    // the socket is deleted, the connection with it, and the job still runs to its stored result.
    auto held = std::make_shared<Responder>(std::move(responder));
    const QString id = job->id();
    connect(job, &Job::finished, socket, [this, held, id](const runner::RunResult &result) {
        QJsonObject body = result.toJson();
        body.insert(QStringLiteral("job_id"), id);
        respondJson(*held, 200, body);
    });
}

void HttpApi::jobStatus(Responder &responder, const QString &owner, const QString &id)
{
    if (Job *job = m_jobs.liveJob(owner, id); job && job->state() != remote::JobState::Finished) {
        respondJson(responder, 200, {{QStringLiteral("job_id"), id},
                                     {QStringLiteral("status"), remote::jobStateName(job->state())},
                                     {QStringLiteral("language"), job->request().language}});
        return;
    }
    const auto stored = m_jobs.storedJob(owner, id);
    if (!stored) {
        respondError(responder, {remote::ErrorCode::NotFound, QStringLiteral("no job %1").arg(id.left(64)), 0});
        return;
    }
    respondJson(responder, 200, stored->toJson());
}

void HttpApi::rejectAnalysis(Responder &responder, const remote::Error &error)
{
    m_metrics.analysisRejected(remote::errorCodeName(error.code));
    respondError(responder, error);
}

// Admission in the same order and with the same answers as /execute: the body, the language, the
// token's rate; the backend then checks the token's concurrency and its own queue.
void HttpApi::analyze(const QHttpServerRequest &request, Responder &&responder, QTcpSocket *socket,
                      const QString &owner)
{
    const remote::Decoded decoded = remote::decodeAnalyzeBody(request.body());
    if (!decoded.ok()) {
        rejectAnalysis(responder, decoded.error);
        return;
    }
    const remote::Submission &submission = decoded.message->submission;
    if (!runner::LanguageRegistry::builtin().find(submission.language)) {
        rejectAnalysis(responder, {remote::ErrorCode::UnknownLanguage,
                                   QStringLiteral("unknown language \"%1\"; this server analyzes: %2")
                                       .arg(submission.language.left(32),
                                            runner::LanguageRegistry::builtin().ids().join(QStringLiteral(", "))),
                                   0});
        return;
    }
    if (!m_jobs.isAccepting()) {
        rejectAnalysis(responder, {remote::ErrorCode::ShuttingDown, QStringLiteral("the server is shutting down"), 5});
        return;
    }
    if (!m_analysis.isAvailable()) {
        rejectAnalysis(responder,
                       {remote::ErrorCode::Unavailable,
                        m_analysis.status().value(QStringLiteral("reason")).toString(QStringLiteral("no analysis provider")),
                        0});
        return;
    }
    if (const int wait = m_rateLimiter.acquire(owner); wait > 0) {
        rejectAnalysis(responder, {remote::ErrorCode::RateLimited,
                                   QStringLiteral("too many submissions for this token; retry in %1 s").arg(wait), wait});
        return;
    }
    auto held = std::make_shared<Responder>(std::move(responder));
    m_analysis.analyze({owner, submission.code, submission.language}, socket,
                       [this, held](const AnalysisBackend::Outcome &outcome) {
                           if (outcome.error) {
                               rejectAnalysis(*held, *outcome.error);
                               return;
                           }
                           // A failed analysis (a syntax error, a timeout) is a result like a failed
                           // run: 200 with "status": "error" and the reason in "error".
                           m_metrics.analysisFinished(
                               outcome.result.value(QStringLiteral("status")).toString() == QLatin1String("ok")
                                   ? outcome.result.value(QStringLiteral("provider")).toString()
                                   : QStringLiteral("error"));
                           respondJson(*held, 200, outcome.result);
                       });
}

} // namespace server
