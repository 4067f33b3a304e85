#pragma once

#include "AnalysisResult.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace analysis {

struct GeminiSettings
{
    QString apiKey;
    // A version-free alias, so a model retirement does not break the default (see gemini-api.md §7).
    QString model = QStringLiteral("gemini-flash-latest");
    // Configurable so that tests (and proxies) can point the client elsewhere.
    QUrl baseUrl = QUrl(QStringLiteral("https://generativelanguage.googleapis.com"));
    int timeoutMs = 30'000;
    int maxAttempts = 3;
    // An interactive editor does not wait longer than this for a retry; a longer requested wait fails.
    int maxRetryDelayMs = 20'000;
    // First wait of the exponential backoff when the server names no delay.
    int backoffMs = 1'000;
};

enum class GeminiErrorKind {
    None,
    NoKey,
    InvalidKey,       // 400 API_KEY_INVALID
    PermissionDenied, // 403
    ModelNotFound,    // 404: retired or misspelt model
    QuotaExhausted,   // 429 RESOURCE_EXHAUSTED
    ServerError,      // 500, 503, 504
    BadRequest,       // other 400s
    Network,          // no connection, DNS, TLS
    Timeout,
    Blocked,     // the prompt was blocked (HTTP 200 without candidates)
    BadResponse, // an answer we cannot read
};

// Gemini's generateContent REST API (v1beta) with a JSON response schema.
//
//   auto *gemini = new analysis::GeminiClient(settings, parent);
//   connect(gemini, &analysis::GeminiClient::finished, ctx, [](const analysis::AnalysisResult &r,
//   analysis::GeminiErrorKind e) {...}); gemini->analyze(code, "python"); gemini->validateModel();   // ->
//   modelValidated(ok, message): GET v1beta/models, generateContent supported?
//
// Every request carries the key in the x-goog-api-key header, never in the URL; no message, error or
// log line this class produces contains the key. 429/500/503/504 and network failures are retried,
// honouring RetryInfo.retryDelay in the error body, then "retry in Ns" in its message, then a
// Retry-After header, else exponential backoff. Everything is asynchronous.
class GeminiClient : public QObject
{
    Q_OBJECT
public:
    explicit GeminiClient(const GeminiSettings &settings = GeminiSettings(), QObject *parent = nullptr);
    ~GeminiClient() override;

    void setSettings(const GeminiSettings &settings);
    const GeminiSettings &settings() const { return m_settings; }

    void analyze(const QString &code, const QString &language = QStringLiteral("python"));
    void listModels();
    void validateModel();
    void cancel();
    bool isBusy() const { return !m_reply.isNull() || m_retryPending; }

    // The text with every occurrence of the key replaced by "***".
    QString redact(const QString &text) const;
    // The system instruction sent with every request (:/analysis/gemini_prompt.txt).
    static QString promptText();
    // The generateContent request body for a program (exposed for tests and documentation).
    static QJsonObject requestBody(const QString &code, const QString &language);
    // A generateContent response body turned into a result; sets *kind on failure.
    static AnalysisResult parseResponse(const QByteArray &body, GeminiErrorKind *kind);

Q_SIGNALS:
    // The analysis, or an error result (result.error, already redacted) with its kind.
    void finished(const analysis::AnalysisResult &result, analysis::GeminiErrorKind error);
    void retrying(int attempt, int delayMs, const QString &reason);
    void modelsListed(const QStringList &models, const QString &error);
    void modelValidated(bool ok, const QString &message);

private:
    enum class Operation { Analyze, ListModels, Validate };

    void send();
    void onFinished(QNetworkReply *reply);
    void onAnalyzeReply(int status, const QByteArray &body);
    void onModelsReply(int status, const QByteArray &body);
    void fail(GeminiErrorKind kind, const QString &message);
    // Classifies an HTTP error; returns the delay in ms to retry after, or -1 when not retryable.
    int classify(int status, const QByteArray &body, const QByteArray &retryAfter, GeminiErrorKind *kind,
                 QString *message) const;
    QNetworkReply *post(const QString &path, const QByteArray &body);
    QNetworkReply *get(const QString &path);
    QUrl endpoint(const QString &path) const;

    GeminiSettings m_settings;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    bool m_retryPending = false;
    Operation m_operation = Operation::Analyze;
    QByteArray m_body;
    int m_attempt = 0;
    QStringList m_models;
    QString m_pageToken;
};

} // namespace analysis

Q_DECLARE_METATYPE(analysis::GeminiErrorKind)
