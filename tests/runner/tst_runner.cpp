// Unit tests of the runner's value types and protocol, and LocalRunSession's behaviour end to end.
#include <runner/CompilerDiagnostics.h>
#include <runner/JavaSource.h>
#include <runner/Language.h>
#include <runner/LocalRunSession.h>
#include <runner/RunResult.h>
#include <runner/SandboxHostPool.h>
#include <runner/SandboxPolicy.h>
#include <runner/SandboxProtocol.h>
#include <runner/sandbox/InitChannel.h>
#include <runner/sandbox/Request.h>
#include <runner/sandbox/WireFormat.h>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace runner;

namespace {
RunRequest pythonRequest(const QByteArray &source, Profile profile = Profile::Standard)
{
    RunRequest request;
    request.source = source;
    request.policy.profile = profile;
    request.policy.limits.wallMs = 10'000;
    return request;
}

// Waits until `hosts` has a host ready for runs like `request`.
bool waitForHost(SandboxHostPool &hosts, const RunRequest &request)
{
    const Language *language = LanguageRegistry::builtin().find(request.language);
    QString error;
    const QByteArray templateRequest = language ? encodeSandboxTemplate(request, *language, error) : QByteArray();
    return !templateRequest.isEmpty()
           && QTest::qWaitFor([&] { return !hosts.socketFor(templateRequest).isEmpty(); }, 20'000);
}

// Runs `request` to the end and returns the result (the test fails if it takes over 20 s).
RunResult runToEnd(LocalRunSession &session, const RunRequest &request)
{
    QSignalSpy finished(&session, &RunSession::finished);
    session.start(request);
    if (finished.isEmpty() && !finished.wait(20'000))
        return {};
    return finished.first().first().value<RunResult>();
}
} // namespace

Q_DECLARE_METATYPE(runner::RunResult)

class RunnerTest : public QObject
{
    Q_OBJECT

    // With $CODE_REMOTE_TEST_THROUGH_HOST, every run of the session tests goes through a sandbox host.
    std::unique_ptr<SandboxHostPool> m_hosts;

    // A session for the behaviour tests: through a ready host when the suite runs that way.
    std::unique_ptr<LocalRunSession> newSession(const RunRequest &request = pythonRequest(""))
    {
        if (m_hosts && !waitForHost(*m_hosts, request))
            qWarning("no sandbox host became ready; the run goes through code-remote-sandbox");
        return std::make_unique<LocalRunSession>(nullptr, m_hosts.get());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunResult>();
        if (qEnvironmentVariableIsSet("CODE_REMOTE_TEST_THROUGH_HOST")) {
            QVERIFY(QFileInfo(SandboxHostPool::hostExecutable()).isExecutable());
            m_hosts = std::make_unique<SandboxHostPool>();
        }
    }

    void defaultLimitsAreTheArchitectures()
    {
        const Limits limits;
        QCOMPARE(limits.wallMs, 30'000);
        QCOMPARE(limits.effectiveCpuMs(), 30'000); // the CPU limit defaults to the wall limit
        QCOMPARE(limits.memoryBytes, 256LL * 1024 * 1024);
        QCOMPARE(limits.outputBytes, 1024LL * 1024);
        QCOMPARE(limits.processes, 64);
        QCOMPARE(limits.fileSizeBytes, 16LL * 1024 * 1024);
        QCOMPARE(limits.workDirBytes, 64LL * 1024 * 1024);
        QCOMPARE(limits.workDirFiles, 10'000);
        QCOMPARE(limits.openFiles, 256);
        QVERIFY(limits.validate().isEmpty());
        QCOMPARE(SandboxPolicy().profile, Profile::Strict);
    }

    void rejectsInvalidLimits_data()
    {
        QTest::addColumn<Limits>("limits");
        Limits zeroWall;
        zeroWall.wallMs = 0;
        Limits tinyMemory;
        tinyMemory.memoryBytes = 1024;
        Limits noOutput;
        noOutput.outputBytes = 0;
        Limits noProcesses;
        noProcesses.processes = 0;
        Limits negativeCpu;
        negativeCpu.cpuMs = -5;
        QTest::newRow("zero wall") << zeroWall;
        QTest::newRow("1 KiB memory") << tinyMemory;
        QTest::newRow("no output") << noOutput;
        QTest::newRow("no processes") << noProcesses;
        QTest::newRow("negative cpu") << negativeCpu;
    }
    void rejectsInvalidLimits()
    {
        QFETCH(Limits, limits);
        QVERIFY(!limits.validate().isEmpty());
    }

    void capsLimitsAtTheMaximum()
    {
        Limits asked;
        asked.wallMs = 60'000;
        asked.memoryBytes = 1LL << 30;
        asked.processes = 8;
        Limits maximum;
        maximum.wallMs = 10'000;
        maximum.memoryBytes = 128LL << 20;
        const Limits capped = asked.cappedBy(maximum);
        QCOMPARE(capped.wallMs, 10'000);
        QCOMPARE(capped.effectiveCpuMs(), 10'000);
        QCOMPARE(capped.memoryBytes, 128LL << 20);
        QCOMPARE(capped.processes, 8); // already below the maximum
    }

    void rejectsBadEnvironmentNames()
    {
        SandboxPolicy policy;
        policy.environment.insert(QStringLiteral("GOOD_NAME"), QStringLiteral("1"));
        QVERIFY(policy.validate().isEmpty());
        policy.environment.insert(QStringLiteral("BAD=NAME"), QStringLiteral("1"));
        QVERIFY(!policy.validate().isEmpty());
    }

    void resultJsonHasExactlyTheContractFields()
    {
        RunResult result;
        result.status = RunStatus::TimeLimit;
        result.limit = TimeLimitKind::Wall;
        result.signal = 9;
        result.stdoutData = "out";
        result.language = QStringLiteral("python");
        result.profile = QStringLiteral("strict");
        const QJsonObject json = result.toJson();
        const QStringList expected{
            QStringLiteral("status"), QStringLiteral("exit_code"), QStringLiteral("signal"),
            QStringLiteral("limit"), QStringLiteral("stdout"), QStringLiteral("stderr"),
            QStringLiteral("output_truncated"), QStringLiteral("wall_ms"), QStringLiteral("cpu_ms"),
            QStringLiteral("peak_memory_kb"), QStringLiteral("language"), QStringLiteral("profile"),
            QStringLiteral("violations")};
        QStringList keys = json.keys();
        keys.sort();
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        QCOMPARE(keys, sortedExpected);
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("time_limit"));
        QCOMPARE(json.value(QStringLiteral("limit")).toString(), QStringLiteral("wall"));
        QVERIFY(json.value(QStringLiteral("exit_code")).isNull());
        QCOMPARE(json.value(QStringLiteral("signal")).toInt(), 9);
    }

    void resultRoundTripsThroughJson()
    {
        RunResult result;
        result.status = RunStatus::SecurityViolation;
        result.exitCode = 1;
        result.stdoutData = "héllo\n";
        result.stderrData = "err";
        result.outputTruncated = true;
        result.wallMs = 12.5;
        result.cpuMs = 3.25;
        result.peakMemoryKb = 8412;
        result.language = QStringLiteral("python");
        result.profile = QStringLiteral("strict");
        result.violations = {{QStringLiteral("import"), QStringLiteral("os"), 3},
                             {QStringLiteral("syscall"), QStringLiteral("ptrace"), 0}};
        const RunResult back = RunResult::fromJson(result.toJson());
        QCOMPARE(back.status, result.status);
        QCOMPARE(back.exitCode, result.exitCode);
        QCOMPARE(back.signal, result.signal);
        QCOMPARE(back.stdoutData, result.stdoutData);
        QCOMPARE(back.outputTruncated, true);
        QCOMPARE(back.wallMs, 12.5);
        QCOMPARE(back.peakMemoryKb, 8412);
        QCOMPARE(back.violations, result.violations);
        // A violation without a line has "line": null, not 0.
        QVERIFY(result.toJson().value(QStringLiteral("violations")).toArray().at(1).toObject().value(QStringLiteral("line")).isNull());
    }

    void compileErrorCarriesItsDiagnostics()
    {
        RunResult result;
        result.status = RunStatus::CompileError;
        result.language = QStringLiteral("cpp");
        result.compileMs = 412.25;
        result.diagnostics = {{3, 9, QStringLiteral("error"), QStringLiteral("'x' was not declared in this scope")},
                              {0, 0, QStringLiteral("note"), QStringLiteral("in function main")}};
        const QJsonObject json = result.toJson();
        const QJsonArray diagnostics = json.value(QStringLiteral("diagnostics")).toArray();
        QCOMPARE(diagnostics.size(), 2);
        const QJsonObject first = diagnostics.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("column")).toInt(), 9);
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        // No line or column is null, as for a violation.
        QVERIFY(diagnostics.at(1).toObject().value(QStringLiteral("line")).isNull());
        QVERIFY(diagnostics.at(1).toObject().value(QStringLiteral("column")).isNull());
        QCOMPARE(json.value(QStringLiteral("compile_ms")).toDouble(), 412.3);

        const RunResult back = RunResult::fromJson(json);
        QCOMPARE(back.diagnostics, result.diagnostics);
        QCOMPARE(back.compileMs, 412.3);

        // A compile error without a single parsed diagnostic still has the (empty) array.
        RunResult bare;
        bare.status = RunStatus::CompileError;
        QVERIFY(bare.toJson().value(QStringLiteral("diagnostics")).isArray());
    }

    void everyStatusHasItsContractName()
    {
        const QStringList names{QStringLiteral("ok"), QStringLiteral("runtime_error"), QStringLiteral("time_limit"),
                                QStringLiteral("memory_limit"), QStringLiteral("output_limit"),
                                QStringLiteral("security_violation"), QStringLiteral("compile_error"),
                                QStringLiteral("internal_error"), QStringLiteral("cancelled")};
        for (const QString &name : names) {
            const auto status = statusFromName(name);
            QVERIFY2(status.has_value(), qPrintable(name));
            QCOMPARE(statusName(*status), name);
        }
        QVERIFY(!statusFromName(QStringLiteral("bogus")).has_value());
    }

    void registryKnowsPythonByIdAndExtension()
    {
        const LanguageRegistry &registry = LanguageRegistry::builtin();
        QVERIFY(registry.find(QStringLiteral("python")));
        QCOMPARE(registry.forFileName(QStringLiteral("/tmp/x/Solution.PY"))->id, QStringLiteral("python"));
        QVERIFY(!registry.find(QStringLiteral("cobol")));
        QVERIFY(!registry.forFileName(QStringLiteral("notes.txt")));
        QVERIFY(!Language::resolveExecutable(registry.find(QStringLiteral("python"))->run).isEmpty());
    }

    void findsTheJavaClassToNameTheFileAfter_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("public class") << QByteArray("import java.util.*;\npublic class Solution { }\n") << QStringLiteral("Solution");
        QTest::newRow("comments and strings are not code")
            << QByteArray("// public class A {}\n/* public class B {} */\nclass Helper { String s = \"public class C {\"; char c = '{'; }\n"
                          "public final class Real { String t = \"\"\"\n public class D {\n\"\"\"; }\n")
            << QStringLiteral("Real");
        QTest::newRow("nested public classes do not count")
            << QByteArray("class Outer { public class Inner {} }\n") << QStringLiteral("Outer");
        QTest::newRow("annotations, records and enums")
            << QByteArray("@SuppressWarnings(\"x\") public record Point(int x, int y) {}\n") << QStringLiteral("Point");
        QTest::newRow("nothing: Main") << QByteArray("// empty\n") << QStringLiteral("Main");
    }
    void findsTheJavaClassToNameTheFileAfter()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);
        QCOMPARE(javaMainClass(source), expected);
        const Language *java = LanguageRegistry::builtin().find(QStringLiteral("java"));
        QVERIFY(java);
        QCOMPARE(java->sourceFileNameFor(source), expected + QStringLiteral(".java"));
    }

    void parsesCompilerDiagnostics()
    {
        const QByteArray gcc = "main.cpp: In function 'int main()':\n"
                               "main.cpp:3:11: error: invalid conversion from 'const char*' to 'int'\n"
                               "    3 |   int x = \"a\";\n      |           ^~~\n"
                               "other.h:1:1: error: not about the program\n"
                               "main.cpp:5:2: warning: unused variable 'y' [-Wunused-variable]\n"
                               "main.cpp:7: fatal error: missing.h: No such file or directory\n"
                               "/usr/bin/ld: /tmp/ccX.o: in function `main':\n"
                               "collect2: error: ld returned 1 exit status\n";
        const QList<Diagnostic> fromGcc = parseDiagnostics(QStringLiteral("gcc"), gcc, QStringLiteral("main.cpp"));
        QCOMPARE(fromGcc.size(), 4);
        QCOMPARE(fromGcc.at(0), (Diagnostic{3, 11, QStringLiteral("error"), QStringLiteral("invalid conversion from 'const char*' to 'int'")}));
        QCOMPARE(fromGcc.at(1), (Diagnostic{5, 2, QStringLiteral("warning"), QStringLiteral("unused variable 'y' [-Wunused-variable]")}));
        QCOMPARE(fromGcc.at(2), (Diagnostic{7, 0, QStringLiteral("error"), QStringLiteral("missing.h: No such file or directory")}));
        QCOMPARE(fromGcc.at(3).line, 0); // the linker's
        QCOMPARE(fromGcc.at(3).severity, QStringLiteral("error"));

        const QByteArray javac = "Main.java:4: error: cannot find symbol\n        foo();\n        ^\n"
                                 "  symbol:   method foo()\n  location: class Main\n"
                                 "Main.java:6: warning: [removal] Integer(int) in Integer has been deprecated\n"
                                 "    Integer i = new Integer(3);\n                ^\n1 error\n1 warning\n";
        const QList<Diagnostic> fromJavac = parseDiagnostics(QStringLiteral("javac"), javac, QStringLiteral("Main.java"));
        QCOMPARE(fromJavac.size(), 2);
        QCOMPARE(fromJavac.at(0).line, 4);
        QCOMPARE(fromJavac.at(0).column, 9);
        QVERIFY(fromJavac.at(0).message.contains(QLatin1String("method foo()")));
        QCOMPARE(fromJavac.at(1), (Diagnostic{6, 17, QStringLiteral("warning"),
                                              QStringLiteral("[removal] Integer(int) in Integer has been deprecated")}));
    }

    void aLanguageIsOneRegistryEntry()
    {
        LanguageRegistry registry;
        Language shell;
        shell.id = QStringLiteral("sh");
        shell.fileExtensions = {QStringLiteral("sh")};
        shell.sourceFileName = QStringLiteral("main.sh");
        shell.run = {{QStringLiteral("/bin/sh")}, {QStringLiteral("{source}")}};
        registry.add(shell);
        QCOMPARE(registry.forFileName(QStringLiteral("a.sh"))->id, QStringLiteral("sh"));
        QCOMPARE(registry.ids(), QStringList{QStringLiteral("sh")});
    }

    void encodesRequestsTheSupervisorParses()
    {
        RunRequest request = pythonRequest("print(1)\n", Profile::Strict);
        request.policy.limits.memoryBytes = 64LL << 20;
        request.policy.environment.insert(QStringLiteral("MY_VAR"), QStringLiteral("x y"));
        QString error;
        const QByteArray bytes = encodeSandboxRequest(request, *LanguageRegistry::builtin().find(QStringLiteral("python")), error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        QCOMPARE(qsizetype(sandbox::wire::readU32(bytes.constData())), bytes.size() - 4);

        std::string parseError;
        const auto parsed = sandbox::parseRequest(bytes.mid(4).toStdString(), parseError);
        QVERIFY2(parsed.has_value(), parseError.c_str());
        QCOMPARE(parsed->memoryBytes, 64LL << 20);
        QCOMPARE(parsed->wallMs, 10'000);
        QVERIFY(parsed->guard);
        QCOMPARE(parsed->argv.back(), std::string("main.py"));
        bool sawSource = false, sawGuard = false;
        for (const auto &[name, content] : parsed->files) {
            sawSource |= name == "main.py" && content == "print(1)\n";
            sawGuard |= name.rfind(".guard.py", 0) == 0;
        }
        QVERIFY(sawSource);
        QVERIFY(sawGuard);
        QVERIFY(std::find(parsed->environment.begin(), parsed->environment.end(), "MY_VAR=x y") != parsed->environment.end());
    }

    void initChannelMessagesArriveWholeInAnyChunks()
    {
        // The supervisor reads the init's messages from a non-blocking pipe: whatever way the bytes are
        // cut, each message comes out whole, in order, with its fields.
        namespace init = sandbox::init;
        sandbox::Request request;
        request.argv = {"/usr/bin/python3", "main.py"};
        request.files = {{"main.py", std::string("print(1)\n\0binary", 17)}};
        const std::string records = sandbox::encodeRequest(request).substr(4);
        const std::string stream = init::encode(init::Message::Go, {{"in_cgroup", "1"}, {"request", records}})
                                   + init::encode(init::Message::ProgramEnded, {{"status", "256"}})
                                   + init::encode(init::Message::Failure, {{"message", "files: no room"}});
        init::Reader reader;
        std::vector<init::Decoded> messages;
        for (char byte : stream) {
            reader.append(&byte, 1);
            while (auto message = reader.next())
                messages.push_back(*message);
        }
        QCOMPARE(messages.size(), size_t(3));
        QCOMPARE(char(messages[0].type), char(init::Message::Go));
        QVERIFY(messages[0].flag("in_cgroup"));
        QVERIFY(!messages[0].flag("address_space_limit"));
        std::string error;
        const auto parsed = sandbox::parseRequest(messages[0].field("request"), error);
        QVERIFY2(parsed.has_value(), error.c_str());
        QCOMPARE(parsed->files, request.files);
        QCOMPARE(messages[1].number("status"), std::optional<int>(256));
        QCOMPARE(messages[2].field("message"), std::string("files: no room"));

        // A length past any message's bound ends the stream instead of waiting for it.
        init::Reader broken;
        std::string header(1, char(init::Message::ProgramStarted));
        sandbox::wire::appendU32(header, init::kMaxMessageBytes + 1);
        broken.append(header.data(), header.size());
        QVERIFY(!broken.next());
        const std::string valid = init::encode(init::Message::ProgramStarted);
        broken.append(valid.data(), valid.size());
        QVERIFY(!broken.next());
    }

    void supervisorRejectsMalformedRequests()
    {
        std::string error;
        QVERIFY(!sandbox::parseRequest(std::string("\x05\x00\x00\x00" "ab", 6), error));
        std::string records;
        sandbox::wire::appendRecord(records, "arg", "/usr/bin/python3");
        sandbox::wire::appendRecord(records, "file:../escape", "x");
        QVERIFY(!sandbox::parseRequest(records, error)); // files land in the work directory only
        records.clear();
        sandbox::wire::appendRecord(records, "arg", "relative/path");
        QVERIFY(!sandbox::parseRequest(records, error));
    }

    void readerSplitsFramesHoweverBytesArrive()
    {
        std::string stream = sandbox::wire::frameHeader(sandbox::wire::Frame::Stdout, 5) + "hello"
                             + sandbox::wire::frameHeader(sandbox::wire::Frame::Stderr, 3) + "err"
                             + sandbox::wire::frameHeader(sandbox::wire::Frame::Result, 2) + "{}";
        SandboxProtocolReader reader;
        QList<SandboxProtocolReader::Event> events;
        for (char byte : stream) {
            reader.feed(QByteArray(1, byte));
            SandboxProtocolReader::Event event;
            while (reader.next(event))
                events.append(event);
        }
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].type, SandboxProtocolReader::EventType::Stdout);
        QCOMPARE(events[0].payload, QByteArray("hello"));
        QCOMPARE(events[1].type, SandboxProtocolReader::EventType::Stderr);
        QCOMPARE(events[2].type, SandboxProtocolReader::EventType::Result);
        QVERIFY(!reader.hasPendingBytes());
    }

    void streamsOutputAsItIsProduced()
    {
        const std::unique_ptr<LocalRunSession> owned = newSession();
        LocalRunSession &session = *owned;
        QList<qint64> arrivals;
        QByteArray seen;
        QElapsedTimer clock;
        connect(&session, &RunSession::outputReceived, this, [&](OutputChannel, const QByteArray &data) {
            arrivals.append(clock.elapsed());
            seen += data;
        });
        clock.start();
        const RunResult result = runToEnd(session, pythonRequest("import time\nprint('first')\ntime.sleep(0.6)\nprint('second')\n"));
        QCOMPARE(result.status, RunStatus::Ok);
        QCOMPARE(seen, QByteArray("first\nsecond\n"));
        QVERIFY(arrivals.size() >= 2);
        // The first line arrived while the program was still sleeping, not at its end.
        QVERIFY2(arrivals.last() - arrivals.first() >= 400, qPrintable(QString::number(arrivals.last() - arrivals.first())));
        QCOMPARE(result.stdoutData, QByteArray("first\nsecond\n"));
    }

    void keepsStdoutAndStderrApartInOrder()
    {
        const std::unique_ptr<LocalRunSession> owned = newSession();
        LocalRunSession &session = *owned;
        QList<QPair<OutputChannel, QByteArray>> chunks;
        connect(&session, &RunSession::outputReceived, this,
                [&](OutputChannel channel, const QByteArray &data) { chunks.append({channel, data}); });
        const RunResult result = runToEnd(session, pythonRequest("import sys\nprint('a')\nprint('b', file=sys.stderr)\nprint('c')\n"));
        QCOMPARE(result.status, RunStatus::Ok);
        QCOMPARE(result.stdoutData, QByteArray("a\nc\n"));
        QCOMPARE(result.stderrData, QByteArray("b\n"));
        QCOMPARE(chunks.first().first, OutputChannel::Stdout);
    }

    void answersInputWhileRunning()
    {
        const std::unique_ptr<LocalRunSession> owned = newSession();
        LocalRunSession &session = *owned;
        QSignalSpy inputRequested(&session, &RunSession::inputRequested);
        QSignalSpy finished(&session, &RunSession::finished);
        RunRequest request = pythonRequest("name = input('name? ')\nprint('hello ' + name)\n");
        request.keepStdinOpen = true;
        session.start(request);
        QVERIFY(inputRequested.wait(10'000)); // the program blocks in input()
        session.writeInput("Ada\n");
        QVERIFY(finished.wait(10'000));
        const RunResult result = finished.first().first().value<RunResult>();
        QCOMPARE(result.status, RunStatus::Ok);
        QCOMPARE(result.stdoutData, QByteArray("name? hello Ada\n"));
    }

    void everyBlockedReadIsReportedEvenWithoutOutputBetween()
    {
        const std::unique_ptr<LocalRunSession> owned = newSession();
        LocalRunSession &session = *owned;
        QSignalSpy inputRequested(&session, &RunSession::inputRequested);
        QSignalSpy finished(&session, &RunSession::finished);
        RunRequest request = pythonRequest("a = input()\nb = input()\nprint(a + b)\n");
        request.keepStdinOpen = true;
        session.start(request);
        QVERIFY(inputRequested.wait(10'000));
        session.writeInput("con\n");
        // The second input() prints nothing first: it is still a new request for input.
        QTRY_COMPARE_WITH_TIMEOUT(inputRequested.size(), 2, 10'000);
        session.writeInput("sole\n");
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.first().first().value<RunResult>().stdoutData, QByteArray("console\n"));
    }

    void endOfInputReachesTheProgram()
    {
        const std::unique_ptr<LocalRunSession> owned = newSession();
        LocalRunSession &session = *owned;
        RunRequest request = pythonRequest("import sys\ndata = sys.stdin.read()\nprint(len(data))\n");
        request.stdinData = "abc\ndef\n";
        const RunResult result = runToEnd(session, request);
        QCOMPARE(result.status, RunStatus::Ok);
        QCOMPARE(result.stdoutData, QByteArray("8\n"));
    }

    void stopEndsTheRunAsCancelled()
    {
        const std::unique_ptr<LocalRunSession> owned = newSession();
        LocalRunSession &session = *owned;
        QSignalSpy started(&session, &RunSession::started);
        QSignalSpy output(&session, &RunSession::outputReceived);
        QSignalSpy finished(&session, &RunSession::finished);
        session.start(pythonRequest("print('go', flush=True)\nwhile True:\n    pass\n"));
        QVERIFY(output.wait(10'000));
        QElapsedTimer clock;
        clock.start();
        session.stop();
        QVERIFY(finished.wait(5'000));
        QVERIFY(clock.elapsed() < 2'000);
        QCOMPARE(finished.first().first().value<RunResult>().status, RunStatus::Cancelled);
        QCOMPARE(started.size(), 1);
        QVERIFY(!session.isRunning());
    }

    void refusesNonUtf8SourceWithAClearMessage()
    {
        LocalRunSession session;
        QSignalSpy finished(&session, &RunSession::finished);
        session.start(pythonRequest("print('\xff\xfe')\n"));
        QVERIFY(finished.isEmpty()); // never before start() returns
        QVERIFY(finished.wait(5'000));
        const RunResult result = finished.first().first().value<RunResult>();
        QCOMPARE(result.status, RunStatus::InternalError);
        QVERIFY(result.message.contains(QLatin1String("UTF-8")));
    }

    void refusesUnknownLanguage()
    {
        LocalRunSession session;
        RunRequest request = pythonRequest("x");
        request.language = QStringLiteral("cobol");
        const RunResult result = runToEnd(session, request);
        QCOMPARE(result.status, RunStatus::InternalError);
        QVERIFY(result.message.contains(QLatin1String("cobol")));
    }

    void reportsAMissingSandboxAsInternalError()
    {
        qputenv("CODE_REMOTE_SANDBOX", "/nonexistent/code-remote-sandbox");
        LocalRunSession session;
        const RunResult result = runToEnd(session, pythonRequest("print(1)\n"));
        qunsetenv("CODE_REMOTE_SANDBOX");
        QCOMPARE(result.status, RunStatus::InternalError);
        QVERIFY(!result.message.isEmpty());
    }

    void loadsTheSeccompFilter()
    {
        // Only seccomp refuses to create an AF_INET socket (Landlock governs connect and bind), and only
        // its allowlist turns an unknown call into ENOSYS: both prove the filter is loaded.
        const std::unique_ptr<LocalRunSession> owned = newSession();
        LocalRunSession &session = *owned;
        const RunResult result = runToEnd(session, pythonRequest(
            "import socket, ctypes\n"
            "try:\n    socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n    print('inet allowed')\n"
            "except PermissionError:\n    print('inet refused')\n"
            "libc = ctypes.CDLL(None, use_errno=True)\n"
            "print('clone3', libc.syscall(435, 0, 0), ctypes.get_errno())\n"));
        QCOMPARE(result.status, RunStatus::Ok);
        QCOMPARE(result.stdoutData, QByteArray("inet refused\nclone3 -1 38\n"));
    }

    void reportsResourceUse()
    {
        const std::unique_ptr<LocalRunSession> owned = newSession();
        LocalRunSession &session = *owned;
        const RunResult result = runToEnd(session, pythonRequest("x = sum(range(3_000_000))\nprint(x)\n"));
        QCOMPARE(result.status, RunStatus::Ok);
        QVERIFY(result.wallMs > 0);
        QVERIFY(result.cpuMs > 10);
        QVERIFY(result.peakMemoryKb > 1000);
        QCOMPARE(result.language, QStringLiteral("python"));
        QCOMPARE(result.profile, QStringLiteral("standard"));
        QCOMPARE(result.exitCode, 0);
    }

    // A sandbox host's lifecycle as LocalRunSession meets it.
    void runsGoOnWhileHostsAreReplaced()
    {
        SandboxHostPool hosts;
        hosts.setRunsPerHost(2);
        const RunRequest request = pythonRequest("print('hi')\n");
        QSet<qint64> hostPids;
        int preloaded = 0;
        for (int i = 0; i < 7; ++i) {
            QVERIFY(waitForHost(hosts, request) || i > 0);
            const QList<qint64> pids = hosts.processIds();
            hostPids.unite(QSet<qint64>(pids.cbegin(), pids.cend()));
            LocalRunSession session(nullptr, &hosts);
            const RunResult result = runToEnd(session, request);
            QCOMPARE(result.status, RunStatus::Ok);
            QCOMPARE(result.stdoutData, QByteArray("hi\n"));
            preloaded += result.preloaded ? 1 : 0;
        }
        // Two runs per host: replaced at least twice, and no run lost in between.
        QVERIFY2(hostPids.size() >= 3, qPrintable(QString::number(hostPids.size())));
        QVERIFY(preloaded >= 4);
    }

    void aVanishedHostCostsNothingButSpeed()
    {
        SandboxHostPool hosts;
        const RunRequest request = pythonRequest("print('still here')\n");
        QVERIFY(waitForHost(hosts, request));
        const QList<qint64> pids = hosts.processIds();
        QCOMPARE(pids.size(), 1);
        // Killed without a chance to clean up: its socket stays behind, nobody listens.
        QCOMPARE(::kill(pid_t(pids.first()), SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pids.first()), 0) != 0 || hosts.processIds().isEmpty(), 5'000);
        LocalRunSession session(nullptr, &hosts);
        const RunResult fallback = runToEnd(session, request);
        QCOMPARE(fallback.status, RunStatus::Ok);
        QCOMPARE(fallback.stdoutData, QByteArray("still here\n"));
        // ...and the pool starts a new host for the runs after.
        QVERIFY(waitForHost(hosts, request));
        LocalRunSession again(nullptr, &hosts);
        const RunResult preloaded = runToEnd(again, request);
        QCOMPARE(preloaded.status, RunStatus::Ok);
        QVERIFY(preloaded.preloaded);
    }

    void aWedgedHostCostsOnlyItsTimeout()
    {
        SandboxHostPool hosts;
        const RunRequest request = pythonRequest("print('around it')\n");
        QVERIFY(waitForHost(hosts, request));
        // The host and its prepared supervisors stop answering (SIGSTOP) with a connection on its way.
        QList<pid_t> frozen;
        for (const qint64 host : hosts.processIds()) {
            frozen << pid_t(host);
            QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(host));
            if (children.open(QIODevice::ReadOnly)) {
                for (const QByteArray &child : children.readAll().split(' ')) {
                    if (!child.trimmed().isEmpty())
                        frozen << pid_t(child.trimmed().toInt());
                }
            }
        }
        QVERIFY(frozen.size() >= 2);
        for (const pid_t pid : frozen)
            ::kill(pid, SIGSTOP);
        LocalRunSession session(nullptr, &hosts);
        QElapsedTimer clock;
        clock.start();
        const RunResult result = runToEnd(session, request);
        for (const pid_t pid : frozen)
            ::kill(pid, SIGCONT);
        QCOMPARE(result.status, RunStatus::Ok);
        QCOMPARE(result.stdoutData, QByteArray("around it\n"));
        QVERIFY(!result.preloaded);
        QVERIFY2(clock.elapsed() < 19'000, qPrintable(QString::number(clock.elapsed())));
    }

    void findsOnlyHostsKeptForItsOwnTemplate()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        SandboxHostPool keeper(SandboxHostPool::Mode::Own, directory.path());
        SandboxHostPool finder(SandboxHostPool::Mode::Find, directory.path());
        const RunRequest standard = pythonRequest("print('found')\n", Profile::Standard);
        const RunRequest strict = pythonRequest("print('found')\n", Profile::Strict);
        QVERIFY(waitForHost(keeper, standard));
        LocalRunSession session(nullptr, &finder);
        const RunResult result = runToEnd(session, standard);
        QCOMPARE(result.status, RunStatus::Ok);
        QVERIFY(result.preloaded);
        // No host for the strict template there: the finder never starts one, the run is exec'd.
        LocalRunSession other(nullptr, &finder);
        const RunResult unfound = runToEnd(other, strict);
        QCOMPARE(unfound.status, RunStatus::Ok);
        QVERIFY(!unfound.preloaded);
        QCOMPARE(keeper.processIds().size(), 1);
    }
};

QTEST_GUILESS_MAIN(RunnerTest)
#include "tst_runner.moc"
