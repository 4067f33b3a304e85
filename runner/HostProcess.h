#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <sys/types.h>

class QProcess;
class QTimer;

namespace runner {

// One code-remote-sandbox-host process, as its pool sees it. The pool binds the host's socket (at a
// name of the pool's choosing) and hands the host the descriptor, so the host, and every run forked from
// it, never holds the path; the pool publishes the socket under its public name once the host is ready.
// Nothing here waits for the process: its start, its status lines and its end arrive as signals.
class HostProcess : public QObject
{
    Q_OBJECT
public:
    explicit HostProcess(QObject *parent = nullptr);
    // Stops the host without waiting for it (see retire()); the process is reaped when it ends.
    ~HostProcess() override;

    // Binds a socket at `bindPath` and starts `executable` on it with `templateRequest`. False (and
    // `error`) if the socket cannot be made; a host that cannot start ends with ended().
    bool start(const QString &executable, const QByteArray &templateRequest, const QString &bindPath,
               int maxRuns, int spares, QString &error);
    // Moves the socket to `publicPath` (replacing whatever socket was there: clients that connect from
    // now on reach this host). False if it cannot.
    bool publish(const QString &publicPath);
    // No new runs: the host closes its socket, lets its runs in flight finish and exits. One that does
    // not acknowledge within a few seconds is wedged and killed (its runs in flight still finish: their
    // supervisors do not die with it). The socket file goes at once.
    void retire();
    // Removes the socket file if it is still this host's (another host may have been published there).
    void removeSocketFile();

    qint64 processId() const;
    bool isReady() const { return m_ready; }
    bool isRetiring() const { return m_retiring; }
    bool hasEnded() const { return m_ended; }
    QString socketPath() const { return m_socketPath; }
    // Milliseconds since the host said it was ready (-1 before).
    qint64 readyForMs() const;

Q_SIGNALS:
    void ready();
    void replaceRequested(); // most of its runs are served: start its successor
    void runTaken();         // a run started through it
    void retiring();         // it accepts no more runs
    // The process has ended; `orderly` after it had retired, or when it stopped by itself with status 0.
    void ended(bool orderly, bool wasReady);

private:
    void readStatus();
    void onFinished(int exitCode);

    QPointer<QProcess> m_process;
    QTimer *m_watchdog = nullptr;
    QByteArray m_statusBuffer;
    QString m_socketPath;
    ino_t m_socketInode = 0;
    qint64 m_readyAt = -1;
    bool m_ready = false;
    bool m_retiring = false;
    bool m_ended = false;
};

} // namespace runner
