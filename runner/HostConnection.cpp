#include "HostConnection.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace runner {

HostConnection::HostConnection(QObject *parent)
    : QObject(parent)
{
}

HostConnection::~HostConnection()
{
    abort();
}

bool HostConnection::connectTo(const QString &socketPath)
{
    const QByteArray path = socketPath.toLocal8Bit();
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= qsizetype(sizeof address.sun_path))
        return false;
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    m_fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    // The program goes to whoever listens there: it must be this user (as the host checks the client).
    ucred peer{};
    socklen_t size = sizeof peer;
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::getsockopt(m_fd, SOL_SOCKET, SO_PEERCRED, &peer, &size) != 0 || peer.uid != ::geteuid()) {
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    m_readNotifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &HostConnection::onReadable);
    m_writeNotifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &HostConnection::flush);
    return true;
}

void HostConnection::write(const QByteArray &data)
{
    if (m_fd < 0 || m_writeClosed || data.isEmpty())
        return;
    m_pending.append(data);
    flush();
}

void HostConnection::closeWrite()
{
    m_closeWriteRequested = true;
    flush();
}

void HostConnection::flush()
{
    qint64 sent = 0;
    while (m_fd >= 0 && !m_pending.isEmpty()) {
        const ssize_t n = ::send(m_fd, m_pending.constData(), size_t(m_pending.size()), MSG_NOSIGNAL);
        if (n > 0) {
            m_pending.remove(0, n);
            sent += n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && errno == EAGAIN) {
            break;
        } else {
            m_pending.clear(); // the other side stopped reading; what it sends still arrives
            break;
        }
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(!m_pending.isEmpty());
    if (m_pending.isEmpty() && m_closeWriteRequested && !m_writeClosed && m_fd >= 0) {
        m_writeClosed = true;
        ::shutdown(m_fd, SHUT_WR);
    }
    if (sent > 0)
        Q_EMIT bytesWritten(sent);
}

void HostConnection::onReadable()
{
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n > 0) {
            Q_EMIT received(QByteArray(buffer, n));
            if (m_fd < 0)
                return; // a receiver aborted
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return;
        abort();
        Q_EMIT closed();
        return;
    }
}

void HostConnection::abort()
{
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_pending.clear();
}

} // namespace runner
