#pragma once

#include "SupervisorChannel.h"

#include <QPointer>
#include <QProcess>

namespace runner {

// A code-remote-sandbox started for one run: the request and input on its stdin, events on its stdout.
class ProcessChannel : public SupervisorChannel
{
    Q_OBJECT
public:
    explicit ProcessChannel(const QString &executable, QObject *parent = nullptr);
    // A supervisor still running gets SIGTERM (it kills the tree and removes its cgroup), SIGKILL if it
    // hangs.
    ~ProcessChannel() override;

    // Before start(): the supervisor and everything under it run at this niceness (a background build
    // yields the CPU to the user's own runs).
    void setNiceness(int niceness);
    void start();
    void write(const QByteArray &data) override;
    void closeWrite() override;
    void stop() override;
    qint64 pendingBytes() const override;
    QString diagnostics() const override;

private:
    bool isRunning() const;

    QPointer<QProcess> m_process;
    QByteArray m_errors;
};

} // namespace runner
