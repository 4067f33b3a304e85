// Issue 16 on a real code-remote-server: debug and shell sessions whose agent the server builds from the
// user's code (submit's `session`), driven through remote::RemoteRunSession and runner::AgentSession as
// the IDE drives them; the server's cap on a session's time, and a session ended when its client goes.

#include <remote/Protocol.h>
#include <remote/RemoteRunSession.h>
#include "AgentDriver.h"
#include "ServerProcess.h"
#include "WsClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace runner;

Q_DECLARE_METATYPE(runner::RunResult)

namespace {

const QByteArray kProgram = "def f(n):\n"              // 1
                            "    total = 0\n"          // 2
                            "    for i in range(n):\n" // 3
                            "        total += i\n"     // 4
                            "    return total\n"       // 5
                            "\n"                       // 6
                            "x = f(3)\n"               // 7
                            "name = input()\n"         // 8
                            "print('hi', name, x)\n";  // 9

// A session on the server, which builds the agent's run from the code alone.
class Driver : public AgentDriver
{
public:
    Driver(const remote::RemoteTarget &target, AgentMode mode, const QByteArray &program, Profile profile)
        : Driver(new remote::RemoteRunSession(target), mode, program, profile)
    {
    }

    remote::RemoteRunSession *transport; // owned by the session

private:
    Driver(remote::RemoteRunSession *remoteSession, AgentMode mode, const QByteArray &program, Profile profile)
        : AgentDriver(remoteSession, mode, program, profile)
        , transport(remoteSession)
    {
        request.run.language = QStringLiteral("python");
        session.setStarter([this](const AgentRequest &agentRequest) { transport->startAgent(agentRequest); });
    }
};

// Every process below `root`, from /proc.
QSet<int> descendants(qint64 root)
{
    QHash<int, QList<int>> children;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const int pid = entry.toInt(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1)
            children[fields.at(1).toInt()].append(pid);
    }
    QSet<int> found;
    QList<int> todo{int(root)};
    while (!todo.isEmpty()) {
        for (int child : children.value(todo.takeLast())) {
            if (!found.contains(child)) {
                found.insert(child);
                todo.append(child);
            }
        }
    }
    return found;
}

} // namespace

class ServerSessionsTest : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    remote::RemoteTarget m_target;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunResult>();
        const QString error = m_server.start({QStringLiteral("--rate-limit"), QStringLiteral("0"),
                                              QStringLiteral("--allow-standard-profile"), QStringLiteral("true"),
                                              QStringLiteral("--max-session-seconds"), QStringLiteral("60")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_target = {QUrl(m_server.baseUrl()), m_server.createToken(QStringLiteral("sessions"))};
    }

    void helloListsSessions()
    {
        WsClient client(m_server.baseUrl(), m_target.token);
        const auto hello = client.waitForType(remote::MessageType::Hello);
        QVERIFY(hello);
        QCOMPARE(hello->sessions, QStringList({QStringLiteral("debug"), QStringLiteral("shell")}));
        // A session's input is the agent's command channel: raw input with the submission is refused.
        remote::Submission submission;
        submission.code = QStringLiteral("print(1)\n");
        submission.language = QStringLiteral("python");
        submission.session = QStringLiteral("debug");
        submission.stdinData = "1\n";
        const auto refused = client.submitAs(submission);
        QVERIFY(refused);
        QCOMPARE(refused->type, remote::MessageType::ErrorMessage);
        QCOMPARE(refused->error.code, remote::ErrorCode::BadMessage);
    }

    void remoteDebugHitsBreakpointStepsAndEvaluates()
    {
        Driver d(m_target, AgentMode::Debug, kProgram, Profile::Strict);
        d.request.breakpoints = {{4, QStringLiteral("i == 2")}};
        d.start();
        QVERIFY2(d.waitPaused(1), qPrintable(d.result.message + d.err));
        QCOMPARE(d.line(), 4);
        QCOMPARE(d.function(), QStringLiteral("f"));
        const QJsonObject evaluated = d.answer(d.session.requestEvaluation(0, QStringLiteral("total * 10 + i")));
        QCOMPARE(evaluated.value(QStringLiteral("value")).toString(), QStringLiteral("12"));
        // The strict guard holds in a remote session as in a local one.
        const QJsonObject refused = d.answer(d.session.requestEvaluation(0, QStringLiteral("__import__('os')")));
        QVERIFY(refused.value(QStringLiteral("message")).toString().contains(QStringLiteral("not allowed in the strict profile")));
        d.session.setBreakpoints({});
        d.session.resume(QStringLiteral("over"));
        QVERIFY(d.waitPaused(2));
        QCOMPARE(d.line(), 3);
        d.session.resume(QStringLiteral("out"));
        QVERIFY(d.waitPaused(3));
        QCOMPARE(d.function(), QStringLiteral("<module>"));
        QCOMPARE(d.line(), 7);
        // Input typed while paused reaches the program through the agent.
        d.session.writeInput(QStringLiteral("ada\n"));
        d.session.resume(QStringLiteral("continue"));
        QVERIFY(d.waitDone());
        QCOMPARE(d.result.status, RunStatus::Ok);
        QCOMPARE(d.out, QStringLiteral("hi ada 3\n"));
        QVERIFY(!d.transport->jobId().isEmpty());
    }

    // Breakpoints and Pause act while the program runs, through the server as locally: the commands
    // ride on the job's standard input and the agent's reader thread takes them at once.
    void remoteBreakpointAndPauseWhileRunning_data() { Driver::addProfileColumn(); }
    void remoteBreakpointAndPauseWhileRunning()
    {
        QFETCH(Profile, profile);
        Driver d(m_target, AgentMode::Debug, Driver::kEndlessLoop, profile);
        d.request.run.policy.limits.wallMs = 60'000;
        d.start();
        QVERIFY2(d.waitForOutput(QStringLiteral("go")), qPrintable(d.result.message + d.err));
        d.session.setBreakpoints({{4, {}}});
        QVERIFY(d.waitPaused(1));
        QCOMPARE(d.lastReason, QStringLiteral("breakpoint"));
        QCOMPARE(d.line(), 4);
        d.session.setBreakpoints({});
        d.session.resume(QStringLiteral("continue"));
        d.session.pause();
        QVERIFY(d.waitPaused(2));
        QCOMPARE(d.lastReason, QStringLiteral("pause"));
        d.session.stop();
        QVERIFY(d.waitDone());
    }

    // Stop on Uncaught Exceptions through the server: on by default, off with submit's
    // stop_on_exception.
    void remoteUncaughtException_data()
    {
        QTest::addColumn<bool>("stop");
        QTest::newRow("stops") << true;
        QTest::newRow("does not stop") << false;
    }
    void remoteUncaughtException()
    {
        QFETCH(bool, stop);
        Driver d(m_target, AgentMode::Debug, "def f(x):\n    y = x + 1\n    return y / 0\nf(4)\n", Profile::Strict);
        d.request.stopOnException = stop;
        d.start();
        if (stop) {
            QVERIFY2(d.waitPaused(1), qPrintable(d.result.message + d.err));
            QCOMPARE(d.lastReason, QStringLiteral("exception"));
            QCOMPARE(d.lastException, QStringLiteral("ZeroDivisionError: division by zero"));
            QCOMPARE(d.line(), 3);
            const QJsonObject locals = d.answer(d.session.requestVariables(0, QStringLiteral("locals")));
            QCOMPARE(Driver::item(locals, QStringLiteral("y")).value(QStringLiteral("value")).toString(), QStringLiteral("5"));
            d.session.resume(QStringLiteral("continue"));
        }
        QVERIFY(d.waitDone());
        QCOMPARE(d.pauses, stop ? 1 : 0);
        QCOMPARE(d.result.status, RunStatus::RuntimeError);
        QVERIFY2(d.err.endsWith(QStringLiteral("ZeroDivisionError: division by zero\n")), qPrintable(d.err));
    }

    // The server runs a session's sandbox as its own user (root's as nobody), and as the unprivileged user
    // of tst_server_sessions_unprivileged (tests/runner/run-unprivileged.sh), whose server is its child.
    void remoteSessionRunsAsTheServersUser()
    {
        Driver d(m_target, AgentMode::Debug,
                 "import ctypes\n"
                 "ctypes.CDLL(None).prctl(15, b'cr-h16-user', 0, 0, 0)\n"
                 "x = 1\n",
                 Profile::Standard);
        d.request.breakpoints = {{3, {}}};
        d.start();
        QVERIFY2(d.waitPaused(1), qPrintable(d.result.message + d.err));
        const auto realUid = [](qint64 pid) {
            QFile status(QStringLiteral("/proc/%1/status").arg(pid));
            if (!status.open(QIODevice::ReadOnly))
                return -1;
            for (const QByteArray &line : status.readAll().split('\n')) {
                if (line.startsWith("Uid:"))
                    return line.mid(4).trimmed().split('\t').first().toInt();
            }
            return -1;
        };
        const qint64 serverPid = m_server.process().processId();
        QCOMPARE(realUid(serverPid), int(getuid()));
        // docs/security.md: the program is `nobody` outside for root, else the user.
        const int expected = getuid() == 0 ? 65534 : int(getuid());
        int sessions = 0;
        for (int pid : descendants(serverPid)) {
            QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
            if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "cr-h16-user") {
                ++sessions;
                QCOMPARE(realUid(pid), expected);
            }
        }
        QCOMPARE(sessions, 1);
        d.session.resume(QStringLiteral("continue"));
        QVERIFY(d.waitDone());
        QCOMPARE(d.result.status, RunStatus::Ok);
    }

    void remoteShellKeepsState()
    {
        Driver d(m_target, AgentMode::Shell, {}, Profile::Standard);
        d.start();
        QVERIFY2(d.waitPrompts(1), qPrintable(d.result.message + d.err));
        QVERIFY(d.line(QStringLiteral("x = 41")));
        QVERIFY(d.line(QStringLiteral("def g(a):")));
        QVERIFY(d.line(QStringLiteral("    return a + x")));
        QVERIFY(d.line(QString()));
        QVERIFY(d.line(QStringLiteral("print(g(1))")));
        QCOMPARE(d.out, QStringLiteral("42\n"));
        d.session.stop();
        QVERIFY(d.waitDone());
        QCOMPARE(d.result.status, RunStatus::Cancelled);
    }

    void remoteStrictShellRefusesImportOs()
    {
        Driver d(m_target, AgentMode::Shell, {}, Profile::Strict);
        d.start();
        QVERIFY(d.waitPrompts(1));
        QVERIFY(d.line(QStringLiteral("import os")));
        QCOMPARE(d.err, QStringLiteral("<shell#1>:1: import of 'os' is not allowed in the strict profile\n"));
        QVERIFY(!d.done); // a violation does not end the shell
        QVERIFY(d.line(QStringLiteral("print(6 * 7)")));
        QCOMPARE(d.out, QStringLiteral("42\n"));
        d.session.stop();
        QVERIFY(d.waitDone());
    }

    // The server's --max-session-seconds bounds a session that nobody ends: an idle prompt holds a run
    // slot only that long.
    void sessionTimeIsCappedByTheServer()
    {
        ServerProcess server;
        QVERIFY(server.start({QStringLiteral("--max-session-seconds"), QStringLiteral("3")}).isEmpty());
        Driver d({QUrl(server.baseUrl()), server.createToken(QStringLiteral("cap"))}, AgentMode::Shell, {},
                 Profile::Strict);
        d.start();
        QVERIFY(d.waitPrompts(1));
        QVERIFY(d.waitDone(30'000));
        QCOMPARE(d.result.status, RunStatus::TimeLimit);
    }

    // A session does not reconnect: the server ends it with its connection, so the client says so at
    // once instead of attaching to a cancelled job.
    void lostConnectionEndsTheSessionAtOnce()
    {
        ServerProcess server;
        QVERIFY(server.start().isEmpty());
        Driver d({QUrl(server.baseUrl()), server.createToken(QStringLiteral("lost"))}, AgentMode::Shell, {},
                 Profile::Strict);
        d.start();
        QVERIFY(d.waitPrompts(1));
        server.kill9();
        QVERIFY(d.waitDone(5'000));
        QCOMPARE(d.result.status, RunStatus::InternalError);
        QVERIFY2(d.result.message.contains(QStringLiteral("ends a debug or shell session")), qPrintable(d.result.message));
        QCOMPARE(d.transport->remoteError()->code, remote::ErrorCode::Unavailable);
    }

    // Crash recovery runs a queued job again, but never a session: its client, who drove it, went with
    // the old process.
    void recoveryFailsASessionInsteadOfRunningIt()
    {
        QTemporaryDir dataDir;
        QString sessionId;
        QString token;
        {
            ServerProcess first(dataDir.path());
            token = first.createToken(QStringLiteral("recovery"));
            QVERIFY(first.start({QStringLiteral("--workers"), QStringLiteral("1")}).isEmpty());
            WsClient client(first.baseUrl(), token);
            QVERIFY(client.waitForType(remote::MessageType::Hello));
            // The only worker is busy, so the session waits in the queue.
            QVERIFY(!client.submit(QStringLiteral("while True:\n    pass\n")).isEmpty());
            remote::Submission submission;
            submission.code = QStringLiteral("x = 1\n");
            submission.language = QStringLiteral("python");
            submission.session = QStringLiteral("shell");
            const auto accepted = client.submitAs(submission);
            QVERIFY(accepted && accepted->type == remote::MessageType::JobAccepted);
            sessionId = accepted->jobId;
            first.kill9();
        }
        ServerProcess second(dataDir.path());
        QVERIFY(second.start({QStringLiteral("--workers"), QStringLiteral("1")}).isEmpty());
        WsClient client(second.baseUrl(), token);
        QVERIFY(client.waitForType(remote::MessageType::Hello));
        client.send(remote::encodeAttach(sessionId, 0));
        const auto result = client.waitForType(remote::MessageType::JobResult, 30'000);
        QVERIFY(result);
        QCOMPARE(result->result.value(QStringLiteral("status")).toString(), QStringLiteral("internal_error"));
        QVERIFY(result->result.value(QStringLiteral("message")).toString().contains(
            QStringLiteral("session does not survive a server restart")));
    }

    // A client that goes away ends its session: the job is cancelled and its process is gone. The
    // program names its process (prctl PR_SET_NAME, in the standard profile) so that it can be told
    // from the warm host's spares, which come and go on their own.
    void disconnectedClientEndsItsSession()
    {
        const qint64 serverPid = m_server.process().processId();
        const auto sessionProcesses = [serverPid] {
            int found = 0;
            for (int pid : descendants(serverPid)) {
                QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
                if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "cr-h8-session")
                    ++found;
            }
            return found;
        };
        QCOMPARE(sessionProcesses(), 0);
        QString jobId;
        {
            WsClient client(m_server.baseUrl(), m_target.token);
            QVERIFY(client.waitForType(remote::MessageType::Hello));
            remote::Submission submission;
            submission.code = QStringLiteral("import ctypes\n"
                                             "ctypes.CDLL(None).prctl(15, b'cr-h8-session', 0, 0, 0)\n"
                                             "x = 1\n");
            submission.language = QStringLiteral("python");
            submission.profile = QStringLiteral("standard");
            submission.session = QStringLiteral("debug");
            submission.breakpoints = {{3, QString()}};
            const auto accepted = client.submitAs(submission);
            QVERIFY(accepted && accepted->type == remote::MessageType::JobAccepted);
            jobId = accepted->jobId;
            // The agent's `stopped` frame arrives as the job's output.
            QVERIFY(client.waitFor([](const remote::Message &m) {
                return m.type == remote::MessageType::JobOutput && m.data.contains("\"ev\":\"stopped\"");
            }, 30'000));
            QCOMPARE(sessionProcesses(), 1);
            client.socket.close();
            QVERIFY(QTest::qWaitFor([&] { return client.socket.state() == QAbstractSocket::UnconnectedState; }, 10'000));
        }
        // Long before its time limit (60 s) the paused program is gone.
        QVERIFY(QTest::qWaitFor([&] { return sessionProcesses() == 0; }, 20'000));

        WsClient later(m_server.baseUrl(), m_target.token);
        QVERIFY(later.waitForType(remote::MessageType::Hello));
        later.send(remote::encodeAttach(jobId, 0));
        const auto result = later.waitForType(remote::MessageType::JobResult, 30'000);
        QVERIFY(result);
        QCOMPARE(result->result.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    }
};

QTEST_GUILESS_MAIN(ServerSessionsTest)
#include "tst_server_sessions.moc"
