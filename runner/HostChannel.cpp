#include "HostChannel.h"

#include "HostConnection.h"

#include <QTimer>

#include <csignal>
#include <sys/syscall.h>
#include <unistd.h>

namespace runner {

namespace {
const QString kClosedWithoutResult =
    QStringLiteral("the sandbox host closed the connection without a result");
}

HostChannel *HostChannel::connectTo(const QString &socketPath, QObject *parent)
{
    auto *connection = new HostConnection;
    if (!connection->connectTo(socketPath)) {
        delete connection;
        return nullptr;
    }
    return new HostChannel(connection, parent);
}

HostChannel::HostChannel(HostConnection *connection, QObject *parent)
    : SupervisorChannel(parent)
    , m_connection(connection)
{
    connection->setParent(this);
    connect(connection, &HostConnection::received, this, &SupervisorChannel::received);
    connect(connection, &HostConnection::closed, this, &HostChannel::onClosed);
    connect(connection, &HostConnection::bytesWritten, this, &SupervisorChannel::bytesWritten);
    // A prepared sandbox answers within milliseconds; a host that does not within seconds is wedged.
    // Its run goes through code-remote-sandbox (if the host wakes up later, our hang-up cancels the
    // run it would start).
    QTimer::singleShot(kHostAnswerTimeoutMs, this, [this] {
        if (m_supervisorPid <= 0)
            Q_EMIT refused(true);
    });
}

HostChannel::~HostChannel()
{
    // The supervisor takes the hang-up (the connection closes with this object) for a cancellation:
    // it kills the tree and cleans up.
    if (m_supervisorPidFd >= 0)
        ::close(m_supervisorPidFd);
}

void HostChannel::write(const QByteArray &data)
{
    if (!m_connection)
        return;
    if (m_supervisorPid <= 0)
        m_replay.append(data);
    m_connection->write(data);
}

void HostChannel::closeWrite()
{
    if (m_connection)
        m_connection->closeWrite();
}

void HostChannel::abort()
{
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->abort();
    }
}

qint64 HostChannel::pendingBytes() const
{
    return m_connection ? m_connection->bytesToWrite() : 0;
}

void HostChannel::supervisorIntroduced(qint64 pid)
{
    if (pid <= 0 || m_supervisorPid > 0)
        return;
    m_supervisorPid = pid;
    // A pidfd stays that process even if its number is reused later.
    m_supervisorPidFd = static_cast<int>(::syscall(SYS_pidfd_open, static_cast<pid_t>(pid), 0));
    m_replay.clear();
    Q_EMIT started();
}

void HostChannel::stop()
{
    m_stopRequested = true;
    if (m_supervisorPid <= 0) {
        Q_EMIT ended(kClosedWithoutResult); // not introduced yet: the hang-up cancels
        return;
    }
    // As for a supervisor we started: SIGTERM, and it reports `cancelled`.
    if (m_supervisorPidFd >= 0)
        ::syscall(SYS_pidfd_send_signal, m_supervisorPidFd, SIGTERM, nullptr, 0);
    else
        ::kill(static_cast<pid_t>(m_supervisorPid), SIGTERM);
    QTimer::singleShot(3000, this,
                       [this] { Q_EMIT ended(kClosedWithoutResult); }); // hangs up, which cancels too
}

void HostChannel::onClosed()
{
    if (m_supervisorPid <= 0 && !m_stopRequested) {
        // Closed before the supervisor introduced itself: nothing ran.
        QTimer::singleShot(0, this, [this] { Q_EMIT refused(false); });
        return;
    }
    Q_EMIT ended(kClosedWithoutResult);
}

} // namespace runner
