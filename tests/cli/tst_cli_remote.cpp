// code-remote-run --remote: the real binary against a real code-remote-server on loopback, compared with
// local runs of the same programs; and the pieces (options, failure lines) as units.
#include <cli/CliOptions.h>
#include <remote/RemoteRunSession.h>
#include "ServerProcess.h"
#include <cli/RemoteRun.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <csignal>
#include <sys/types.h>

using namespace cli;

namespace {
struct Run
{
    int exitCode = -1;
    bool normalExit = false;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

QString runBinary()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/code-remote-run");
}

// The caller's shell may name a server; a local run must not go there.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("CODE_REMOTE_URL"));
    environment.remove(QStringLiteral("CODE_REMOTE_TOKEN"));
    environment.remove(QStringLiteral("GEMINI_API_KEY"));
    environment.remove(QStringLiteral("CODE_REMOTE_GEMINI_KEY"));
    return environment;
}

// A loopback port nothing listens on: the kernel picks a free one, then it is closed again.
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot bind a loopback port");
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}
} // namespace

class RemoteCliTest : public QObject
{
    Q_OBJECT

    ServerProcess m_server;
    QString m_token;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content);
        return path;
    }

    Run run(const QStringList &arguments, const QProcessEnvironment &environment = cleanEnvironment(),
            const QByteArray &input = QByteArray())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        process.start(runBinary(), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60'000)) {
            qWarning("code-remote-run did not finish");
            process.kill();
            process.waitForFinished(5'000);
        }
        return {process.exitCode(), process.exitStatus() == QProcess::NormalExit,
                process.readAllStandardOutput(), process.readAllStandardError(), clock.elapsed()};
    }

    QStringList remote(const QStringList &arguments) const
    {
        return QStringList{QStringLiteral("--remote"), m_server.baseUrl(), QStringLiteral("--token"),
                           m_token} +
               arguments;
    }

    QByteArray request(const QByteArray &method, const QUrl &url, const QString &token = QString(),
                       const QByteArray &body = QByteArray())
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray answer = reply->readAll();
        reply->deleteLater();
        return answer;
    }

    // One sample of the server's Prometheus text, e.g. `code_remote_jobs_submitted_total`; 0 if absent.
    double metric(const QByteArray &sample, const QString &baseUrl = QString())
    {
        const QByteArray text = request(
            "GET", QUrl((baseUrl.isEmpty() ? m_server.baseUrl() : baseUrl) + QStringLiteral("/metrics")));
        for (const QByteArray &line : text.split('\n')) {
            if (line.startsWith(sample + ' '))
                return line.mid(sample.size() + 1).toDouble();
        }
        return 0;
    }

    double jobsSubmitted() { return metric("code_remote_jobs_submitted_total"); }

    // Reads the process's stdout until it holds `expected` (output may come in any number of pieces).
    static bool waitForOutput(QProcess &process, const QByteArray &expected)
    {
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (!out.contains(expected) && clock.elapsed() < 20'000 &&
               process.state() != QProcess::NotRunning) {
            process.waitForReadyRead(100);
            out += process.readAllStandardOutput();
        }
        return out.contains(expected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CODE_REMOTE_WARM_HOST", "0"); // no warm host outlives the suite
        QVERIFY2(QFile::exists(ServerProcess::executable()), qPrintable(ServerProcess::executable()));
        QVERIFY(m_dir.isValid());
        m_token = m_server.createToken(QStringLiteral("cli"));
        QVERIFY(!m_token.isEmpty());
        const QString error =
            m_server.start({QStringLiteral("--allow-standard-profile"), QStringLiteral("true"),
                            QStringLiteral("--rate-limit"), QStringLiteral("0"),
                            QStringLiteral("--max-jobs-per-token"), QStringLiteral("0")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    // --- options, as units ---------------------------------------------------------------------------

    void flagsWinOverTheEnvironment()
    {
        const QStringList environment{QStringLiteral("CODE_REMOTE_URL=ws://env:1"),
                                      QStringLiteral("CODE_REMOTE_TOKEN=env-token")};
        ParseOutcome parsed =
            parseArguments({QStringLiteral("--remote"), QStringLiteral("ws://flag:2"),
                            QStringLiteral("--token"), QStringLiteral("flag-token"), QStringLiteral("x.py")},
                           environment);
        QCOMPARE(parsed.exitCode, 0);
        QCOMPARE(parsed.options.remoteUrl, QStringLiteral("ws://flag:2"));
        QCOMPARE(parsed.options.remoteToken, QStringLiteral("flag-token"));
        // Each one on its own: the flag's URL with the environment's token.
        parsed = parseArguments(
            {QStringLiteral("--remote"), QStringLiteral("ws://flag:2"), QStringLiteral("x.py")}, environment);
        QCOMPARE(parsed.options.remoteToken, QStringLiteral("env-token"));
        // An empty --remote runs here even when the environment names a server.
        parsed = parseArguments({QStringLiteral("--remote"), QString(), QStringLiteral("x.py")}, environment);
        QCOMPARE(parsed.exitCode, 0);
        QVERIFY(!parsed.options.isRemote());
        // "host:port" means http://, as CODE_REMOTE_URL does for the IDE.
        parsed = parseArguments({QStringLiteral("--remote"), QStringLiteral("127.0.0.1:8000"),
                                 QStringLiteral("--token"), QStringLiteral(" t \n"), QStringLiteral("x.py")},
                                {});
        QCOMPARE(parsed.exitCode, 0);
        QCOMPARE(remoteTargetOf(parsed.options).url, QUrl(QStringLiteral("http://127.0.0.1:8000")));
        QCOMPARE(remoteTargetOf(parsed.options).token, QStringLiteral("t"));
        QVERIFY(remoteTargetOf(parsed.options).validate().isEmpty());
    }

    void refusesRemoteOptionsThatCannotWork_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("mentions");
        const QString url = QStringLiteral("http://127.0.0.1:8000");
        QTest::newRow("--remote without a token")
            << QStringList{QStringLiteral("--remote"), url, QStringLiteral("x.py")} << QStringList{}
            << QStringLiteral("--token");
        QTest::newRow("CODE_REMOTE_URL without a token")
            << QStringList{QStringLiteral("x.py")} << QStringList{QStringLiteral("CODE_REMOTE_URL=") + url}
            << QStringLiteral("CODE_REMOTE_URL needs an API token");
        QTest::newRow("--token without a server")
            << QStringList{QStringLiteral("--token"), QStringLiteral("t"), QStringLiteral("x.py")}
            << QStringList{} << QStringLiteral("--remote URL");
        QTest::newRow("not a server URL")
            << QStringList{QStringLiteral("--remote"), QStringLiteral("ftp://h"), QStringLiteral("--token"),
                           QStringLiteral("t"), QStringLiteral("x.py")}
            << QStringList{} << QStringLiteral("ftp://h");
        QTest::newRow("--env with a server")
            << QStringList{QStringLiteral("--env"), QStringLiteral("A=1"), QStringLiteral("x.py")}
            << QStringList{QStringLiteral("CODE_REMOTE_URL=") + url, QStringLiteral("CODE_REMOTE_TOKEN=t")}
            << QStringLiteral("--env");
        QTest::newRow("--sandbox-info with --remote")
            << QStringList{QStringLiteral("--sandbox-info"), QStringLiteral("--remote"), url,
                           QStringLiteral("--token"), QStringLiteral("t")}
            << QStringList{} << QStringLiteral("this machine");
    }
    void refusesRemoteOptionsThatCannotWork()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, environment);
        QFETCH(QString, mentions);
        const ParseOutcome parsed = parseArguments(arguments, environment);
        QCOMPARE(parsed.exitCode, int(ExitUsage));
        QVERIFY2(parsed.message.contains(mentions), qPrintable(parsed.message));
        // The binary: one line, exit 64, nothing run on the server.
        QProcessEnvironment processEnvironment = cleanEnvironment();
        for (const QString &entry : std::as_const(environment))
            processEnvironment.insert(entry.section(QLatin1Char('='), 0, 0),
                                      entry.section(QLatin1Char('='), 1));
        const double before = jobsSubmitted();
        const Run result = run(arguments, processEnvironment);
        QCOMPARE(result.exitCode, int(ExitUsage));
        QCOMPARE(result.err, ("code-remote-run: " + parsed.message + QLatin1Char('\n')).toUtf8());
        QVERIFY(result.out.isEmpty());
        QCOMPARE(jobsSubmitted(), before);
    }

    void sandboxInfoIgnoresAServerFromTheEnvironment()
    {
        QProcessEnvironment environment = cleanEnvironment();
        environment.insert(QStringLiteral("CODE_REMOTE_URL"), m_server.baseUrl());
        const Run result = run({QStringLiteral("--sandbox-info")}, environment);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains("Seccomp"));
    }

    void refusesWhatAServerCannotTakeBeforeConnecting()
    {
        const double before = jobsSubmitted();
        // The standard profile takes 1 MiB locally; a server takes 10 KiB whatever the profile.
        QByteArray big = "x = 1\n";
        while (big.size() <= 10 * 1024)
            big += "# padding padding padding padding padding padding padding padding\n";
        big += "print('ran')\n";
        const QString bigPath = write(QStringLiteral("big.py"), big);
        const Run tooLarge = run(remote({QStringLiteral("--profile"), QStringLiteral("standard"), bigPath}));
        QCOMPARE(tooLarge.exitCode, int(ExitTooLarge));
        QVERIFY2(tooLarge.err.contains("10 KiB, the limit of a Code Remote server"),
                 tooLarge.err.constData());
        QCOMPARE(run({QStringLiteral("--profile"), QStringLiteral("standard"), bigPath}).out,
                 QByteArray("ran\n"));
        // Input travels as JSON text: other bytes are refused rather than changed on the way.
        const QString program = write(QStringLiteral("echo.py"), "print(input())\n");
        const QString latin1 = write(QStringLiteral("latin1.txt"), "caf\xe9\n");
        const Run notUtf8 = run(remote({QStringLiteral("--stdin"), latin1, program}));
        QCOMPARE(notUtf8.exitCode, int(ExitNotUtf8));
        QCOMPARE(notUtf8.err.count('\n'), 1);
        QVERIFY(notUtf8.err.contains("latin1.txt"));
        // The same for a file large enough to be fed as the program reads: it is checked first, whole,
        // also where a bad byte or a cut character sits at its very end.
        const QByteArray text = QByteArray("\xc3\xa9t\xc3\xa9\n").repeated(300'000);
        for (const QByteArray &tail : {QByteArray("\xe9\n"), QByteArray("\xe2\x82")}) {
            const QString largePath = write(QStringLiteral("large-not-utf8.txt"), text + tail);
            const Run largeNotUtf8 = run(remote({QStringLiteral("--stdin"), largePath, program}));
            QCOMPARE(largeNotUtf8.exitCode, int(ExitNotUtf8));
            QVERIFY(largeNotUtf8.err.contains("large-not-utf8.txt"));
        }
        QCOMPARE(run(remote({QStringLiteral("--stdin"), write(QStringLiteral("large-utf8.txt"), text), program})).out,
                 QByteArray("\xc3\xa9t\xc3\xa9\n"));
        QCOMPARE(jobsSubmitted(), before + 1);
    }

    void describesEachRemoteFailureInOneLine_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("connected");
        QTest::addColumn<QString>("jobId");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        using remote::ErrorCode;
        QTest::newRow("unreachable") << int(ErrorCode::Unavailable) << false << QString()
                                     << int(ExitRemoteFailed)
                                     << QStringLiteral(
                                            "cannot reach the server at ws://h:1: connection refused");
        QTest::newRow("lost during the run")
            << int(ErrorCode::Unavailable) << true << QStringLiteral("j1") << int(ExitRemoteFailed)
            << QStringLiteral("job j1 may still finish");
        QTest::newRow("bad token") << int(ErrorCode::Unauthorized) << false << QString()
                                   << int(ExitRemoteUnauthorized) << QStringLiteral("refused the API token");
        QTest::newRow("busy") << int(ErrorCode::Busy) << true << QString() << int(ExitRemoteBusy)
                              << QStringLiteral("retry in 7 s");
        QTest::newRow("rate limited") << int(ErrorCode::RateLimited) << true << QString()
                                      << int(ExitRemoteBusy) << QStringLiteral("retry in 7 s");
        QTest::newRow("too many jobs") << int(ErrorCode::TooManyJobs) << true << QString()
                                       << int(ExitRemoteBusy) << QStringLiteral("retry in 7 s");
        QTest::newRow("shutting down") << int(ErrorCode::ShuttingDown) << true << QString()
                                       << int(ExitRemoteBusy) << QStringLiteral("shutting down");
        QTest::newRow("protocol") << int(ErrorCode::UnsupportedVersion) << true << QString()
                                  << int(ExitRemoteProtocol) << QStringLiteral("protocol error");
        QTest::newRow("bad message") << int(ErrorCode::BadMessage) << true << QString()
                                     << int(ExitRemoteProtocol) << QStringLiteral("bad_message");
        QTest::newRow("code too large") << int(ErrorCode::CodeTooLarge) << true << QString()
                                        << int(ExitTooLarge) << QStringLiteral("refused the run");
        QTest::newRow("unknown language") << int(ErrorCode::UnknownLanguage) << true << QString()
                                          << int(ExitUnknownLanguage) << QStringLiteral("refused the run");
        QTest::newRow("profile not allowed") << int(ErrorCode::InvalidLimits) << true << QString()
                                             << int(ExitInvalidLimit) << QStringLiteral("refused the run");
        QTest::newRow("internal") << int(ErrorCode::Internal) << true << QStringLiteral("j1")
                                  << int(ExitRemoteFailed) << QStringLiteral("failed");
    }
    void describesEachRemoteFailureInOneLine()
    {
        QFETCH(int, code);
        QFETCH(bool, connected);
        QFETCH(QString, jobId);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const remote::Error error{remote::ErrorCode(code), QStringLiteral("Connection refused"), 7};
        const RunFailure failure =
            describeRemoteFailure(error, QUrl(QStringLiteral("ws://h:1")), connected, jobId);
        QCOMPARE(failure.exitCode, exitCode);
        QVERIFY2(failure.message.contains(mentions), qPrintable(failure.message));
        QVERIFY2(failure.message.contains(QLatin1String("ws://h:1")), qPrintable(failure.message));
        QVERIFY(!failure.message.contains(QLatin1Char('\n')));
    }

    // --- a real server --------------------------------------------------------------------------------

    void runsHelloWorldRemotelyAsLocally()
    {
        const QString path =
            write(QStringLiteral("hello.py"), "print('hello, world')\nprint('second line')\n");
        const double before = jobsSubmitted();
        const Run local = run({path});
        const Run remoteRun = run(remote({path}));
        QCOMPARE(remoteRun.out, QByteArray("hello, world\nsecond line\n"));
        QCOMPARE(remoteRun.out, local.out);
        QCOMPARE(remoteRun.err, local.err);
        QCOMPARE(remoteRun.exitCode, 0);
        QCOMPARE(remoteRun.exitCode, local.exitCode);
        QCOMPARE(jobsSubmitted(), before + 1); // it ran on the server, not here
    }

    void printsTheSameJsonObjectAsALocalRun()
    {
        const QString path = write(QStringLiteral("json.py"), "print('hi')\n");
        const Run local = run({QStringLiteral("--json"), path});
        const Run remoteRun = run(remote({QStringLiteral("--json"), path}));
        QCOMPARE(remoteRun.exitCode, 0);
        QCOMPARE(remoteRun.out.count('\n'), 1);
        QVERIFY(remoteRun.err.isEmpty());
        const QJsonObject localObject = QJsonDocument::fromJson(local.out).object();
        const QJsonObject remoteObject = QJsonDocument::fromJson(remoteRun.out).object();
        QVERIFY(!remoteObject.isEmpty());
        QCOMPARE(sortedKeys(remoteObject), sortedKeys(localObject));
        for (const char *key : {"status", "exit_code", "signal", "limit", "stdout", "stderr",
                                "output_truncated", "language", "profile", "violations"})
            QCOMPARE(remoteObject.value(QLatin1String(key)), localObject.value(QLatin1String(key)));
        QCOMPARE(remoteObject.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(remoteObject.value(QStringLiteral("peak_memory_kb")).toInt() > 0);
    }

    void mapsAFailingProgramAsLocally_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("stderrContains");
        QTest::newRow("exit 3")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("standard")}
            << QByteArray("import sys\nprint('out')\nprint('err', file=sys.stderr)\nsys.exit(3)\n") << 3
            << QByteArray("err\n");
        QTest::newRow("traceback") << QStringList{}
                                   << QByteArray(
                                          "def f():\n    raise ValueError('boom')\nprint('before')\nf()\n")
                                   << 1 << QByteArray("ValueError: boom");
        QTest::newRow("security violation") << QStringList{} << QByteArray("import os\nprint(os.getcwd())\n")
                                            << 1 << QByteArray("rejected by the sandbox");
        QTest::newRow("time limit") << QStringList{QStringLiteral("--timeout"), QStringLiteral("0.5")}
                                    << QByteArray("while True:\n    pass\n") << int(ExitTimeLimit)
                                    << QByteArray("wall-clock limit of 0.5 s");
    }
    void mapsAFailingProgramAsLocally()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, source);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, stderrContains);
        const QString path = write(QStringLiteral("fails.py"), source);
        const Run local = run(options + QStringList{path});
        const Run remoteRun = run(remote(options + QStringList{path}));
        QCOMPARE(remoteRun.exitCode, exitCode);
        QCOMPARE(remoteRun.exitCode, local.exitCode);
        QCOMPARE(remoteRun.out, local.out);
        QVERIFY2(remoteRun.err.contains(stderrContains), remoteRun.err.constData());
        QCOMPARE(remoteRun.err, local.err);
        // And the --json object says the same.
        const QJsonObject localObject =
            QJsonDocument::fromJson(run(options + QStringList{QStringLiteral("--json"), path}).out).object();
        const Run remoteJson = run(remote(options + QStringList{QStringLiteral("--json"), path}));
        QCOMPARE(remoteJson.exitCode, exitCode);
        const QJsonObject remoteObject = QJsonDocument::fromJson(remoteJson.out).object();
        QCOMPARE(remoteObject.value(QStringLiteral("status")), localObject.value(QStringLiteral("status")));
        QCOMPARE(remoteObject.value(QStringLiteral("exit_code")),
                 localObject.value(QStringLiteral("exit_code")));
        QCOMPARE(remoteObject.value(QStringLiteral("stderr")), localObject.value(QStringLiteral("stderr")));
        QCOMPARE(remoteObject.value(QStringLiteral("violations")),
                 localObject.value(QStringLiteral("violations")));
    }

    void feedsStandardInputAsLocally_data()
    {
        QTest::addColumn<bool>("throughAPipe");
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("--stdin FILE") << false << QByteArray("line 1\nline 2\n");
        QTest::newRow("--stdin /dev/stdin, piped") << true << QByteArray("piped 1\npiped 2\n");
        // Over the protocol's 64 KiB per message: it must arrive whole all the same.
        QByteArray large;
        for (int i = 0; large.size() < 200 * 1024; ++i)
            large += QByteArray::number(i) + " ünïcode\n";
        QTest::newRow("200 KiB from a file") << false << large;
        QTest::newRow("200 KiB piped") << true << large;
        // Twenty times the server's window of unread input per job (issue 17, item 3): the client paces
        // itself on the server's job.input_taken reports, so all of it arrives and nothing is refused.
        QByteArray huge;
        huge.reserve(20 * 1024 * 1024 + 64);
        for (int i = 0; huge.size() < 20 * 1024 * 1024; ++i)
            huge += QByteArray::number(i) + " ünïcode line of input\n";
        QTest::newRow("20 MiB from a file") << false << huge;
    }
    void feedsStandardInputAsLocally()
    {
        QFETCH(bool, throughAPipe);
        QFETCH(QByteArray, input);
        const QString program =
            write(QStringLiteral("stdin.py"),
                  "import sys, hashlib\ndata = sys.stdin.buffer.read()\n"
                  "print(len(data), data.count(b'\\n'), hashlib.sha256(data).hexdigest())\n"
                  "print(repr(data[:20]))\n");
        QStringList arguments{QStringLiteral("--profile"), QStringLiteral("standard"),
                              QStringLiteral("--stdin")};
        arguments << (throughAPipe ? QStringLiteral("/dev/stdin") : write(QStringLiteral("input.txt"), input))
                  << program;
        const QByteArray pipe = throughAPipe ? input : QByteArray();
        const Run local = run(arguments, cleanEnvironment(), pipe);
        const Run remoteRun = run(remote(arguments), cleanEnvironment(), pipe);
        QCOMPARE(remoteRun.exitCode, 0);
        QVERIFY2(remoteRun.out.startsWith(QByteArray::number(input.size()) + ' '), remoteRun.out.constData());
        QCOMPARE(remoteRun.out, local.out);
    }

    // A --stdin file far larger than the server's window is read as the run takes it, locally and on a
    // server: code-remote-run's peak resident memory stays well under the file's size.
    void largeStdinFileIsNotLoadedWhole_data()
    {
        QTest::addColumn<bool>("onServer");
        QTest::newRow("local") << false;
        QTest::newRow("--remote") << true;
    }
    void largeStdinFileIsNotLoadedWhole()
    {
        QFETCH(bool, onServer);
        constexpr qint64 kFileBytes = 96 * 1024 * 1024;
        const QString input = m_dir.filePath(QStringLiteral("large-input.txt"));
        if (QFileInfo(input).size() != kFileBytes) {
            QFile file(input);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray block = (QByteArray(63, 'x') + '\n').repeated(16 * 1024); // 1 MiB
            for (qint64 written = 0; written < kFileBytes; written += block.size())
                QCOMPARE(file.write(block), block.size());
        }
        const QString program = write(QStringLiteral("count.py"),
                                      "import sys\nn = 0\nwhile True:\n"
                                      "    b = sys.stdin.buffer.read(65536)\n"
                                      "    if not b:\n        break\n    n += len(b)\nprint(n)\n");
        QStringList arguments{QStringLiteral("--profile"), QStringLiteral("standard"), QStringLiteral("--timeout"),
                              QStringLiteral("60"), QStringLiteral("--stdin"), input, program};
        if (onServer)
            arguments = remote(arguments);
        QProcess process;
        process.setProcessEnvironment(cleanEnvironment());
        process.start(runBinary(), arguments);
        QVERIFY(process.waitForStarted());
        // VmHWM is the process's peak resident size so far; the last reading before it exits is the peak
        // of the whole transfer (code-remote-run execs code-remote-run-full in the same process).
        const QString status = QStringLiteral("/proc/%1/status").arg(process.processId());
        qint64 peakKiB = 0;
        QElapsedTimer clock;
        clock.start();
        while (!process.waitForFinished(20) && clock.elapsed() < 120'000) {
            QFile file(status);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : file.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    peakKiB = std::max(peakKiB, line.mid(6).trimmed().split(' ').value(0).toLongLong());
            }
        }
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(process.readAllStandardOutput(), QByteArray::number(kFileBytes) + '\n');
        qInfo("%s: %lld MiB of stdin, peak resident %lld MiB", onServer ? "remote" : "local",
              kFileBytes / (1024 * 1024), peakKiB / 1024);
        QVERIFY(peakKiB > 0);
        QVERIFY2(peakKiB * 1024 < kFileBytes / 2, qPrintable(QStringLiteral("peak %1 KiB").arg(peakKiB)));
    }

    void readsTheProgramFromAPipe()
    {
        const QByteArray source = "print(6 * 7)\n";
        const Run local = run({QStringLiteral("-")}, cleanEnvironment(), source);
        const Run remoteRun = run(remote({QStringLiteral("-")}), cleanEnvironment(), source);
        QCOMPARE(remoteRun.out, QByteArray("42\n"));
        QCOMPARE(remoteRun.out, local.out);
        QCOMPARE(remoteRun.exitCode, 0);
    }

    void takesTheServerFromTheEnvironment()
    {
        const QString path = write(QStringLiteral("env.py"), "print('from the environment')\n");
        QProcessEnvironment environment = cleanEnvironment();
        environment.insert(QStringLiteral("CODE_REMOTE_URL"), m_server.baseUrl());
        environment.insert(QStringLiteral("CODE_REMOTE_TOKEN"), m_token);
        double before = jobsSubmitted();
        const Run fromEnvironment = run({path}, environment);
        QCOMPARE(fromEnvironment.exitCode, 0);
        QCOMPARE(fromEnvironment.out, QByteArray("from the environment\n"));
        QCOMPARE(jobsSubmitted(), before + 1);

        // The flags win: the environment names a dead server and a bad token.
        QProcessEnvironment wrong = cleanEnvironment();
        wrong.insert(QStringLiteral("CODE_REMOTE_URL"),
                     QStringLiteral("ws://127.0.0.1:%1").arg(closedPort()));
        wrong.insert(QStringLiteral("CODE_REMOTE_TOKEN"), QStringLiteral("not-a-token"));
        before = jobsSubmitted();
        const Run flags = run(remote({path}), wrong);
        QCOMPARE(flags.exitCode, 0);
        QCOMPARE(flags.out, QByteArray("from the environment\n"));
        QCOMPARE(jobsSubmitted(), before + 1);
        // ...also one at a time: a bad --token beats a good CODE_REMOTE_TOKEN.
        const Run badFlag =
            run({QStringLiteral("--token"), QStringLiteral("not-a-token"), path}, environment);
        QCOMPARE(badFlag.exitCode, int(ExitRemoteUnauthorized));
    }

    void reportsABadToken()
    {
        const QString path = write(QStringLiteral("token.py"), "print('never')\n");
        const QStringList arguments{QStringLiteral("--remote"), m_server.baseUrl(), QStringLiteral("--token"),
                                    QStringLiteral("not-a-token"), path};
        const Run text = run(arguments);
        QCOMPARE(text.exitCode, int(ExitRemoteUnauthorized));
        QVERIFY(text.out.isEmpty());
        QCOMPARE(text.err.count('\n'), 1);
        QVERIFY2(text.err.startsWith("code-remote-run: the server at " + m_server.baseUrl().toUtf8() +
                                     " refused the API token"),
                 text.err.constData());
        // --json: the same line and no object, as for input refused before a local run.
        const Run json = run(QStringList{QStringLiteral("--json")} + arguments);
        QCOMPARE(json.exitCode, int(ExitRemoteUnauthorized));
        QVERIFY(json.out.isEmpty());
        QCOMPARE(json.err, text.err);
    }

    void reportsAnUnreachableServerQuickly()
    {
        const QString path = write(QStringLiteral("unreachable.py"), "print('never')\n");
        const QString url = QStringLiteral("ws://127.0.0.1:%1").arg(closedPort());
        const QStringList arguments{QStringLiteral("--remote"), url, QStringLiteral("--token"),
                                    QStringLiteral("t"), path};
        const QByteArray expected =
            "code-remote-run: cannot reach the server at " + url.toUtf8() + ": connection refused\n";
        const Run text = run(arguments);
        QCOMPARE(text.exitCode, int(ExitRemoteFailed));
        QCOMPARE(text.err, expected);
        QVERIFY(text.out.isEmpty());
        QVERIFY2(text.ms < 5'000, QByteArray::number(text.ms).constData());
        // --json, and with an analysis running beside it: the same line, no object, no waiting.
        const Run json = run(QStringList{QStringLiteral("--json"), QStringLiteral("--analyze")} + arguments);
        QCOMPARE(json.exitCode, int(ExitRemoteFailed));
        QCOMPARE(json.err, expected);
        QVERIFY(json.out.isEmpty());
        QVERIFY2(json.ms < 5'000, QByteArray::number(json.ms).constData());
    }

    void reportsAServerThatDiesDuringTheRun()
    {
        ServerProcess doomed;
        const QString token = doomed.createToken(QStringLiteral("doomed"));
        QVERIFY(doomed.start({QStringLiteral("--allow-standard-profile"), QStringLiteral("true")}).isEmpty());
        const QString path =
            write(QStringLiteral("long.py"), "import time\nprint('started', flush=True)\ntime.sleep(5)\n");
        QProcess process;
        process.setProcessEnvironment(cleanEnvironment());
        process.start(runBinary(), {QStringLiteral("--remote"), doomed.baseUrl(), QStringLiteral("--token"),
                                    token, QStringLiteral("--profile"), QStringLiteral("standard"),
                                    QStringLiteral("--timeout"), QStringLiteral("6"), path});
        QVERIFY2(waitForOutput(process, "started\n"), process.readAllStandardError().constData());
        doomed.kill9();
        // The client retries for a few seconds (the server might be restarting), then gives up.
        QVERIFY(process.waitForFinished(20'000));
        QCOMPARE(process.exitCode(), int(ExitRemoteFailed));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(err.count('\n'), 1);
        QVERIFY2(err.startsWith("code-remote-run: lost the connection to the server at " +
                                doomed.baseUrl().toUtf8() + " during the run: "),
                 err.constData());
        QVERIFY2(err.contains("may still finish there"), err.constData());
    }

    void givesUpOnAServerThatNeverAnswers()
    {
        // The kernel completes the TCP handshake; nothing ever answers the WebSocket upgrade.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(silent.serverPort()));
        RemoteRun session(remote::RemoteTarget{url, QStringLiteral("t")}, 1'000);
        QSignalSpy finished(&session, &runner::RunSession::finished);
        QElapsedTimer clock;
        clock.start();
        runner::RunRequest request;
        request.source = "print(1)\n";
        session.start(request);
        QVERIFY(finished.wait(10'000));
        QVERIFY2(clock.elapsed() < 4'000, QByteArray::number(clock.elapsed()).constData());
        const std::optional<RunFailure> failure = session.failure();
        QVERIFY(failure);
        QCOMPARE(failure->exitCode, int(ExitRemoteFailed));
        QCOMPARE(failure->message,
                 QStringLiteral("cannot reach the server at %1: no answer within 1 s").arg(url.toString()));
    }

    void reportsAProtocolError()
    {
        // A server that speaks a protocol version this client does not know.
        QWebSocketServer fake(QStringLiteral("fake"), QWebSocketServer::NonSecureMode);
        QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
        connect(&fake, &QWebSocketServer::newConnection, &fake, [&fake] {
            QWebSocket *socket = fake.nextPendingConnection();
            socket->setParent(&fake);
            socket->sendTextMessage(QStringLiteral("{\"v\": 99, \"type\": \"hello\", \"server\": \"fake\"}"));
        });
        const QString url = QStringLiteral("ws://127.0.0.1:%1").arg(fake.serverPort());
        const QString path = write(QStringLiteral("protocol.py"), "print('never')\n");
        QProcess process;
        process.setProcessEnvironment(cleanEnvironment());
        process.start(runBinary(), {QStringLiteral("--remote"), url, QStringLiteral("--token"),
                                    QStringLiteral("t"), path});
        // The fake server lives in this process: keep its event loop turning while the CLI runs.
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 15'000);
        QCOMPARE(process.exitCode(), int(ExitRemoteProtocol));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(err.count('\n'), 1);
        QVERIFY2(err.startsWith("code-remote-run: protocol error with the server at " + url.toUtf8()),
                 err.constData());
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

    // A server of before stdin flow control announces no window and would refuse a submit field it does
    // not know: the client neither asks for job.input_taken nor waits for it, and sends all the input.
    void sendsInputUnpacedToAServerWithoutAWindow()
    {
        QWebSocketServer fake(QStringLiteral("fake"), QWebSocketServer::NonSecureMode);
        QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
        QByteArray received;
        bool closed = false;
        QStringList submitFields;
        connect(&fake, &QWebSocketServer::newConnection, &fake, [&] {
            QWebSocket *socket = fake.nextPendingConnection();
            socket->setParent(&fake);
            connect(socket, &QWebSocket::textMessageReceived, socket, [&, socket](const QString &text) {
                const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
                const QString type = message.value(QStringLiteral("type")).toString();
                if (type == QLatin1String("submit")) {
                    submitFields = message.keys();
                    received += message.value(QStringLiteral("stdin")).toString().toUtf8();
                    socket->sendTextMessage(QString::fromUtf8(remote::encodeJobAccepted(QStringLiteral("j1"), {})));
                } else if (type == QLatin1String("stdin")) {
                    received += message.value(QStringLiteral("data")).toString().toUtf8();
                } else if (type == QLatin1String("stdin.close")) {
                    closed = true;
                    socket->sendTextMessage(QString::fromUtf8(remote::encodeJobResult(
                        QStringLiteral("j1"), {{QStringLiteral("status"), QStringLiteral("ok")}})));
                }
            });
            socket->sendTextMessage(QString::fromUtf8(remote::encodeHello(QStringLiteral("old server"))));
        });
        remote::RemoteRunSession session(
            {QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(fake.serverPort())), QStringLiteral("t")});
        QSignalSpy finished(&session, &runner::RunSession::finished);
        runner::RunRequest request;
        request.source = "print(input())\n";
        request.stdinData = QByteArray("old\n").repeated(3 * 256 * 1024); // 3 MiB, thrice the window
        session.start(request);
        QVERIFY(finished.wait(30'000));
        QVERIFY(!session.remoteError());
        QVERIFY(closed);
        QCOMPARE(received.size(), request.stdinData.size());
        QVERIFY(received == request.stdinData);
        QVERIFY2(!submitFields.contains(QStringLiteral("report_input_taken")), qPrintable(submitFields.join(',')));
    }

    void reportsAFullQueueAndARefusedProfile()
    {
        // One worker, room for one waiting job, the standard profile not allowed.
        ServerProcess small;
        const QString token = small.createToken(QStringLiteral("small"));
        QVERIFY(small
                    .start({QStringLiteral("--workers"), QStringLiteral("1"), QStringLiteral("--queue-size"),
                            QStringLiteral("1"), QStringLiteral("--max-jobs-per-token"), QStringLiteral("0"),
                            QStringLiteral("--rate-limit"), QStringLiteral("0"),
                            QStringLiteral("--shutdown-grace"), QStringLiteral("0")})
                    .isEmpty());
        const QString path = write(QStringLiteral("queued.py"), "print('never')\n");
        const QStringList server{QStringLiteral("--remote"), small.baseUrl(), QStringLiteral("--token"),
                                 token};

        const Run profile =
            run(server + QStringList{QStringLiteral("--profile"), QStringLiteral("standard"), path});
        QCOMPARE(profile.exitCode, int(ExitInvalidLimit));
        QCOMPARE(profile.err.count('\n'), 1);
        QVERIFY2(profile.err.startsWith("code-remote-run: the server at " + small.baseUrl().toUtf8() +
                                        " refused the run: "),
                 profile.err.constData());

        const QByteArray spin = QJsonDocument(QJsonObject{{"code", "while True:\n    pass\n"},
                                                          {"language", "python"},
                                                          {"limits", QJsonObject{{"wall_ms", 20000}}}})
                                    .toJson();
        const QUrl execute(small.baseUrl() + QStringLiteral("/execute"));
        QVERIFY(QJsonDocument::fromJson(request("POST", execute, token, spin))
                    .object()
                    .contains(QStringLiteral("job_id"))); // runs
        QTRY_COMPARE_WITH_TIMEOUT(metric("code_remote_jobs_running", small.baseUrl()), 1.0, 10'000);
        QVERIFY(QJsonDocument::fromJson(request("POST", execute, token, spin))
                    .object()
                    .contains(QStringLiteral("job_id"))); // waits

        const Run busy = run(server + QStringList{path});
        QCOMPARE(busy.exitCode, int(ExitRemoteBusy));
        QCOMPARE(busy.err.count('\n'), 1);
        QVERIFY2(
            busy.err.startsWith("code-remote-run: the server at " + small.baseUrl().toUtf8() + " is busy"),
            busy.err.constData());
        QVERIFY2(busy.err.contains("retry in "), busy.err.constData());
        QVERIFY(busy.out.isEmpty());
        QCOMPARE(small.terminate(), 0);
    }

    void cancelsTheJobOnTheServerOnCtrlC()
    {
        const QString path =
            write(QStringLiteral("sleep.py"),
                  "import time\nprint('started', flush=True)\ntime.sleep(60)\nprint('not reached')\n");
        const QByteArray cancelled = "code_remote_jobs_finished_total{status=\"cancelled\"}";
        const double cancelledBefore = metric(cancelled);
        QProcess process;
        process.setProcessEnvironment(cleanEnvironment());
        process.start(runBinary(), remote({QStringLiteral("--profile"), QStringLiteral("standard"), path}));
        QVERIFY2(waitForOutput(process, "started\n"), process.readAllStandardError().constData());
        QCOMPARE(metric("code_remote_jobs_running"), 1.0);

        QElapsedTimer clock;
        clock.start();
        QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(15'000));
        QVERIFY2(clock.elapsed() < 8'000, QByteArray::number(clock.elapsed()).constData());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), int(ExitCancelled));
        QVERIFY(!process.readAllStandardOutput().contains("not reached"));
        QVERIFY(process.readAllStandardError().contains("cancelled"));
        // The server ended the job as cancelled; it did not just lose its client and run on.
        QTRY_COMPARE_WITH_TIMEOUT(metric(cancelled), cancelledBefore + 1, 5'000);
        QCOMPARE(metric("code_remote_jobs_running"), 0.0);
    }

    void analyzesHereBesideARemoteRun()
    {
        const QString path =
            write(QStringLiteral("pairs.py"),
                  "n = 30\nfor i in range(n):\n    for j in range(n):\n        pass\nprint('done')\n");
        const double before = jobsSubmitted();
        const Run result = run(remote({QStringLiteral("--analyze"), QStringLiteral("--json"), path}));
        QCOMPARE(result.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(object.value(QStringLiteral("stdout")).toString(), QStringLiteral("done\n"));
        QCOMPARE(
            object.value(QStringLiteral("analysis")).toObject().value(QStringLiteral("provider")).toString(),
            QStringLiteral("static"));
        QCOMPARE(jobsSubmitted(), before + 1);
    }
};

QTEST_GUILESS_MAIN(RemoteCliTest)
#include "tst_cli_remote.moc"
