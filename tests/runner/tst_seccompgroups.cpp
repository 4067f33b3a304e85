// Each language's seccomp allowlist holds what it needs and no more (runner/sandbox/SeccompFilter.cpp,
// docs/security.md "Seccomp groups"): a call that another language's or phase's groups allow is refused
// to one whose groups leave it out, with the error the filter promises (EACCES for executable memory,
// EPERM for a thread or process clone, ENOSYS for calls outside every list), and the program goes on.
// Real programs in the real sandbox, as root and, through run-unprivileged.sh, as an unprivileged user;
// with CODE_REMOTE_TEST_THROUGH_HOST=1 the Python runs start from a sandbox host's loaded interpreter.
// The strict profile's "no processes" for JavaScript, C++ and Java is tst_languages'
// strictForbidsChildProcesses; the security suite's kill list holds for every group.

#include <runner/Language.h>
#include <runner/LocalRunSession.h>
#include <runner/RunResult.h>
#include <runner/RunSession.h>
#include <runner/SandboxHostPool.h>
#include <runner/SandboxPolicy.h>
#include <runner/SandboxProtocol.h>
#include <runner/sandbox/Request.h>
#include <runner/sandbox/Seccomp.h>

#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace runner;

namespace {

struct Run
{
    RunResult result;
    bool finished = false;
    QByteArray output() const { return result.stdoutData + result.stderrData; }
    QString describe() const
    {
        return QStringLiteral("status=%1 exit=%2 signal=%3 message=%4\n stdout: %5\n stderr: %6")
            .arg(statusName(result.status))
            .arg(result.exitCode ? QString::number(*result.exitCode) : QStringLiteral("-"))
            .arg(result.signal ? QString::number(*result.signal) : QStringLiteral("-"))
            .arg(result.message, QString::fromUtf8(result.stdoutData.left(2000)),
                 QString::fromUtf8(result.stderrData.left(2000)));
    }
};

// What the groups leave out, asked of the kernel directly (x86-64 and aarch64 numbers). Each line
// prints NAME=RESULT/ERRNO; the expectations below read them.
const QByteArray kPythonProbe = R"PY(import ctypes, os, platform, threading
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
libc.mmap.restype = ctypes.c_void_p
libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
NR = {'x86_64': dict(membarrier=324, pkey_alloc=330, personality=135, mbind=237),
      'aarch64': dict(membarrier=283, pkey_alloc=289, personality=92, mbind=235)}[platform.machine()]
def show(name, result):
    print('%s=%d/%d' % (name, result, ctypes.get_errno() if result in (-1, None) else 0), flush=True)
failed = ctypes.c_void_p(-1).value
anon = libc.mmap(None, 4096, 7, 0x22, -1, 0)            # PROT_READ|WRITE|EXEC, MAP_PRIVATE|ANONYMOUS
show('mmap_exec_anon', -1 if anon == failed else 0)
page = libc.mmap(None, 4096, 3, 0x22, -1, 0)            # PROT_READ|WRITE: everyone's
show('mmap_rw', -1 if page == failed else 0)
show('mprotect_exec', libc.mprotect(ctypes.c_void_p(page), 4096, 5))
code = os.memfd_create('code')
os.ftruncate(code, 4096)
show('mmap_exec_file_writable', -1 if libc.mmap(None, 4096, 7, 1, code, 0) == failed else 0)  # MAP_SHARED
show('mmap_exec_file', -1 if libc.mmap(None, 4096, 5, 1, code, 0) == failed else 0)
show('membarrier', libc.syscall(ctypes.c_long(NR['membarrier']), 0, 0))
show('pkey_alloc', libc.syscall(ctypes.c_long(NR['pkey_alloc']), 0, 0))
show('mbind', libc.syscall(ctypes.c_long(NR['mbind']), ctypes.c_void_p(page), 4096, 0, None, 0, 0))
show('personality_read_implies_exec', libc.syscall(ctypes.c_long(NR['personality']), 0x0400000))
show('personality_query', 0 if libc.syscall(ctypes.c_long(NR['personality']), ctypes.c_ulong(0xffffffff)) >= 0 else -1)
# What Python does need still works: a thread, and code from a file (ctypes' own library, a callback).
CMP = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int))
values = (ctypes.c_int * 3)(3, 1, 2)
libc.qsort(values, 3, ctypes.sizeof(ctypes.c_int), CMP(lambda a, b: a[0] - b[0]))
box = []
worker = threading.Thread(target=lambda: box.append(list(values)))
worker.start(); worker.join()
print('THREAD', box, flush=True)
)PY";

// The same calls from a compiled C++ program: its code comes from its file, like CPython's.
const QByteArray kCppProbe = R"CPP(#include <cerrno>
#include <cstdio>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>
static void show(const char *name, long result) { std::printf("%s=%ld/%d\n", name, result, result == -1 ? errno : 0); }
int main() {
    errno = 0;
    void *anon = mmap(nullptr, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    show("mmap_exec_anon", anon == MAP_FAILED ? -1 : 0);
    void *page = mmap(nullptr, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    show("mmap_rw", page == MAP_FAILED ? -1 : 0);
    show("mprotect_exec", mprotect(page, 4096, PROT_READ | PROT_EXEC));
    show("membarrier", syscall(SYS_membarrier, 0, 0));
    show("pkey_alloc", syscall(SYS_pkey_alloc, 0, 0));
    show("personality_read_implies_exec", syscall(SYS_personality, READ_IMPLIES_EXEC));
    int sum = 0;
    std::thread([&sum] { sum = 42; }).join();
    std::printf("THREAD %d\n", sum);
}
)CPP";

// A "compiler" for the supervisor's compile step: reports whether it may start a thread, a child
// process and a second program, then fails so that the run ends there with its output.
const QByteArray kCompileStepProbe = R"PY(import os, sys, threading
def report(name, action):
    try:
        action()
        print(name + '=ok', file=sys.stderr, flush=True)
    except (OSError, RuntimeError) as error:
        print(name + '=refused ' + type(error).__name__ + ' ' + str(getattr(error, 'errno', '')), file=sys.stderr, flush=True)
def thread():
    worker = threading.Thread(target=lambda: None)
    worker.start(); worker.join()
def child():
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
def second_program():
    pid = os.posix_spawn('/bin/true', ['true'], {})
    os.waitpid(pid, 0)
report('thread', thread)
report('process', child)
report('exec', second_program)
sys.exit(1)
)PY";

QMap<QByteArray, QByteArray> probeResults(const QByteArray &output)
{
    QMap<QByteArray, QByteArray> results;
    for (const QByteArray &line : output.split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            results.insert(line.left(equals), line.mid(equals + 1));
    }
    return results;
}

QByteArray errnoResult(int error)
{
    return "-1/" + QByteArray::number(error);
}

} // namespace

class SeccompGroupsTest : public QObject
{
    Q_OBJECT

private:
    Run run(const QString &language, const QByteArray &source, Profile profile)
    {
        RunRequest request;
        request.language = language;
        request.source = source;
        request.policy.profile = profile;
        request.policy.limits.wallMs = 20000;
        request.policy.limits.memoryBytes = 256LL << 20;
        const Language *entry = LanguageRegistry::builtin().find(language);
        bool preload = false;
        if (m_hosts && entry && entry->preloadable) {
            // The host for this language and profile must be up, or the run would be exec'd instead.
            QString error;
            const QByteArray templateRequest = encodeSandboxTemplate(request, *entry, error);
            preload = QTest::qWaitFor([&] { return !m_hosts->socketFor(templateRequest).isEmpty(); }, 30000)
                      && !qgetenv("CODE_REMOTE_SANDBOX_DISABLE").contains("userns");
        }
        LocalRunSession session(nullptr, m_hosts);
        QSignalSpy finished(&session, &RunSession::finished);
        session.start(request);
        Run outcome;
        // Compile (20 s at most) plus the run, generously: a loaded machine is slow, not wrong.
        outcome.finished = finished.count() > 0 || finished.wait(90000);
        if (outcome.finished)
            outcome.result = finished.first().first().value<RunResult>();
        if (preload && outcome.finished)
            [&] { QVERIFY2(outcome.result.preloaded, "the run did not start from the sandbox host"); }();
        return outcome;
    }

    bool missing(const QString &language)
    {
        const Language *entry = LanguageRegistry::builtin().find(language);
        m_missing = entry ? entry->missingToolchain() : QStringLiteral("no language %1").arg(language);
        return !m_missing.isEmpty();
    }

    // The compile step of `language`'s seccomp groups, driven through the supervisor with the probe as
    // its compiler: what the probe could do, from the compile step's output.
    QMap<QByteArray, QByteArray> compileStepCan(const QString &language, QString &events)
    {
        const Language *entry = LanguageRegistry::builtin().find(language);
        if (!entry)
            return {};
        uint32_t groups = 0;
        if (!sandbox::seccompGroup::parse(entry->compileSeccompGroups.join(QLatin1Char(',')).toStdString(), groups))
            return {};
        sandbox::Request request;
        request.argv = {"/bin/echo", "PROGRAM RAN"};
        request.compileArgv = {"/usr/bin/python3", "-I", "-S", "-c", kCompileStepProbe.toStdString()};
        request.compileSeccompGroups = groups;
        request.profile = "standard";
        QProcess supervisor;
        supervisor.start(LocalRunSession::sandboxExecutable(), {});
        if (!supervisor.waitForStarted())
            return {};
        const std::string encoded = sandbox::encodeRequest(request);
        supervisor.write(encoded.data(), qint64(encoded.size()));
        supervisor.closeWriteChannel();
        supervisor.waitForFinished(90000);
        const QByteArray output = supervisor.readAllStandardOutput();
        events = QString::fromUtf8(output);
        QMap<QByteArray, QByteArray> results;
        for (const char *name : {"thread", "process", "exec"}) {
            const qsizetype at = output.indexOf(QByteArray(name) + "=");
            if (at >= 0) {
                const qsizetype end = output.indexOf('\n', at);
                results.insert(name, output.mid(at + qsizetype(qstrlen(name)) + 1, end < 0 ? -1 : end - at - qsizetype(qstrlen(name)) - 1));
            }
        }
        return results;
    }

    QString m_missing;
    QTemporaryDir m_cache;
    SandboxHostPool *m_hosts = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunResult>();
        QVERIFY(m_cache.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache.path()));
        if (qEnvironmentVariableIsSet("CODE_REMOTE_TEST_THROUGH_HOST")) {
            QVERIFY2(QFileInfo(SandboxHostPool::hostExecutable()).isExecutable(), "no sandbox host beside the test");
            m_hosts = new SandboxHostPool;
        }
    }

    void cleanupTestCase()
    {
        delete m_hosts;
        m_hosts = nullptr;
    }

    void registryNamesOnlyKnownGroups()
    {
        // Every phase of every language names groups the supervisor knows: an unknown name would make
        // each of its runs fail as a bad request.
        for (const Language &language : LanguageRegistry::builtin().languages()) {
            for (const QStringList &groups : {language.seccompGroups, language.compileSeccompGroups}) {
                uint32_t bits = 0;
                QVERIFY2(sandbox::seccompGroup::parse(groups.join(QLatin1Char(',')).toStdString(), bits),
                         qPrintable(language.id + QLatin1String(": ") + groups.join(QLatin1Char(','))));
                QCOMPARE(QString::fromStdString(sandbox::seccompGroup::names(bits)).split(QLatin1Char(','), Qt::SkipEmptyParts).size(),
                         groups.size());
            }
        }
        uint32_t bits = 0;
        QVERIFY(!sandbox::seccompGroup::parse("threads,everything", bits));
    }

    void pythonCannotWriteMachineCode()
    {
        // The JIT group is V8's and HotSpot's: a Python program may not make anonymous memory
        // executable nor map a file writable and executable at once (EACCES), nor call membarrier, pkey_alloc or mbind (ENOSYS), and may not set
        // READ_IMPLIES_EXEC for anyone; what it needs (threads, libraries and ctypes callbacks from
        // files) still works, and the program is not killed for asking.
        if (missing(QStringLiteral("python")))
            QSKIP(qPrintable(m_missing));
        const Run result = run(QStringLiteral("python"), kPythonProbe, Profile::Standard);
        QVERIFY2(result.finished && result.result.status == RunStatus::Ok, qPrintable(result.describe()));
        const QMap<QByteArray, QByteArray> calls = probeResults(result.result.stdoutData);
        QCOMPARE(calls.value("mmap_exec_anon"), errnoResult(EACCES));
        QCOMPARE(calls.value("mmap_rw"), QByteArray("0/0"));
        QCOMPARE(calls.value("mprotect_exec"), errnoResult(EACCES));
        QCOMPARE(calls.value("mmap_exec_file_writable"), errnoResult(EACCES));
        QCOMPARE(calls.value("mmap_exec_file"), QByteArray("0/0"));
        QCOMPARE(calls.value("membarrier"), errnoResult(ENOSYS));
        QCOMPARE(calls.value("pkey_alloc"), errnoResult(ENOSYS));
        QCOMPARE(calls.value("mbind"), errnoResult(ENOSYS));
        QCOMPARE(calls.value("personality_read_implies_exec"), errnoResult(ENOSYS));
        QCOMPARE(calls.value("personality_query"), QByteArray("0/0"));
        QVERIFY2(result.result.stdoutData.contains("THREAD [[1, 2, 3]]"), qPrintable(result.describe()));
    }

    void cppProgramCannotWriteMachineCode_data()
    {
        QTest::addColumn<bool>("strict");
        QTest::newRow("standard") << false;
        QTest::newRow("strict") << true;
    }
    void cppProgramCannotWriteMachineCode()
    {
        // A compiled program's code is its file: the JIT group's calls are refused to it as to Python.
        QFETCH(bool, strict);
        if (missing(QStringLiteral("cpp")))
            QSKIP(qPrintable(m_missing));
        const Run result = run(QStringLiteral("cpp"), kCppProbe, strict ? Profile::Strict : Profile::Standard);
        QVERIFY2(result.finished && result.result.status == RunStatus::Ok, qPrintable(result.describe()));
        const QMap<QByteArray, QByteArray> calls = probeResults(result.result.stdoutData);
        QCOMPARE(calls.value("mmap_exec_anon"), errnoResult(EACCES));
        QCOMPARE(calls.value("mmap_rw"), QByteArray("0/0"));
        QCOMPARE(calls.value("mprotect_exec"), errnoResult(EACCES));
        QCOMPARE(calls.value("membarrier"), errnoResult(ENOSYS));
        QCOMPARE(calls.value("pkey_alloc"), errnoResult(ENOSYS));
        QCOMPARE(calls.value("personality_read_implies_exec"), errnoResult(ENOSYS));
        QVERIFY2(result.result.stdoutData.contains("THREAD 42"), qPrintable(result.describe()));
    }

    void jitRuntimesWriteMachineCode_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QByteArray>("expected");
        // WebAssembly is compiled to machine code before it runs; so is a hot Java loop.
        QTest::newRow("javascript")
            << QStringLiteral("javascript")
            << QByteArray("const wasm = new Uint8Array([0,97,115,109,1,0,0,0,1,7,1,96,2,127,127,1,127,3,2,1,0,7,7,1,3,97,100,100,0,0,10,9,1,7,0,32,0,32,1,106,11]);\n"
                          "WebAssembly.instantiate(wasm).then(m => console.log('WASM ' + m.instance.exports.add(40, 2)));\n")
            << QByteArray("WASM 42");
        QTest::newRow("java")
            << QStringLiteral("java")
            << QByteArray("public class Main { static int f(int i) { return i % 7; }\n"
                          "  public static void main(String[] a) { long s = 0; for (int i = 0; i < 50_000_000; ++i) s += f(i);\n"
                          "    System.out.println(\"JIT \" + s); } }\n")
            << QByteArray("JIT 149999997");
    }
    void jitRuntimesWriteMachineCode()
    {
        // The other side of the two tests above: the JIT group is given to the runtimes that need it,
        // in strict as in standard.
        QFETCH(QString, language);
        QFETCH(QByteArray, source);
        QFETCH(QByteArray, expected);
        if (missing(language))
            QSKIP(qPrintable(m_missing));
        for (Profile profile : {Profile::Standard, Profile::Strict}) {
            const Run result = run(language, source, profile);
            QVERIFY2(result.finished && result.result.status == RunStatus::Ok, qPrintable(result.describe()));
            QVERIFY2(result.result.stdoutData.contains(expected), qPrintable(result.describe()));
        }
    }

    void cppCompileStepStartsPassesButNoThreads()
    {
        // g++'s driver starts its passes (the processes group), none of which is threaded: the
        // compile step of C++ may fork and exec, and its clone of a thread fails with EPERM.
        QString events;
        const QMap<QByteArray, QByteArray> can = compileStepCan(QStringLiteral("cpp"), events);
        QVERIFY2(!events.contains("PROGRAM RAN"), qPrintable(events));
        QCOMPARE(can.value("process"), QByteArray("ok"));
        QCOMPARE(can.value("exec"), QByteArray("ok"));
        QVERIFY2(can.value("thread").startsWith("refused RuntimeError"), qPrintable(events));
    }

    void javaCompileStepStartsNoProcess()
    {
        // javac is a Java program: threads and the JIT, but no process of its own. Its own exec goes
        // through; a fork fails with EPERM and a second program does not start.
        QString events;
        const QMap<QByteArray, QByteArray> can = compileStepCan(QStringLiteral("java"), events);
        QVERIFY2(!events.contains("PROGRAM RAN"), qPrintable(events));
        QCOMPARE(can.value("thread"), QByteArray("ok"));
        QCOMPARE(can.value("process"), QByteArray("refused PermissionError ") + QByteArray::number(EPERM));
        QVERIFY2(can.value("exec").startsWith("refused"), qPrintable(events));
    }
};

QTEST_GUILESS_MAIN(SeccompGroupsTest)
#include "tst_seccompgroups.moc"
