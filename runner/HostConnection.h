#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QSocketNotifier;

namespace runner {

// A connection to a code-remote-sandbox-host's Unix socket, on Qt Core alone (the runner links
// nothing else): non-blocking, with what cannot be written yet kept until the socket takes it, and a
// half-close for the end of the program's input.
class HostConnection : public QObject
{
    Q_OBJECT
public:
    explicit HostConnection(QObject *parent = nullptr);
    ~HostConnection() override;

    // Connects at once (a listening Unix socket accepts or refuses immediately). False if it refused.
    bool connectTo(const QString &socketPath);
    void write(const QByteArray &data);
    // Sends end-of-file once everything written so far has gone.
    void closeWrite();
    // Closes the connection: the host's side sees the hang-up.
    void abort();
    bool isOpen() const { return m_fd >= 0; }
    // Written but not taken by the socket yet.
    qint64 bytesToWrite() const { return m_pending.size(); }

Q_SIGNALS:
    void received(const QByteArray &data);
    // The socket took `bytes` more of what was written.
    void bytesWritten(qint64 bytes);
    // The host closed the connection (or it failed); nothing more arrives.
    void closed();

private:
    void onReadable();
    void flush();

    int m_fd = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QByteArray m_pending;
    bool m_closeWriteRequested = false;
    bool m_writeClosed = false;
};

} // namespace runner
