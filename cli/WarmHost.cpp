#include "WarmHost.h"

#include <runner/HostDirectories.h>
#include <runner/Language.h>
#include <runner/LocalRunSession.h>
#include <runner/SandboxHostPool.h>

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <string>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace cli::WarmHost {

namespace {
// How often the owner looks whether its binaries were replaced on disk.
constexpr int kBinaryCheckMs = 2'000;
// How long --keep-warm waits for an owner it asked to leave.
constexpr int kTakeOverMs = 10'000;

// What the owner is given of the caller's environment: where the sandbox's programs are, how they are
// configured, where the hosts live. Nothing else (API tokens, keys) is copied into a process that
// outlives the run.
constexpr const char *kOwnerVariables[] = {
    "CODE_REMOTE_SANDBOX",
    "CODE_REMOTE_SANDBOX_HOST",
    "CODE_REMOTE_SANDBOX_DISABLE",
    "CODE_REMOTE_SANDBOX_TRACE",
    "CODE_REMOTE_HOST_RUNS",
    "CODE_REMOTE_WARM_HOST_IDLE",
    "XDG_RUNTIME_DIR",
    "TMPDIR",
};

void say(const QString &line)
{
    const QByteArray bytes = (QStringLiteral("code-remote-run: ") + line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

void closeFrom(unsigned first)
{
    if (::syscall(SYS_close_range, first, ~0U, 0U) != 0) {
        for (unsigned fd = first; fd < 4096; ++fd)
            ::close(int(fd));
    }
}

// The files whose replacement ends the owner: what would run next is no longer what it runs.
QHash<QString, QByteArray> binaryIdentities()
{
    QHash<QString, QByteArray> identities;
    for (const QString &path :
         {QCoreApplication::applicationFilePath(), runner::SandboxHostPool::hostExecutable(),
          runner::LocalRunSession::sandboxExecutable()})
        identities.insert(path, runner::HostDirectories::fileIdentity(path));
    return identities;
}
} // namespace

int idleSeconds()
{
    bool numeric = false;
    const int seconds = qEnvironmentVariableIntValue("CODE_REMOTE_WARM_HOST_IDLE", &numeric);
    return numeric && seconds > 0 ? seconds : kDefaultIdleSeconds;
}

bool enabled(const CliOptions &options, const QString &language)
{
    const runner::Language *known = runner::LanguageRegistry::builtin().find(language);
    if (options.noWarmHost || !known || !known->preloadable)
        return false;
    const QString value = qEnvironmentVariable("CODE_REMOTE_WARM_HOST").trimmed().toLower();
    return value != QLatin1String("0") && value != QLatin1String("off") && value != QLatin1String("no") &&
           value != QLatin1String("false");
}

qint64 ensureRunning(const QString &directory)
{
    const QString lockName = runner::SandboxHostPool::ownerLockName();
    if (runner::HostDirectories::owner(directory, lockName) != 0)
        return 0;
    if (!QFile::exists(runner::SandboxHostPool::hostExecutable()))
        return 0; // nothing to keep warm here

    // Everything the children need is made before fork(): between fork and exec only system calls.
    const QByteArray program = QFile::encodeName(QCoreApplication::applicationFilePath());
    std::vector<std::string> variables;
    for (const char *name : kOwnerVariables) {
        if (const char *value = std::getenv(name))
            variables.push_back(std::string(name) + '=' + value);
    }
    std::vector<char *> envp;
    for (std::string &variable : variables)
        envp.push_back(variable.data());
    envp.push_back(nullptr);
    char ownerFlag[] = "--warm-host-owner";
    char *argv[] = {const_cast<char *>(program.constData()), ownerFlag, nullptr};
    int pidPipe[2];
    if (::pipe2(pidPipe, O_CLOEXEC) != 0)
        return 0;

    // Twice forked, in a session of its own: not our child (nobody waits for it), no terminal whose
    // hang-up or Ctrl+C reaches it, and none of our descriptors: a caller that reads our output to its
    // end (`$(code-remote-run x.py)`) must not wait for a process that stays for minutes.
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(pidPipe[0]);
        ::close(pidPipe[1]);
        return 0;
    }
    if (child == 0) {
        ::setsid();
        const pid_t owner = ::fork();
        if (owner != 0) {
            [[maybe_unused]] const ssize_t told = ::write(pidPipe[1], &owner, sizeof owner);
            ::_exit(0);
        }
        const int devNull = ::open("/dev/null", O_RDWR);
        if (devNull < 0 || ::dup2(devNull, STDIN_FILENO) < 0 || ::dup2(devNull, STDOUT_FILENO) < 0 ||
            ::dup2(devNull, STDERR_FILENO) < 0 || ::chdir("/") != 0)
            ::_exit(127);
        closeFrom(3);
        // No handler survives exec; an ignored signal would.
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGTERM, SIG_DFL);
        ::signal(SIGPIPE, SIG_DFL);
        ::execve(argv[0], argv, envp.data());
        ::_exit(127);
    }
    ::close(pidPipe[1]);
    pid_t owner = 0;
    if (::read(pidPipe[0], &owner, sizeof owner) != sizeof owner)
        owner = 0;
    ::close(pidPipe[0]);
    ::waitpid(child, nullptr, 0);
    return owner > 0 ? owner : 0;
}

int serve(Lifetime lifetime, int signalFd)
{
    const bool foreground = lifetime == Lifetime::UntilInterrupted;
    const QString directory = runner::SandboxHostPool::sharedDirectory();
    if (directory.isEmpty()) {
        if (foreground)
            say(QStringLiteral("no private directory for the sandbox hosts (XDG_RUNTIME_DIR or "
                               "/tmp/code-remote-hosts-UID must be this user's alone)"));
        return foreground ? int(ExitSandboxFailed) : 0;
    }
    const QString lockName = runner::SandboxHostPool::ownerLockName();
    int ownership = runner::HostDirectories::takeOwnership(directory, lockName);
    if (ownership < 0 && foreground) {
        // The owner a run started (or another --keep-warm) gives way: one owner per build and user.
        if (const qint64 other = runner::HostDirectories::owner(directory, lockName); other > 0)
            ::kill(pid_t(other), SIGTERM);
        for (int waited = 0; ownership < 0 && waited < kTakeOverMs; waited += 50) {
            QThread::msleep(50);
            ownership = runner::HostDirectories::takeOwnership(directory, lockName);
        }
        if (ownership < 0) {
            say(QStringLiteral("another process keeps the sandbox hosts in %1 and did not leave")
                    .arg(directory));
            return ExitSandboxFailed;
        }
    }
    if (ownership < 0)
        return 0; // another owner keeps them: nothing to do

    int status = 0;
    {
        runner::SandboxHostPool pool(runner::SandboxHostPool::Mode::Own, directory);
        const QStringList warm = pool.warmUpEveryPreloadableLanguage();
        QTimer binaryCheck;
        const QHash<QString, QByteArray> identities = binaryIdentities();
        if (foreground) {
            say(QStringLiteral("keeping %1 warm in %2 until interrupted")
                    .arg(warm.join(QStringLiteral(", ")), directory));
        } else {
            QObject::connect(&pool, &runner::SandboxHostPool::idle, QCoreApplication::instance(),
                             [] { QCoreApplication::quit(); });
            pool.setIdleTimeout(idleSeconds() * 1000);
            // A rebuilt or upgraded binary: runs now look for hosts of the new build (the sockets are named
            // after it), so this owner's are of no use any more and go.
            QObject::connect(&binaryCheck, &QTimer::timeout, QCoreApplication::instance(), [identities] {
                if (binaryIdentities() != identities)
                    QCoreApplication::quit();
            });
            binaryCheck.start(kBinaryCheckMs);
        }
        QSocketNotifier signalNotifier(signalFd, QSocketNotifier::Read);
        QObject::connect(&signalNotifier, &QSocketNotifier::activated, QCoreApplication::instance(),
                         [] { QCoreApplication::quit(); });
        status = QCoreApplication::exec();
    } // the pool retires its hosts and removes their sockets before the lock goes
    runner::HostDirectories::giveUpOwnership(directory, lockName, ownership);
    return status;
}

} // namespace cli::WarmHost
