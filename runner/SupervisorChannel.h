#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace runner {

// The byte stream between LocalRunSession and one run's supervisor: the encoded request and then the
// program's input go in, the supervisor's event frames (SandboxProtocol.h) come out. Two kinds:
// ProcessChannel (a code-remote-sandbox we start) and HostChannel (a connection to a
// code-remote-sandbox-host, whose supervisor forks from a prepared sandbox).
class SupervisorChannel : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~SupervisorChannel() override = default;

    virtual void write(const QByteArray &data) = 0;
    // The end of the program's input, once everything written has gone.
    virtual void closeWrite() = 0;
    // Asks the supervisor to cancel the run: it kills the tree and reports `cancelled`. ended() follows.
    virtual void stop() = 0;
    // Written but not yet taken by the supervisor's side of the stream.
    virtual qint64 pendingBytes() const = 0;
    // The supervisor introduced itself ('p' frame): its process id.
    virtual void supervisorIntroduced(qint64 pid) { Q_UNUSED(pid) }
    // What the supervisor said about itself outside its stream, for an internal_error message.
    virtual QString diagnostics() const { return {}; }

Q_SIGNALS:
    // The supervisor runs (and, through a host, has introduced itself).
    void started();
    void received(const QByteArray &bytes);
    // The stream took `bytes` more of what was written.
    void bytesWritten(qint64 bytes);
    // Nothing more arrives; `messageWithoutResult` says why, should no result have come.
    void ended(const QString &messageWithoutResult);
    void failedToStart(const QString &message);
    // Through a host only: nothing ran (the host retired, or is wedged), so the run goes elsewhere.
    void refused(bool hostWedged);
};

} // namespace runner
