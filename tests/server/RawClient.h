#pragma once

// A client on a plain blocking socket, for tests that must do what a well-behaved Qt client never
// would: send half a request, never read, send unmasked WebSocket frames.

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QtEndian>

#include <arpa/inet.h>
#include <cerrno>
#include <functional>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

class RawClient
{
public:
    // `receiveBuffer` > 0 shrinks the kernel's receive buffer (set before connecting), so that a
    // client that does not read stops the server's writes soon.
    explicit RawClient(quint16 port, int receiveBuffer = 0)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (receiveBuffer > 0)
            ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    }
    ~RawClient()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    bool isConnected() const { return m_connected; }

    // Sends what the peer takes within `timeoutMs`; returns the bytes sent (less when the peer stopped
    // reading or closed).
    qint64 send(const QByteArray &data, int timeoutMs = 10'000)
    {
        qint64 sent = 0;
        QElapsedTimer clock;
        clock.start();
        while (sent < data.size() && clock.elapsed() < timeoutMs) {
            pollfd p{m_fd, POLLOUT, 0};
            if (::poll(&p, 1, 100) <= 0)
                continue;
            if (p.revents & (POLLERR | POLLHUP))
                break;
            const ssize_t n = ::send(m_fd, data.constData() + sent, size_t(data.size() - sent), MSG_NOSIGNAL);
            if (n < 0) {
                if (errno == EAGAIN || errno == EINTR)
                    continue;
                break;
            }
            sent += n;
        }
        return sent;
    }

    // Reads until `done(received)` or the peer closes or `timeoutMs` passes.
    QByteArray receive(int timeoutMs, const std::function<bool(const QByteArray &)> &done = {})
    {
        QByteArray received;
        readFor(timeoutMs, [&](const char *data, ssize_t size) {
            received.append(data, size);
            return !(done && done(received));
        });
        return received;
    }

    // Reads and drops everything until the peer closes (true) or `timeoutMs` passes (false).
    bool drainUntilClosed(int timeoutMs, qint64 *bytes = nullptr)
    {
        qint64 total = 0;
        readFor(timeoutMs, [&total](const char *, ssize_t size) {
            total += size;
            return true;
        });
        if (bytes)
            *bytes = total;
        return m_closed;
    }

    // Performs the WebSocket opening handshake on /ws; returns the server's answer head.
    QByteArray webSocketHandshake(const QByteArray &authorization)
    {
        send("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
             "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
             "Authorization: " +
             authorization + "\r\n\r\n");
        return receive(10'000, [](const QByteArray &r) { return r.contains("\r\n\r\n"); });
    }

    // One text frame as a client sends it (masked) or as RFC 6455 forbids it (unmasked).
    static QByteArray textFrame(const QByteArray &payload, bool masked = true)
    {
        QByteArray frame;
        frame.append(char(0x81));
        const char maskBit = masked ? char(0x80) : char(0);
        if (payload.size() < 126) {
            frame.append(char(maskBit | char(payload.size())));
        } else if (payload.size() < 65536) {
            frame.append(char(maskBit | 126));
            char length[2];
            qToBigEndian(quint16(payload.size()), length);
            frame.append(length, 2);
        } else {
            frame.append(char(maskBit | 127));
            char length[8];
            qToBigEndian(quint64(payload.size()), length);
            frame.append(length, 8);
        }
        if (!masked)
            return frame + payload;
        char mask[4];
        qToBigEndian(QRandomGenerator::global()->generate(), mask);
        frame.append(mask, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame.append(char(payload.at(i) ^ mask[i % 4]));
        return frame;
    }

private:
    // Hands what arrives to `take` until it returns false, the peer closes or `timeoutMs` passes.
    void readFor(int timeoutMs, const std::function<bool(const char *, ssize_t)> &take)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0)
                continue;
            char buffer[65536];
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                m_closed = true;
                return;
            }
            if (!take(buffer, n))
                return;
        }
    }

    int m_fd = -1;
    bool m_connected = false;
    bool m_closed = false;
};

// The resident memory of a process in KiB (VmRSS), or -1.
inline qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
