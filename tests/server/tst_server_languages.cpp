// Issue 18 on a real code-remote-server: which languages it runs (`--languages`, `/languages`, `/health`,
// the WebSocket `hello`), what it refuses, the profiles it advertises (issue 12: the IDE offers
// "Switch to Standard" only where a server allows it) and the compile phases of compiled languages.

#include <remote/Protocol.h>
#include <remote/RemoteRunSession.h>
#include "ServerProcess.h"
#include "WsClient.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace {

struct HttpReply
{
    int status = 0;
    QJsonObject json;
};

// A program that prints "hi" in each language; compiled ones compile first.
QString helloProgram(const QString &language)
{
    if (language == QLatin1String("python"))
        return QStringLiteral("print('hi')\n");
    if (language == QLatin1String("javascript"))
        return QStringLiteral("console.log('hi');\n");
    if (language == QLatin1String("cpp"))
        return QStringLiteral("#include <cstdio>\nint main() { std::puts(\"hi\"); return 0; }\n");
    if (language == QLatin1String("java"))
        return QStringLiteral("public class Main { public static void main(String[] a) { System.out.println(\"hi\"); } }\n");
    return QString();
}

// What each toolchain's `--version` names on its first line.
QRegularExpression versionPattern(const QString &language)
{
    if (language == QLatin1String("python"))
        return QRegularExpression(QStringLiteral("^Python 3\\.\\d+"));
    if (language == QLatin1String("javascript"))
        return QRegularExpression(QStringLiteral("^v\\d+\\.\\d+"));
    if (language == QLatin1String("cpp"))
        return QRegularExpression(QStringLiteral("^g\\+\\+.* \\d+\\.\\d+"));
    return QRegularExpression(QStringLiteral("^javac \\d+"));
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

class ServerLanguagesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_cache;      // the servers' XDG_CACHE_HOME: outlives them
    ServerProcess m_all;        // every installed language, strict only
    ServerProcess m_pythonOnly; // --languages python --allow-standard-profile true
    QString m_token;
    QString m_pythonToken;
    QNetworkAccessManager m_network;
    QStringList m_offered;      // what m_all runs

    HttpReply request(const QByteArray &method, const QString &url, const QByteArray &body, const QString &token)
    {
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        HttpReply result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                         QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return result;
    }

    HttpReply execute(const QString &baseUrl, const QString &token, const QString &language, const QString &code)
    {
        return request("POST", baseUrl + QStringLiteral("/execute?wait=true"),
                       QJsonDocument(QJsonObject{{"code", code}, {"language", language}}).toJson(), token);
    }

    static QString errorCode(const HttpReply &reply)
    {
        return reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The servers' compile caches are this suite's own: a program compiled by an earlier run of
        // the suite compiles again.
        QVERIFY(m_cache.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache.path()));
        m_token = m_all.createToken(QStringLiteral("ada"));
        QString error = m_all.start({QStringLiteral("--rate-limit"), QStringLiteral("0")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_pythonToken = m_pythonOnly.createToken(QStringLiteral("ada"));
        error = m_pythonOnly.start({QStringLiteral("--rate-limit"), QStringLiteral("0"), QStringLiteral("--languages"),
                                    QStringLiteral("python"), QStringLiteral("--allow-standard-profile"), QStringLiteral("true")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void languagesEndpointNamesEachToolchainAndVersion()
    {
        QCOMPARE(request("GET", m_all.baseUrl() + QStringLiteral("/languages"), QByteArray(), QString()).status, 401);
        const HttpReply reply = request("GET", m_all.baseUrl() + QStringLiteral("/languages"), QByteArray(), m_token);
        QCOMPARE(reply.status, 200);
        const QJsonArray languages = reply.json.value(QStringLiteral("languages")).toArray();
        QVERIFY(!languages.isEmpty());
        for (const QJsonValue &value : languages) {
            const QJsonObject language = value.toObject();
            const QString id = language.value(QStringLiteral("id")).toString();
            QVERIFY2(QStringList({"python", "javascript", "cpp", "java"}).contains(id), qPrintable(id));
            QVERIFY(!language.value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(!language.value(QStringLiteral("extensions")).toArray().isEmpty());
            const QString version = language.value(QStringLiteral("version")).toString();
            QVERIFY2(versionPattern(id).match(version).hasMatch(), qPrintable(id + QLatin1String(": ") + version));
            // A compiled language lists its compile step's limits (the defaults here), the others none.
            const bool compiled = id == QLatin1String("cpp") || id == QLatin1String("java");
            QCOMPARE(language.contains(QStringLiteral("compile_limits")), compiled);
            if (compiled) {
                const QJsonObject compile = language.value(QStringLiteral("compile_limits")).toObject();
                QCOMPARE(compile.value(QStringLiteral("wall_ms")).toInteger(), 20'000);
                QCOMPARE(compile.value(QStringLiteral("memory_mb")).toInteger(), 512);
                QCOMPARE(compile.value(QStringLiteral("processes")).toInteger(), 64);
                QCOMPARE(compile.value(QStringLiteral("output_kb")).toInteger(), 256);
            }
            m_offered.append(id);
        }
        // Python is the product's first language: the test machine always has it.
        QVERIFY(m_offered.contains(QStringLiteral("python")));
        QCOMPARE(stringList(reply.json.value(QStringLiteral("profiles"))), QStringList{QStringLiteral("strict")});

        // /health, which needs no token, names the same languages.
        const HttpReply health = request("GET", m_all.baseUrl() + QStringLiteral("/health"), QByteArray(), QString());
        QCOMPARE(health.status, 200);
        QCOMPARE(stringList(health.json.value(QStringLiteral("languages"))), m_offered);

        const HttpReply narrowed = request("GET", m_pythonOnly.baseUrl() + QStringLiteral("/languages"), QByteArray(), m_pythonToken);
        QCOMPARE(narrowed.json.value(QStringLiteral("languages")).toArray().size(), 1);
        QCOMPARE(stringList(narrowed.json.value(QStringLiteral("profiles"))),
                 QStringList({QStringLiteral("strict"), QStringLiteral("standard")}));
    }

    void helloCarriesLanguagesAndProfiles()
    {
        WsClient all(m_all.baseUrl(), m_token);
        const auto hello = all.waitForType(remote::MessageType::Hello);
        QVERIFY(hello);
        QCOMPARE(hello->languages, m_offered);
        QCOMPARE(hello->profiles, QStringList{QStringLiteral("strict")});

        WsClient pythonOnly(m_pythonOnly.baseUrl(), m_pythonToken);
        const auto narrowed = pythonOnly.waitForType(remote::MessageType::Hello);
        QVERIFY(narrowed);
        QCOMPARE(narrowed->languages, QStringList{QStringLiteral("python")});
        QCOMPARE(narrowed->profiles, QStringList({QStringLiteral("strict"), QStringLiteral("standard")}));
    }

    // Issue 12: the IDE's remote session keeps what the server said, so "Switch to Standard" is offered
    // only by a server that allows it.
    void remoteRunSessionKeepsTheServersProfilesAndLanguages()
    {
        for (auto [server, token, profiles] :
             {std::tuple{&m_all, m_token, QStringList{QStringLiteral("strict")}},
              std::tuple{&m_pythonOnly, m_pythonToken, QStringList{QStringLiteral("strict"), QStringLiteral("standard")}}}) {
            remote::RemoteRunSession session({QUrl(server->baseUrl()), token});
            QVERIFY(session.serverProfiles().isEmpty());
            QSignalSpy finished(&session, &runner::RunSession::finished);
            runner::RunRequest request;
            request.source = "print('hi')\n";
            session.start(request);
            QVERIFY(finished.wait(60'000));
            QCOMPARE(finished.first().first().value<runner::RunResult>().status, runner::RunStatus::Ok);
            QCOMPARE(session.serverProfiles(), profiles);
            QVERIFY(session.serverLanguages().contains(QStringLiteral("python")));
        }
    }

    // The IDE's remote session passes the server's phases on as RunSession::phaseChanged, so the status
    // bar says "Compiling" for a remote C++ or Java run as for a local one.
    void remoteRunSessionReportsCompilingThenRunning()
    {
        const QStringList compiled = QStringList(m_offered).filter(QRegularExpression(QStringLiteral("^(cpp|java)$")));
        if (compiled.isEmpty())
            QSKIP("neither g++ nor javac runs here");
        for (const QString &language : compiled) {
            remote::RemoteRunSession session({QUrl(m_all.baseUrl()), m_token});
            QSignalSpy finished(&session, &runner::RunSession::finished);
            QStringList seen;
            connect(&session, &runner::RunSession::phaseChanged, this, [&seen](runner::RunPhase phase) {
                seen << (phase == runner::RunPhase::Compiling ? QStringLiteral("compiling") : QStringLiteral("running"));
            });
            connect(&session, &runner::RunSession::outputReceived, this,
                    [&seen](runner::OutputChannel, const QByteArray &) { seen << QStringLiteral("output"); });
            runner::RunRequest request;
            request.language = language;
            request.source = helloProgram(language).toUtf8();
            session.start(request);
            QVERIFY(finished.wait(90'000));
            const auto result = finished.first().first().value<runner::RunResult>();
            QCOMPARE(result.status, runner::RunStatus::Ok);
            QVERIFY(result.compileMs > 0);
            QCOMPARE(seen, QStringList({QStringLiteral("compiling"), QStringLiteral("running"), QStringLiteral("output")}));
        }
    }

    void unknownAndDisabledLanguagesAreRefusedWithAJsonError()
    {
        HttpReply reply = execute(m_all.baseUrl(), m_token, QStringLiteral("cobol"), QStringLiteral("x"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(errorCode(reply), QStringLiteral("unknown_language"));

        WsClient client(m_pythonOnly.baseUrl(), m_pythonToken);
        QVERIFY(client.waitForType(remote::MessageType::Hello));
        const QStringList disabled = QStringList(m_offered).filter(QRegularExpression(QStringLiteral("^(?!python$)")));
        for (const QString &language : disabled) {
            reply = execute(m_pythonOnly.baseUrl(), m_pythonToken, language, helloProgram(language));
            QCOMPARE(reply.status, 422);
            QCOMPARE(errorCode(reply), QStringLiteral("unknown_language"));
            const QString message = reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            QVERIFY2(message.contains(QLatin1String("does not run")) && message.contains(QLatin1String("python")),
                     qPrintable(message));

            remote::Submission submission;
            submission.code = helloProgram(language);
            submission.language = language;
            const auto answer = client.submitAs(submission);
            QVERIFY(answer);
            QCOMPARE(answer->type, remote::MessageType::ErrorMessage);
            QCOMPARE(answer->error.code, remote::ErrorCode::UnknownLanguage);
        }
        // The same languages run on the server that enables them.
        for (const QString &language : disabled) {
            reply = execute(m_all.baseUrl(), m_token, language, helloProgram(language));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            QCOMPARE(reply.json.value(QStringLiteral("stdout")).toString(), QStringLiteral("hi\n"));
        }
        if (disabled.isEmpty())
            QSKIP("this machine runs only Python: no enabled language to disable");
    }

    // Limits are capped per language: an operator may give one language other maxima than the rest.
    // `std` reaches the compiler through REST and through the WebSocket (RemoteRunSession, which
    // `code-remote-run --remote --std` uses), and only a standard of the language is taken.
    void standardReachesTheCompiler()
    {
        if (!m_offered.contains(QStringLiteral("cpp")))
            QSKIP("g++ does not run here");
        const QString code = QStringLiteral("#include <cstdio>\n#if __cplusplus > 201703L\nint main() { std::puts(\"c++20\"); }\n"
                                            "#else\nint main() { std::puts(\"older\"); }\n#endif\n");
        auto executeWith = [&](const QString &language, const QString &standard) {
            QJsonObject body{{"code", code}, {"language", language}};
            if (!standard.isEmpty())
                body.insert(QStringLiteral("std"), standard);
            return request("POST", m_all.baseUrl() + QStringLiteral("/execute?wait=true"), QJsonDocument(body).toJson(), m_token);
        };
        HttpReply reply = executeWith(QStringLiteral("cpp"), QStringLiteral("c++20"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("stdout")).toString(), QStringLiteral("c++20\n"));
        reply = executeWith(QStringLiteral("cpp"), QString());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("stdout")).toString(), QStringLiteral("older\n"));
        reply = executeWith(QStringLiteral("cpp"), QStringLiteral("c++98; rm -rf /"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(errorCode(reply), QStringLiteral("unknown_standard"));
        QVERIFY(reply.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("c++17")));
        reply = executeWith(QStringLiteral("python"), QStringLiteral("c++20"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(errorCode(reply), QStringLiteral("unknown_standard"));

        remote::RemoteRunSession session({QUrl(m_all.baseUrl()), m_token});
        QSignalSpy finished(&session, &runner::RunSession::finished);
        runner::RunRequest run;
        run.language = QStringLiteral("cpp");
        run.source = code.toUtf8();
        run.languageStandard = QStringLiteral("c++20");
        session.start(run);
        QVERIFY(finished.wait(90'000));
        const auto result = finished.first().first().value<runner::RunResult>();
        QVERIFY2(result.status == runner::RunStatus::Ok, qPrintable(result.message));
        QCOMPARE(result.stdoutData, QByteArray("c++20\n"));
    }

    // A JavaScript ES module (what the IDE and `code-remote-run --remote` send for a .mjs file):
    // `std: "module"` runs it as one on the server too.
    void javascriptModuleRunsAsAnEsModule()
    {
        if (!m_offered.contains(QStringLiteral("javascript")))
            QSKIP("node does not run here");
        const QString code = QStringLiteral("import { sep } from 'node:path';\n"
                                            "const n = await Promise.resolve(sep.length);\n"
                                            "console.log(n, typeof require, import.meta.url);\n");
        const QJsonObject body{{"code", code}, {"language", "javascript"}, {"std", "module"}};
        const HttpReply reply = request("POST", m_all.baseUrl() + QStringLiteral("/execute?wait=true"), QJsonDocument(body).toJson(), m_token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(reply.json.value(QStringLiteral("stdout")).toString(), QStringLiteral("1 undefined file:///work/main.mjs\n"));
    }

    void limitsAreCappedPerLanguage()
    {
        ServerProcess server;
        const QString token = server.createToken(QStringLiteral("ada"));
        const QString error = server.start({QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                            QStringLiteral("--language-limits"), QStringLiteral("python:max-wall-ms=1500,python:max-memory-mb=64")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const HttpReply languages = request("GET", server.baseUrl() + QStringLiteral("/languages"), QByteArray(), token);
        QCOMPARE(languages.status, 200);
        for (const QJsonValue &value : languages.json.value(QStringLiteral("languages")).toArray()) {
            const QJsonObject limits = value.toObject().value(QStringLiteral("max_limits")).toObject();
            const bool python = value.toObject().value(QStringLiteral("id")).toString() == QLatin1String("python");
            QCOMPARE(limits.value(QStringLiteral("wall_ms")).toInteger(), python ? 1500 : 30'000);
            QCOMPARE(limits.value(QStringLiteral("memory_mb")).toInteger(), python ? 64 : 256);
        }
        // A client asking for 20 s still gets the language's 1.5 s.
        const QByteArray body = QJsonDocument(QJsonObject{{"code", "while True:\n    pass\n"}, {"language", "python"},
                                                          {"limits", QJsonObject{{"wall_ms", 20'000}}}})
                                    .toJson();
        const HttpReply reply = request("POST", server.baseUrl() + QStringLiteral("/execute?wait=true"), body, token);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("time_limit"));
        QVERIFY2(reply.json.value(QStringLiteral("wall_ms")).toDouble() < 20'000,
                 QJsonDocument(reply.json).toJson().constData());

        ServerProcess bad;
        QVERIFY(bad.start({QStringLiteral("--language-limits"), QStringLiteral("python:max-heap=5")}).contains(QLatin1String("max-heap")));
    }

    // The compile step's limits are the server's too: capped per language like the program's.
    void compileLimitsAreCappedByTheServer()
    {
        if (!m_offered.contains(QStringLiteral("cpp")))
            QSKIP("g++ does not run here");
        ServerProcess server;
        const QString token = server.createToken(QStringLiteral("ada"));
        const QString error = server.start({QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                            QStringLiteral("--language-limits"), QStringLiteral("cpp:max-compile-wall-ms=1")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // /languages says so, for that language only.
        const HttpReply languages = request("GET", server.baseUrl() + QStringLiteral("/languages"), QByteArray(), token);
        for (const QJsonValue &value : languages.json.value(QStringLiteral("languages")).toArray()) {
            const QString id = value.toObject().value(QStringLiteral("id")).toString();
            const QJsonObject compile = value.toObject().value(QStringLiteral("compile_limits")).toObject();
            if (id == QLatin1String("cpp") || id == QLatin1String("java"))
                QCOMPARE(compile.value(QStringLiteral("wall_ms")).toInteger(), id == QLatin1String("cpp") ? 1 : 20'000);
        }
        // A program of its own: nothing the compile cache holds.
        const QString code = helloProgram(QStringLiteral("cpp")) + QStringLiteral("// %1\n").arg(QUuid::createUuid().toString());
        const HttpReply capped = execute(server.baseUrl(), token, QStringLiteral("cpp"), code);
        QCOMPARE(capped.status, 200);
        const QByteArray text = QJsonDocument(capped.json).toJson();
        QCOMPARE(capped.json.value(QStringLiteral("status")).toString(), QStringLiteral("compile_error"));
        QVERIFY2(text.contains("time limit"), text.constData());
        // The same program compiles on a server with the default compile limits.
        const HttpReply normal = execute(m_all.baseUrl(), m_token, QStringLiteral("cpp"), code);
        QCOMPARE(normal.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

        ServerProcess bad;
        QVERIFY(bad.start({QStringLiteral("--max-compile-memory-mb"), QStringLiteral("8")}).contains(QLatin1String("max-compile-memory-mb")));
    }

    void refusesToStartWithAnUnknownLanguage()
    {
        ServerProcess server;
        const QString error = server.start({QStringLiteral("--languages"), QStringLiteral("python,cobol")});
        QVERIFY2(error.contains(QLatin1String("cobol")), qPrintable(error));
    }

    // The hosted platform's 10 KiB applies in strict to every language, not only Python.
    void strictRefusesMoreThan10KiBInEveryLanguage()
    {
        for (const QString &language : std::as_const(m_offered)) {
            const QString comment = language == QLatin1String("python") ? QStringLiteral("#") : QStringLiteral("//");
            QString code = helloProgram(language);
            code += comment + QString(10 * 1024 - code.size() - comment.size(), QLatin1Char('x'));
            QCOMPARE(code.toUtf8().size(), 10 * 1024);
            HttpReply reply = execute(m_all.baseUrl(), m_token, language, code + QLatin1Char('x'));
            QCOMPARE(reply.status, 413);
            QCOMPARE(errorCode(reply), QStringLiteral("code_too_large"));
            reply = execute(m_all.baseUrl(), m_token, language, code);
            QCOMPARE(reply.status, 200);
            QVERIFY2(reply.json.value(QStringLiteral("status")).toString() == QLatin1String("ok"),
                     QJsonDocument(reply.json).toJson().constData());
        }
    }

    // A compiled language reports `compiling`, then `running`, before its output, to a client that asks;
    // its result carries the compile time and, for a broken program, the compiler's diagnostics.
    void compiledLanguagesReportPhasesAndDiagnostics()
    {
        const QStringList compiled = QStringList(m_offered).filter(QRegularExpression(QStringLiteral("^(cpp|java)$")));
        if (compiled.isEmpty())
            QSKIP("neither g++ nor javac runs here");
        for (const QString &language : compiled) {
            WsClient client(m_all.baseUrl(), m_token);
            QVERIFY(client.waitForType(remote::MessageType::Hello));
            remote::Submission submission;
            // Another program than the other tests', so that it does not come from the compile cache.
            submission.code = helloProgram(language) + QStringLiteral("// phases\n");
            submission.language = language;
            submission.reportPhases = true;
            const auto accepted = client.submitAs(submission);
            QVERIFY(accepted && accepted->type == remote::MessageType::JobAccepted);
            const auto result = client.waitForType(remote::MessageType::JobResult, 60'000);
            QVERIFY(result);
            QCOMPARE(result->result.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
            QVERIFY(result->result.value(QStringLiteral("compile_ms")).toDouble() > 0);
            QStringList order;
            for (const remote::Message &m : std::as_const(client.messages)) {
                if (m.type == remote::MessageType::JobPhase)
                    order.append(remote::jobPhaseName(m.phase));
                else if (m.type == remote::MessageType::JobOutput)
                    order.append(QStringLiteral("output"));
            }
            QCOMPARE(order, QStringList({QStringLiteral("compiling"), QStringLiteral("running"), QStringLiteral("output")}));

            // Without the request, no job.phase (an older client would not know it).
            submission.reportPhases = false;
            submission.code = language == QLatin1String("cpp") ? QStringLiteral("int main() {\n  return x;\n}\n")
                                                                : QStringLiteral("public class Main {\n  void f() { return 1; }\n}\n");
            WsClient quiet(m_all.baseUrl(), m_token);
            QVERIFY(quiet.waitForType(remote::MessageType::Hello));
            QVERIFY(quiet.submitAs(submission));
            const auto failed = quiet.waitForType(remote::MessageType::JobResult, 60'000);
            QVERIFY(failed);
            for (const remote::Message &m : std::as_const(quiet.messages))
                QVERIFY(m.type != remote::MessageType::JobPhase);
            QCOMPARE(failed->result.value(QStringLiteral("status")).toString(), QStringLiteral("compile_error"));
            const QJsonArray diagnostics = failed->result.value(QStringLiteral("diagnostics")).toArray();
            QVERIFY(!diagnostics.isEmpty());
            QCOMPARE(diagnostics.first().toObject().value(QStringLiteral("line")).toInt(), 2);
            QCOMPARE(diagnostics.first().toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        }
    }
};

QTEST_GUILESS_MAIN(ServerLanguagesTest)
#include "tst_server_languages.moc"
