#include "FakeGeminiServer.h"
#include <analysis/GeminiClient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace analysis;

namespace {

const QString kKey = QStringLiteral("AIzaTestKey-SECRET-1234567890");
const QByteArray kAnswer =
    "{\"time\":\"O(n log n)\",\"space\":\"O(n)\",\"explanation\":\"sorted() dominates\",\"confidence\":0.9,\n"
    "\"functions\":[{\"name\":\"main\",\"start_line\":1,\"end_line\":4,\"time\":\"O(n log "
    "n)\",\"space\":\"O(n)\"}]}";

GeminiSettings settingsFor(const FakeGeminiServer &server)
{
    GeminiSettings s;
    s.apiKey = kKey;
    s.baseUrl = QUrl(server.baseUrl());
    s.timeoutMs = 3000;
    s.backoffMs = 20;
    s.maxRetryDelayMs = 2000;
    return s;
}

struct Outcome
{
    AnalysisResult result;
    GeminiErrorKind kind = GeminiErrorKind::None;
};

Outcome analyze(GeminiClient &client, int timeoutMs = 10000,
                const QString &code = QStringLiteral("n = int(input())\nprint(sorted(range(n)))\n"),
                const QString &language = QStringLiteral("python"))
{
    QSignalSpy spy(&client, &GeminiClient::finished);
    client.analyze(code, language);
    if (!spy.wait(timeoutMs))
        return {AnalysisResult::failure(QStringLiteral("gemini"), QStringLiteral("no answer")),
                GeminiErrorKind::None};
    return {spy.first().at(0).value<AnalysisResult>(), spy.first().at(1).value<GeminiErrorKind>()};
}

// The text of the request's user turn: the program in its code fence, after the language's name.
QString userTextOf(const QJsonObject &body)
{
    return body.value(QStringLiteral("contents"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("parts"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("text"))
        .toString();
}

void verifyNoKey(const QString &text)
{
    QVERIFY2(!text.contains(kKey), qPrintable(QStringLiteral("key leaked: ") + text));
    QVERIFY2(!text.contains(QLatin1String("SECRET")), qPrintable(QStringLiteral("key leaked: ") + text));
}

const QByteArray kRetryDetails =
    "[{\"@type\": \"type.googleapis.com/google.rpc.QuotaFailure\",\n"
    " \"violations\": [{\"quotaMetric\": "
    "\"generativelanguage.googleapis.com/generate_content_free_tier_requests\",\n"
    " \"quotaId\": \"GenerateRequestsPerMinutePerProjectPerModel-FreeTier\",\n"
    " \"quotaDimensions\": {\"location\": \"global\", \"model\": \"gemini-2.0-flash\"}}]},\n"
    " {\"@type\": \"type.googleapis.com/google.rpc.RetryInfo\", \"retryDelay\": \"0.3s\"}]";

} // namespace

class TestGeminiClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<analysis::AnalysisResult>();
        qRegisterMetaType<analysis::GeminiErrorKind>();
    }

    void sendsTheDocumentedRequestAndReadsTheAnswer()
    {
        FakeGeminiServer server;
        server.enqueue({200, FakeGeminiServer::success(kAnswer), {}, 0});
        GeminiClient client(settingsFor(server));
        const Outcome o = analyze(client);
        QVERIFY2(o.result.ok(), qPrintable(o.result.error));
        QCOMPARE(o.result.provider, QStringLiteral("gemini"));
        QCOMPARE(o.result.time, QStringLiteral("O(n log n)"));
        QCOMPARE(o.result.space, QStringLiteral("O(n)"));
        QCOMPARE(o.result.explanation, QStringLiteral("sorted() dominates"));
        QCOMPARE(o.result.functions.size(), 1);
        QCOMPARE(o.result.functions.first().endLine, 4);

        QCOMPARE(server.requests.size(), 1);
        const FakeGeminiServer::Request &r = server.requests.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/v1beta/models/gemini-flash-latest:generateContent"));
        QCOMPARE(r.headers.value("x-goog-api-key"), kKey.toUtf8());
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        QVERIFY2(!r.path.contains("key="), "the key must not travel in the URL");
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        const QJsonObject config = body.value(QStringLiteral("generationConfig")).toObject();
        QCOMPARE(config.value(QStringLiteral("responseMimeType")).toString(),
                 QStringLiteral("application/json"));
        QCOMPARE(config.value(QStringLiteral("responseSchema"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("OBJECT"));
        QVERIFY(body.value(QStringLiteral("systemInstruction"))
                    .toObject()
                    .value(QStringLiteral("parts"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QLatin1String("worst-case")));
        const QString userText = userTextOf(body);
        QVERIFY(userText.contains(QLatin1String("sorted(range(n))")));
        QVERIFY(userText.startsWith(QLatin1String("The program is written in Python.")));
    }

    void namesTheLanguageInThePrompt()
    {
        FakeGeminiServer server;
        server.enqueue({200, FakeGeminiServer::success(kAnswer), {}, 0});
        GeminiClient client(settingsFor(server));
        const Outcome o = analyze(client, 10000, QStringLiteral("class A { }"), QStringLiteral("java"));
        QVERIFY2(o.result.ok(), qPrintable(o.result.error));
        QCOMPARE(server.requests.size(), 1);
        const QString userText = userTextOf(QJsonDocument::fromJson(server.requests.first().body).object());
        QVERIFY2(userText.startsWith(QLatin1String("The program is written in Java.\n```java\nclass A { }")),
                 qPrintable(userText));
    }

    void skipsThoughtPartsAndMapsOther()
    {
        const QByteArray body =
            "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"thinking...\",\"thought\":true},\n"
            "            "
            "{\"text\":\"{\\\"time\\\":\\\"other\\\",\\\"time_expr\\\":\\\"O(n*m)\\\",\\\"space\\\":\\\"O(1)"
            "\\\",\\\"explanation\\\":\\\"grid\\\"}\"},\n"
            "            "
            "{\"text\":\"\",\"thoughtSignature\":\"ErUBCrIB\"}],\"role\":\"model\"},\"finishReason\":"
            "\"STOP\",\"index\":0}]}";
        GeminiErrorKind kind;
        const AnalysisResult r = GeminiClient::parseResponse(body, &kind);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.time, QStringLiteral("O(n*m)"));
    }

    void reportsABadKeyWithoutRetrying()
    {
        FakeGeminiServer server;
        const QByteArray details =
            "[{\"@type\": \"type.googleapis.com/google.rpc.ErrorInfo\", \"reason\": \"API_KEY_INVALID\",\n"
            "            \"domain\": \"googleapis.com\", \"metadata\": {\"service\": "
            "\"generativelanguage.googleapis.com\"}}]";
        server.enqueue({400,
                        FakeGeminiServer::error(400, "INVALID_ARGUMENT",
                                                "API key not valid. Please pass a valid API key.", details),
                        {},
                        0});
        GeminiClient client(settingsFor(server));
        const Outcome o = analyze(client);
        QVERIFY(!o.result.ok());
        QCOMPARE(o.kind, GeminiErrorKind::InvalidKey);
        QVERIFY(o.result.error.contains(QLatin1String("key")));
        verifyNoKey(o.result.error);
        QCOMPARE(server.requests.size(), 1);
    }

    void reportsPermissionDenied()
    {
        FakeGeminiServer server;
        server.enqueue(
            {403,
             FakeGeminiServer::error(403, "PERMISSION_DENIED", "The caller does not have permission"),
             {},
             0});
        GeminiClient client(settingsFor(server));
        const Outcome o = analyze(client);
        QCOMPARE(o.kind, GeminiErrorKind::PermissionDenied);
        verifyNoKey(o.result.error);
    }

    void reportsARetiredModel()
    {
        FakeGeminiServer server;
        server.enqueue({404,
                        FakeGeminiServer::error(404, "NOT_FOUND",
                                                "models/gemini-1.0-pro is not found for API version v1beta, "
                                                "or is not supported for generateContent."),
                        {},
                        0});
        GeminiSettings s = settingsFor(server);
        s.model = QStringLiteral("gemini-1.0-pro");
        GeminiClient client(s);
        const Outcome o = analyze(client);
        QCOMPARE(o.kind, GeminiErrorKind::ModelNotFound);
        QVERIFY(o.result.error.contains(QLatin1String("gemini-1.0-pro")));
        QVERIFY(o.result.error.contains(QLatin1String("retired")));
        QCOMPARE(server.requests.size(), 1);
    }

    void honoursRetryInfoDelayThenSucceeds()
    {
        FakeGeminiServer server;
        server.enqueue({429,
                        FakeGeminiServer::error(429, "RESOURCE_EXHAUSTED", "You exceeded your current quota.",
                                                kRetryDetails),
                        {},
                        0});
        server.enqueue({200, FakeGeminiServer::success(kAnswer), {}, 0});
        GeminiClient client(settingsFor(server));
        QSignalSpy retries(&client, &GeminiClient::retrying);
        const Outcome o = analyze(client);
        QVERIFY2(o.result.ok(), qPrintable(o.result.error));
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries.first().at(1).toInt(), 300);
        const qint64 waited = server.requests[1].receivedAtMs - server.requests[0].receivedAtMs;
        QVERIFY2(waited >= 290, qPrintable(QString::number(waited)));
        verifyNoKey(retries.first().at(2).toString());
    }

    void readsTheDelayFromTheMessageWhenRetryInfoIsMissing()
    {
        FakeGeminiServer server;
        server.enqueue(
            {429,
             FakeGeminiServer::error(429, "RESOURCE_EXHAUSTED", "Quota exceeded. Please retry in 0.25s."),
             {},
             0});
        server.enqueue({200, FakeGeminiServer::success(kAnswer), {}, 0});
        GeminiClient client(settingsFor(server));
        QSignalSpy retries(&client, &GeminiClient::retrying);
        QVERIFY(analyze(client).result.ok());
        QCOMPARE(retries.first().at(1).toInt(), 250);
    }

    void honoursRetryAfterHeader()
    {
        FakeGeminiServer server;
        server.enqueue(
            {503,
             FakeGeminiServer::error(503, "UNAVAILABLE", "The model is overloaded. Please try again later."),
             {{"Retry-After", "1"}},
             0});
        server.enqueue({200, FakeGeminiServer::success(kAnswer), {}, 0});
        GeminiClient client(settingsFor(server));
        QSignalSpy retries(&client, &GeminiClient::retrying);
        QVERIFY(analyze(client).result.ok());
        QCOMPARE(retries.first().at(1).toInt(), 1000);
    }

    void failsAQuotaWaitLongerThanTheCap()
    {
        FakeGeminiServer server;
        const QByteArray details =
            "[{\"@type\": \"type.googleapis.com/google.rpc.RetryInfo\", \"retryDelay\": \"47s\"}]";
        server.enqueue(
            {429,
             FakeGeminiServer::error(429, "RESOURCE_EXHAUSTED", "You exceeded your current quota.", details),
             {},
             0});
        GeminiClient client(settingsFor(server));
        const Outcome o = analyze(client);
        QCOMPARE(o.kind, GeminiErrorKind::QuotaExhausted);
        QVERIFY(o.result.error.contains(QLatin1String("47")));
        QCOMPARE(server.requests.size(), 1);
    }

    void doesNotRetryADailyQuota()
    {
        FakeGeminiServer server;
        const QByteArray details =
            "[{\"@type\": \"type.googleapis.com/google.rpc.QuotaFailure\", \"violations\": [\n"
            "            {\"quotaMetric\": \"m\", \"quotaId\": "
            "\"GenerateRequestsPerDayPerProjectPerModel-FreeTier\"}]},\n"
            "            {\"@type\": \"type.googleapis.com/google.rpc.RetryInfo\", \"retryDelay\": \"1s\"}]";
        server.enqueue(
            {429,
             FakeGeminiServer::error(429, "RESOURCE_EXHAUSTED", "You exceeded your current quota.", details),
             {},
             0});
        GeminiClient client(settingsFor(server));
        const Outcome o = analyze(client);
        QCOMPARE(o.kind, GeminiErrorKind::QuotaExhausted);
        QVERIFY(o.result.error.contains(QLatin1String("today")));
        QCOMPARE(server.requests.size(), 1);
    }

    void retriesServerErrorsWithBackoffThenGivesUp()
    {
        FakeGeminiServer server;
        for (int i = 0; i < 3; ++i)
            server.enqueue(
                {500, FakeGeminiServer::error(500, "INTERNAL", "An internal error has occurred."), {}, 0});
        GeminiClient client(settingsFor(server));
        const Outcome o = analyze(client);
        QCOMPARE(o.kind, GeminiErrorKind::ServerError);
        QCOMPARE(server.requests.size(), 3);
        QVERIFY(o.result.error.contains(QLatin1String("500")));
    }

    void recoversFromAn503()
    {
        FakeGeminiServer server;
        server.enqueue(
            {503,
             FakeGeminiServer::error(503, "UNAVAILABLE", "The model is overloaded. Please try again later."),
             {},
             0});
        server.enqueue({200, FakeGeminiServer::success(kAnswer), {}, 0});
        GeminiClient client(settingsFor(server));
        QVERIFY(analyze(client).result.ok());
        QCOMPARE(server.requests.size(), 2);
    }

    void rejectsAMalformedBody()
    {
        FakeGeminiServer server;
        server.enqueue({200,
                        "{\"candidates\": [{\"content\": {\"parts\": [{\"text\": \"not json at all\"}]}, "
                        "\"finishReason\": \"STOP\"}]}",
                        {},
                        0});
        GeminiClient client(settingsFor(server));
        const Outcome o = analyze(client);
        QCOMPARE(o.kind, GeminiErrorKind::BadResponse);
        server.enqueue({200, "<html>oops", {}, 0});
        QCOMPARE(analyze(client).kind, GeminiErrorKind::BadResponse);
    }

    void reportsABlockedPrompt()
    {
        FakeGeminiServer server;
        server.enqueue(
            {200,
             "{\"promptFeedback\": {\"blockReason\": \"PROHIBITED_CONTENT\", \"safetyRatings\": []},\n"
             "            \"usageMetadata\": {\"promptTokenCount\": 638, \"totalTokenCount\": 638}}",
             {},
             0});
        GeminiClient client(settingsFor(server));
        const Outcome o = analyze(client);
        QCOMPARE(o.kind, GeminiErrorKind::Blocked);
        QVERIFY(o.result.error.contains(QLatin1String("PROHIBITED_CONTENT")));
    }

    void reportsNoNetwork()
    {
        quint16 port;
        {
            FakeGeminiServer closed;
            port = closed.serverPort();
        } // nothing listens there any more
        GeminiSettings s;
        s.apiKey = kKey;
        s.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        s.backoffMs = 10;
        GeminiClient client(s);
        const Outcome o = analyze(client);
        QCOMPARE(o.kind, GeminiErrorKind::Network);
        verifyNoKey(o.result.error);
    }

    void timesOut()
    {
        FakeGeminiServer server;
        for (int i = 0; i < 3; ++i)
            server.enqueue({200, FakeGeminiServer::success(kAnswer), {}, 3000});
        GeminiSettings s = settingsFor(server);
        s.timeoutMs = 200;
        s.maxAttempts = 1;
        GeminiClient client(s);
        const Outcome o = analyze(client);
        QCOMPARE(o.kind, GeminiErrorKind::Timeout);
    }

    void refusesToRunWithoutAKey()
    {
        GeminiClient client;
        const Outcome o = analyze(client);
        QCOMPARE(o.kind, GeminiErrorKind::NoKey);
    }

    void validatesTheModelAgainstTheList()
    {
        FakeGeminiServer server;
        server.enqueue({200,
                        "{\"models\": [\n"
                        "            {\"name\": \"models/gemini-flash-latest\", "
                        "\"supportedGenerationMethods\": [\"generateContent\", \"countTokens\"]},\n"
                        "            {\"name\": \"models/embedding-001\", \"supportedGenerationMethods\": "
                        "[\"embedContent\"]}],\n"
                        "            \"nextPageToken\": \"p2\"}",
                        {},
                        0});
        server.enqueue({200,
                        "{\"models\": [{\"name\": \"models/gemini-2.5-flash\", "
                        "\"supportedGenerationMethods\": [\"generateContent\"]}]}",
                        {},
                        0});
        GeminiClient client(settingsFor(server));
        QSignalSpy listed(&client, &GeminiClient::modelsListed);
        client.listModels();
        QVERIFY(listed.wait(5000));
        QCOMPARE(listed.first().at(0).toStringList(),
                 (QStringList{QStringLiteral("gemini-flash-latest"), QStringLiteral("gemini-2.5-flash")}));
        QCOMPARE(server.requests.first().method, QByteArray("GET"));
        QVERIFY(server.requests.first().path.startsWith("/v1beta/models"));
        QVERIFY(server.requests[1].path.contains("pageToken=p2"));
        QCOMPARE(server.requests.first().headers.value("x-goog-api-key"), kKey.toUtf8());

        server.enqueue({200,
                        "{\"models\": [{\"name\": \"models/gemini-2.5-flash\", "
                        "\"supportedGenerationMethods\": [\"generateContent\"]}]}",
                        {},
                        0});
        QSignalSpy validated(&client, &GeminiClient::modelValidated);
        client.validateModel(); // the default alias is not in this list
        QVERIFY(validated.wait(5000));
        QCOMPARE(validated.first().at(0).toBool(), false);
        QVERIFY(validated.first().at(1).toString().contains(QLatin1String("gemini-2.5-flash")));
    }

    void redactsTheKeyEvenIfTheServerEchoesIt()
    {
        FakeGeminiServer server;
        server.enqueue(
            {400, FakeGeminiServer::error(400, "INVALID_ARGUMENT", "bad value " + kKey.toUtf8()), {}, 0});
        GeminiClient client(settingsFor(server));
        const Outcome o = analyze(client);
        verifyNoKey(o.result.error);
        verifyNoKey(QString::fromUtf8(QJsonDocument(o.result.toJson()).toJson()));
    }
};

QTEST_GUILESS_MAIN(TestGeminiClient)
#include "tst_geminiclient.moc"
