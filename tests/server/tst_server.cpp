// A real code-remote-server on loopback, real sockets: REST, WebSocket, the remote run session, and
// crashes. Programs run in the real sandbox (strict profile), so they stick to whitelisted modules.

#include "Protocol.h"
#include "RemoteRunSession.h"
#include "ServerProcess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

namespace {

struct HttpReply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QByteArray retryAfter;
};

// A WebSocket client that records every decoded message.
class WsClient : public QObject
{
public:
    explicit WsClient(const QString &url, const QString &token)
    {
        QUrl wsUrl(url + QStringLiteral("/ws"));
        wsUrl.setScheme(QStringLiteral("ws"));
        QNetworkRequest request{wsUrl};
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const remote::Decoded decoded = remote::decodeServerMessage(text.toUtf8());
            if (decoded.ok())
                messages.append(*decoded.message);
            else
                undecodable.append(text);
        });
        socket.open(request);
    }

    // Waits until a message satisfying `predicate` arrived; returns it.
    std::optional<remote::Message> waitFor(const std::function<bool(const remote::Message &)> &predicate,
                                           int timeoutMs = 20'000)
    {
        QElapsedTimer clock;
        clock.start();
        qsizetype checked = 0;
        while (clock.elapsed() < timeoutMs) {
            for (; checked < messages.size(); ++checked) {
                if (predicate(messages.at(checked)))
                    return messages.at(checked);
            }
            QTest::qWait(5);
        }
        return std::nullopt;
    }

    std::optional<remote::Message> waitForType(remote::MessageType type, int timeoutMs = 20'000)
    {
        return waitFor([type](const remote::Message &m) { return m.type == type; }, timeoutMs);
    }

    void send(const QByteArray &frame) { socket.sendTextMessage(QString::fromUtf8(frame)); }

    QString submit(const QString &code, const QString &stdinText = QString(), bool keepOpen = false)
    {
        remote::Submission submission;
        submission.code = code;
        submission.language = QStringLiteral("python");
        submission.stdinData = stdinText.toUtf8();
        submission.keepStdinOpen = keepOpen;
        const QString ref = QStringLiteral("r%1").arg(++m_refs);
        submission.ref = ref;
        send(remote::encodeSubmit(submission));
        const auto accepted = waitFor([ref](const remote::Message &m) {
            return (m.type == remote::MessageType::JobAccepted || m.type == remote::MessageType::ErrorMessage) && m.ref == ref;
        });
        return accepted && accepted->type == remote::MessageType::JobAccepted ? accepted->jobId : QString();
    }

    QWebSocket socket;
    QList<remote::Message> messages;
    QStringList undecodable;

private:
    int m_refs = 0;
};

} // namespace

class ServerTest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QString m_alice;
    QString m_bob;
    QNetworkAccessManager m_network;

    HttpReply request(const QByteArray &method, const QString &path, const QByteArray &body = QByteArray(),
                      const QString &token = QString(), const QString &baseUrl = QString())
    {
        QNetworkRequest request{QUrl((baseUrl.isEmpty() ? m_server.baseUrl() : baseUrl) + path)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        loop.exec();
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return result;
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

    static QString errorCode(const HttpReply &reply)
    {
        return reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
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
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("code over 10 KiB") << QJsonDocument(QJsonObject{{"code", QString(10 * 1024 + 1, 'x')}, {"language", "python"}}).toJson()
                                          << 413 << "code_too_large";
        QTest::newRow("not UTF-8") << QByteArray("{\"code\":\"print('\xff')\",\"language\":\"python\"}") << 400 << "invalid_utf8";
        QTest::newRow("unknown language") << QByteArray(R"({"code":"x","language":"cobol"})") << 422 << "unknown_language";
        QTest::newRow("malformed JSON") << QByteArray("{\"code\": ") << 400 << "bad_json";
        QTest::newRow("missing language") << QByteArray(R"({"code":"x"})") << 400 << "bad_message";
        QTest::newRow("limit out of range") << QByteArray(R"({"code":"x","language":"python","limits":{"wall_ms":0}})") << 422
                                            << "invalid_limits";
    }

    void validationErrorsHaveCodesAndStatuses()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpReply reply = request("POST", QStringLiteral("/execute"), body, m_alice);
        QCOMPARE(reply.status, status);
        QCOMPARE(errorCode(reply), code);
        QVERIFY(!reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    }

    void unknownPathsAndMethodsAreJsonErrors()
    {
        QCOMPARE(request("GET", QStringLiteral("/nope")).status, 404);
        QCOMPARE(request("GET", QStringLiteral("/execute"), QByteArray(), m_alice).status, 405);
        const HttpReply status = request("GET", QStringLiteral("/analyze/status"), QByteArray(), m_alice);
        QCOMPARE(status.status, 200);
        QVERIFY(status.json.contains(QStringLiteral("provider")));
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
        list.start(ServerProcess::executable(), {"token", "list", "--data-dir", fresh.dataDir()});
        QVERIFY(list.waitForFinished(10'000));
        QVERIFY(list.readAllStandardOutput().contains("frank\t"));
        QProcess revoke;
        revoke.start(ServerProcess::executable(), {"token", "revoke", "frank", "--data-dir", fresh.dataDir()});
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

    void cleanupTestCase() { QCOMPARE(m_server.terminate(), 0); }
};

QTEST_GUILESS_MAIN(ServerTest)
#include "tst_server.moc"
