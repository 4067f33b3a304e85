// A real code-remote-server on loopback, real sockets: REST, WebSocket, the remote run session, and
// crashes. Programs run in the real sandbox (strict profile), so they stick to whitelisted modules.

#include "FakeGemini.h"
#include <remote/Protocol.h>
#include <remote/RemoteRunSession.h>
#include "ServerProcess.h"
#include "WsClient.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <optional>

namespace {

struct HttpReply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QByteArray retryAfter;
    QString networkError; // when there was no HTTP answer
};

// Programs whose complexity the static analyzer knows, with the answer it must give.
const QString kConstant = QStringLiteral("def first(a):\n    return a[0]\n");
const QString kLinear = QStringLiteral("def total(a):\n    s = 0\n    for x in a:\n        s += x\n    return s\n");
const QString kQuadratic = QStringLiteral("def pairs(a):\n    for i in a:\n        for j in a:\n            print(i, j)\n");
const QString kCubic = QStringLiteral(
    "def triples(a):\n    for i in a:\n        for j in a:\n            for k in a:\n                print(i, j, k)\n");
const QString kSorting = QStringLiteral("def ordered(a):\n    b = sorted(a)\n    return b\n");

QByteArray analyzeBody(const QString &code, const QString &language = QStringLiteral("python"))
{
    return QJsonDocument(QJsonObject{{"code", code}, {"language", language}}).toJson();
}

} // namespace

class ServerTest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_alice;
    QString m_bob;
    QNetworkAccessManager m_network;

    std::optional<QSslConfiguration> m_tls; // what https:// requests trust (the TLS test's certificate)

    // Sends without waiting: several requests can be in flight at once.
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body = QByteArray(),
                        const QString &token = QString(), const QString &baseUrl = QString())
    {
        QNetworkRequest request{QUrl((baseUrl.isEmpty() ? m_server.baseUrl() : baseUrl) + path)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        if (m_tls && request.url().scheme() == QLatin1String("https"))
            request.setSslConfiguration(*m_tls);
        return m_network.sendCustomRequest(request, method, body);
    }

    static HttpReply await(QNetworkReply *reply, int timeoutMs = 60'000)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.retryAfter = reply->rawHeader("Retry-After");
        if (result.status == 0)
            result.networkError = reply->isFinished() ? reply->errorString() : QStringLiteral("no answer in time");
        reply->abort();
        reply->deleteLater();
        return result;
    }

    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = QByteArray(),
                      const QString &token = QString(), const QString &baseUrl = QString())
    {
        return await(send(method, path, body, token, baseUrl));
    }

    HttpReply analyze(const QString &code, const QString &token, const QString &baseUrl = QString())
    {
        return request("POST", QStringLiteral("/analyze"), analyzeBody(code), token, baseUrl);
    }

    // The value of one unlabelled metric in /metrics, or -1.
    double metric(const QString &name, const QString &baseUrl = QString())
    {
        const HttpReply reply = request("GET", QStringLiteral("/metrics"), QByteArray(), QString(), baseUrl);
        for (const QByteArray &line : reply.body.split('\n')) {
            if (line.startsWith(name.toUtf8() + ' '))
                return line.mid(name.size() + 1).toDouble();
        }
        return -1;
    }

    static QString errorCode(const HttpReply &reply)
    {
        return reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }

    static void addValidationRows()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("code over 10 KiB") << QJsonDocument(QJsonObject{{"code", QString(10 * 1024 + 1, 'x')}, {"language", "python"}}).toJson()
                                          << 413 << "code_too_large";
        QTest::newRow("not UTF-8") << QByteArray("{\"code\":\"print('\xff')\",\"language\":\"python\"}") << 400 << "invalid_utf8";
        QTest::newRow("unknown language") << QByteArray(R"({"code":"x","language":"cobol"})") << 422 << "unknown_language";
        QTest::newRow("malformed JSON") << QByteArray("{\"code\": ") << 400 << "bad_json";
        QTest::newRow("not an object") << QByteArray("[1, 2]") << 400 << "bad_json";
        QTest::newRow("missing language") << QByteArray(R"({"code":"x"})") << 400 << "bad_message";
        QTest::newRow("code not a string") << QByteArray(R"({"code":5,"language":"python"})") << 400 << "bad_message";
    }

    void checkValidationError(const QString &path)
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpReply reply = request("POST", path, body, m_alice);
        QCOMPARE(reply.status, status);
        QCOMPARE(errorCode(reply), code);
        QVERIFY(!reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    }

    HttpReply execute(const QString &code, bool wait, const QString &token, const QString &baseUrl = QString(),
                      const QJsonObject &extra = {})
    {
        QJsonObject body = extra;
        body.insert(QStringLiteral("code"), code);
        body.insert(QStringLiteral("language"), QStringLiteral("python"));
        return request("POST", wait ? QStringLiteral("/execute?wait=true") : QStringLiteral("/execute"),
                       QJsonDocument(body).toJson(), token, baseUrl);
    }

    // Polls GET /execute/jobs/{id} until the job finished.
    QJsonObject waitForJob(const QString &id, const QString &token, const QString &baseUrl = QString())
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60'000) {
            const HttpReply reply = request("GET", QStringLiteral("/execute/jobs/") + id, QByteArray(), token, baseUrl);
            if (reply.json.value(QStringLiteral("status")).toString() == QLatin1String("finished"))
                return reply.json;
            QTest::qWait(50);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_alice = m_server.createToken(QStringLiteral("alice"));
        m_bob = m_server.createToken(QStringLiteral("bob"));
        QVERIFY(m_alice.startsWith(QLatin1String("crs_")));
        const QString error = m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                              QStringLiteral("--max-jobs-per-token"), QStringLiteral("0")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void healthAndMetricsNeedNoToken()
    {
        const HttpReply health = request("GET", QStringLiteral("/health"));
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const HttpReply metrics = request("GET", QStringLiteral("/metrics"));
        QCOMPARE(metrics.status, 200);
        QVERIFY(metrics.body.contains("code_remote_queue_depth"));
        QVERIFY(metrics.body.contains("# TYPE code_remote_run_duration_seconds histogram"));
        QVERIFY(metrics.body.contains("\ncode_remote_analyses_running "));
        QVERIFY(metrics.body.contains("\ncode_remote_analyses_queued "));
    }

    void executeWaitReturnsTheRunResult()
    {
        const HttpReply reply = execute(QStringLiteral("print('hello')"), true, m_alice);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(reply.json.value(QStringLiteral("stdout")).toString(), QStringLiteral("hello\n"));
        QCOMPARE(reply.json.value(QStringLiteral("profile")).toString(), QStringLiteral("strict"));
        for (const char *field : {"exit_code", "signal", "limit", "stderr", "output_truncated", "wall_ms", "cpu_ms",
                                  "peak_memory_kb", "language", "violations", "job_id"})
            QVERIFY2(reply.json.contains(QLatin1String(field)), field);
    }

    void executeQueuesAndJobCanBePolled()
    {
        const HttpReply reply = execute(QStringLiteral("print(6 * 7)"), false, m_alice);
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
        const QJsonObject job = waitForJob(reply.json.value(QStringLiteral("job_id")).toString(), m_alice);
        QCOMPARE(job.value(QStringLiteral("result")).toObject().value(QStringLiteral("stdout")).toString(), QStringLiteral("42\n"));
    }

    void rejectsMissingAndBadTokens()
    {
        HttpReply reply = execute(QStringLiteral("print(1)"), true, QString());
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), QStringLiteral("unauthorized"));
        reply = execute(QStringLiteral("print(1)"), true, QStringLiteral("crs_not-a-real-token"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(request("GET", QStringLiteral("/analyze/status")).status, 401);
    }

    void anotherUsersJobIsNotFound()
    {
        const HttpReply reply = execute(QStringLiteral("print('secret')"), true, m_alice);
        const QString id = reply.json.value(QStringLiteral("job_id")).toString();
        QCOMPARE(request("GET", QStringLiteral("/execute/jobs/") + id, QByteArray(), m_alice).status, 200);
        const HttpReply other = request("GET", QStringLiteral("/execute/jobs/") + id, QByteArray(), m_bob);
        QCOMPARE(other.status, 404);
        QVERIFY(!other.body.contains("secret"));
    }

    void validationErrorsHaveCodesAndStatuses_data()
    {
        addValidationRows();
        QTest::newRow("limit out of range") << QByteArray(R"({"code":"x","language":"python","limits":{"wall_ms":0}})") << 422
                                            << "invalid_limits";
    }

    void validationErrorsHaveCodesAndStatuses() { checkValidationError(QStringLiteral("/execute")); }

    void unknownPathsAndMethodsAreJsonErrors()
    {
        QCOMPARE(request("GET", QStringLiteral("/nope")).status, 404);
        QCOMPARE(request("GET", QStringLiteral("/execute"), QByteArray(), m_alice).status, 405);
        QCOMPARE(request("GET", QStringLiteral("/analyze"), QByteArray(), m_alice).status, 405);
        QCOMPARE(request("POST", QStringLiteral("/analyze/status"), QByteArray("{}"), m_alice).status, 405);
    }

    void webSocketStreamsOutputInOrder()
    {
        WsClient client(m_server.baseUrl(), m_alice);
        QVERIFY(client.waitForType(remote::MessageType::Hello));
        const QString id = client.submit(QStringLiteral("for i in range(200):\n    print(i, flush=True)\n"));
        QVERIFY(!id.isEmpty());
        QVERIFY(client.waitForType(remote::MessageType::JobResult));
        QByteArray stdoutText;
        qint64 lastSeq = 0;
        int results = 0;
        for (const remote::Message &m : std::as_const(client.messages)) {
            if (m.type == remote::MessageType::JobOutput) {
                QCOMPARE(m.seq, lastSeq + 1); // gap-free and in order
                lastSeq = m.seq;
                stdoutText += m.data;
            } else if (m.type == remote::MessageType::JobResult) {
                ++results;
                QCOMPARE(m.result.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            }
        }
        QByteArray expected;
        for (int i = 0; i < 200; ++i)
            expected += QByteArray::number(i) + '\n';
        QCOMPARE(stdoutText, expected);
        QCOMPARE(results, 1);
        QVERIFY(client.undecodable.isEmpty());
    }

    void webSocketStdinReachesTheProgram()
    {
        WsClient client(m_server.baseUrl(), m_alice);
        QVERIFY(client.waitForType(remote::MessageType::Hello));
        const QString id = client.submit(QStringLiteral("name = input()\nprint('hi ' + name)\nprint(input())\n"),
                                         QString(), true);
        QVERIFY(!id.isEmpty());
        client.send(remote::encodeStdin(id, "Ada\n"));
        client.send(remote::encodeStdin(id, "second"));
        client.send(remote::encodeStdinClose(id));
        const auto result = client.waitForType(remote::MessageType::JobResult);
        QVERIFY(result);
        QCOMPARE(result->result.value(QStringLiteral("stdout")).toString(), QStringLiteral("hi Ada\nsecond\n"));
    }

    void webSocketCancelStopsTheRun()
    {
        WsClient client(m_server.baseUrl(), m_alice);
        QVERIFY(client.waitForType(remote::MessageType::Hello));
        const QString id = client.submit(QStringLiteral("while True:\n    pass\n"));
        QVERIFY(!id.isEmpty());
        QVERIFY(client.waitFor([](const remote::Message &m) {
            return m.type == remote::MessageType::JobStatus && m.state == remote::JobState::Running;
        }));
        client.send(remote::encodeCancel(id));
        const auto result = client.waitForType(remote::MessageType::JobResult, 10'000);
        QVERIFY(result);
        QCOMPARE(result->result.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    }

    void malformedFramesGetErrorsAndHarmNoOne()
    {
        WsClient bystander(m_server.baseUrl(), m_alice);
        WsClient client(m_server.baseUrl(), m_alice);
        QVERIFY(client.waitForType(remote::MessageType::Hello));
        QVERIFY(bystander.waitForType(remote::MessageType::Hello));
        const QList<QByteArray> garbage{"", "not json", "[]", "{\"v\":1}", "{\"v\":1,\"type\":\"nuke\"}",
                                        "{\"v\":9,\"type\":\"submit\"}", "{\"v\":1,\"type\":\"cancel\",\"job_id\":\"nope\"}",
                                        QByteArray(600 * 1024, '{')};
        for (const QByteArray &frame : garbage)
            client.send(frame);
        client.socket.sendBinaryMessage("\x00\x01\x02");
        QTRY_VERIFY_WITH_TIMEOUT(std::count_if(client.messages.cbegin(), client.messages.cend(), [](const remote::Message &m) {
                                     return m.type == remote::MessageType::ErrorMessage;
                                 }) >= 8,
                                 10'000);
        // The same connection and the other one still work.
        QVERIFY(!client.submit(QStringLiteral("print(1)")).isEmpty());
        QVERIFY(!bystander.submit(QStringLiteral("print(2)")).isEmpty());
        QVERIFY(client.waitForType(remote::MessageType::JobResult));
        QVERIFY(bystander.waitForType(remote::MessageType::JobResult));
        QCOMPARE(request("GET", QStringLiteral("/health")).status, 200);
    }

    void webSocketRefusesBadTokens()
    {
        WsClient client(m_server.baseUrl(), QStringLiteral("crs_wrong"));
        const auto error = client.waitForType(remote::MessageType::ErrorMessage);
        QVERIFY(error);
        QCOMPARE(error->error.code, remote::ErrorCode::Unauthorized);
        QTRY_COMPARE_WITH_TIMEOUT(client.socket.state(), QAbstractSocket::UnconnectedState, 5'000);
        QCOMPARE(int(client.socket.closeCode()), 4401);
    }

    void clientDisconnectingMidRunStillGetsAStoredResult()
    {
        QString id;
        {
            WsClient client(m_server.baseUrl(), m_alice);
            QVERIFY(client.waitForType(remote::MessageType::Hello));
            id = client.submit(QStringLiteral("total = 0\nfor i in range(3_000_000):\n    total += i\nprint(total)\n"));
            QVERIFY(!id.isEmpty());
            client.socket.abort();
        }
        const QJsonObject job = waitForJob(id, m_alice);
        QCOMPARE(job.value(QStringLiteral("result")).toObject().value(QStringLiteral("stdout")).toString(),
                 QStringLiteral("4499998500000\n"));
    }

    void remoteRunSessionRunsLikeALocalRun()
    {
        remote::RemoteRunSession session({QUrl(m_server.baseUrl()), m_alice});
        QSignalSpy started(&session, &runner::RunSession::started);
        QSignalSpy finished(&session, &runner::RunSession::finished);
        QByteArray streamed;
        connect(&session, &runner::RunSession::outputReceived, this,
                [&streamed](runner::OutputChannel, const QByteArray &data) { streamed += data; });
        runner::RunRequest request;
        request.source = "n = int(input())\nprint(n * 2)\nimport math\nprint(math.sqrt(16))\n";
        request.keepStdinOpen = true;
        session.start(request);
        QTRY_VERIFY_WITH_TIMEOUT(!session.jobId().isEmpty(), 10'000);
        session.writeInput("21\n");
        session.closeInput();
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(started.count(), 1);
        const auto result = finished.first().first().value<runner::RunResult>();
        QCOMPARE(result.status, runner::RunStatus::Ok);
        QCOMPARE(result.stdoutData, QByteArray("42\n4.0\n"));
        QCOMPARE(streamed, QByteArray("42\n4.0\n"));
        QVERIFY(!session.remoteError());
    }

    // Issue 17, item 3: input of any size reaches the program although the server holds at most its
    // window of unread input per job; the client keeps the rest until job.input_taken makes room.
    void remoteRunSessionPacesInputOverTheServersWindow()
    {
        remote::RemoteRunSession session({QUrl(m_server.baseUrl()), m_alice});
        QSignalSpy finished(&session, &runner::RunSession::finished);
        qint64 mostHeldBack = 0;
        qint64 lastSent = 0;
        connect(&session, &runner::RunSession::inputTaken, this, [&](qint64 sent) {
            mostHeldBack = std::max(mostHeldBack, session.pendingInputBytes());
            lastSent = sent;
        });
        const qint64 total = 8 * remote::kStdinWindowBytes;
        runner::RunRequest request;
        request.source = "n = 0\nwhile True:\n    try:\n        n += len(input()) + 1\n"
                         "    except EOFError:\n        break\nprint(n)\n";
        request.stdinData = (QByteArray(1023, 'i') + '\n').repeated(int(total / 1024));
        session.start(request);
        QVERIFY(finished.wait(60'000));
        const auto result = finished.first().first().value<runner::RunResult>();
        QVERIFY2(!session.remoteError(), qPrintable(result.message));
        QCOMPARE(result.status, runner::RunStatus::Ok);
        QCOMPARE(result.stdoutData, QByteArray::number(total) + '\n');
        QCOMPARE(lastSent, total);
        QCOMPARE(session.pendingInputBytes(), 0);
        // All of it was queued before the job was accepted; then no more than the window went out
        // before the server reported input taken.
        QVERIFY2(mostHeldBack >= total - remote::kStdinWindowBytes, qPrintable(QString::number(mostHeldBack)));
    }

    void remoteRunSessionReportsABadToken()
    {
        remote::RemoteRunSession session({QUrl(m_server.baseUrl()), QStringLiteral("crs_bad")});
        QSignalSpy finished(&session, &runner::RunSession::finished);
        runner::RunRequest request;
        request.source = "print(1)\n";
        session.start(request);
        QVERIFY(finished.wait(15'000));
        QCOMPARE(session.remoteError()->code, remote::ErrorCode::Unauthorized);
        const auto result = finished.first().first().value<runner::RunResult>();
        QCOMPARE(result.status, runner::RunStatus::InternalError);
        QVERIFY(result.message.contains(QLatin1String("token")));
        QCOMPARE(session.request().source, request.source); // the code is kept
    }

    void remoteRunSessionReportsAnUnreachableServer()
    {
        // A port nobody listens on: bind, note it, close.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 deadPort = probe.serverPort();
        probe.close();
        remote::RemoteRunSession session({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(deadPort)), m_alice});
        remote::ReconnectPolicy policy;
        policy.connectAttempts = 2;
        policy.initialDelayMs = 50;
        session.setReconnectPolicy(policy);
        QSignalSpy finished(&session, &runner::RunSession::finished);
        runner::RunRequest request;
        request.source = "print(1)\n";
        session.start(request);
        QVERIFY(finished.wait(10'000));
        QCOMPARE(session.remoteError()->code, remote::ErrorCode::Unavailable);
        QVERIFY(finished.first().first().value<runner::RunResult>().message.contains(QLatin1String("Cannot reach")));
    }

    void remoteRunSessionStopCancels()
    {
        remote::RemoteRunSession session({QUrl(m_server.baseUrl()), m_alice});
        QSignalSpy started(&session, &runner::RunSession::started);
        QSignalSpy finished(&session, &runner::RunSession::finished);
        runner::RunRequest request;
        request.source = "while True:\n    pass\n";
        session.start(request);
        QVERIFY(started.wait(10'000));
        session.stop();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().first().value<runner::RunResult>().status, runner::RunStatus::Cancelled);
    }

    void destroyingASessionMidRunCancelsItsJob()
    {
        // The server keeps a job running when its client merely disconnects (the client may come back
        // for the result); a session that is destroyed, as when the IDE closes, must cancel it instead.
        QString jobId;
        {
            remote::RemoteRunSession session({QUrl(m_server.baseUrl()), m_alice});
            QSignalSpy started(&session, &runner::RunSession::started);
            runner::RunRequest request;
            request.source = "while True:\n    pass\n";
            session.start(request);
            QVERIFY(started.wait(10'000));
            jobId = session.jobId();
            QVERIFY(!jobId.isEmpty());
        }
        QElapsedTimer clock;
        clock.start();
        const QJsonObject job = waitForJob(jobId, m_alice);
        QVERIFY2(clock.elapsed() < 15'000, "the job ran on towards its 30 s limit");
        QCOMPARE(job.value(QStringLiteral("result")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
    }

    void fullQueueAnswersBusyWithRetryAfter()
    {
        ServerProcess small;
        const QString token = small.createToken(QStringLiteral("carol"));
        QVERIFY(small.start({QStringLiteral("--workers"), QStringLiteral("1"), QStringLiteral("--queue-size"),
                             QStringLiteral("1"), QStringLiteral("--max-jobs-per-token"), QStringLiteral("0"),
                             QStringLiteral("--rate-limit"), QStringLiteral("0")})
                    .isEmpty());
        const QJsonObject shortLimit{{"limits", QJsonObject{{"wall_ms", 3000}}}};
        const QString spin = QStringLiteral("while True:\n    pass\n");
        QCOMPARE(execute(spin, false, token, small.baseUrl(), shortLimit).status, 202); // runs
        QTest::qWait(300);
        QCOMPARE(execute(spin, false, token, small.baseUrl(), shortLimit).status, 202); // waits
        const HttpReply busy = execute(spin, false, token, small.baseUrl(), shortLimit);
        QCOMPARE(busy.status, 503);
        QCOMPARE(errorCode(busy), QStringLiteral("busy"));
        QVERIFY(busy.retryAfter.toInt() >= 1);
        QCOMPARE(small.terminate(), 0);
    }

    void perTokenRateLimitAnswers429()
    {
        ServerProcess limited;
        const QString token = limited.createToken(QStringLiteral("dave"));
        QVERIFY(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("1"), QStringLiteral("--rate-burst"),
                               QStringLiteral("2")})
                    .isEmpty());
        QCOMPARE(execute(QStringLiteral("print(1)"), false, token, limited.baseUrl()).status, 202);
        QCOMPARE(execute(QStringLiteral("print(1)"), false, token, limited.baseUrl()).status, 202);
        const HttpReply limitedReply = execute(QStringLiteral("print(1)"), false, token, limited.baseUrl());
        QCOMPARE(limitedReply.status, 429);
        QCOMPARE(errorCode(limitedReply), QStringLiteral("rate_limited"));
        QVERIFY(limitedReply.retryAfter.toInt() >= 1);
    }

    void killNineAndRestartFinishesEveryAcceptedJob()
    {
        QTemporaryDir dataDir;
        QString runningId, queuedId, finishedId, token;
        {
            ServerProcess first(dataDir.path());
            token = first.createToken(QStringLiteral("erin"));
            QVERIFY(first.start({QStringLiteral("--workers"), QStringLiteral("1")}).isEmpty());
            finishedId = execute(QStringLiteral("print('kept')"), true, token, first.baseUrl())
                             .json.value(QStringLiteral("job_id")).toString();
            runningId = execute(QStringLiteral("while True:\n    pass\n"), false, token, first.baseUrl())
                            .json.value(QStringLiteral("job_id")).toString();
            queuedId = execute(QStringLiteral("print('after restart')"), false, token, first.baseUrl())
                           .json.value(QStringLiteral("job_id")).toString();
            QVERIFY(!runningId.isEmpty() && !queuedId.isEmpty() && !finishedId.isEmpty());
            QTest::qWait(300);
            first.kill9();
        }
        ServerProcess second(dataDir.path());
        QVERIFY(second.start({QStringLiteral("--workers"), QStringLiteral("1")}).isEmpty());
        const QJsonObject interrupted = waitForJob(runningId, token, second.baseUrl());
        QCOMPARE(interrupted.value(QStringLiteral("result")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("internal_error"));
        QVERIFY(interrupted.value(QStringLiteral("result")).toObject().value(QStringLiteral("message")).toString().contains(
            QLatin1String("interrupted")));
        const QJsonObject rerun = waitForJob(queuedId, token, second.baseUrl());
        QCOMPARE(rerun.value(QStringLiteral("result")).toObject().value(QStringLiteral("stdout")).toString(),
                 QStringLiteral("after restart\n"));
        const QJsonObject kept = waitForJob(finishedId, token, second.baseUrl());
        QCOMPARE(kept.value(QStringLiteral("result")).toObject().value(QStringLiteral("stdout")).toString(), QStringLiteral("kept\n"));
    }

    void tokenCommandsListAndRevoke()
    {
        ServerProcess fresh;
        const QString token = fresh.createToken(QStringLiteral("frank"));
        QVERIFY(token.startsWith(QLatin1String("crs_")));
        QProcess list;
        list.start(ServerProcess::executable(), QStringList{"token", "list"} + ServerProcess::storeArguments(fresh.dataDir()));
        QVERIFY(list.waitForFinished(10'000));
        QVERIFY(list.readAllStandardOutput().contains("frank\t"));
        QProcess revoke;
        revoke.start(ServerProcess::executable(),
                     QStringList{"token", "revoke", "frank"} + ServerProcess::storeArguments(fresh.dataDir()));
        QVERIFY(revoke.waitForFinished(10'000));
        QCOMPARE(revoke.exitCode(), 0);
        QVERIFY(fresh.start().isEmpty());
        QCOMPARE(execute(QStringLiteral("print(1)"), false, token, fresh.baseUrl()).status, 401);
    }

    void sigtermShutsDownGracefully()
    {
        ServerProcess graceful;
        QVERIFY(graceful.start().isEmpty());
        QCOMPARE(graceful.terminate(), 0);
        QVERIFY(graceful.log().contains("server.stopped"));
    }

    // ---- /analyze -------------------------------------------------------------------------------

    void analyzeReturnsTheStaticComplexityResult()
    {
        const HttpReply reply = analyze(kQuadratic, m_alice);
        QCOMPARE(reply.status, 200);
        const QJsonObject &r = reply.json;
        // The shape of analysis::AnalysisResult::toJson(), the same object `code-remote-run --analyze` prints.
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(r.value(QStringLiteral("provider")).toString(), QStringLiteral("static"));
        QCOMPARE(r.value(QStringLiteral("time")).toString(), QStringLiteral("O(n^2)"));
        QCOMPARE(r.value(QStringLiteral("time_class")).toString(), QStringLiteral("quadratic"));
        QCOMPARE(r.value(QStringLiteral("space")).toString(), QStringLiteral("O(1)"));
        QCOMPARE(r.value(QStringLiteral("space_class")).toString(), QStringLiteral("constant"));
        QVERIFY(r.value(QStringLiteral("confidence")).isDouble());
        QVERIFY(r.value(QStringLiteral("confidence")).toDouble() > 0 && r.value(QStringLiteral("confidence")).toDouble() <= 1);
        QVERIFY(!r.value(QStringLiteral("explanation")).toString().isEmpty());
        QVERIFY(r.value(QStringLiteral("risks")).isArray());
        QVERIFY(!r.contains(QStringLiteral("error")));
        QVERIFY(!r.contains(QStringLiteral("fallback_reason")));
        QVERIFY(!r.contains(QStringLiteral("measurements"))); // empirical results only
        const QJsonArray functions = r.value(QStringLiteral("functions")).toArray();
        QCOMPARE(functions.size(), 1);
        const QJsonObject pairs = functions.first().toObject();
        QCOMPARE(pairs.value(QStringLiteral("name")).toString(), QStringLiteral("pairs"));
        QCOMPARE(pairs.value(QStringLiteral("start_line")).toInt(), 1);
        QCOMPARE(pairs.value(QStringLiteral("end_line")).toInt(), 4);
        QCOMPARE(pairs.value(QStringLiteral("time")).toString(), QStringLiteral("O(n^2)"));
        const QJsonArray loops = r.value(QStringLiteral("hot_loops")).toArray();
        QVERIFY(!loops.isEmpty());
        QCOMPARE(loops.first().toObject().value(QStringLiteral("start_line")).toInt(), 2);
        QCOMPARE(loops.first().toObject().value(QStringLiteral("cost")).toString(), QStringLiteral("O(n^2)"));
    }

    void analyzeAcceptsJavaAndJavaScript_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QString>("code");
        QTest::newRow("java") << QStringLiteral("java") << QStringLiteral("javac")
                              << QStringLiteral("public class Main {\n  public static void main(String[] a) {\n"
                                                "    int n = new java.util.Scanner(System.in).nextInt();\n"
                                                "    for (int i = 0; i < n; i++)\n      for (int j = 0; j < n; j++)\n"
                                                "        System.out.println(i + j);\n  }\n}\n");
        QTest::newRow("javascript") << QStringLiteral("javascript") << QStringLiteral("node")
                                    << QStringLiteral("const n = Number(require('fs').readFileSync(0, 'utf8'));\n"
                                                      "for (let i = 0; i < n; i++)\n  for (let j = 0; j < n; j++)\n"
                                                      "    console.log(i + j);\n");
        // C++'s parser is a Python script driving libclang: its tool is the bindings' module.
        QTest::newRow("cpp") << QStringLiteral("cpp") << QStringLiteral("/usr/lib/python3/dist-packages/clang/cindex.py")
                             << QStringLiteral("#include <bits/stdc++.h>\nusing namespace std;\nint main() {\n"
                                               "  int n; cin >> n;\n  for (int i = 0; i < n; i++)\n"
                                               "    for (int j = 0; j < n; j++)\n      cout << i + j << endl;\n}\n");
    }

    void analyzeAcceptsJavaAndJavaScript()
    {
        // The offline analyzer reads these languages through their own parsers, in the sandbox.
        QFETCH(QString, language);
        QFETCH(QString, tool);
        QFETCH(QString, code);
        if (tool.startsWith(QLatin1Char('/')) ? !QFileInfo::exists(tool) : QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP("the language's toolchain is not installed (scripts/packages/test.txt installs it)");
        const HttpReply reply = request("POST", QStringLiteral("/analyze"), analyzeBody(code, language), m_alice);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(reply.json.value(QStringLiteral("provider")).toString(), QStringLiteral("static"));
        QCOMPARE(reply.json.value(QStringLiteral("time_class")).toString(), QStringLiteral("quadratic"));
    }

    void analyzeReportsAFailedAnalysisAsAResult()
    {
        // Like a run that fails, an analysis that cannot be made is a result, not a refused request.
        const HttpReply reply = analyze(QStringLiteral("def broken(:\n    pass\n"), m_alice);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(reply.json.value(QStringLiteral("error")).toString().contains(QLatin1String("line 1")));
        QCOMPARE(reply.json.value(QStringLiteral("provider")).toString(), QStringLiteral("static"));
    }

    void analyzeAcceptsCodeOfExactly10KiB()
    {
        const HttpReply reply = analyze(QString(10 * 1024, 'x'), m_alice);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    }

    void analyzeStatusReportsTheStaticProvider()
    {
        const HttpReply status = request("GET", QStringLiteral("/analyze/status"), QByteArray(), m_alice);
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json.value(QStringLiteral("provider")).toString(), QStringLiteral("static"));
        QCOMPARE(status.json.value(QStringLiteral("available")).toBool(false), true);
        QVERIFY(!status.json.contains(QStringLiteral("model"))); // only with Gemini
        QVERIFY(!status.json.contains(QStringLiteral("reason")));
    }

    void analyzeNeedsAToken()
    {
        HttpReply reply = request("POST", QStringLiteral("/analyze"), analyzeBody(kLinear));
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), QStringLiteral("unauthorized"));
        reply = analyze(kLinear, QStringLiteral("crs_not-a-real-token"));
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorCode(reply), QStringLiteral("unauthorized"));
        // Authentication comes first: a bad body without a token is still 401.
        QCOMPARE(request("POST", QStringLiteral("/analyze"), QByteArray("{")).status, 401);
    }

    void analyzeValidationErrorsMatchExecute_data()
    {
        addValidationRows();
        QTest::newRow("a field only /execute takes") << QByteArray(R"({"code":"x","language":"python","stdin":"1"})") << 400
                                                     << "bad_message";
    }

    void analyzeValidationErrorsMatchExecute() { checkValidationError(QStringLiteral("/analyze")); }

    void concurrentAnalysesEachGetTheirOwnResult()
    {
        const QList<QPair<QString, QString>> programs{{kConstant, QStringLiteral("O(1)")},
                                                      {kLinear, QStringLiteral("O(n)")},
                                                      {kQuadratic, QStringLiteral("O(n^2)")},
                                                      {kCubic, QStringLiteral("O(n^3)")},
                                                      {kSorting, QStringLiteral("O(n log n)")}};
        QList<QNetworkReply *> replies;
        for (const auto &[code, expected] : programs)
            replies.append(send("POST", QStringLiteral("/analyze"), analyzeBody(code), m_alice));
        for (qsizetype i = 0; i < programs.size(); ++i) {
            const HttpReply reply = await(replies.at(i));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json.value(QStringLiteral("time")).toString(), programs.at(i).second);
        }
    }

    void analyzeSharesThePerTokenRateLimit()
    {
        ServerProcess limited;
        const QString token = limited.createToken(QStringLiteral("gina"));
        const QString other = limited.createToken(QStringLiteral("hank"));
        QVERIFY(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("1"), QStringLiteral("--rate-burst"),
                               QStringLiteral("2")})
                    .isEmpty());
        // One bucket per token for /analyze and /execute alike.
        QCOMPARE(analyze(kLinear, token, limited.baseUrl()).status, 200);
        QCOMPARE(execute(QStringLiteral("print(1)"), false, token, limited.baseUrl()).status, 202);
        const HttpReply refused = analyze(kLinear, token, limited.baseUrl());
        QCOMPARE(refused.status, 429);
        QCOMPARE(errorCode(refused), QStringLiteral("rate_limited"));
        const int retryAfter = refused.retryAfter.toInt();
        QVERIFY(retryAfter >= 1);
        QCOMPARE(refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("retry_after")).toInt(), retryAfter);
        QCOMPARE(execute(QStringLiteral("print(1)"), false, token, limited.baseUrl()).status, 429);
        // Other tokens have their own bucket, and this one refills as Retry-After said.
        QCOMPARE(analyze(kLinear, other, limited.baseUrl()).status, 200);
        QTest::qWait(retryAfter * 1000 + 200);
        QCOMPARE(analyze(kLinear, token, limited.baseUrl()).status, 200);
        QCOMPARE(limited.terminate(), 0);
    }

    void perTokenJobLimitAnswers429()
    {
        ServerProcess limited;
        const QString token = limited.createToken(QStringLiteral("ivan"));
        const QString other = limited.createToken(QStringLiteral("jane"));
        QVERIFY(limited.start({QStringLiteral("--max-jobs-per-token"), QStringLiteral("1"), QStringLiteral("--rate-limit"),
                               QStringLiteral("0"), QStringLiteral("--workers"), QStringLiteral("2")})
                    .isEmpty());
        const QJsonObject shortLimit{{"limits", QJsonObject{{"wall_ms", 2000}}}};
        const HttpReply spinning = execute(QStringLiteral("while True:\n    pass\n"), false, token, limited.baseUrl(), shortLimit);
        QCOMPARE(spinning.status, 202);
        const HttpReply refused = execute(QStringLiteral("print(1)"), false, token, limited.baseUrl());
        QCOMPARE(refused.status, 429);
        QCOMPARE(errorCode(refused), QStringLiteral("too_many_jobs"));
        QVERIFY(refused.retryAfter.toInt() >= 1);
        // The limit is per token, and it counts only jobs still queued or running.
        QCOMPARE(execute(QStringLiteral("print(2)"), true, other, limited.baseUrl()).status, 200);
        const QJsonObject ended = waitForJob(spinning.json.value(QStringLiteral("job_id")).toString(), token, limited.baseUrl());
        QCOMPARE(ended.value(QStringLiteral("result")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("time_limit"));
        QCOMPARE(execute(QStringLiteral("print(3)"), false, token, limited.baseUrl()).status, 202);
        QCOMPARE(limited.terminate(), 0);
    }

    // Gemini held unanswered keeps an analysis running for as long as the test needs it.
    void perTokenAnalysisLimitAnswers429()
    {
        FakeGemini gemini;
        gemini.setHolding(true);
        gemini.setReply(FakeGemini::answer(QStringLiteral("O(n log n)")));
        ServerProcess limited;
        const QString token = limited.createToken(QStringLiteral("kate"));
        const QString other = limited.createToken(QStringLiteral("liam"));
        QVERIFY(limited.start({QStringLiteral("--max-jobs-per-token"), QStringLiteral("1"), QStringLiteral("--rate-limit"),
                               QStringLiteral("0"), QStringLiteral("--gemini-key"), QStringLiteral("test-key"),
                               QStringLiteral("--gemini-url"), gemini.url()})
                    .isEmpty());
        QNetworkReply *first = send("POST", QStringLiteral("/analyze"), analyzeBody(kQuadratic), token, limited.baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(gemini.heldCount(), 1, 15'000);
        const HttpReply refused = analyze(kLinear, token, limited.baseUrl());
        QCOMPARE(refused.status, 429);
        QCOMPARE(errorCode(refused), QStringLiteral("too_many_jobs"));
        QVERIFY(refused.retryAfter.toInt() >= 1);
        QNetworkReply *second = send("POST", QStringLiteral("/analyze"), analyzeBody(kLinear), other, limited.baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(gemini.heldCount(), 2, 15'000);
        gemini.release();
        const HttpReply firstReply = await(first);
        QCOMPARE(firstReply.status, 200);
        QCOMPARE(firstReply.json.value(QStringLiteral("provider")).toString(), QStringLiteral("gemini"));
        QCOMPARE(await(second).status, 200);
        // Its analysis answered, the token may ask again.
        QCOMPARE(analyze(kLinear, token, limited.baseUrl()).status, 200);
        QCOMPARE(limited.terminate(), 0);
    }

    void fullAnalysisQueueAnswersBusyWithRetryAfter()
    {
        FakeGemini gemini;
        gemini.setHolding(true);
        ServerProcess small;
        const QString token = small.createToken(QStringLiteral("mona"));
        QVERIFY(small.start({QStringLiteral("--workers"), QStringLiteral("1"), QStringLiteral("--queue-size"),
                             QStringLiteral("1"), QStringLiteral("--max-jobs-per-token"), QStringLiteral("0"),
                             QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--gemini-key"),
                             QStringLiteral("test-key"), QStringLiteral("--gemini-url"), gemini.url()})
                    .isEmpty());
        QNetworkReply *running = send("POST", QStringLiteral("/analyze"), analyzeBody(kLinear), token, small.baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(gemini.heldCount(), 1, 15'000);
        QNetworkReply *waiting = send("POST", QStringLiteral("/analyze"), analyzeBody(kCubic), token, small.baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(metric(QStringLiteral("code_remote_analyses_queued"), small.baseUrl()), 1.0, 15'000);
        QCOMPARE(metric(QStringLiteral("code_remote_analyses_running"), small.baseUrl()), 1.0);
        const HttpReply busy = analyze(kConstant, token, small.baseUrl());
        QCOMPARE(busy.status, 503);
        QCOMPARE(errorCode(busy), QStringLiteral("busy"));
        QVERIFY(busy.retryAfter.toInt() >= 1);
        gemini.release();
        QCOMPARE(await(running).status, 200);
        // The queued one ran after it, against a Gemini that now answers at once.
        QCOMPARE(await(waiting).status, 200);
        QCOMPARE(gemini.requestCount(), 2);
        QVERIFY(request("GET", QStringLiteral("/metrics"), QByteArray(), QString(), small.baseUrl())
                    .body.contains("code_remote_analyses_rejected_total{code=\"busy\"} 1"));
        QCOMPARE(small.terminate(), 0);
    }

    void abandonedAnalysisGivesUpItsPlace()
    {
        FakeGemini gemini;
        gemini.setHolding(true);
        ServerProcess limited;
        const QString token = limited.createToken(QStringLiteral("nora"));
        QVERIFY(limited.start({QStringLiteral("--max-jobs-per-token"), QStringLiteral("1"), QStringLiteral("--rate-limit"),
                               QStringLiteral("0"), QStringLiteral("--gemini-key"), QStringLiteral("test-key"),
                               QStringLiteral("--gemini-url"), gemini.url()})
                    .isEmpty());
        QNetworkReply *gone = send("POST", QStringLiteral("/analyze"), analyzeBody(kLinear), token, limited.baseUrl());
        QTRY_COMPARE_WITH_TIMEOUT(gemini.heldCount(), 1, 15'000);
        gone->abort(); // the client hangs up while Gemini is still thinking
        gone->deleteLater();
        QTRY_COMPARE_WITH_TIMEOUT(metric(QStringLiteral("code_remote_analyses_running"), limited.baseUrl()), 0.0, 15'000);
        gemini.setHolding(false);
        QCOMPARE(analyze(kLinear, token, limited.baseUrl()).status, 200);
        QCOMPARE(limited.terminate(), 0);
    }

    void geminiAnswersWhenAKeyIsConfigured()
    {
        FakeGemini gemini;
        gemini.setReply(FakeGemini::answer(QStringLiteral("O(n log n)")));
        const QString key = QStringLiteral("AIzaFAKE-gemini-key-0123456789");
        ServerProcess withGemini;
        const QString token = withGemini.createToken(QStringLiteral("olga"));
        QVERIFY(withGemini.start({QStringLiteral("--gemini-key"), key, QStringLiteral("--gemini-url"), gemini.url(),
                                  QStringLiteral("--gemini-model"), QStringLiteral("test-model"),
                                  QStringLiteral("--log-level"), QStringLiteral("debug")})
                    .isEmpty());
        const HttpReply status = request("GET", QStringLiteral("/analyze/status"), QByteArray(), token, withGemini.baseUrl());
        QCOMPARE(status.status, 200);
        QCOMPARE(status.json.value(QStringLiteral("provider")).toString(), QStringLiteral("gemini"));
        QCOMPARE(status.json.value(QStringLiteral("available")).toBool(false), true);
        QCOMPARE(status.json.value(QStringLiteral("model")).toString(), QStringLiteral("test-model"));
        QCOMPARE(status.json.value(QStringLiteral("fallback")).toString(), QStringLiteral("static"));
        QVERIFY(!status.body.contains(key.toUtf8()));

        const HttpReply reply = analyze(kQuadratic, token, withGemini.baseUrl());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("provider")).toString(), QStringLiteral("gemini"));
        QCOMPARE(reply.json.value(QStringLiteral("time")).toString(), QStringLiteral("O(n log n)")); // Gemini's, not the static O(n^2)
        QVERIFY(!reply.json.value(QStringLiteral("hot_loops")).toArray().isEmpty()); // from the static scan
        QCOMPARE(gemini.keysSeen(), QList<QByteArray>{key.toUtf8()});
        QCOMPARE(withGemini.terminate(), 0);
        QVERIFY(!withGemini.log().contains(key.toUtf8()));
    }

    void geminiFailureFallsBackWithoutRevealingTheKey()
    {
        const QString key = QStringLiteral("AIzaFAKE-leaky-key-9876543210");
        FakeGemini gemini;
        // A server that quotes the key back in its error message.
        gemini.setReply(FakeGemini::permissionDenied(QStringLiteral("key %1 may not use this model").arg(key)));
        QTemporaryDir configDir;
        QFile config(configDir.filePath(QStringLiteral("server.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QJsonDocument(QJsonObject{{"gemini-key", key}, {"gemini-url", gemini.url()}}).toJson());
        config.close();
        ServerProcess withGemini;
        const QString token = withGemini.createToken(QStringLiteral("pete"));
        QVERIFY(withGemini.start({QStringLiteral("--config"), config.fileName(), QStringLiteral("--log-level"),
                                  QStringLiteral("debug")})
                    .isEmpty());
        const HttpReply reply = analyze(kQuadratic, token, withGemini.baseUrl());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(reply.json.value(QStringLiteral("provider")).toString(), QStringLiteral("static"));
        QCOMPARE(reply.json.value(QStringLiteral("time")).toString(), QStringLiteral("O(n^2)"));
        const QString reason = reply.json.value(QStringLiteral("fallback_reason")).toString();
        QVERIFY2(reason.contains(QLatin1String("may not use this model")), qPrintable(reason));
        QCOMPARE(gemini.keysSeen(), QList<QByteArray>{key.toUtf8()}); // it was used...
        QVERIFY(!reply.body.contains(key.toUtf8()));                  // ...and never shown
        QCOMPARE(withGemini.terminate(), 0);
        QVERIFY(!withGemini.log().contains(key.toUtf8()));
        QVERIFY(withGemini.log().contains("analysis.finished"));
    }

    // ---- retention ------------------------------------------------------------------------------

    void finishedJobsExpireAfterTheRetentionTime()
    {
        ServerProcess shortLived;
        const QString token = shortLived.createToken(QStringLiteral("quinn"));
        // 0.0005 h = 1.8 s
        QVERIFY(shortLived.start({QStringLiteral("--job-retention-hours"), QStringLiteral("0.0005")}).isEmpty());
        const HttpReply done = execute(QStringLiteral("print('soon gone')"), true, token, shortLived.baseUrl());
        QCOMPARE(done.status, 200);
        QElapsedTimer sinceFinished;
        sinceFinished.start();
        const QString id = done.json.value(QStringLiteral("job_id")).toString();
        const QString path = QStringLiteral("/execute/jobs/") + id;
        QCOMPARE(request("GET", path, QByteArray(), token, shortLived.baseUrl()).status, 200);
        HttpReply expired;
        while (sinceFinished.elapsed() < 15'000) {
            expired = request("GET", path, QByteArray(), token, shortLived.baseUrl());
            if (expired.status != 200)
                break;
            QTest::qWait(100);
        }
        QCOMPARE(expired.status, 404);
        QCOMPARE(errorCode(expired), QStringLiteral("not_found"));
        QVERIFY2(sinceFinished.elapsed() >= 1'500, "expired before its retention time");
        // Gone from the database too, and from the WebSocket's view.
        QTRY_VERIFY_WITH_TIMEOUT(shortLived.log().contains("\"jobs.expired\""), 10'000);
        WsClient client(shortLived.baseUrl(), token);
        QVERIFY(client.waitForType(remote::MessageType::Hello));
        client.send(remote::encodeAttach(id, 0));
        const auto error = client.waitForType(remote::MessageType::ErrorMessage, 10'000);
        QVERIFY(error);
        QCOMPARE(error->error.code, remote::ErrorCode::NotFound);
        QCOMPARE(shortLived.terminate(), 0);
    }

    // ---- TLS ------------------------------------------------------------------------------------

    void tlsServesHttpsAndWss()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend on this machine");
        QTemporaryDir dir;
        const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
        const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", keyPath, "-out", certPath, "-days", "2",
                       "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"});
        QVERIFY2(openssl.waitForFinished(60'000), "openssl is missing (scripts/packages/test.txt) or hung");
        QVERIFY2(openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0,
                 openssl.readAllStandardError().constData());
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPath);
        QCOMPARE(certificates.size(), 1);

        ServerProcess secure;
        const QString token = secure.createToken(QStringLiteral("rosa"));
        QVERIFY(secure.start({QStringLiteral("--tls-cert"), certPath, QStringLiteral("--tls-key"), keyPath}).isEmpty());
        QVERIFY2(secure.baseUrl().startsWith(QLatin1String("https://")), qPrintable(secure.baseUrl()));

        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(certificates); // trust this certificate and nothing else
        m_tls = tls;
        const HttpReply health = request("GET", QStringLiteral("/health"), QByteArray(), QString(), secure.baseUrl());
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        const HttpReply analyzed = analyze(kLinear, token, secure.baseUrl());
        QCOMPARE(analyzed.json.value(QStringLiteral("time")).toString(), QStringLiteral("O(n)"));

        WsClient client(secure.baseUrl(), token, tls);
        QVERIFY(client.waitForType(remote::MessageType::Hello));
        QVERIFY(!client.submit(QStringLiteral("print('over tls')")).isEmpty());
        const auto result = client.waitForType(remote::MessageType::JobResult);
        QVERIFY(result);
        QCOMPARE(result->result.value(QStringLiteral("stdout")).toString(), QStringLiteral("over tls\n"));
        m_tls.reset();

        // Plain HTTP on the TLS port gets no answer, and a client that does not trust the certificate
        // refuses it.
        QUrl plain(secure.baseUrl());
        plain.setScheme(QStringLiteral("http"));
        QVERIFY(request("GET", QStringLiteral("/health"), QByteArray(), QString(), plain.toString()).status != 200);
        QNetworkAccessManager stranger; // a fresh one: m_network keeps the verified connection open
        const HttpReply untrusted = await(stranger.get(QNetworkRequest(QUrl(secure.baseUrl() + QStringLiteral("/health")))));
        QCOMPARE(untrusted.status, 0);
        QVERIFY(!untrusted.networkError.isEmpty());
        QCOMPARE(secure.terminate(), 0);
    }

    void cleanupTestCase() { QCOMPARE(m_server.terminate(), 0); }
};

QTEST_GUILESS_MAIN(ServerTest)
#include "tst_server.moc"
