#include "ProcessChannel.h"

#include <QTimer>

#include <sys/resource.h>

namespace runner {

ProcessChannel::ProcessChannel(const QString &executable, QObject *parent)
    : SupervisorChannel(parent)
    , m_process(new QProcess(this))
{
    m_process->setProgram(executable);
    connect(m_process, &QProcess::started, this, &SupervisorChannel::started);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { Q_EMIT received(m_process->readAllStandardOutput()); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        // Diagnostics of the supervisor itself; kept short for an internal_error message.
        m_errors.append(m_process->readAllStandardError().left(4096));
    });
    connect(m_process, &QProcess::bytesWritten, this, &SupervisorChannel::bytesWritten);
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus exitStatus) {
        Q_EMIT received(m_process->readAllStandardOutput());
        Q_EMIT ended(exitStatus == QProcess::CrashExit
                         ? QStringLiteral("the sandbox supervisor crashed")
                         : QStringLiteral("the sandbox supervisor ended (exit code %1) without a result")
                               .arg(exitCode));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError processError) {
        if (processError == QProcess::FailedToStart)
            Q_EMIT failedToStart(QStringLiteral("cannot start the sandbox %1: %2")
                                     .arg(m_process->program(), m_process->errorString()));
    });
}

ProcessChannel::~ProcessChannel()
{
    if (isRunning()) {
        m_process->disconnect(this);
        m_process->terminate();
        if (!m_process->waitForFinished(2000))
            m_process->kill();
        m_process->waitForFinished(1000);
    }
}

bool ProcessChannel::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void ProcessChannel::setNiceness(int niceness)
{
    m_process->setChildProcessModifier([niceness] { ::setpriority(PRIO_PROCESS, 0, niceness); });
}

void ProcessChannel::start()
{
    m_process->start(QIODevice::ReadWrite);
}

void ProcessChannel::write(const QByteArray &data)
{
    if (isRunning())
        m_process->write(data);
}

void ProcessChannel::closeWrite()
{
    if (isRunning())
        m_process->closeWriteChannel();
}

void ProcessChannel::stop()
{
    if (!isRunning())
        return;
    // The supervisor answers SIGTERM by killing the whole tree and reporting `cancelled`.
    m_process->terminate();
    QTimer::singleShot(3000, this, [this] {
        if (isRunning())
            m_process->kill();
    });
}

qint64 ProcessChannel::pendingBytes() const
{
    return m_process ? m_process->bytesToWrite() : 0;
}

QString ProcessChannel::diagnostics() const
{
    return QString::fromUtf8(m_errors).trimmed();
}

} // namespace runner
