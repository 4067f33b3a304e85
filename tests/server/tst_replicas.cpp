// Several code-remote-server replicas on one PostgreSQL database (issue 14), and schema migrations.
// Runs under tests/postgres/with-postgres.sh, which starts the database and names it in
// CODE_REMOTE_TEST_DATABASE.

#include <remote/Protocol.h>
#include "ServerProcess.h"
#include "WsClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <cmath>
#include <memory>
#include <utility>

namespace {

// The schema as the server created it before schema versions existed (version 1, unrecorded).
const char *const kUnversionedSchema[] = {
    "CREATE TABLE tokens (name TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL, revoked_at INTEGER)",
    "CREATE TABLE jobs (id TEXT PRIMARY KEY, owner TEXT NOT NULL, state TEXT NOT NULL, request TEXT NOT NULL,"
    " result TEXT, created_at INTEGER NOT NULL, started_at INTEGER, finished_at INTEGER)",
    "CREATE INDEX jobs_by_state ON jobs(state)",
    "CREATE INDEX jobs_by_finished ON jobs(finished_at)",
};

const char kOldJobRequest[] = R"json({"code":"print('migrated')","language":"python","stdin":"","profile":""})json";

struct Reply
{
    int status = 0;
    QJsonObject json;
};

int countEvents(const QByteArray &log, const QString &event, const QString &jobId = QString())
{
    int count = 0;
    for (const QByteArray &line : log.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QStringLiteral("event")).toString() == event
            && (jobId.isEmpty() || object.value(QStringLiteral("job_id")).toString() == jobId))
            ++count;
    }
    return count;
}

// job_id -> how many times `event` was logged for it.
QHash<QString, int> eventsByJob(const QByteArray &log, const QString &event)
{
    QHash<QString, int> counts;
    for (const QByteArray &line : log.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(QStringLiteral("event")).toString() == event)
            ++counts[object.value(QStringLiteral("job_id")).toString()];
    }
    return counts;
}

} // namespace

class ReplicasTest : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    // A fresh database on the test's PostgreSQL server.
    static QString freshDatabase()
    {
        return ServerProcess::postgresDatabase(QUuid::createUuid().toString());
    }

    static QSqlDatabase openSql(const QString &url, const QString &name)
    {
        const QUrl parsed(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed.host());
        db.setPort(parsed.port());
        db.setUserName(parsed.userName());
        db.setPassword(parsed.password());
        db.setDatabaseName(parsed.path().mid(1));
        db.open();
        return db;
    }

    // One query's first value on a database of the test's server.
    static QVariant scalar(const QString &url, const QString &sql)
    {
        QVariant value;
        {
            QSqlDatabase db = openSql(url, QStringLiteral("scalar"));
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("scalar"));
        return value;
    }

    Reply request(const QByteArray &method, const QString &url, const QJsonObject &body, const QString &token)
    {
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        Reply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return result;
    }

    Reply submit(const ServerProcess &server, const QString &code, const QString &token)
    {
        return request("POST", server.baseUrl() + QStringLiteral("/execute"),
                       {{QStringLiteral("code"), code}, {QStringLiteral("language"), QStringLiteral("python")}}, token);
    }

    QJsonObject waitForJob(const ServerProcess &server, const QString &id, const QString &token)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 120'000) {
            const Reply reply = request("GET", server.baseUrl() + QStringLiteral("/execute/jobs/") + id, {}, token);
            if (reply.json.value(QStringLiteral("status")).toString() == QLatin1String("finished"))
                return reply.json;
            QTest::qWait(100);
        }
        return {};
    }

    // The first message of `type` about job `id` that `client` receives.
    static std::optional<remote::Message> waitForJobMessage(WsClient &client, remote::MessageType type, const QString &id,
                                                            int timeoutMs = 60'000)
    {
        return client.waitFor([type, &id](const remote::Message &m) { return m.type == type && m.jobId == id; }, timeoutMs);
    }

    // An old database (version 1: on SQLite from before versions were recorded, on PostgreSQL
    // recorded) with one queued job of `owner`, which the
    // migrated server must then run. `sqlitePath` empty: the PostgreSQL database `url`.
    static QString makeOldDatabase(const QString &url, const QString &sqlitePath, const QString &jobId, const QString &owner)
    {
        QString error;
        {
            QSqlDatabase db;
            if (sqlitePath.isEmpty()) {
                db = openSql(url, QStringLiteral("old"));
            } else {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
                db.setDatabaseName(sqlitePath);
                db.open();
            }
            QSqlQuery query(db);
            for (const char *statement : kUnversionedSchema) {
                QString text = QString::fromLatin1(statement);
                if (sqlitePath.isEmpty()) // PostgreSQL started at version 1, recorded, with 64-bit times
                    text.replace(QLatin1String("INTEGER"), QLatin1String("BIGINT"));
                if (!query.exec(text))
                    error = query.lastError().text();
            }
            if (sqlitePath.isEmpty()
                && !(query.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"))
                     && query.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (1)"))))
                error = query.lastError().text();
            query.prepare(QStringLiteral("INSERT INTO jobs (id, owner, state, request, created_at) VALUES (?, ?, 'queued', ?, ?)"));
            query.addBindValue(jobId);
            query.addBindValue(owner);
            query.addBindValue(QString::fromLatin1(kOldJobRequest));
            query.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!query.exec())
                error = query.lastError().text();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        return error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (ServerProcess::postgresServer().isEmpty())
            QSKIP("needs PostgreSQL: run under tests/postgres/with-postgres.sh");
        QVERIFY(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")));
    }

    void olderSchemaIsMigrated_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    void olderSchemaIsMigrated()
    {
        QFETCH(bool, postgres);
        QTemporaryDir dataDir;
        const QString url = postgres ? freshDatabase() : QString();
        const QString jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString error = makeOldDatabase(url, postgres ? QString() : dataDir.filePath(QStringLiteral("code-remote-server.sqlite")),
                                              jobId, QStringLiteral("olga"));
        QVERIFY2(error.isEmpty(), qPrintable(error));

        ServerProcess server(dataDir.path());
        server.useDatabase(postgres ? url : QStringLiteral("sqlite"));
        QVERIFY(server.start({QStringLiteral("--workers"), QStringLiteral("1")}).isEmpty());
        QCOMPARE(countEvents(server.log(), QStringLiteral("db.migrated")), 1);
        const QString token = server.createToken(QStringLiteral("olga"));
        const QJsonObject job = waitForJob(server, jobId, token);
        QVERIFY2(job.value(QStringLiteral("status")).toString() == QLatin1String("finished"), QJsonDocument(job).toJson().constData());
        QCOMPARE(job.value(QStringLiteral("result")).toObject().value(QStringLiteral("stdout")).toString(), QStringLiteral("migrated\n"));
        if (postgres)
            QCOMPARE(scalar(url, QStringLiteral("SELECT version FROM schema_version")).toInt(), 3);

        // Current already: a restart migrates nothing.
        server.stop();
        QVERIFY(server.start().isEmpty());
        QCOMPARE(countEvents(server.log(), QStringLiteral("db.migrated")), 0);
    }

    void replicasStartingAtOnceMigrateOnce()
    {
        const QString url = freshDatabase();
        std::vector<std::unique_ptr<ServerProcess>> replicas;
        for (int i = 0; i < 3; ++i) {
            replicas.push_back(std::make_unique<ServerProcess>());
            replicas.back()->useDatabase(url);
        }
        for (auto &replica : replicas)
            QVERIFY(replica->launch({QStringLiteral("--workers"), QStringLiteral("1")}).isEmpty());
        int migrated = 0;
        for (auto &replica : replicas) {
            const QString error = replica->waitUntilListening();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            migrated += countEvents(replica->log(), QStringLiteral("db.migrated"));
        }
        QCOMPARE(migrated, 1);
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 1);
    }

    void clientOnOneReplicaFollowsJobOnAnother()
    {
        const QString url = freshDatabase();
        ServerProcess a, b;
        a.useDatabase(url);
        b.useDatabase(url);
        const QString token = a.createToken(QStringLiteral("rita"));
        QVERIFY(a.start().isEmpty());
        QVERIFY(b.start().isEmpty());

        // Submitted to B, so it runs on B; the client is on A.
        // Lines apart in time (a busy loop: the strict profile has no `time`), so that they are
        // stored and sent one by one while the job runs.
        const Reply accepted = submit(b, QStringLiteral("for i in range(6):\n    print('line', i, flush=True)\n"
                                                        "    x = 0\n    for k in range(400000):\n        x += k\n"),
                                      token);
        QCOMPARE(accepted.status, 202);
        const QString id = accepted.json.value(QStringLiteral("job_id")).toString();
        WsClient client(a.baseUrl(), token);
        QVERIFY(client.waitForType(remote::MessageType::Hello).has_value());
        client.send(remote::encodeAttach(id, 0));
        const auto result = waitForJobMessage(client, remote::MessageType::JobResult, id);
        QVERIFY(result.has_value());
        QByteArray streamed;
        qint64 lastSeq = 0;
        for (const remote::Message &message : std::as_const(client.messages)) {
            if (message.type == remote::MessageType::JobOutput && message.jobId == id) {
                QCOMPARE(message.seq, lastSeq + 1); // in order, none missing, none twice
                lastSeq = message.seq;
                streamed += message.data;
            }
        }
        const QByteArray expected("line 0\nline 1\nline 2\nline 3\nline 4\nline 5\n");
        QCOMPARE(streamed, expected);
        QCOMPARE(result->result.value(QStringLiteral("stdout")).toString().toUtf8(), expected);
        // And any replica answers for it.
        QCOMPARE(waitForJob(a, id, token).value(QStringLiteral("result")).toObject().value(QStringLiteral("stdout")).toString().toUtf8(),
                 expected);
    }

    // Cancel and the end of input reach a job from a client connected to another replica than the one
    // running it; input itself is refused there with a clear error (it goes through the running replica).
    void clientOnOneReplicaControlsJobOnAnother()
    {
        const QString url = freshDatabase();
        ServerProcess a, b;
        a.useDatabase(url);
        b.useDatabase(url);
        const QString token = a.createToken(QStringLiteral("carl"));
        const QStringList options{QStringLiteral("--max-wall-ms"), QStringLiteral("60000")};
        QVERIFY(a.start(options).isEmpty());
        QVERIFY(b.start(options).isEmpty());

        // Both run on A, which accepted them: one waits for the end of its input, one never ends.
        WsClient submitter(a.baseUrl(), token);
        QVERIFY(submitter.waitForType(remote::MessageType::Hello).has_value());
        remote::Submission reader;
        reader.code = QStringLiteral("lines = 0\ntry:\n    while True:\n        input()\n        lines += 1\n"
                                     "except EOFError:\n    pass\nprint('read', lines)\n");
        reader.language = QStringLiteral("python");
        reader.keepStdinOpen = true;
        submitter.send(remote::encodeSubmit(reader));
        const auto accepted = submitter.waitForType(remote::MessageType::JobAccepted);
        QVERIFY(accepted.has_value());
        const QString readerId = accepted->jobId;
        const Reply looping = submit(a, QStringLiteral("while True:\n    pass\n"), token);
        QCOMPARE(looping.status, 202);
        const QString loopingId = looping.json.value(QStringLiteral("job_id")).toString();

        WsClient other(b.baseUrl(), token);
        QVERIFY(other.waitForType(remote::MessageType::Hello).has_value());
        other.send(remote::encodeAttach(readerId, 0));
        other.send(remote::encodeAttach(loopingId, 0));
        other.send(remote::encodeStdin(readerId, "ignored"));
        const auto refused = waitForJobMessage(other, remote::MessageType::ErrorMessage, readerId, 20'000);
        QVERIFY(refused.has_value());
        QCOMPARE(refused->error.code, remote::ErrorCode::Unavailable);

        other.send(remote::encodeStdinClose(readerId));
        const auto read = waitForJobMessage(other, remote::MessageType::JobResult, readerId);
        QVERIFY(read.has_value());
        QCOMPARE(read->result.value(QStringLiteral("stdout")).toString(), QStringLiteral("read 0\n"));

        other.send(remote::encodeCancel(loopingId));
        const auto cancelled = waitForJobMessage(other, remote::MessageType::JobResult, loopingId);
        QVERIFY(cancelled.has_value());
        QCOMPARE(cancelled->result.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        // A acted on each request once; B ran neither job.
        QCOMPARE(countEvents(a.log(), QStringLiteral("job.remote_control"), readerId), 1);
        QCOMPARE(countEvents(a.log(), QStringLiteral("job.remote_control"), loopingId), 1);
        QCOMPARE(countEvents(b.log(), QStringLiteral("job.finished")), 0);

        // A finished job says so, from any replica.
        other.send(remote::encodeCancel(loopingId));
        const auto finished = waitForJobMessage(other, remote::MessageType::ErrorMessage, loopingId, 20'000);
        QVERIFY(finished.has_value());
        QCOMPARE(finished->error.code, remote::ErrorCode::JobNotRunning);
    }

    // The database restarted under a running replica: the replica reconnects by itself (at its next
    // lease renewal) and jobs accepted after the restart run and finish.
    void replicaReconnectsAfterDatabaseRestart()
    {
        const QString restart = qEnvironmentVariable("CODE_REMOTE_TEST_POSTGRES_RESTART");
        if (restart.isEmpty())
            QSKIP("needs tests/postgres/with-postgres.sh's restart script");
        const QString url = freshDatabase();
        ServerProcess server;
        server.useDatabase(url);
        const QString token = server.createToken(QStringLiteral("rosa"));
        QVERIFY(server.start({QStringLiteral("--lease-seconds"), QStringLiteral("3")}).isEmpty());
        const Reply before = submit(server, QStringLiteral("print('before')"), token);
        QCOMPARE(before.status, 202);
        QCOMPARE(waitForJob(server, before.json.value(QStringLiteral("job_id")).toString(), token)
                     .value(QStringLiteral("result")).toObject().value(QStringLiteral("stdout")).toString(),
                 QStringLiteral("before\n"));

        QCOMPARE(QProcess::execute(QStringLiteral("sh"), {restart}), 0);
        // Until it has reconnected a submission is refused (the token could not be checked: 503; the
        // shared rate limit could not be read: 429; the job could not be stored: 500), never accepted
        // and lost, and never answered as if the token were bad.
        Reply after;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60'000) {
            after = submit(server, QStringLiteral("print('after')"), token);
            if (after.status == 202)
                break;
            QVERIFY2(after.status == 503 || after.status == 500 || after.status == 429, qPrintable(QString::number(after.status)));
            QTest::qWait(500);
        }
        QCOMPARE(after.status, 202);
        const QJsonObject job = waitForJob(server, after.json.value(QStringLiteral("job_id")).toString(), token);
        QCOMPARE(job.value(QStringLiteral("result")).toObject().value(QStringLiteral("stdout")).toString(), QStringLiteral("after\n"));
        QVERIFY(countEvents(server.log(), QStringLiteral("db.reconnected")) >= 1);
        // Requests from other replicas' clients are heard again: it listens on its channel anew.
        const Reply looping = submit(server, QStringLiteral("while True:\n    pass\n"), token);
        QCOMPARE(looping.status, 202);
        const QString loopingId = looping.json.value(QStringLiteral("job_id")).toString();
        ServerProcess other;
        other.useDatabase(url);
        QVERIFY(other.start().isEmpty());
        WsClient client(other.baseUrl(), token);
        QVERIFY(client.waitForType(remote::MessageType::Hello).has_value());
        client.send(remote::encodeAttach(loopingId, 0));
        client.send(remote::encodeCancel(loopingId));
        const auto cancelled = waitForJobMessage(client, remote::MessageType::JobResult, loopingId);
        QVERIFY(cancelled.has_value());
        QCOMPARE(cancelled->result.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    }

    void limitsHoldAcrossReplicas()

    {
        const QString url = freshDatabase();
        ServerProcess a, b;
        a.useDatabase(url);
        b.useDatabase(url);
        const QString token = a.createToken(QStringLiteral("lena"));
        const QStringList options{QStringLiteral("--max-jobs-per-token"), QStringLiteral("1"), QStringLiteral("--rate-limit"),
                                  QStringLiteral("1"), QStringLiteral("--rate-burst"), QStringLiteral("2"),
                                  QStringLiteral("--max-wall-ms"), QStringLiteral("5000"), QStringLiteral("--shutdown-grace"),
                                  QStringLiteral("1")};
        QVERIFY(a.start(options).isEmpty());
        QVERIFY(b.start(options).isEmpty());

        QElapsedTimer clock;
        clock.start();
        const Reply first = submit(a, QStringLiteral("while True:\n    pass\n"), token);
        QCOMPARE(first.status, 202);
        // The token's one job runs on A: B refuses a second one.
        const Reply second = submit(b, QStringLiteral("print(2)"), token);
        QCOMPARE(second.status, 429);
        QCOMPARE(second.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("too_many_jobs"));
        // One bucket for both: of submissions alternating between A and B, no more pass the rate
        // limit than its burst plus what refilled meanwhile (a bucket per replica would let through
        // twice the burst and twice the refill).
        int passed = 2; // both above passed the rate limit (it is checked first)
        for (int i = 0; i < 8; ++i) {
            const Reply reply = submit(i % 2 ? b : a, QStringLiteral("print(3)"), token);
            if (reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString() != QLatin1String("rate_limited"))
                ++passed;
        }
        const int refilled = int(std::ceil(double(clock.elapsed()) / 1000.0));
        QVERIFY2(passed <= 2 + refilled, qPrintable(QStringLiteral("%1 passed in %2 ms").arg(passed).arg(clock.elapsed())));
    }

    void stoppingReplicaHandsItsQueueToAnother()
    {
        const QString url = freshDatabase();
        ServerProcess a, b;
        a.useDatabase(url);
        b.useDatabase(url);
        const QString token = a.createToken(QStringLiteral("hana"));
        QVERIFY(a.start({QStringLiteral("--workers"), QStringLiteral("1"), QStringLiteral("--shutdown-grace"), QStringLiteral("1"),
                         QStringLiteral("--max-wall-ms"), QStringLiteral("20000")})
                    .isEmpty());
        QVERIFY(b.start().isEmpty());
        const Reply running = submit(a, QStringLiteral("while True:\n    pass\n"), token);
        const Reply queued = submit(a, QStringLiteral("print('moved')"), token);
        QCOMPARE(running.status, 202);
        QCOMPARE(queued.status, 202);
        QCOMPARE(a.terminate(), 0);
        // A's one worker was busy: the queued job ran on B, not failed with A's shutdown.
        const QJsonObject job = waitForJob(b, queued.json.value(QStringLiteral("job_id")).toString(), token);
        QCOMPARE(job.value(QStringLiteral("result")).toObject().value(QStringLiteral("stdout")).toString(), QStringLiteral("moved\n"));
        QCOMPARE(countEvents(a.log(), QStringLiteral("jobs.released")), 1);
        QCOMPARE(waitForJob(b, running.json.value(QStringLiteral("job_id")).toString(), token)
                     .value(QStringLiteral("result")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
    }

    // Three replicas, jobs from 16 WebSocket clients spread over them (each keeps up to 32 jobs in
    // flight, as a busy client would), one replica killed with SIGKILL when half of the jobs are done;
    // its clients reconnect to another replica, attach to their unfinished jobs and go on submitting
    // there. 5,000 jobs, as the issue asks (about two minutes here); CODE_REMOTE_SOAK_JOBS sets another
    // number (fewer while working on the test, more for a longer soak).
    void killedReplicaLosesNoJob()
    {
        const int total = qEnvironmentVariableIsSet("CODE_REMOTE_SOAK_JOBS") ? qEnvironmentVariableIntValue("CODE_REMOTE_SOAK_JOBS") : 5000;
        constexpr int kClients = 16;
        constexpr int kInFlight = 32;
        const QString url = freshDatabase();
        std::vector<std::unique_ptr<ServerProcess>> replicas;
        for (int i = 0; i < 3; ++i) {
            replicas.push_back(std::make_unique<ServerProcess>());
            replicas.back()->useDatabase(url);
        }
        const QString token = replicas[0]->createToken(QStringLiteral("sam"));
        const QStringList options{QStringLiteral("--workers"), QStringLiteral("2"), QStringLiteral("--queue-size"),
                                  QString::number(total), QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                  QStringLiteral("--max-jobs-per-token"), QStringLiteral("0"), QStringLiteral("--lease-seconds"),
                                  QStringLiteral("2"), QStringLiteral("--log-level"), QStringLiteral("debug")};
        for (auto &replica : replicas)
            QVERIFY(replica->start(options).isEmpty());

        struct Client
        {
            int replica = 0;
            std::vector<std::unique_ptr<WsClient>> sockets; // the last one is current
            QList<int> quota;                  // job numbers still to submit
            QHash<QString, int> sentRefs;      // ref -> job number, not yet answered
            QHash<QString, QString> jobs;      // accepted job id -> expected stdout
            QHash<QString, QJsonObject> results;
            QHash<QString, int> lostRefs;      // sent to the killed replica, never answered
            int rejected = 0;
            qsizetype seen = 0;                // messages of the current socket handled
        };
        std::vector<Client> clients(kClients);
        for (int n = 0; n < total; ++n)
            clients[n % kClients].quota.append(n);
        for (int i = 0; i < kClients; ++i) {
            clients[i].replica = i % 3;
            clients[i].sockets.push_back(std::make_unique<WsClient>(replicas[i % 3]->baseUrl(), token));
            QVERIFY(clients[i].sockets.back()->waitForType(remote::MessageType::Hello).has_value());
        }
        // Handles new messages and tops up the client's jobs in flight.
        auto step = [&](Client &client) {
            WsClient &socket = *client.sockets.back();
            for (; client.seen < socket.messages.size(); ++client.seen) {
                const remote::Message &message = socket.messages.at(client.seen);
                if (message.type == remote::MessageType::JobAccepted && client.sentRefs.contains(message.ref)) {
                    client.jobs.insert(message.jobId, QStringLiteral("%1\n").arg(client.sentRefs.take(message.ref) * 7));
                } else if (message.type == remote::MessageType::ErrorMessage && client.sentRefs.contains(message.ref)) {
                    client.sentRefs.remove(message.ref);
                    ++client.rejected;
                } else if (message.type == remote::MessageType::JobResult && client.jobs.contains(message.jobId)) {
                    client.results.insert(message.jobId, message.result);
                }
            }
            const qsizetype inFlight = client.sentRefs.size() + client.jobs.size() - client.results.size();
            for (qsizetype i = inFlight; i < kInFlight && !client.quota.isEmpty(); ++i) {
                const int n = client.quota.takeFirst();
                remote::Submission submission;
                submission.code = QStringLiteral("print(%1 * 7)").arg(n);
                submission.language = QStringLiteral("python");
                submission.ref = QStringLiteral("n%1").arg(n);
                client.sentRefs.insert(submission.ref, n);
                socket.send(remote::encodeSubmit(submission));
            }
        };
        auto finished = [&] {
            int count = 0;
            for (Client &client : clients) {
                step(client);
                count += int(client.results.size());
            }
            return count;
        };

        // Midway, replica 0 dies without a chance to clean up.
        QElapsedTimer clock;
        clock.start();
        while (finished() < total / 2 && clock.elapsed() < 600'000)
            QTest::qWait(20);
        QVERIFY2(finished() >= total / 2, "half of the jobs did not finish in time");
        replicas[0]->kill9();
        const QByteArray killedLog = replicas[0]->log();

        // Its clients reconnect to replica 1, attach to their jobs without a result and go on there.
        for (Client &client : clients) {
            if (client.replica != 0)
                continue;
            QTRY_VERIFY_WITH_TIMEOUT(client.sockets.back()->socket.state() == QAbstractSocket::UnconnectedState, 10'000);
            step(client);
            client.lostRefs = std::exchange(client.sentRefs, {}); // unanswered: accepted or not, the client cannot know
            client.sockets.push_back(std::make_unique<WsClient>(replicas[1]->baseUrl(), token));
            client.seen = 0;
            QVERIFY(client.sockets.back()->waitForType(remote::MessageType::Hello).has_value());
            for (auto it = client.jobs.cbegin(); it != client.jobs.cend(); ++it) {
                if (!client.results.contains(it.key()))
                    client.sockets.back()->send(remote::encodeAttach(it.key(), 0));
            }
        }

        // Every accepted job gets its result: its output, or (running on the killed replica) an
        // internal_error that says so. Nothing is left unfinished in the database.
        auto allDone = [&] {
            for (Client &client : clients) {
                step(client);
                if (!client.quota.isEmpty() || !client.sentRefs.isEmpty() || client.results.size() < client.jobs.size())
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allDone(), 600'000);
        int accepted = 0, interrupted = 0, lost = 0, rejected = 0;
        for (Client &client : clients) {
            accepted += int(client.jobs.size());
            lost += int(client.lostRefs.size());
            rejected += client.rejected;
            for (auto it = client.jobs.cbegin(); it != client.jobs.cend(); ++it) {
                const QJsonObject result = client.results.value(it.key());
                if (result.value(QStringLiteral("status")).toString() == QLatin1String("internal_error")) {
                    QVERIFY2(client.replica == 0, qPrintable(it.key()));
                    QVERIFY(result.value(QStringLiteral("message")).toString().contains(QLatin1String("replica")));
                    ++interrupted;
                } else {
                    QCOMPARE(result.value(QStringLiteral("stdout")).toString(), it.value());
                }
            }
        }
        QCOMPARE(rejected, 0);
        QCOMPARE(accepted + lost, total);
        QVERIFY2(interrupted <= 2, qPrintable(QString::number(interrupted))); // its two workers' jobs at most
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state != 'finished'")).toInt(), 0);

        // No job started on two replicas, none finished twice.
        QByteArray logs = killedLog;
        for (int i = 1; i < 3; ++i)
            logs += replicas[i]->log();
        const QHash<QString, int> started = eventsByJob(logs, QStringLiteral("job.started"));
        const QHash<QString, int> finishedJobs = eventsByJob(logs, QStringLiteral("job.finished"));
        for (auto it = started.cbegin(); it != started.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        for (auto it = finishedJobs.cbegin(); it != finishedJobs.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QCOMPARE(countEvents(logs, QStringLiteral("job.not_held")), 0);
        qInfo("%d jobs accepted (%d unanswered by the killed replica), %d interrupted on it, %lld s", accepted, lost,
              interrupted, clock.elapsed() / 1000);
    }
};

QTEST_GUILESS_MAIN(ReplicasTest)
#include "tst_replicas.moc"
