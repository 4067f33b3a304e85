#include "GeminiClient.h"

#include <QHash>

#include "Resources.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>

namespace analysis {

namespace {

const QString kProvider = QStringLiteral("gemini");

QJsonObject enumString(const QStringList &values, const QString &description = QString())
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("STRING")},
                  {QStringLiteral("enum"), QJsonArray::fromStringList(values)}};
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return o;
}

QJsonObject responseSchema()
{
    const QStringList classes{QStringLiteral("O(1)"),   QStringLiteral("O(log n)"),
                              QStringLiteral("O(n)"),   QStringLiteral("O(n log n)"),
                              QStringLiteral("O(n^2)"), QStringLiteral("O(n^3)"),
                              QStringLiteral("O(2^n)"), QStringLiteral("other")};
    const QJsonObject str{{QStringLiteral("type"), QStringLiteral("STRING")}};
    const QJsonObject integer{{QStringLiteral("type"), QStringLiteral("INTEGER")}};
    const QJsonObject function{
        {QStringLiteral("type"), QStringLiteral("OBJECT")},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("name"), str},
                                                   {QStringLiteral("start_line"), integer},
                                                   {QStringLiteral("end_line"), integer},
                                                   {QStringLiteral("time"), str},
                                                   {QStringLiteral("space"), str}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("name"), QStringLiteral("time")}},
        {QStringLiteral("propertyOrdering"),
         QJsonArray{QStringLiteral("name"), QStringLiteral("start_line"), QStringLiteral("end_line"),
                    QStringLiteral("time"), QStringLiteral("space")}}};
    return {
        {QStringLiteral("type"), QStringLiteral("OBJECT")},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("time"), enumString(classes)},
             {QStringLiteral("space"), enumString(classes)},
             {QStringLiteral("time_expr"),
              QJsonObject{{QStringLiteral("type"), QStringLiteral("STRING")},
                          {QStringLiteral("description"),
                           QStringLiteral("exact Big-O if time is 'other', e.g. O(n*m)")}}},
             {QStringLiteral("space_expr"), QJsonObject{{QStringLiteral("type"), QStringLiteral("STRING")},
                                                        {QStringLiteral("description"),
                                                         QStringLiteral("exact Big-O if space is 'other'")}}},
             {QStringLiteral("explanation"), str},
             {QStringLiteral("confidence"), QJsonObject{{QStringLiteral("type"), QStringLiteral("NUMBER")}}},
             {QStringLiteral("functions"), QJsonObject{{QStringLiteral("type"), QStringLiteral("ARRAY")},
                                                       {QStringLiteral("items"), function}}},
         }},
        {QStringLiteral("required"),
         QJsonArray{QStringLiteral("time"), QStringLiteral("space"), QStringLiteral("explanation")}},
        // Without an explicit order the model emits keys alphabetically (gemini-api.md §2).
        {QStringLiteral("propertyOrdering"),
         QJsonArray{QStringLiteral("time"), QStringLiteral("space"), QStringLiteral("time_expr"),
                    QStringLiteral("space_expr"), QStringLiteral("explanation"), QStringLiteral("confidence"),
                    QStringLiteral("functions")}},
    };
}

// "17s", "45.837906927s" (a protobuf Duration) -> milliseconds; -1 when unreadable.
int durationMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]+)?)s\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    return int(std::ceil(m.captured(1).toDouble() * 1000));
}

QString chosen(const QJsonObject &o, const QString &key, const QString &exprKey)
{
    const QString value = o.value(key).toString();
    if (value == QLatin1String("other") && !o.value(exprKey).toString().isEmpty())
        return canonicalComplexity(o.value(exprKey).toString());
    return canonicalComplexity(value.isEmpty() ? QStringLiteral("O(1)") : value);
}

} // namespace

GeminiClient::GeminiClient(const GeminiSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_network(new QNetworkAccessManager(this))
    , m_retryTimer(new QTimer(this))
{
    qRegisterMetaType<analysis::GeminiErrorKind>();
    m_retryTimer->setSingleShot(true);
    // The server names the wait; a coarse timer may fire up to 5 % early, which it would refuse.
    m_retryTimer->setTimerType(Qt::PreciseTimer);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        m_retryPending = false;
        send();
    });
}

GeminiClient::~GeminiClient()
{
    cancel();
}

void GeminiClient::setSettings(const GeminiSettings &settings)
{
    m_settings = settings;
}

QString GeminiClient::redact(const QString &text) const
{
    QString out = text;
    if (!m_settings.apiKey.isEmpty())
        out.replace(m_settings.apiKey, QStringLiteral("***"));
    return out;
}

QString GeminiClient::promptText()
{
    return QString::fromUtf8(bundledResource(QStringLiteral("gemini_prompt.txt"))).trimmed();
}

QJsonObject GeminiClient::requestBody(const QString &code, const QString &language)
{
    const QString fence = language.isEmpty() ? QStringLiteral("python") : language;
    // The language named in words as well as on the fence: the input idioms (input(), Scanner, cin,
    // readFileSync) and library costs (sorted, Arrays.sort, std::map) differ per language.
    static const QHash<QString, QString> names{{QStringLiteral("python"), QStringLiteral("Python")},
                                               {QStringLiteral("java"), QStringLiteral("Java")},
                                               {QStringLiteral("cpp"), QStringLiteral("C++")},
                                               {QStringLiteral("javascript"), QStringLiteral("JavaScript")}};
    const QString user = QStringLiteral("The program is written in %1.\n```%2\n%3\n```")
                             .arg(names.value(fence, fence), fence, code);
    return {
        {QStringLiteral("systemInstruction"),
         QJsonObject{
             {QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), promptText()}}}}}},
        {QStringLiteral("contents"),
         QJsonArray{QJsonObject{
             {QStringLiteral("role"), QStringLiteral("user")},
             {QStringLiteral("parts"), QJsonArray{QJsonObject{{QStringLiteral("text"), user}}}}}}},
        {QStringLiteral("generationConfig"),
         QJsonObject{{QStringLiteral("temperature"), 0},
                     // Thinking models spend part of this on thoughts; too little ends in MAX_TOKENS.
                     {QStringLiteral("maxOutputTokens"), 8192},
                     {QStringLiteral("responseMimeType"), QStringLiteral("application/json")},
                     {QStringLiteral("responseSchema"), responseSchema()}}},
    };
}

AnalysisResult GeminiClient::parseResponse(const QByteArray &body, GeminiErrorKind *kind)
{
    auto failWith = [kind](GeminiErrorKind k, const QString &message) {
        if (kind)
            *kind = k;
        return AnalysisResult::failure(kProvider, message);
    };
    if (kind)
        *kind = GeminiErrorKind::None;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return failWith(GeminiErrorKind::BadResponse, tr("Gemini sent a response that is not JSON"));
    const QJsonObject root = doc.object();
    const QJsonArray candidates = root.value(QStringLiteral("candidates")).toArray();
    if (candidates.isEmpty()) {
        const QString reason = root.value(QStringLiteral("promptFeedback"))
                                   .toObject()
                                   .value(QStringLiteral("blockReason"))
                                   .toString();
        if (!reason.isEmpty())
            return failWith(GeminiErrorKind::Blocked, tr("Gemini blocked the request (%1)").arg(reason));
        return failWith(GeminiErrorKind::BadResponse, tr("Gemini returned no answer"));
    }
    const QJsonObject candidate = candidates.first().toObject();
    // All text parts, skipping thoughts; Gemini 3 may add empty parts that only carry a signature.
    QString text;
    const QJsonArray parts =
        candidate.value(QStringLiteral("content")).toObject().value(QStringLiteral("parts")).toArray();
    for (const QJsonValue &part : parts) {
        const QJsonObject p = part.toObject();
        if (p.value(QStringLiteral("thought")).toBool())
            continue;
        text += p.value(QStringLiteral("text")).toString();
    }
    const QString finish = candidate.value(QStringLiteral("finishReason")).toString();
    const QJsonDocument answer = QJsonDocument::fromJson(text.toUtf8());
    if (!answer.isObject()) {
        if (finish == QLatin1String("MAX_TOKENS"))
            return failWith(GeminiErrorKind::BadResponse, tr("Gemini's answer was cut off (MAX_TOKENS)"));
        if (!finish.isEmpty() && finish != QLatin1String("STOP"))
            return failWith(GeminiErrorKind::Blocked,
                            tr("Gemini stopped without an answer (%1)").arg(finish));
        return failWith(GeminiErrorKind::BadResponse, tr("Gemini's answer is not the requested JSON"));
    }
    const QJsonObject a = answer.object();
    if (!a.contains(QStringLiteral("time")))
        return failWith(GeminiErrorKind::BadResponse, tr("Gemini's answer has no time complexity"));
    AnalysisResult r;
    r.provider = kProvider;
    r.time = chosen(a, QStringLiteral("time"), QStringLiteral("time_expr"));
    r.space = chosen(a, QStringLiteral("space"), QStringLiteral("space_expr"));
    r.explanation = a.value(QStringLiteral("explanation")).toString();
    r.confidence = a.contains(QStringLiteral("confidence"))
                       ? std::clamp(a.value(QStringLiteral("confidence")).toDouble(), 0.0, 1.0)
                       : 0.7;
    const QJsonArray functions = a.value(QStringLiteral("functions")).toArray();
    for (const QJsonValue &v : functions) {
        FunctionComplexity f = FunctionComplexity::fromJson(v.toObject());
        f.time = canonicalComplexity(f.time);
        if (!f.space.isEmpty())
            f.space = canonicalComplexity(f.space);
        r.functions.append(f);
    }
    return r;
}

QUrl GeminiClient::endpoint(const QString &path) const
{
    QUrl url = m_settings.baseUrl;
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/v1beta/") + path);
    return url;
}

QNetworkReply *GeminiClient::post(const QString &path, const QByteArray &body)
{
    QNetworkRequest request(endpoint(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("x-goog-api-key", m_settings.apiKey.toUtf8());
    request.setTransferTimeout(m_settings.timeoutMs);
    return m_network->post(request, body);
}

QNetworkReply *GeminiClient::get(const QString &path)
{
    QUrl url = endpoint(path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("1000"));
    if (!m_pageToken.isEmpty())
        query.addQueryItem(QStringLiteral("pageToken"), m_pageToken);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("x-goog-api-key", m_settings.apiKey.toUtf8());
    request.setTransferTimeout(m_settings.timeoutMs);
    return m_network->get(request);
}

void GeminiClient::analyze(const QString &code, const QString &language)
{
    cancel();
    m_operation = Operation::Analyze;
    m_attempt = 0;
    if (m_settings.apiKey.isEmpty()) {
        QTimer::singleShot(0, this, [this] { fail(GeminiErrorKind::NoKey, tr("no Gemini API key is set")); });
        return;
    }
    m_body = QJsonDocument(requestBody(code, language)).toJson(QJsonDocument::Compact);
    send();
}

void GeminiClient::listModels()
{
    cancel();
    m_operation = Operation::ListModels;
    m_attempt = 0;
    m_models.clear();
    m_pageToken.clear();
    if (m_settings.apiKey.isEmpty()) {
        QTimer::singleShot(0, this, [this] { fail(GeminiErrorKind::NoKey, tr("no Gemini API key is set")); });
        return;
    }
    send();
}

void GeminiClient::validateModel()
{
    listModels();
    m_operation = Operation::Validate;
}

void GeminiClient::cancel()
{
    m_retryTimer->stop();
    m_retryPending = false;
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void GeminiClient::send()
{
    ++m_attempt;
    QNetworkReply *reply =
        m_operation == Operation::Analyze
            ? post(QStringLiteral("models/%1:generateContent").arg(m_settings.model), m_body)
            : get(QStringLiteral("models"));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

int GeminiClient::classify(int status, const QByteArray &body, const QByteArray &retryAfter,
                           GeminiErrorKind *kind, QString *message) const
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    // Streaming endpoints may wrap the error in an array: [{"error": {...}}].
    QJsonObject error = doc.isArray()
                            ? doc.array().first().toObject().value(QStringLiteral("error")).toObject()
                            : doc.object().value(QStringLiteral("error")).toObject();
    const QString serverMessage = error.value(QStringLiteral("message")).toString();
    const QString rpcStatus = error.value(QStringLiteral("status")).toString();
    QString reason;
    int retryDelay = -1;
    bool perDay = false;
    const QJsonArray details = error.value(QStringLiteral("details")).toArray();
    for (const QJsonValue &v : details) {
        const QJsonObject d = v.toObject();
        const QString type = d.value(QStringLiteral("@type")).toString();
        if (type.endsWith(QLatin1String("google.rpc.ErrorInfo")))
            reason = d.value(QStringLiteral("reason")).toString();
        else if (type.endsWith(QLatin1String("google.rpc.RetryInfo")))
            retryDelay = durationMs(d.value(QStringLiteral("retryDelay")).toString());
        else if (type.endsWith(QLatin1String("google.rpc.QuotaFailure"))) {
            const QJsonArray violations = d.value(QStringLiteral("violations")).toArray();
            for (const QJsonValue &q : violations) {
                if (q.toObject()
                        .value(QStringLiteral("quotaId"))
                        .toString()
                        .contains(QLatin1String("PerDay")))
                    perDay = true;
            }
        }
    }
    if (retryDelay < 0) {
        static const QRegularExpression inText(QStringLiteral("retry in ([0-9]+(?:\\.[0-9]+)?)s"),
                                               QRegularExpression::CaseInsensitiveOption);
        const auto m = inText.match(serverMessage);
        if (m.hasMatch())
            retryDelay = int(std::ceil(m.captured(1).toDouble() * 1000));
    }
    if (retryDelay < 0 && !retryAfter.isEmpty()) {
        bool ok = false;
        const int seconds = retryAfter.trimmed().toInt(&ok);
        if (ok)
            retryDelay = seconds * 1000;
    }
    const QString detail =
        serverMessage.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(serverMessage.left(300));

    if (status == 400 &&
        (reason == QLatin1String("API_KEY_INVALID") || serverMessage.contains(QLatin1String("API key")))) {
        *kind = GeminiErrorKind::InvalidKey;
        *message = tr("the Gemini API key is not valid; check it in the settings");
        return -1;
    }
    if (status == 400) {
        *kind = GeminiErrorKind::BadRequest;
        *message = rpcStatus == QLatin1String("FAILED_PRECONDITION")
                       ? tr("Gemini is not available for this key (enable billing or check the region)%1")
                             .arg(detail)
                       : tr("Gemini rejected the request%1").arg(detail);
        return -1;
    }
    if (status == 401 || status == 403) {
        *kind = GeminiErrorKind::PermissionDenied;
        *message = tr("the Gemini API key is not allowed to use this model or API%1").arg(detail);
        return -1;
    }
    if (status == 404) {
        *kind = GeminiErrorKind::ModelNotFound;
        *message =
            tr("the Gemini model \"%1\" does not exist or was retired; pick another model in the settings")
                .arg(m_settings.model);
        return -1;
    }
    if (status == 429) {
        *kind = GeminiErrorKind::QuotaExhausted;
        if (perDay) {
            *message = tr("the Gemini quota for today is used up; it resets at midnight Pacific time");
            return -1;
        }
        *message = tr("the Gemini quota is exhausted (rate limit)%1").arg(detail);
        return retryDelay >= 0 ? retryDelay : 0;
    }
    if (status >= 500) {
        *kind = GeminiErrorKind::ServerError;
        *message = tr("Gemini had a server error (HTTP %1)%2").arg(status).arg(detail);
        return retryDelay >= 0 ? retryDelay : 0;
    }
    *kind = GeminiErrorKind::BadResponse;
    *message = tr("Gemini answered with HTTP %1%2").arg(status).arg(detail);
    return -1;
}

void GeminiClient::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_reply != reply)
        return;
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    GeminiErrorKind kind = GeminiErrorKind::None;
    QString message;
    int delay = -1;
    if (status == 0) {
        // No HTTP answer at all: network down, DNS, refused connection, TLS, or our transfer timeout.
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        kind = timedOut ? GeminiErrorKind::Timeout : GeminiErrorKind::Network;
        message = timedOut ? tr("Gemini did not answer within %1 s").arg(m_settings.timeoutMs / 1000.0)
                           : tr("cannot reach Gemini: %1").arg(reply->errorString());
        delay = 0;
    } else if (status >= 200 && status < 300) {
        if (m_operation == Operation::Analyze)
            onAnalyzeReply(status, body);
        else
            onModelsReply(status, body);
        return;
    } else {
        delay = classify(status, body, reply->rawHeader("Retry-After"), &kind, &message);
    }

    if (delay >= 0 && m_attempt < m_settings.maxAttempts) {
        if (delay == 0) {
            // No wait named: exponential backoff with jitter.
            const int base = m_settings.backoffMs << std::min(m_attempt - 1, 6);
            delay = base + int(QRandomGenerator::global()->bounded(base / 4 + 1));
        }
        if (delay <= m_settings.maxRetryDelayMs) {
            m_retryPending = true;
            Q_EMIT retrying(m_attempt, delay, redact(message));
            m_retryTimer->start(delay);
            return;
        }
        message += tr("; Gemini asks to wait %1 s before retrying").arg(delay / 1000.0, 0, 'f', 1);
    }
    fail(kind, message);
}

void GeminiClient::onAnalyzeReply(int, const QByteArray &body)
{
    GeminiErrorKind kind = GeminiErrorKind::None;
    AnalysisResult result = parseResponse(body, &kind);
    result.error = redact(result.error);
    Q_EMIT finished(result, kind);
}

void GeminiClient::onModelsReply(int, const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (!root.contains(QStringLiteral("models"))) {
        fail(GeminiErrorKind::BadResponse, tr("Gemini's model list could not be read"));
        return;
    }
    const QJsonArray models = root.value(QStringLiteral("models")).toArray();
    for (const QJsonValue &v : models) {
        const QJsonObject m = v.toObject();
        const QJsonArray methods = m.value(QStringLiteral("supportedGenerationMethods")).toArray();
        if (!methods.contains(QStringLiteral("generateContent")))
            continue;
        QString name = m.value(QStringLiteral("name")).toString();
        if (name.startsWith(QLatin1String("models/")))
            name.remove(0, 7);
        m_models.append(name);
    }
    m_pageToken = root.value(QStringLiteral("nextPageToken")).toString();
    if (!m_pageToken.isEmpty() && m_models.size() < 5000) {
        m_attempt = 0;
        send();
        return;
    }
    if (m_operation == Operation::Validate) {
        const bool ok = m_models.contains(m_settings.model);
        Q_EMIT modelValidated(
            ok, ok ? tr("%1 is available").arg(m_settings.model)
                   : tr("the model \"%1\" is not offered for generateContent; available: %2")
                         .arg(m_settings.model, m_models.mid(0, 12).join(QStringLiteral(", "))));
    } else {
        Q_EMIT modelsListed(m_models, QString());
    }
}

void GeminiClient::fail(GeminiErrorKind kind, const QString &message)
{
    const QString safe = redact(message);
    switch (m_operation) {
    case Operation::Analyze:
        Q_EMIT finished(AnalysisResult::failure(kProvider, safe), kind);
        break;
    case Operation::ListModels:
        Q_EMIT modelsListed({}, safe);
        break;
    case Operation::Validate:
        Q_EMIT modelValidated(false, safe);
        break;
    }
}

} // namespace analysis
