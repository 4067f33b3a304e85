#include "HostProcess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace runner {

namespace {
// A host that is not listening this long after its start never will.
constexpr int kStartTimeoutMs = 30'000;
// A retiring host answers at once ("retiring"); one that does not is stopped or wedged.
constexpr int kRetireAcknowledgeMs = 5'000;

// Binds a Unix socket at `path`, 0600 (its directory is 0700 too). The host listens on it.
int bindSocket(const QString &path, ino_t &inode, QString &error)
{
    const QByteArray native = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    // A successor's temporary name is longer than the public one and can pass the 107 bytes a socket
    // address holds when the runtime directory is deep: then it is bound through a descriptor of its
    // directory (/proc/self/fd/N/NAME), which names the same place in a few bytes.
    int directoryFd = -1;
    QByteArray bindName = native;
    if (native.size() >= qsizetype(sizeof address.sun_path)) {
        const qsizetype slash = native.lastIndexOf('/');
        directoryFd = slash > 0 ? ::open(native.left(slash).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC) : -1;
        if (directoryFd >= 0)
            bindName = "/proc/self/fd/" + QByteArray::number(directoryFd) + native.mid(slash);
        if (bindName.size() >= qsizetype(sizeof address.sun_path)) {
            if (directoryFd >= 0)
                ::close(directoryFd);
            error = QStringLiteral("socket path too long: %1").arg(path);
            return -1;
        }
    }
    std::memcpy(address.sun_path, bindName.constData(), size_t(bindName.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        error = QString::fromLocal8Bit(std::strerror(errno));
        if (directoryFd >= 0)
            ::close(directoryFd);
        return -1;
    }
    ::unlink(native.constData()); // a leftover under this unique name can only be dead
    struct stat info
    {
    };
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
                       ::chmod(native.constData(), 0600) == 0 && ::lstat(native.constData(), &info) == 0;
    const int bindErrno = errno;
    if (directoryFd >= 0)
        ::close(directoryFd);
    if (!bound) {
        error = QStringLiteral("cannot bind %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(bindErrno)));
        ::close(fd);
        ::unlink(native.constData());
        return -1;
    }
    inode = info.st_ino;
    return fd;
}
} // namespace

HostProcess::HostProcess(QObject *parent)
    : QObject(parent)
{
}

HostProcess::~HostProcess()
{
    removeSocketFile();
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() == QProcess::NotRunning) {
        delete m_process;
        return;
    }
    // Never waited for (QProcess's destructor would kill it and wait): asked to retire, it lets its runs
    // finish and exits, and the process object goes when it does. If this program ends first, the host
    // hears it through its parent-death signal and does the same.
    ::kill(pid_t(m_process->processId()), SIGTERM);
    m_process->setParent(nullptr);
    QProcess *process = m_process;
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
}

bool HostProcess::start(const QString &executable, const QByteArray &templateRequest, const QString &bindPath,
                        int maxRuns, int spares, QString &error)
{
    const int fd = bindSocket(bindPath, m_socketInode, error);
    if (fd < 0)
        return false;
    m_socketPath = bindPath;

    auto *process = new QProcess(this);
    m_process = process;
    process->setProgram(executable);
    QStringList arguments{QStringLiteral("--listen-fd"), QString::number(fd), QStringLiteral("--owner"),
                          QString::number(QCoreApplication::applicationPid())};
    if (maxRuns > 0)
        arguments << QStringLiteral("--max-runs") << QString::number(maxRuns);
    if (spares > 0)
        arguments << QStringLiteral("--spares") << QString::number(spares);
    process->setArguments(arguments);
    // The host's environment is copied into every program forked from it (its memory, at least): it
    // gets nothing of ours but the sandbox's own switches and where work directories go without a
    // mount namespace.
    QProcessEnvironment environment;
    for (const char *name : {"CODE_REMOTE_SANDBOX_DISABLE", "CODE_REMOTE_SANDBOX_TRACE", "XDG_RUNTIME_DIR"}) {
        if (qEnvironmentVariableIsSet(name))
            environment.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
    }
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->setWorkingDirectory(QStringLiteral("/"));
    // The socket is close-on-exec for every other child this program starts (one that kept it would
    // keep connections queueing after the host has gone); only the host inherits it.
    process->setChildProcessModifier([fd] { ::fcntl(fd, F_SETFD, 0); });
    connect(process, &QProcess::readyReadStandardOutput, this, &HostProcess::readStatus);
    connect(process, &QProcess::finished, this, &HostProcess::onFinished);
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError processError) {
        if (processError == QProcess::FailedToStart)
            onFinished(127);
    });
    process->start(QIODevice::ReadWrite);
    ::close(fd); // the host has its own
    process->write(templateRequest);
    process->closeWriteChannel();

    m_watchdog = new QTimer(this);
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        if (m_process && m_process->state() != QProcess::NotRunning)
            m_process->kill();
    });
    m_watchdog->start(kStartTimeoutMs);
    return true;
}

bool HostProcess::publish(const QString &publicPath)
{
    if (m_socketPath == publicPath)
        return true;
    // Atomic: a client finds the old host's socket or this one, never nothing.
    if (::rename(QFile::encodeName(m_socketPath).constData(), QFile::encodeName(publicPath).constData()) != 0)
        return false;
    m_socketPath = publicPath;
    return true;
}

void HostProcess::retire()
{
    removeSocketFile();
    if (m_retiring || m_ended)
        return;
    m_retiring = true;
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (m_watchdog)
        m_watchdog->start(kRetireAcknowledgeMs);
}

void HostProcess::removeSocketFile()
{
    if (m_socketPath.isEmpty())
        return;
    const QByteArray native = QFile::encodeName(m_socketPath);
    struct stat info
    {
    };
    if (::lstat(native.constData(), &info) == 0 && S_ISSOCK(info.st_mode) && info.st_ino == m_socketInode)
        ::unlink(native.constData());
    m_socketPath.clear();
}

qint64 HostProcess::processId() const
{
    return m_process && m_process->state() != QProcess::NotRunning ? m_process->processId() : 0;
}

qint64 HostProcess::readyForMs() const
{
    return m_readyAt < 0 ? -1 : QDateTime::currentMSecsSinceEpoch() - m_readyAt;
}

void HostProcess::readStatus()
{
    if (!m_process)
        return;
    m_statusBuffer.append(m_process->readAllStandardOutput());
    qsizetype end = 0;
    while ((end = m_statusBuffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_statusBuffer.left(end).trimmed();
        m_statusBuffer.remove(0, end + 1);
        if (line == "ready" && !m_ready) {
            m_ready = true;
            m_readyAt = QDateTime::currentMSecsSinceEpoch();
            if (m_watchdog && !m_retiring)
                m_watchdog->stop();
            Q_EMIT ready();
        } else if (line == "taken") {
            Q_EMIT runTaken();
        } else if (line == "replace") {
            Q_EMIT replaceRequested();
        } else if (line == "retiring") {
            // Acknowledged: it drains for as long as its runs take.
            if (m_watchdog)
                m_watchdog->stop();
            removeSocketFile();
            const bool asked = m_retiring;
            m_retiring = true;
            if (!asked)
                Q_EMIT retiring();
        }
    }
}

void HostProcess::onFinished(int exitCode)
{
    if (m_ended)
        return;
    readStatus();
    m_ended = true;
    if (m_watchdog)
        m_watchdog->stop();
    removeSocketFile();
    const bool orderly =
        m_retiring || (exitCode == 0 && m_process && m_process->exitStatus() == QProcess::NormalExit);
    Q_EMIT ended(orderly, m_ready);
}

} // namespace runner
