#pragma once

#include "SupervisorChannel.h"

#include <QPointer>

namespace runner {

class HostConnection;

// A run handed to a code-remote-sandbox-host over its socket. Until the supervisor has introduced
// itself, everything written is kept (replay()), so that a host gone in the meantime costs nothing but
// a start through code-remote-sandbox; a host that closes at once, or does not answer in time, is
// reported with refused().
class HostChannel : public SupervisorChannel
{
    Q_OBJECT
public:
    // Nothing when the host's socket refuses the connection.
    static HostChannel *connectTo(const QString &socketPath, QObject *parent);
    ~HostChannel() override;

    void write(const QByteArray &data) override;
    void closeWrite() override;
    void stop() override;
    qint64 pendingBytes() const override;
    void supervisorIntroduced(qint64 pid) override;

    // Everything written before the supervisor introduced itself.
    QByteArray takeReplay() { return std::exchange(m_replay, {}); }
    // Hangs up: a supervisor that takes the request later cancels it.
    void abort();

private:
    explicit HostChannel(HostConnection *connection, QObject *parent);
    void onClosed();

    static constexpr int kHostAnswerTimeoutMs = 10'000;
    QPointer<HostConnection> m_connection;
    QByteArray m_replay;
    qint64 m_supervisorPid = 0;
    int m_supervisorPidFd = -1;
    bool m_stopRequested = false;
};

} // namespace runner
