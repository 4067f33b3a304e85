#include "LocalRunSession.h"

#include "HostConnection.h"
#include "Language.h"
#include "SandboxHostPool.h"
#include "SandboxProtocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <sys/syscall.h>
#include <unistd.h>

namespace runner {

namespace {
bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}
} // namespace

LocalRunSession::LocalRunSession(QObject *parent, SandboxHostPool *hosts)
    : RunSession(parent)
    , m_hosts(hosts)
{
}

LocalRunSession::~LocalRunSession()
{
    // Through a host, the supervisor takes the hang-up (the connection closes with this object) for a
    // cancellation: it kills the tree and cleans up.
    if (m_supervisorPidFd >= 0)
        ::close(m_supervisorPidFd);
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // SIGTERM lets the supervisor kill the tree and remove its cgroup; SIGKILL only if it hangs
        // (its children still die with it through their parent-death signal).
        m_process->disconnect(this);
        m_process->terminate();
        if (!m_process->waitForFinished(2000))
            m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString LocalRunSession::sandboxExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("CODE_REMOTE_SANDBOX");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates{
        appDir + QStringLiteral("/code-remote-sandbox"),
        appDir + QStringLiteral("/../libexec/code-remote/code-remote-sandbox"),
        appDir + QStringLiteral("/../bin/code-remote-sandbox"),
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return candidates.front();
}

void LocalRunSession::start(const RunRequest &request)
{
    if (isRunning()) {
        qWarning("LocalRunSession::start: a run is already in progress");
        return;
    }
    m_request = request;
    m_finished = false;
    m_stopRequested = false;
    m_reader = std::make_unique<SandboxProtocolReader>();
    m_stdout.clear();
    m_stderr.clear();
    m_result.reset();
    m_supervisorErrors.clear();

    const Language *language = LanguageRegistry::builtin().find(request.language);
    if (!language)
        return failToStart(QStringLiteral("unknown language: %1").arg(request.language));
    if (!isValidUtf8(request.source))
        return failToStart(QStringLiteral("the program is not valid UTF-8 text"));
    if (const QString error = request.policy.validate(); !error.isEmpty())
        return failToStart(error);
    if (const QString tooLarge = sourceSizeError(request.policy.profile, request.source.size()); !tooLarge.isEmpty()) {
        if (request.policy.profile != Profile::Strict)
            return failToStart(tooLarge);
        // Refused by the strict profile like a forbidden import: the front ends show it as a violation.
        RunResult refused;
        refused.status = RunStatus::SecurityViolation;
        refused.message = tooLarge;
        refused.violations.append({QStringLiteral("size"), tooLarge, 0});
        QTimer::singleShot(0, this, [this, refused] { finishWith(refused); });
        return;
    }
    QString error;
    const QByteArray encoded = encodeSandboxRequest(request, *language, error);
    if (encoded.isEmpty())
        return failToStart(error);

    m_inputClosed = !request.keepStdinOpen;
    m_inputBytes = request.stdinData.size();
    m_inputReported = 0;
    m_clock.start();
    if (m_hosts && language->preloadable) {
        QString templateError;
        const QByteArray templateRequest = encodeSandboxTemplate(request, *language, templateError);
        const QString socketPath = templateRequest.isEmpty() ? QString() : m_hosts->socketFor(templateRequest);
        if (!socketPath.isEmpty() && startThroughHost(socketPath, encoded))
            return;
    }
    startSupervisor(encoded + request.stdinData);
}

void LocalRunSession::startSupervisor(const QByteArray &input)
{
    m_process = new QProcess(this);
    m_process->setProgram(sandboxExecutable());
    connect(m_process, &QProcess::started, this, [this] { Q_EMIT started(); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LocalRunSession::onReadyRead);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        // Diagnostics of the supervisor itself; kept short for an internal_error message.
        m_supervisorErrors.append(m_process->readAllStandardError().left(4096));
    });
    connect(m_process, &QProcess::finished, this, &LocalRunSession::onProcessFinished);
    connect(m_process, &QProcess::bytesWritten, this, &LocalRunSession::onInputWritten);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError processError) {
        if (processError == QProcess::FailedToStart)
            failToStart(QStringLiteral("cannot start the sandbox %1: %2")
                            .arg(m_process->program(), m_process->errorString()));
    });
    m_process->start(QIODevice::ReadWrite);
    m_process->write(input);
    if (m_inputClosed)
        m_process->closeWriteChannel();
}

bool LocalRunSession::startThroughHost(const QString &socketPath, const QByteArray &encodedRequest)
{
    auto *connection = new HostConnection(this);
    if (!connection->connectTo(socketPath)) {
        // The host has just gone (killed, or out of runs before its successor was ready): the pool
        // learns that from the host itself and starts the next one.
        delete connection;
        return false;
    }
    m_connection = connection;
    m_hostSocket = socketPath;
    connect(connection, &HostConnection::received, this, &LocalRunSession::consume);
    connect(connection, &HostConnection::closed, this, &LocalRunSession::onHostDisconnected);
    connect(connection, &HostConnection::bytesWritten, this, &LocalRunSession::onInputWritten);
    m_replay = encodedRequest + m_request.stdinData;
    connection->write(m_replay);
    if (m_inputClosed)
        connection->closeWrite();
    // A prepared sandbox answers within milliseconds; a host that does not within seconds is wedged.
    // Its run goes through code-remote-sandbox (if the host wakes up later, our hang-up cancels the
    // run it would start).
    QTimer::singleShot(kHostAnswerTimeoutMs, connection, [this] { fallBackFromHost(true); });
    return true;
}

void LocalRunSession::fallBackFromHost(bool hostWedged)
{
    if (!m_connection || m_supervisorPid > 0 || m_finished)
        return;
    // Nothing ran: the supervisor would have introduced itself first. A host that closed the
    // connection at once was retiring (the pool has its successor); one that never answered is
    // replaced.
    if (hostWedged)
        m_hosts->forget(m_hostSocket);
    m_connection->disconnect(this);
    m_connection->abort(); // the hang-up: a supervisor that takes the request later cancels it
    m_connection->deleteLater();
    m_connection.clear();
    m_reader = std::make_unique<SandboxProtocolReader>();
    startSupervisor(std::exchange(m_replay, {}));
}

void LocalRunSession::writeInput(const QByteArray &data)
{
    if (m_connection) {
        // Counted first: the connection may take it at once and report that synchronously.
        m_inputBytes += data.size();
        if (m_supervisorPid <= 0)
            m_replay.append(data);
        m_connection->write(data);
    } else if (m_process && m_process->state() != QProcess::NotRunning) {
        m_inputBytes += data.size();
        m_process->write(data);
    }
}

qint64 LocalRunSession::pendingInputBytes() const
{
    // What the stream to the supervisor still holds; the encoded request goes first, so once input is
    // pending the request has gone. The supervisor reads on only while the program's pipe has room and
    // its own buffer is under a bound, so a program that does not read leaves its input here.
    qint64 unsent = 0;
    if (m_connection)
        unsent = m_connection->bytesToWrite();
    else if (m_process)
        unsent = m_process->bytesToWrite();
    return std::min(unsent, m_inputBytes);
}

void LocalRunSession::onInputWritten()
{
    // Monotonic: after a fall-back from a host the replay is written again, which takes nothing new.
    const qint64 taken = m_inputBytes - pendingInputBytes();
    if (taken <= m_inputReported)
        return;
    m_inputReported = taken;
    Q_EMIT inputTaken(taken);
}

void LocalRunSession::closeInput()
{
    m_inputClosed = true;
    if (m_connection)
        m_connection->closeWrite();
    else if (m_process && m_process->state() != QProcess::NotRunning)
        m_process->closeWriteChannel();
}

void LocalRunSession::stop()
{
    if (m_connection) {
        m_stopRequested = true;
        if (m_supervisorPid > 0) {
            // As for a supervisor we started: SIGTERM, and it reports `cancelled`.
            if (m_supervisorPidFd >= 0)
                ::syscall(SYS_pidfd_send_signal, m_supervisorPidFd, SIGTERM, nullptr, 0);
            else
                ::kill(static_cast<pid_t>(m_supervisorPid), SIGTERM);
            QTimer::singleShot(3000, this, [this, connection = m_connection] {
                if (connection && connection == m_connection)
                    onHostDisconnected(); // hangs up, which cancels too
            });
        } else {
            onHostDisconnected(); // not introduced yet: the hang-up cancels
        }
        return;
    }
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_stopRequested = true;
    // The supervisor answers SIGTERM by killing the whole tree and reporting `cancelled`.
    m_process->terminate();
    QTimer::singleShot(3000, this, [this, process = m_process] {
        if (process && process == m_process && process->state() != QProcess::NotRunning)
            process->kill();
    });
}

bool LocalRunSession::isRunning() const
{
    return !m_finished;
}

void LocalRunSession::onReadyRead()
{
    if (m_process)
        consume(m_process->readAllStandardOutput());
}

void LocalRunSession::consume(const QByteArray &bytes)
{
    m_reader->feed(bytes);
    SandboxProtocolReader::Event event;
    while (m_reader->next(event)) {
        switch (event.type) {
        case SandboxProtocolReader::EventType::Supervisor: {
            const pid_t pid = static_cast<pid_t>(event.payload.toInt());
            if (pid > 0 && m_supervisorPid <= 0) {
                m_supervisorPid = pid;
                // A pidfd stays that process even if its number is reused later.
                m_supervisorPidFd = static_cast<int>(::syscall(SYS_pidfd_open, pid, 0));
                m_replay.clear();
                Q_EMIT started();
            }
            break;
        }
        case SandboxProtocolReader::EventType::Stdout:
            if (m_request.collectOutput)
                m_stdout.append(event.payload);
            Q_EMIT outputReceived(OutputChannel::Stdout, event.payload);
            break;
        case SandboxProtocolReader::EventType::Stderr:
            if (m_request.collectOutput)
                m_stderr.append(event.payload);
            Q_EMIT outputReceived(OutputChannel::Stderr, event.payload);
            break;
        case SandboxProtocolReader::EventType::InputRequested:
            Q_EMIT inputRequested();
            break;
        case SandboxProtocolReader::EventType::Result: {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(event.payload, &parseError);
            if (document.isObject())
                m_result = document.object();
            break;
        }
        case SandboxProtocolReader::EventType::Unknown:
            break;
        }
    }
}

void LocalRunSession::onProcessFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    finishFromStream(exitStatus == QProcess::CrashExit
                         ? QStringLiteral("the sandbox supervisor crashed")
                         : QStringLiteral("the sandbox supervisor ended (exit code %1) without a result").arg(exitCode));
}

void LocalRunSession::onHostDisconnected()
{
    if (m_supervisorPid <= 0 && !m_stopRequested) {
        // Closed before the supervisor introduced itself: nothing ran.
        QTimer::singleShot(0, this, [this] { fallBackFromHost(false); });
        return;
    }
    finishFromStream(QStringLiteral("the sandbox host closed the connection without a result"));
}

void LocalRunSession::finishFromStream(const QString &messageWithoutResult)
{
    onReadyRead();
    RunResult result;
    if (m_result) {
        result = RunResult::fromJson(*m_result);
    } else {
        result.status = m_stopRequested ? RunStatus::Cancelled : RunStatus::InternalError;
        result.message = messageWithoutResult;
        const QString diagnostics = QString::fromUtf8(m_supervisorErrors).trimmed();
        if (!diagnostics.isEmpty())
            result.message += QStringLiteral(": ") + diagnostics;
        result.wallMs = double(m_clock.elapsed());
    }
    result.stdoutData = m_stdout;
    result.stderrData = m_stderr;
    finishWith(std::move(result));
}

void LocalRunSession::failToStart(const QString &message)
{
    RunResult result;
    result.status = RunStatus::InternalError;
    result.message = message;
    // finished() must never arrive before start() has returned to its caller.
    QTimer::singleShot(0, this, [this, result] { finishWith(result); });
}

void LocalRunSession::finishWith(RunResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    result.language = m_request.language;
    result.profile = profileName(m_request.policy.profile);
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process.clear();
    }
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->deleteLater();
        m_connection.clear();
    }
    if (m_supervisorPidFd >= 0) {
        ::close(m_supervisorPidFd);
        m_supervisorPidFd = -1;
    }
    m_supervisorPid = 0;
    m_replay.clear();
    Q_EMIT finished(result);
}

} // namespace runner
