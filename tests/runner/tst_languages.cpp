// JavaScript, C++ and Java in the local sandbox: each language's programs against the same contract
// and the same walls as Python's (tst_sandboxsecurity): hello and standard input, runtime and compile
// errors with their places, every limit, fork and thread bombs, the network, files outside the work
// directory, the runner's environment, the compile step's view of the host, and what `strict` forbids.
// Run as root (cgroups) and, through run-unprivileged.sh, as an unprivileged user (no cgroup).
// A language whose toolchain is missing is skipped, with the Debian package that brings it.

#include <runner/Language.h>
#include <runner/LocalRunSession.h>
#include <runner/RunResult.h>
#include <runner/RunSession.h>
#include <runner/SandboxPolicy.h>
#include <runner/SandboxProtocol.h>
#include <runner/sandbox/Request.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QHostAddress>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace runner;

namespace {

struct Run
{
    RunResult result;
    bool finished = false;
    QList<RunPhase> phases;
    QByteArray output() const { return result.stdoutData + result.stderrData; }
    QString describe() const
    {
        QString diagnostics;
        for (const Diagnostic &d : result.diagnostics)
            diagnostics += QStringLiteral("[%1:%2 %3 %4] ").arg(d.line).arg(d.column).arg(d.severity, d.message);
        return QStringLiteral("status=%1 exit=%2 signal=%3 limit=%4 wall=%5 compile=%6 message=%7\n diagnostics: %8\n"
                              " stdout: %9\n stderr: %10")
            .arg(statusName(result.status))
            .arg(result.exitCode ? QString::number(*result.exitCode) : QStringLiteral("-"))
            .arg(result.signal ? QString::number(*result.signal) : QStringLiteral("-"))
            .arg(int(result.limit))
            .arg(result.wallMs)
            .arg(result.compileMs)
            .arg(result.message, diagnostics, QString::fromUtf8(result.stdoutData.left(1500)),
                 QString::fromUtf8(result.stderrData.left(1500)));
    }
};

Limits testLimits()
{
    Limits limits;
    limits.wallMs = 10000;
    limits.cpuMs = 0;
    limits.memoryBytes = 256LL << 20;
    limits.outputBytes = 256 * 1024;
    limits.processes = 32;
    return limits;
}

Run runProgram(const QString &language, const QByteArray &source, Profile profile = Profile::Standard,
               Limits limits = testLimits(), const QByteArray &input = {}, const QMap<QString, QString> &environment = {})
{
    RunRequest request;
    request.language = language;
    request.source = source;
    request.policy.profile = profile;
    request.policy.limits = limits;
    request.policy.environment = environment;
    request.stdinData = input;
    LocalRunSession session;
    Run run;
    QObject::connect(&session, &RunSession::phaseChanged, &session, [&run](RunPhase phase) { run.phases.append(phase); });
    QSignalSpy finished(&session, &RunSession::finished);
    session.start(request);
    // Compile (20 s at most) plus the run's wall limit, generously: a loaded machine is slow, not wrong.
    run.finished = finished.count() > 0 || finished.wait(int(limits.wallMs) + 60000);
    if (run.finished)
        run.result = finished.first().first().value<RunResult>();
    return run;
}

// Processes on this machine whose environment holds `marker`: what a run left behind.
QStringList processesWith(const QByteArray &marker)
{
    QStringList found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        bool numeric = false;
        name.toLongLong(&numeric);
        QFile environ(QStringLiteral("/proc/%1/environ").arg(name));
        if (numeric && environ.open(QIODevice::ReadOnly) && environ.readAll().contains(marker))
            found << name;
    }
    return found;
}

// The programs of one test, per language; `{…}` placeholders are filled by the test.
struct Programs
{
    QByteArray js, cpp, java;
    QByteArray of(const QString &language) const
    {
        return language == QLatin1String("javascript") ? js : language == QLatin1String("cpp") ? cpp : java;
    }
};

QByteArray fill(QByteArray program, const QMap<QByteArray, QByteArray> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        program.replace(it.key(), it.value());
    return program;
}

} // namespace

class LanguagesTest : public QObject
{
    Q_OBJECT

private:
    void languageColumn(bool compiledOnly = false)
    {
        QTest::addColumn<QString>("language");
        for (const char *id : {"javascript", "cpp", "java"}) {
            if (compiledOnly && QByteArray(id) == "javascript")
                continue;
            QTest::newRow(id) << QString::fromLatin1(id);
        }
    }
    bool skipIfMissing(const QString &language)
    {
        const Language *entry = LanguageRegistry::builtin().find(language);
        if (!entry)
            return false;
        m_missing = entry->missingToolchain();
        return !m_missing.isEmpty();
    }
    QString m_missing;
    QTemporaryDir m_cache;

#define REQUIRE_TOOLCHAIN(language)                                                                                  \
    do {                                                                                                             \
        QVERIFY(LanguageRegistry::builtin().find(language));                                                        \
        if (skipIfMissing(language))                                                                                 \
            QSKIP(qPrintable(m_missing));                                                                            \
    } while (false)

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunResult>();
        // A compile cache of this suite's own (CompileCache): nothing of an earlier run or of the
        // user's is reused, and nothing is left in the user's cache.
        QVERIFY(m_cache.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache.path()));
    }

    void helloAndStdin_data() { languageColumn(); }
    void helloAndStdin()
    {
        QFETCH(QString, language);
        REQUIRE_TOOLCHAIN(language);
        const Programs programs{
            "const input = require('fs').readFileSync(0, 'utf8').trim();\nconsole.log('hello ' + input);\n",
            "#include <iostream>\n#include <string>\nint main() { std::string s; std::getline(std::cin, s); std::cout << \"hello \" << s << std::endl; }\n",
            "import java.util.Scanner;\n// public class NotThis {}\npublic class Greeter {\n  static String s = \"public class Nope {\";\n"
            "  public static void main(String[] a) { System.out.println(\"hello \" + new Scanner(System.in).nextLine()); }\n}\n"};
        for (Profile profile : {Profile::Standard, Profile::Strict}) {
            // Another program for each profile, so that neither comes from the compile cache.
            const QByteArray source = programs.of(language) + "// " + profileName(profile).toUtf8() + "\n";
            const Run run = runProgram(language, source, profile, testLimits(), "sandbox world\n");
            QVERIFY2(run.finished, "no result");
            QVERIFY2(run.result.status == RunStatus::Ok, qPrintable(run.describe()));
            QCOMPARE(run.result.stdoutData, QByteArray("hello sandbox world\n"));
            QCOMPARE(run.result.exitCode, std::optional<int>(0));
            const bool compiled = language != QLatin1String("javascript");
            QCOMPARE(run.result.compileMs > 0, compiled);
            const QList<RunPhase> expected = compiled ? QList<RunPhase>{RunPhase::Compiling, RunPhase::Running}
                                                      : QList<RunPhase>{RunPhase::Running};
            QCOMPARE(run.phases, expected);
        }
    }

    void runtimeErrorNamesItsPlace_data() { languageColumn(); }
    void runtimeErrorNamesItsPlace()
    {
        QFETCH(QString, language);
        REQUIRE_TOOLCHAIN(language);
        const Programs programs{"function f() {\n  throw new Error('boom');\n}\nf();\n",
                                "#include <cstdlib>\nint main() {\n  std::abort();\n}\n",
                                "public class Main {\n  static void f() {\n    throw new IllegalStateException(\"boom\");\n  }\n"
                                "  public static void main(String[] a) { f(); }\n}\n"};
        const Run run = runProgram(language, programs.of(language));
        QVERIFY2(run.result.status == RunStatus::RuntimeError, qPrintable(run.describe()));
        if (language == QLatin1String("javascript")) {
            QVERIFY2(run.result.stderrData.contains("at f (/work/main.js:2:9)"), qPrintable(run.describe()));
        } else if (language == QLatin1String("java")) {
            QVERIFY2(run.result.stderrData.contains("at Main.f(Main.java:3)"), qPrintable(run.describe()));
        } else {
            QCOMPARE(run.result.signal, std::optional<int>(SIGABRT));
        }
    }

    void compileCacheServesAnUnchangedProgram_data() { languageColumn(true); }
    void compileCacheServesAnUnchangedProgram()
    {
        QFETCH(QString, language);
        REQUIRE_TOOLCHAIN(language);
        const QByteArray marker = QUuid::createUuid().toByteArray(QUuid::Id128);
        const Programs programs{{},
                                "#include <cstdio>\nint main() { std::puts(\"cached " + marker + "\"); }\n",
                                "public class Cached { public static void main(String[] a) { System.out.println(\"cached " + marker + "\"); } }\n"};
        const QByteArray source = programs.of(language);
        const Run first = runProgram(language, source);
        QVERIFY2(first.result.status == RunStatus::Ok, qPrintable(first.describe()));
        QVERIFY(first.result.compileMs > 0);
        // Unchanged: no compile step at all, the same output.
        const Run again = runProgram(language, source);
        QVERIFY2(again.result.status == RunStatus::Ok, qPrintable(again.describe()));
        QCOMPARE(again.result.stdoutData, first.result.stdoutData);
        QCOMPARE(again.result.compileMs, 0.0);
        QCOMPARE(again.phases, QList<RunPhase>{RunPhase::Running});
        // Other flags are another program: C++ with another standard compiles again.
        if (language == QLatin1String("cpp")) {
            RunRequest request;
            request.language = language;
            request.source = source;
            const Language &cpp = *LanguageRegistry::builtin().find(language);
            const QByteArray defaultKey = compileCacheKey(request, cpp);
            request.languageStandard = QStringLiteral("c++20");
            QVERIFY(!defaultKey.isEmpty());
            QVERIFY(compileCacheKey(request, cpp) != defaultKey);
        }
        // A damaged entry (here: one byte changed) is found out, dropped, and the program compiled again.
        const QDir entries(m_cache.path() + QStringLiteral("/code-remote/compile"));
        const QFileInfoList files = entries.entryInfoList(QDir::Files, QDir::Time);
        QVERIFY(!files.isEmpty());
        for (const QFileInfo &info : files) {
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
            file.seek(0);
            file.write(bytes);
        }
        const Run recompiled = runProgram(language, source);
        QVERIFY2(recompiled.result.status == RunStatus::Ok, qPrintable(recompiled.describe()));
        QCOMPARE(recompiled.result.stdoutData, first.result.stdoutData);
        QVERIFY(recompiled.result.compileMs > 0);
        // The cache is this user's only.
        QCOMPARE(QFileInfo(entries.path()).permissions() & (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup | QFile::WriteGroup),
                 QFile::Permissions());
    }

    void segfaultIsARuntimeErrorWithItsSignal()
    {
        REQUIRE_TOOLCHAIN(QStringLiteral("cpp"));
        const Run run = runProgram(QStringLiteral("cpp"), "int main() { volatile int *p = nullptr; return *p; }\n");
        QVERIFY2(run.result.status == RunStatus::RuntimeError, qPrintable(run.describe()));
        QCOMPARE(run.result.signal, std::optional<int>(SIGSEGV));
    }

    void compileErrorHasLineAndColumn_data() { languageColumn(true); }
    void compileErrorHasLineAndColumn()
    {
        QFETCH(QString, language);
        REQUIRE_TOOLCHAIN(language);
        const Programs programs{{},
                                "#include <iostream>\nint main() {\n  int x = \"a\";\n  return 0;\n}\n",
                                "public class Broken {\n  public static void main(String[] a) {\n    int x = \"a\";\n  }\n}\n"};
        const Run run = runProgram(language, programs.of(language));
        QVERIFY2(run.result.status == RunStatus::CompileError, qPrintable(run.describe()));
        QVERIFY2(!run.result.diagnostics.isEmpty(), qPrintable(run.describe()));
        const Diagnostic &first = run.result.diagnostics.first();
        QCOMPARE(first.line, 3);
        QCOMPARE(first.column, language == QLatin1String("cpp") ? 11 : 13);
        QCOMPARE(first.severity, QStringLiteral("error"));
        QVERIFY(run.result.compileMs > 0);
        QCOMPARE(run.phases, QList<RunPhase>{RunPhase::Compiling});
    }

    void compileStepCannotReadTheHost()
    {
        REQUIRE_TOOLCHAIN(QStringLiteral("cpp"));
        // A world-readable file outside the sandbox: the compiler, like a program, must not see it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                              | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup);
        const QByteArray secret = "SECRET" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QString path = dir.filePath(QStringLiteral("id_rsa"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#error " + secret + "\n");
        file.close();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadOther | QFile::ReadGroup | QFile::WriteOwner);
        const Run run = runProgram(QStringLiteral("cpp"), "#include \"" + path.toUtf8() + "\"\nint main() {}\n");
        QVERIFY2(run.result.status == RunStatus::CompileError, qPrintable(run.describe()));
        QVERIFY2(!run.output().contains(secret), qPrintable(run.describe()));
        QVERIFY2(run.output().contains("No such file or directory") || run.output().contains("Permission denied"),
                 qPrintable(run.describe()));
    }

    void wallAndCpuLimits_data() { languageColumn(); }
    void wallAndCpuLimits()
    {
        QFETCH(QString, language);
        REQUIRE_TOOLCHAIN(language);
        const Programs sleeping{"setTimeout(() => {}, 1e9);\n",
                                "#include <unistd.h>\nint main() { for (;;) pause(); }\n",
                                "public class Main { public static void main(String[] a) throws Exception { Thread.sleep(1000000); } }\n"};
        Limits limits = testLimits();
        limits.wallMs = 2000;
        Run run = runProgram(language, sleeping.of(language), Profile::Standard, limits);
        QVERIFY2(run.result.status == RunStatus::TimeLimit && run.result.limit == TimeLimitKind::Wall,
                 qPrintable(run.describe()));

        const Programs spinning{"for (;;) {}\n", "int main() { volatile unsigned long n = 0; for (;;) ++n; }\n",
                                "public class Main { static volatile long n; public static void main(String[] a) { for (;;) ++n; } }\n"};
        limits.wallMs = 20000;
        limits.cpuMs = 1000;
        run = runProgram(language, spinning.of(language), Profile::Standard, limits);
        QVERIFY2(run.result.status == RunStatus::TimeLimit && run.result.limit == TimeLimitKind::Cpu,
                 qPrintable(run.describe()));
    }

    void memoryLimit_data() { languageColumn(); }
    void memoryLimit()
    {
        QFETCH(QString, language);
        REQUIRE_TOOLCHAIN(language);
        const Programs hogs{"const a = [];\nfor (;;) a.push(new Array(1e6).fill(1.5));\n",
                            "#include <cstring>\n#include <cstdlib>\nint main() { for (;;) { char *p = (char *)malloc(1 << 20); "
                            "if (!p) return 3; memset(p, 1, 1 << 20); } }\n",
                            "import java.util.*;\npublic class Main { public static void main(String[] a) { List<long[]> l = new "
                            "ArrayList<>(); for (;;) l.add(new long[1 << 17]); } }\n"};
        Limits limits = testLimits();
        limits.memoryBytes = 192LL << 20;
        const Run run = runProgram(language, hogs.of(language), Profile::Standard, limits);
        // Either the sandbox's limit or the runtime's own heap limit (derived from it) ends the run;
        // never a hang, never an internal error.
        const bool runtimeOutOfMemory = run.result.status == RunStatus::RuntimeError
                                        && (run.output().contains("heap out of memory")
                                            || run.output().contains("OutOfMemoryError")
                                            || run.result.exitCode == std::optional<int>(3));
        QVERIFY2(run.result.status == RunStatus::MemoryLimit || runtimeOutOfMemory, qPrintable(run.describe()));
    }

    void outputLimit_data() { languageColumn(); }
    void outputLimit()
    {
        QFETCH(QString, language);
        REQUIRE_TOOLCHAIN(language);
        const Programs chatty{"for (;;) process.stdout.write('x'.repeat(4096));\n",
                              "#include <cstdio>\nint main() { for (;;) std::fputs(\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\", stdout); }\n",
                              "public class Main { public static void main(String[] a) { for (;;) System.out.print(\"xxxxxxxxxxxxxxxx\"); } }\n"};
        Limits limits = testLimits();
        limits.outputBytes = 64 * 1024;
        const Run run = runProgram(language, chatty.of(language), Profile::Standard, limits);
        QVERIFY2(run.result.status == RunStatus::OutputLimit, qPrintable(run.describe()));
        QVERIFY(run.result.outputTruncated);
        QVERIFY(run.result.stdoutData.size() <= limits.outputBytes);
    }

    void forkAndThreadBombsAreContained_data() { languageColumn(); }
    void forkAndThreadBombsAreContained()
    {
        QFETCH(QString, language);
        REQUIRE_TOOLCHAIN(language);
        const QByteArray marker = "BOMB" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const Programs bombs{
            "const cp = require('child_process');\nlet n = 0;\nfor (let i = 0; i < 200; ++i) { try { cp.spawn('/bin/sleep', ['100']); ++n; } catch (e) {} }\n"
            "const { Worker } = require('worker_threads');\nfor (let i = 0; i < 200; ++i) { try { new Worker('setInterval(()=>{},1000)', { eval: true }); } catch (e) {} }\n"
            "setTimeout(() => {}, 1e9);\n",
            "#include <unistd.h>\n#include <thread>\n#include <chrono>\nint main() { for (int i = 0; i < 500; ++i) if (fork() == 0) { pause(); }\n"
            "  for (int i = 0; i < 500; ++i) { try { std::thread([] { pause(); }).detach(); } catch (...) {} }\n  pause(); }\n",
            "public class Main { public static void main(String[] a) throws Exception {\n"
            "  for (int i = 0; i < 200; ++i) { try { new ProcessBuilder(\"/bin/sleep\", \"100\").start(); } catch (Exception e) {} }\n"
            "  for (int i = 0; i < 2000; ++i) { try { Thread t = new Thread(() -> { try { Thread.sleep(1000000); } catch (Exception e) {} }); t.start(); } catch (Throwable e) { break; } }\n"
            "  Thread.sleep(1000000); } }\n"};
        Limits limits = testLimits();
        limits.wallMs = 4000;
        const Run run = runProgram(language, bombs.of(language), Profile::Standard, limits, {},
                                   {{QStringLiteral("BOMB_MARKER"), QString::fromLatin1(marker)}});
        QVERIFY2(run.finished, "no result");
        QVERIFY2(run.result.status == RunStatus::TimeLimit || run.result.status == RunStatus::RuntimeError,
                 qPrintable(run.describe()));
        QTRY_VERIFY_WITH_TIMEOUT(processesWith(marker).isEmpty(), 5000);
    }

    void networkIsDenied_data() { languageColumn(); }
    void networkIsDenied()
    {
        QFETCH(QString, language);
        REQUIRE_TOOLCHAIN(language);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QByteArray port = QByteArray::number(server.serverPort());
        const Programs programs{
            "const net = require('net'); const dns = require('dns');\n"
            "const s = net.connect({{host: '127.0.0.1', port: {PORT}}}, () => console.log('CONNECTED'));\n"
            "s.on('error', e => console.log('TCP ' + e.code));\n"
            "dns.lookup('example.com', (e, a) => console.log(e ? 'DNS ' + e.code : 'RESOLVED ' + a));\n",
            "#include <cstdio>\n#include <netdb.h>\n#include <arpa/inet.h>\n#include <sys/socket.h>\n#include <unistd.h>\n"
            "int main() { int s = socket(AF_INET, SOCK_STREAM, 0); sockaddr_in a{}; a.sin_family = AF_INET; a.sin_port = htons({PORT});\n"
            "  a.sin_addr.s_addr = htonl(0x7f000001); if (s >= 0 && connect(s, (sockaddr *)&a, sizeof a) == 0) puts(\"CONNECTED\"); else puts(\"TCP refused\");\n"
            "  addrinfo *r = nullptr; if (getaddrinfo(\"example.com\", \"80\", nullptr, &r) == 0) puts(\"RESOLVED\"); else puts(\"DNS failed\"); }\n",
            "import java.net.*;\npublic class Main { public static void main(String[] a) {\n"
            "  try (Socket s = new Socket(\"127.0.0.1\", {PORT})) { System.out.println(\"CONNECTED\"); } catch (Exception e) { System.out.println(\"TCP \" + e); }\n"
            "  try { InetAddress.getByName(\"example.com\"); System.out.println(\"RESOLVED\"); } catch (Exception e) { System.out.println(\"DNS \" + e); } } }\n"};
        QByteArray source = fill(programs.of(language), {{"{PORT}", port}});
        source.replace("{{", "{").replace("}}", "}");
        const Run run = runProgram(language, source);
        QVERIFY2(run.finished, "no result");
        QVERIFY2(run.result.stdoutData.contains("TCP") && run.result.stdoutData.contains("DNS"), qPrintable(run.describe()));
        QVERIFY2(!run.output().contains("CONNECTED") && !run.output().contains("RESOLVED"), qPrintable(run.describe()));
        QVERIFY(!server.hasPendingConnections() && !server.waitForNewConnection(100));
    }

    void filesOutsideTheWorkDirectory_data() { languageColumn(); }
    void filesOutsideTheWorkDirectory()
    {
        QFETCH(QString, language);
        REQUIRE_TOOLCHAIN(language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile::setPermissions(dir.path(), QFile::Permissions(0x7777));
        const QByteArray secret = "SECRET" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QString secretPath = dir.filePath(QStringLiteral("secret.txt"));
        QFile file(secretPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(secret);
        file.close();
        QFile::setPermissions(secretPath, QFile::Permissions(0x6666));
        const QString written = dir.filePath(QStringLiteral("written.txt"));
        const QByteArray envMarker = "RUNNERENV" + QUuid::createUuid().toByteArray(QUuid::Id128);
        qputenv("CODE_REMOTE_TEST_RUNNER_SECRET", envMarker);
        const Programs programs{
            "const fs = require('fs');\ntry { console.log(fs.readFileSync('{SECRET}', 'utf8')); } catch (e) { console.log('READ ' + e.code); }\n"
            "try { fs.writeFileSync('{WRITTEN}', 'x'); console.log('WROTE'); } catch (e) { console.log('WRITE ' + e.code); }\n"
            "console.log('HOME=' + process.env.HOME); console.log(JSON.stringify(process.env));\n"
            "try { console.log(fs.readdirSync('/home').join(',')); } catch (e) { console.log('HOMES ' + e.code); }\n",
            "#include <cstdio>\n#include <cstdlib>\nextern char **environ;\nint main() { char b[256] = {0}; FILE *f = fopen(\"{SECRET}\", \"r\");\n"
            "  if (f) { fread(b, 1, 255, f); puts(b); } else puts(\"READ failed\");\n"
            "  FILE *w = fopen(\"{WRITTEN}\", \"w\"); puts(w ? \"WROTE\" : \"WRITE failed\");\n"
            "  printf(\"HOME=%s\\n\", getenv(\"HOME\")); for (char **e = environ; *e; ++e) puts(*e); }\n",
            "import java.nio.file.*;\npublic class Main { public static void main(String[] a) {\n"
            "  try { System.out.println(Files.readString(Path.of(\"{SECRET}\"))); } catch (Exception e) { System.out.println(\"READ \" + e); }\n"
            "  try { Files.writeString(Path.of(\"{WRITTEN}\"), \"x\"); System.out.println(\"WROTE\"); } catch (Exception e) { System.out.println(\"WRITE \" + e); }\n"
            "  System.out.println(\"HOME=\" + System.getenv(\"HOME\")); System.out.println(System.getenv()); } }\n"};
        const QByteArray source =
            fill(programs.of(language), {{"{SECRET}", secretPath.toUtf8()}, {"{WRITTEN}", written.toUtf8()}});
        const Run run = runProgram(language, source);
        qunsetenv("CODE_REMOTE_TEST_RUNNER_SECRET");
        QVERIFY2(run.result.status == RunStatus::Ok, qPrintable(run.describe()));
        QVERIFY2(!run.output().contains(secret), qPrintable(run.describe()));
        QVERIFY2(!run.output().contains("WROTE"), qPrintable(run.describe()));
        QVERIFY(!QFile::exists(written));
        QVERIFY2(!run.output().contains(envMarker), qPrintable(run.describe()));
        const QByteArray home = qgetenv("HOME");
        QVERIFY2(run.result.stdoutData.contains("HOME=/work"), qPrintable(run.describe()));
        if (!home.isEmpty() && home != "/")
            QVERIFY2(!run.output().contains(home), qPrintable(run.describe()));
    }

    void strictForbidsChildProcesses_data() { languageColumn(); }
    void strictForbidsChildProcesses()
    {
        QFETCH(QString, language);
        REQUIRE_TOOLCHAIN(language);
        // Threads still work; a child process, a shell or a second exec do not.
        const Programs programs{
            "const { Worker } = require('worker_threads');\n"
            "new Worker(\"require('worker_threads').parentPort.postMessage('THREAD OK')\", { eval: true }).on('message', m => {\n"
            "  console.log(m);\n"
            "  try { console.log(require('child_process').execSync('echo CHILD RAN').toString()); } catch (e) { console.log('SPAWN ' + e.code); }\n"
            "});\n",
            "#include <cstdio>\n#include <thread>\n#include <unistd.h>\n#include <sys/wait.h>\n"
            "int main() { std::thread([] { puts(\"THREAD OK\"); }).join(); fflush(stdout);\n"
            "  pid_t p = fork(); if (p == 0) { puts(\"CHILD RAN\"); _exit(0); } if (p > 0) waitpid(p, nullptr, 0); else puts(\"FORK refused\");\n"
            "  fflush(stdout); execl(\"/bin/echo\", \"echo\", \"CHILD RAN\", (char *)nullptr); puts(\"EXEC refused\"); }\n",
            "public class Main { public static void main(String[] a) throws Exception {\n"
            "  Thread t = new Thread(() -> System.out.println(\"THREAD OK\")); t.start(); t.join();\n"
            "  try { Process p = new ProcessBuilder(\"/bin/echo\", \"CHILD RAN\").inheritIO().start(); p.waitFor(); } catch (Exception e) { System.out.println(\"SPAWN \" + e); } } }\n"};
        const Run strict = runProgram(language, programs.of(language), Profile::Strict);
        QVERIFY2(strict.finished, "no result");
        QVERIFY2(strict.result.stdoutData.contains("THREAD OK"), qPrintable(strict.describe()));
        QVERIFY2(!strict.output().contains("CHILD RAN"), qPrintable(strict.describe()));
        // The same program may start processes in the standard profile.
        const Run standard = runProgram(language, programs.of(language), Profile::Standard);
        QVERIFY2(standard.output().contains("CHILD RAN"), qPrintable(standard.describe()));
    }

    void strictSourceLimitAppliesToEveryLanguage_data() { languageColumn(); }
    void strictSourceLimitAppliesToEveryLanguage()
    {
        QFETCH(QString, language);
        REQUIRE_TOOLCHAIN(language);
        const QByteArray big = "// " + QByteArray(11 * 1024, 'x') + "\n";
        const Run run = runProgram(language, big, Profile::Strict);
        QCOMPARE(run.result.status, RunStatus::SecurityViolation);
        QCOMPARE(run.result.violations.value(0).kind, QStringLiteral("size"));
    }

    void compileStepHasItsOwnLimits_data()
    {
        QTest::addColumn<QByteArrayList>("compiler");
        QTest::addColumn<QByteArray>("limit");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("wall") << QByteArrayList{"/bin/sleep", "30"} << QByteArray("compile_wall_ms")
                              << QByteArray("exceeded its time limit");
        QTest::newRow("memory") << QByteArrayList{"/usr/bin/python3", "-c", "b = bytearray(400 << 20)\nimport time\ntime.sleep(30)"}
                                << QByteArray("compile_memory_bytes") << QByteArray("exceeded its memory limit");
    }
    void compileStepHasItsOwnLimits()
    {
        // The supervisor itself, with a request whose compile step is any command: it is stopped by the
        // compile step's limit (not the program's), ends as compile_error, and the program never runs.
        QFETCH(QByteArrayList, compiler);
        QFETCH(QByteArray, limit);
        QFETCH(QByteArray, message);
        sandbox::Request request;
        request.argv = {"/bin/echo", "PROGRAM RAN"};
        for (const QByteArray &argument : compiler)
            request.compileArgv.push_back(argument.toStdString());
        request.compileWallMs = limit == "compile_wall_ms" ? 1000 : 20000;
        request.compileMemoryBytes = 96LL << 20;
        request.profile = "standard";
        QProcess supervisor;
        supervisor.start(LocalRunSession::sandboxExecutable(), {});
        QVERIFY(supervisor.waitForStarted());
        const std::string encoded = sandbox::encodeRequest(request);
        supervisor.write(encoded.data(), qint64(encoded.size()));
        supervisor.closeWriteChannel();
        QVERIFY(supervisor.waitForFinished(60000));
        const QByteArray events = supervisor.readAllStandardOutput();
        QVERIFY2(!events.contains("PROGRAM RAN"), events.constData());
        QVERIFY2(events.contains("\"status\":\"compile_error\""), events.constData());
        QVERIFY2(events.contains(message), events.constData());
    }

    // A .mjs file is an ES module: import statements and top-level await work, `require` is not
    // there, and its trace names the module as node does (file:///work/main.mjs), in both profiles.
    void javascriptModuleRunsAsAnEsModule_data()
    {
        QTest::addColumn<int>("profile");
        QTest::newRow("standard") << int(Profile::Standard);
        QTest::newRow("strict") << int(Profile::Strict);
    }
    void javascriptModuleRunsAsAnEsModule()
    {
        QFETCH(int, profile);
        REQUIRE_TOOLCHAIN(QStringLiteral("javascript"));
        const Language *javascript = LanguageRegistry::builtin().find(QStringLiteral("javascript"));
        QCOMPARE(javascript->standardForFileName(QStringLiteral("/home/ada/x.mjs")), QStringLiteral("module"));
        QCOMPARE(javascript->standardForFileName(QStringLiteral("x.js")), QString());
        QCOMPARE(javascript->sourceFileNameFor({}, QStringLiteral("module")), QStringLiteral("main.mjs"));
        RunRequest request;
        request.language = QStringLiteral("javascript");
        request.languageStandard = QStringLiteral("module");
        request.source = "import { readFileSync } from 'node:fs';\n"
                         "const answer = await Promise.resolve(41);\n"
                         "console.log(answer + 1, typeof readFileSync, typeof require, import.meta.url);\n"
                         "function f() {\n"
                         "  throw new Error('boom');\n"
                         "}\n"
                         "f();\n";
        request.policy.profile = Profile(profile);
        request.policy.limits = testLimits();
        LocalRunSession session;
        QSignalSpy finished(&session, &RunSession::finished);
        session.start(request);
        QVERIFY(finished.wait(60'000));
        Run run;
        run.result = finished.first().first().value<RunResult>();
        QVERIFY2(run.result.status == RunStatus::RuntimeError, qPrintable(run.describe()));
        QCOMPARE(run.result.stdoutData, QByteArray("42 function undefined file:///work/main.mjs\n"));
        QVERIFY2(run.result.stderrData.contains("at f (file:///work/main.mjs:5:9)"), qPrintable(run.describe()));

        // The same file as CommonJS (the default of .js) has `require`.
        request.languageStandard.clear();
        request.source = "console.log(typeof require);\n";
        const Run script = runProgram(QStringLiteral("javascript"), request.source, Profile(profile));
        QCOMPARE(script.result.stdoutData, QByteArray("function\n"));
    }

    // The precompiled <bits/stdc++.h>: tst_precompiledheader.

    void unknownStandardIsRefused()
    {
        REQUIRE_TOOLCHAIN(QStringLiteral("cpp"));
        RunRequest request;
        request.language = QStringLiteral("cpp");
        request.source = "int main() {}\n";
        request.languageStandard = QStringLiteral("c++98; rm -rf /");
        LocalRunSession session;
        QSignalSpy finished(&session, &RunSession::finished);
        session.start(request);
        QVERIFY(finished.wait(10000));
        const RunResult result = finished.first().first().value<RunResult>();
        QCOMPARE(result.status, RunStatus::InternalError);
        QVERIFY2(result.message.contains(QLatin1String("c++17")), qPrintable(result.message));
    }
};

QTEST_GUILESS_MAIN(LanguagesTest)
#include "tst_languages.moc"
