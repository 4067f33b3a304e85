// The sandbox hosts' lifecycle under load (issue 17, items 4 and 9): a host that is replaced retires
// (its runs in flight finish, the event loop never waits for it), one that dies outright takes no run
// with it, the pool keeps runs starting warm, and what dead pools left behind is cleaned up safely.
#include <runner/HostDirectories.h>
#include <runner/Language.h>
#include <runner/LocalRunSession.h>
#include <runner/RunResult.h>
#include <runner/SandboxHostPool.h>
#include <runner/SandboxProtocol.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <memory>
#include <optional>
#include <fcntl.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>
#include <utime.h>

using namespace runner;

namespace {
constexpr int kLines = 12;

RunRequest pythonRequest(const QByteArray &source)
{
    RunRequest request;
    request.source = source;
    request.policy.profile = Profile::Standard;
    request.policy.limits.wallMs = 20'000;
    return request;
}

// Prints a line every 100 ms: long enough for its host to retire or die while it runs.
RunRequest longRun(int index)
{
    return pythonRequest("import time\nfor i in range(" + QByteArray::number(kLines) + "):\n    print('run " +
                         QByteArray::number(index) +
                         " line', i, flush=True)\n    time.sleep(0.1)\nprint('done')\n");
}

QByteArray expectedOutput(int index)
{
    QByteArray output;
    for (int i = 0; i < kLines; ++i)
        output += "run " + QByteArray::number(index) + " line " + QByteArray::number(i) + "\n";
    return output + "done\n";
}

QByteArray templateFor(const RunRequest &request)
{
    const Language *language = LanguageRegistry::builtin().find(request.language);
    QString error;
    return language ? encodeSandboxTemplate(request, *language, error) : QByteArray();
}

bool waitForHost(SandboxHostPool &hosts, const RunRequest &request)
{
    const QByteArray templateRequest = templateFor(request);
    return !templateRequest.isEmpty() &&
           QTest::qWaitFor([&] { return !hosts.socketFor(templateRequest).isEmpty(); }, 20'000);
}

// The longest pause between the ticks of a 50 ms timer: how long the event loop was kept from running.
class LoopWatch : public QObject
{
public:
    LoopWatch()
    {
        m_clock.start();
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, this,
                         [this] { m_longestGapMs = std::max(m_longestGapMs, m_clock.restart()); });
        m_timer.start();
    }
    qint64 longestGapMs() const { return m_longestGapMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longestGapMs = 0;
};

// Every process below `pid` (children, grandchildren...), and `pid` itself.
QList<pid_t> treeOf(pid_t pid)
{
    QList<pid_t> tree{pid};
    for (int i = 0; i < tree.size(); ++i) {
        QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(tree[i]));
        if (!children.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &child : children.readAll().split(' ')) {
            if (!child.trimmed().isEmpty())
                tree << pid_t(child.trimmed().toInt());
        }
    }
    return tree;
}

bool isAlive(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && text.size() > close + 2 && text.at(close + 2) != 'Z';
}

// The stack-protector canary and pointer guard of a process of ours (glibc on x86-64 keeps them at
// %fs:0x28 and %fs:0x30), read through ptrace; nullopt if it cannot be read.
std::optional<std::pair<quint64, quint64>> stackGuards(pid_t pid)
{
#if defined(__x86_64__)
    if (::ptrace(PTRACE_ATTACH, pid, nullptr, nullptr) != 0)
        return std::nullopt;
    int status = 0;
    ::waitpid(pid, &status, __WALL);
    std::optional<std::pair<quint64, quint64>> guards;
    user_regs_struct registers{};
    if (::ptrace(PTRACE_GETREGS, pid, nullptr, &registers) == 0) {
        errno = 0;
        const long canary =
            ::ptrace(PTRACE_PEEKDATA, pid, reinterpret_cast<void *>(registers.fs_base + 0x28), nullptr);
        const long pointerGuard =
            ::ptrace(PTRACE_PEEKDATA, pid, reinterpret_cast<void *>(registers.fs_base + 0x30), nullptr);
        if (errno == 0)
            guards = std::make_pair(quint64(canary), quint64(pointerGuard));
    }
    ::ptrace(PTRACE_DETACH, pid, nullptr, nullptr);
    return guards;
#else
    Q_UNUSED(pid);
    return std::nullopt;
#endif
}

QList<pid_t> childrenOf(pid_t pid)
{
    QList<pid_t> children;
    QFile file(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &child : file.readAll().split(' ')) {
            if (!child.trimmed().isEmpty())
                children << pid_t(child.trimmed().toInt());
        }
    }
    return children;
}

struct Concurrent
{
    std::vector<std::unique_ptr<LocalRunSession>> sessions;
    std::vector<std::optional<RunResult>> results;
    bool allDone() const
    {
        return std::all_of(results.cbegin(), results.cend(),
                           [](const auto &result) { return result.has_value(); });
    }
};

// Starts `count` long runs at once through `hosts`.
std::unique_ptr<Concurrent> startLongRuns(SandboxHostPool &hosts, int count)
{
    auto runs = std::make_unique<Concurrent>();
    runs->results.resize(size_t(count));
    for (int i = 0; i < count; ++i) {
        auto session = std::make_unique<LocalRunSession>(nullptr, &hosts);
        Concurrent *target = runs.get();
        QObject::connect(session.get(), &RunSession::finished, session.get(),
                         [target, i](const RunResult &result) { target->results[size_t(i)] = result; });
        session->start(longRun(i));
        runs->sessions.push_back(std::move(session));
    }
    return runs;
}

// A Unix socket at `path`; listening if `listen`, else bound and closed (a dead host's leftover).
int makeSocket(const QString &path, bool listen)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray native = QFile::encodeName(path);
    std::memcpy(address.sun_path, native.constData(), size_t(native.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        return -1;
    if (listen && ::listen(fd, 4) == 0)
        return fd;
    ::close(fd);
    return listen ? -1 : 0;
}

bool makePrivateDirectory(const QString &path, bool old = true)
{
    if (!QDir().mkpath(path) || ::chmod(QFile::encodeName(path).constData(), 0700) != 0)
        return false;
    if (old) {
        // Unchanged for an hour: what a pool killed long ago leaves.
        const utimbuf times{::time(nullptr) - 3600, ::time(nullptr) - 3600};
        return ::utime(QFile::encodeName(path).constData(), &times) == 0;
    }
    return true;
}
} // namespace

Q_DECLARE_METATYPE(runner::RunResult)

class HostPoolTest : public QObject
{
    Q_OBJECT

    // Checks what every test of a retiring host checks: each run finished `ok` with all its output, from
    // the loaded interpreter.
    void checkAllFinished(const Concurrent &runs)
    {
        for (size_t i = 0; i < runs.results.size(); ++i) {
            const RunResult &result = *runs.results[i];
            QVERIFY2(
                result.status == RunStatus::Ok,
                qPrintable(
                    QStringLiteral("run %1: %2 %3").arg(i).arg(statusName(result.status), result.message)));
            QCOMPARE(result.stdoutData, expectedOutput(int(i)));
            QVERIFY(result.preloaded);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RunResult>();
        QVERIFY2(QFileInfo(SandboxHostPool::hostExecutable()).isExecutable(),
                 qPrintable(SandboxHostPool::hostExecutable()));
    }

    // A host whose owner dies while the host is still starting (before it asks for its parent-death
    // signal) leaves at once instead of serving nobody for ever: it compares its parent with the owner it
    // was told about (--owner), not with whoever adopted it. Here the owner is an intermediate process
    // that has gone before the host even runs, and this test, a child subreaper, adopts the host.
    void aHostWhoseOwnerDiedWhileItStartedLeaves()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("host.sock")));
        const int listenFd = ::socket(AF_UNIX, SOCK_STREAM, 0); // inherited by the host
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()) + 1);
        QCOMPARE(::bind(listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        QCOMPARE(::listen(listenFd, 8), 0);
        const QByteArray templateRequest = templateFor(pythonRequest("print('x')\n"));
        QVERIFY(!templateRequest.isEmpty());
        int input[2], output[2], told[2];
        QCOMPARE(::pipe2(input, O_CLOEXEC), 0);
        QCOMPARE(::pipe2(output, O_CLOEXEC), 0);
        QCOMPARE(::pipe2(told, O_CLOEXEC), 0);
        // Everything the children need is made before they are forked (no allocation after fork).
        const QByteArray executable = QFile::encodeName(SandboxHostPool::hostExecutable());
        const QByteArray fdText = QByteArray::number(listenFd);
        char ownerText[16] = {};
        QCOMPARE(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
        const pid_t owner = ::fork();
        QVERIFY(owner >= 0);
        if (owner == 0) {
            const pid_t self = ::getpid();
            const pid_t host = ::fork();
            if (host == 0) {
                while (::getppid() == self) // until its owner has gone
                    ::usleep(1000);
                char digits[16];
                int n = 0;
                for (pid_t value = self; value > 0; value /= 10)
                    digits[n++] = char('0' + value % 10);
                for (int i = 0; i < n; ++i)
                    ownerText[i] = digits[n - 1 - i];
                ::dup2(input[0], STDIN_FILENO);
                ::dup2(output[1], STDOUT_FILENO);
                const char *argv[] = {executable.constData(), "--listen-fd", fdText.constData(), "--owner", ownerText,
                                      "--max-runs", "10", "--spares", "1", nullptr};
                ::execv(argv[0], const_cast<char **>(argv));
                ::_exit(127);
            }
            (void)!::write(told[1], &host, sizeof host);
            ::_exit(0);
        }
        int status = 0;
        QCOMPARE(::waitpid(owner, &status, 0), owner);
        pid_t host = -1;
        QCOMPARE(::read(told[0], &host, sizeof host), ssize_t(sizeof host));
        ::close(input[0]);
        ::close(output[1]);
        ::close(told[0]);
        ::close(told[1]);
        (void)!::write(input[1], templateRequest.constData(), size_t(templateRequest.size()));
        ::close(input[1]);
        QElapsedTimer clock;
        clock.start();
        pid_t ended = 0;
        while ((ended = ::waitpid(host, &status, WNOHANG)) == 0 && clock.elapsed() < 15'000)
            QTest::qWait(20);
        QByteArray said;
        char buffer[256];
        pollfd readable{output[0], POLLIN, 0};
        while (::poll(&readable, 1, 0) > 0) {
            const ssize_t n = ::read(output[0], buffer, sizeof buffer);
            if (n <= 0)
                break;
            said.append(buffer, n);
        }
        if (ended == 0) { // still serving: end it before failing
            ::kill(host, SIGKILL);
            ::waitpid(host, &status, 0);
        }
        ::close(output[0]);
        ::close(listenFd);
        ::prctl(PR_SET_CHILD_SUBREAPER, 0);
        QVERIFY2(ended == host, qPrintable(QStringLiteral("the host still ran with its owner gone; it said: ") +
                                           QString::fromUtf8(said)));
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        QVERIFY2(!said.contains("ready"), said.constData());
    }

    void runsInFlightFinishWhileTheirHostRetires()
    {
        LoopWatch loop;
        SandboxHostPool hosts;
        hosts.setRunsPerHost(4);
        hosts.setSparesPerHost(4);
        QVERIFY(waitForHost(hosts, longRun(0)));
        const QList<qint64> first = hosts.processIds();
        QCOMPARE(first.size(), 1);
        // Four runs take the host's last four: it retires with all four in flight.
        const auto runs = startLongRuns(hosts, 4);
        QTRY_VERIFY_WITH_TIMEOUT(runs->allDone(), 30'000);
        checkAllFinished(*runs);
        // It has gone once they were done, and its successor takes the runs after.
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(pid_t(first.first())), 10'000);
        QVERIFY(hosts.hostsStarted() >= 2);
        QVERIFY(waitForHost(hosts, longRun(0)));
        QVERIFY(!hosts.processIds().contains(first.first()));
        LocalRunSession later(nullptr, &hosts);
        QSignalSpy finished(&later, &RunSession::finished);
        later.start(pythonRequest("print('later')\n"));
        QVERIFY(finished.wait(20'000));
        const RunResult result = finished.first().first().value<RunResult>();
        QCOMPARE(result.stdoutData, QByteArray("later\n"));
        QVERIFY(result.preloaded);
        QVERIFY2(loop.longestGapMs() < 1000, qPrintable(QString::number(loop.longestGapMs())));
    }

    void runsInFlightSurviveTheirHostsDeath()
    {
        LoopWatch loop;
        SandboxHostPool hosts;
        hosts.setSparesPerHost(3);
        QVERIFY(waitForHost(hosts, longRun(0)));
        const pid_t host = pid_t(hosts.processIds().first());
        const auto runs = startLongRuns(hosts, 3);
        // Every run has started (printed its first line)...
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(runs->sessions.cbegin(), runs->sessions.cend(),
                                             [](const auto &session) { return session->isRunning(); }),
                                 10'000);
        QTest::qWait(400);
        const QList<pid_t> tree = treeOf(host);
        QVERIFY2(tree.size() >= 1 + 3 * 3,
                 qPrintable(QString::number(tree.size()))); // supervisor, init, program each
        // ...when the host is killed outright: nothing of it can clean up, nothing it held may go.
        QCOMPARE(::kill(host, SIGKILL), 0);
        QTRY_VERIFY_WITH_TIMEOUT(runs->allDone(), 30'000);
        checkAllFinished(*runs);
        // No process of the runs (nor the spares that waited) outlives them.
        QTRY_VERIFY_WITH_TIMEOUT(std::none_of(tree.cbegin(), tree.cend(), isAlive), 10'000);
        // The pool noticed and started another host by itself (as --keep-warm needs: nobody asks it).
        QTRY_VERIFY_WITH_TIMEOUT(!hosts.processIds().isEmpty() && !hosts.processIds().contains(host), 10'000);
        QVERIFY(waitForHost(hosts, longRun(0)));
        QVERIFY(!hosts.processIds().contains(host));
        QVERIFY2(loop.longestGapMs() < 1000, qPrintable(QString::number(loop.longestGapMs())));
    }

    void aWedgedHostIsReplacedWithoutBlocking()
    {
        LoopWatch loop;
        SandboxHostPool hosts;
        const RunRequest request = pythonRequest("print('next')\n");
        QVERIFY(waitForHost(hosts, request));
        const pid_t host = pid_t(hosts.processIds().first());
        const QString socket = hosts.socketFor(templateFor(request));
        // Stopped: it can neither retire nor be waited for. The pool used to block on it for seconds.
        const QList<pid_t> tree = treeOf(host);
        for (const pid_t pid : tree)
            ::kill(pid, SIGSTOP);
        hosts.forget(socket);
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(host), 15'000);
        for (const pid_t pid : tree)
            ::kill(pid, SIGCONT);
        QVERIFY(waitForHost(hosts, request));
        QTRY_VERIFY_WITH_TIMEOUT(std::none_of(tree.cbegin(), tree.cend(), isAlive), 10'000);
        QVERIFY2(loop.longestGapMs() < 1000, qPrintable(QString::number(loop.longestGapMs())));
    }

    void replacesAHostBeforeItRunsOut()
    {
        SandboxHostPool hosts;
        hosts.setRunsPerHost(3);
        const RunRequest request = pythonRequest("print('again')\n");
        QVERIFY(waitForHost(hosts, request));
        QSignalSpy ready(&hosts, &SandboxHostPool::hostReady);
        // Its second run of three asks for its successor, ready before the third is done with.
        for (int i = 0; i < 2; ++i) {
            LocalRunSession session(nullptr, &hosts);
            QSignalSpy finished(&session, &RunSession::finished);
            session.start(request);
            QVERIFY(finished.wait(20'000));
            QVERIFY(finished.first().first().value<RunResult>().preloaded);
        }
        // The successor may already be ready while the second run's result was on its way (a loaded
        // machine): count what arrived rather than wait for a signal that has perhaps been sent.
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() >= 1, 20'000);
        QCOMPARE(hosts.hostsStarted(), 2);
        // Six more runs, each from a loaded interpreter: the hosts keep replacing each other.
        for (int i = 0; i < 6; ++i) {
            QVERIFY(waitForHost(hosts, request));
            LocalRunSession session(nullptr, &hosts);
            QSignalSpy finished(&session, &RunSession::finished);
            session.start(request);
            QVERIFY(finished.wait(20'000));
            const RunResult result = finished.first().first().value<RunResult>();
            QCOMPARE(result.stdoutData, QByteArray("again\n"));
            QVERIFY(result.preloaded);
        }
        QVERIFY(hosts.hostsStarted() >= 3);
    }

    void replacesAHostInADeepDirectory()
    {
        // The public socket name fits a socket address (107 bytes) but a successor's temporary name,
        // longer by a dozen bytes, does not: the successor must still start, and runs stay warm.
        QTemporaryDir scratch;
        QString directory = scratch.path() + QStringLiteral("/runtime");
        const QString socketName = QStringLiteral("/host-0123456789abcdef01234567.sock");
        while (QFile::encodeName(directory + socketName).size() < 104)
            directory += QLatin1Char('d');
        QVERIFY(makePrivateDirectory(directory, false));
        SandboxHostPool hosts(SandboxHostPool::Mode::Own, directory);
        hosts.setRunsPerHost(3);
        const RunRequest request = pythonRequest("print('deep')\n");
        QVERIFY(waitForHost(hosts, request));
        for (int i = 0; i < 6; ++i) {
            QVERIFY(waitForHost(hosts, request));
            LocalRunSession session(nullptr, &hosts);
            QSignalSpy finished(&session, &RunSession::finished);
            session.start(request);
            QVERIFY(finished.wait(20'000));
            const RunResult result = finished.first().first().value<RunResult>();
            QCOMPARE(result.stdoutData, QByteArray("deep\n"));
            QVERIFY(result.preloaded);
        }
        QVERIFY(hosts.hostsStarted() >= 2);
    }

    // Issue 17, item 8: a program knows the canary and pointer guard of the interpreter it was forked
    // from (its own); the supervisor outside its sandbox, which reads what it writes, must not share them.
    void supervisorsDoNotShareTheProgramsStackGuards()
    {
#if !defined(__x86_64__)
        QSKIP("the guards are read where glibc keeps them on x86-64");
#endif
        SandboxHostPool hosts;
        QVERIFY(waitForHost(hosts, pythonRequest("")));
        const pid_t host = pid_t(hosts.processIds().first());
        // The waiting spares: a supervisor each, with its prepared init (the program's parent-to-be).
        // Each in poll, waiting for a connection: its preparation (and the renewal) is over.
        const auto sparesPrepared = [host] {
            const QList<pid_t> spares = childrenOf(host);
            return spares.size() == 2 && std::all_of(spares.cbegin(), spares.cend(), [](pid_t spare) {
                       QFile syscall(QStringLiteral("/proc/%1/syscall").arg(spare));
                       return childrenOf(spare).size() == 1 && syscall.open(QIODevice::ReadOnly) &&
                              syscall.readAll().startsWith(QByteArray::number(SYS_poll) + ' ');
                   });
        };
        QTRY_VERIFY_WITH_TIMEOUT(sparesPrepared(), 10'000);
        const auto hostGuards = stackGuards(host);
        if (!hostGuards)
            QSKIP("ptrace is not allowed here");
        QSet<quint64> supervisorCanaries;
        for (const pid_t supervisor : childrenOf(host)) {
            const auto supervisorGuards = stackGuards(supervisor);
            const auto initGuards = stackGuards(childrenOf(supervisor).first());
            QVERIFY(supervisorGuards && initGuards);
            // The init, and so the program it forks, keeps the host's...
            QCOMPARE(initGuards->first, hostGuards->first);
            // ...the supervisor has its own, and no other supervisor's.
            QVERIFY(supervisorGuards->first != hostGuards->first);
            QVERIFY(supervisorGuards->second != hostGuards->second);
            QCOMPARE(supervisorGuards->first & 0xff, quint64(0)); // glibc's form: a zero lowest byte
            supervisorCanaries.insert(supervisorGuards->first);
        }
        QCOMPARE(supervisorCanaries.size(), 2);
        // The host still serves runs after being looked at.
        LocalRunSession session(nullptr, &hosts);
        QSignalSpy finished(&session, &RunSession::finished);
        session.start(pythonRequest("print('fine')\n"));
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.first().first().value<RunResult>().stdoutData, QByteArray("fine\n"));
    }

    void idleCountsFromTheLastRun()
    {
        SandboxHostPool hosts;
        const RunRequest request = pythonRequest("print('busy')\n");
        QVERIFY(waitForHost(hosts, request));
        QSignalSpy idle(&hosts, &SandboxHostPool::idle);
        QElapsedTimer clock;
        clock.start();
        constexpr int kIdleMs = 3'000;
        hosts.setIdleTimeout(kIdleMs);
        // A run two thirds into the idle time: the count starts again from it.
        QTest::qWait(2'000);
        const qint64 runStarted = clock.elapsed();
        LocalRunSession session(nullptr, &hosts);
        QSignalSpy finished(&session, &RunSession::finished);
        session.start(request);
        QVERIFY(finished.wait(20'000));
        QVERIFY(finished.first().first().value<RunResult>().preloaded);
        QVERIFY(idle.wait(30'000));
        // Never before the idle time has passed since the run (a timer does not fire early; a run
        // that did not count would have let it fire at kIdleMs after it was set).
        QVERIFY2(clock.elapsed() >= runStarted + kIdleMs, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(idle.size(), 1);
    }

    void oneProcessOwnsTheSharedHostsAtATime()
    {
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString directory = scratch.filePath(QStringLiteral("hosts"));
        QVERIFY(makePrivateDirectory(directory, false));
        const QString name = QStringLiteral("owner-test.lock");
        QCOMPARE(HostDirectories::owner(directory, name), qint64(0)); // never owned
        // Another process owns them (a POSIX lock does not conflict with its own process's).
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const pid_t child = ::fork();
        if (child == 0) {
            const char ok = HostDirectories::takeOwnership(directory, name) >= 0 ? '1' : '0';
            (void)!::write(ready[1], &ok, 1);
            ::pause();
            ::_exit(0);
        }
        char ok = 0;
        QCOMPARE(::read(ready[0], &ok, 1), ssize_t(1));
        ::close(ready[0]);
        ::close(ready[1]);
        QCOMPARE(ok, '1');
        QCOMPARE(HostDirectories::owner(directory, name), qint64(child));
        QCOMPARE(HostDirectories::takeOwnership(directory, name), -1);
        // Killed outright, it owns nothing any more.
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
        QCOMPARE(HostDirectories::owner(directory, name), qint64(0));
        const int fd = HostDirectories::takeOwnership(directory, name);
        QVERIFY(fd >= 0);
        HostDirectories::giveUpOwnership(directory, name, fd);
        QVERIFY(!QFileInfo::exists(directory + QLatin1Char('/') + name));

        // Never through a link, never in a directory others can enter.
        const QString elsewhere = scratch.filePath(QStringLiteral("elsewhere.lock"));
        QVERIFY(QFile::link(elsewhere, directory + QStringLiteral("/link.lock")));
        QCOMPARE(HostDirectories::takeOwnership(directory, QStringLiteral("link.lock")), -1);
        QVERIFY(!QFileInfo::exists(elsewhere));
        QVERIFY(::chmod(QFile::encodeName(directory).constData(), 0755) == 0);
        QCOMPARE(HostDirectories::takeOwnership(directory, name), -1);
        QVERIFY(!QFileInfo::exists(directory + QLatin1Char('/') + name));
    }

    void ownersAreNamedAfterTheHostsBuild()
    {
        // A rebuilt host (another inode, size or time) has another owner, and its sockets other names
        // (the same key suffix): runs never reach a host of another build, and two builds' owners keep
        // apart.
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString copy = scratch.filePath(QStringLiteral("code-remote-sandbox-host"));
        QVERIFY(QFile::copy(SandboxHostPool::hostExecutable(), copy));
        const QString ofBuilt = SandboxHostPool::ownerLockName();
        qputenv("CODE_REMOTE_SANDBOX_HOST", QFile::encodeName(copy));
        const QString ofCopy = SandboxHostPool::ownerLockName();
        const QString again = SandboxHostPool::ownerLockName();
        qunsetenv("CODE_REMOTE_SANDBOX_HOST");
        QVERIFY(ofBuilt.startsWith(QStringLiteral("owner-")));
        QVERIFY(ofBuilt != ofCopy);
        QCOMPARE(again, ofCopy); // the same build, the same owner
    }

    void removesWhatDeadPoolsLeft()
    {
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString temp = scratch.filePath(QStringLiteral("tmp"));
        const QString runtime = scratch.filePath(QStringLiteral("runtime"));
        QVERIFY(makePrivateDirectory(temp, false) && makePrivateDirectory(runtime, false));

        // A killed server's directory: a socket nobody listens on.
        const QString dead = temp + QStringLiteral("/code-remote-hosts-dead01");
        QVERIFY(makePrivateDirectory(dead, false));
        QCOMPARE(makeSocket(dead + QStringLiteral("/host-1.sock"), false), 0);
        QVERIFY(makePrivateDirectory(dead));
        // A live one: a host answers there.
        const QString live = temp + QStringLiteral("/code-remote-hosts-live01");
        QVERIFY(makePrivateDirectory(live, false));
        const int listening = makeSocket(live + QStringLiteral("/host-1.sock"), true);
        QVERIFY(listening > 0);
        QVERIFY(makePrivateDirectory(live));
        // A live pool that has no host yet: it holds its directory's lock.
        const QString locked = temp + QStringLiteral("/code-remote-hosts-lock01");
        QVERIFY(makePrivateDirectory(locked));
        const int lock = HostDirectories::lock(locked);
        QVERIFY(lock >= 0);
        // A symbolic link to a directory of dead sockets: never followed.
        const QString target = scratch.filePath(QStringLiteral("elsewhere"));
        QVERIFY(makePrivateDirectory(target, false));
        QCOMPARE(makeSocket(target + QStringLiteral("/host-1.sock"), false), 0);
        QVERIFY(QFile::link(target, temp + QStringLiteral("/code-remote-hosts-link01")));
        // Open to others: not a directory this program made.
        const QString open = temp + QStringLiteral("/code-remote-hosts-open01");
        QVERIFY(makePrivateDirectory(open, false));
        QCOMPARE(makeSocket(open + QStringLiteral("/host-1.sock"), false), 0);
        QVERIFY(::chmod(QFile::encodeName(open).constData(), 0755) == 0);
        // Another user's (as root: made for nobody).
        const QString foreign = temp + QStringLiteral("/code-remote-hosts-user01");
        const bool root = ::geteuid() == 0;
        if (root) {
            QVERIFY(makePrivateDirectory(foreign, false));
            QCOMPARE(makeSocket(foreign + QStringLiteral("/host-1.sock"), false), 0);
            QVERIFY(::chown(QFile::encodeName(foreign + QStringLiteral("/host-1.sock")).constData(), 65534,
                            65534) == 0);
            QVERIFY(::chown(QFile::encodeName(foreign).constData(), 65534, 65534) == 0);
            QVERIFY(makePrivateDirectory(foreign));
        }
        // The shared directory of a --keep-warm that was killed: a dead socket, and a live one.
        const QString shared = runtime + QStringLiteral("/code-remote-hosts");
        QVERIFY(makePrivateDirectory(shared, false));
        QCOMPARE(makeSocket(shared + QStringLiteral("/host-dead.sock"), false), 0);
        const int sharedListening = makeSocket(shared + QStringLiteral("/host-live.sock"), true);
        QVERIFY(sharedListening > 0);

        {
            // A pool starting: the IDE's, the server's or --keep-warm's.
            const QByteArray previousTemp = qgetenv("TMPDIR");
            const QByteArray previousRuntime = qgetenv("XDG_RUNTIME_DIR");
            qputenv("TMPDIR", QFile::encodeName(temp));
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
            SandboxHostPool pool;
            qputenv("TMPDIR", previousTemp);
            qputenv("XDG_RUNTIME_DIR", previousRuntime);
            QVERIFY(pool.isValid());
            QVERIFY(pool.directory().startsWith(temp));

            QVERIFY(!QFileInfo::exists(dead));
            QVERIFY(QFileInfo::exists(live + QStringLiteral("/host-1.sock")));
            QVERIFY(QFileInfo::exists(locked));
            QVERIFY(QFileInfo(temp + QStringLiteral("/code-remote-hosts-link01")).isSymLink());
            QVERIFY(QFileInfo::exists(target + QStringLiteral("/host-1.sock")));
            QVERIFY(QFileInfo::exists(open + QStringLiteral("/host-1.sock")));
            if (root)
                QVERIFY(QFileInfo::exists(foreign + QStringLiteral("/host-1.sock")));
            QVERIFY(!QFileInfo::exists(shared + QStringLiteral("/host-dead.sock")));
            QVERIFY(QFileInfo::exists(shared + QStringLiteral("/host-live.sock")));
            QVERIFY(QFileInfo::exists(shared));
            // Its own directory is locked while it lives: the next pool leaves it alone.
            QCOMPARE(HostDirectories::removeStale(temp), 0);
            QVERIFY(QFileInfo::exists(pool.directory()));
        }
        // Once the live host and the live pool are gone, theirs go too.
        ::close(listening);
        ::close(lock);
        QVERIFY(makePrivateDirectory(live));
        QVERIFY(makePrivateDirectory(locked));
        QVERIFY(HostDirectories::removeStale(temp) >= 3);
        QVERIFY(!QFileInfo::exists(live));
        QVERIFY(!QFileInfo::exists(locked));
        ::close(sharedListening);
    }
};

QTEST_GUILESS_MAIN(HostPoolTest)
#include "tst_hostpool.moc"
