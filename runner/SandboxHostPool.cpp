#include "SandboxHostPool.h"

#include "Language.h"
#include "LocalRunSession.h"
#include "SandboxProtocol.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace runner {

SandboxHostPool::SandboxHostPool(QObject *parent)
    : QObject(parent)
    , m_privateDirectory(QDir::tempPath() + QStringLiteral("/code-remote-hosts-XXXXXX"))
{
    // QTemporaryDir makes it 0700: only this user reaches the sockets.
    if (m_privateDirectory.isValid())
        m_directory = m_privateDirectory.path();
    m_clock.start();
}

SandboxHostPool::SandboxHostPool(Mode mode, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_directory(directory)
{
    m_privateDirectory.remove();
    m_clock.start();
}

QString SandboxHostPool::sharedDirectory()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString path = !runtime.isEmpty() ? runtime + QStringLiteral("/code-remote-hosts")
                                            : QStringLiteral("/tmp/code-remote-hosts-%1").arg(::geteuid());
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        return {};
    struct stat info {};
    if (::lstat(native.constData(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::geteuid()
        || (info.st_mode & 077) != 0)
        return {};
    return path;
}

QString SandboxHostPool::socketPathFor(const QByteArray &key) const
{
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24);
    return m_directory + QStringLiteral("/host-") + QString::fromLatin1(digest) + QStringLiteral(".sock");
}

SandboxHostPool::~SandboxHostPool()
{
    for (Host &host : m_hosts)
        stop(host);
}

QString SandboxHostPool::hostExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("CODE_REMOTE_SANDBOX_HOST");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QFileInfo(LocalRunSession::sandboxExecutable()).absolutePath() + QStringLiteral("/code-remote-sandbox-host");
}

QString SandboxHostPool::socketFor(const QByteArray &templateRequest)
{
    if (m_directory.isEmpty())
        return {};
    // The sandbox's switches (for tests of its fallbacks) are read when a host starts: part of the key.
    const QByteArray key = templateRequest + '\0' + qgetenv("CODE_REMOTE_SANDBOX_DISABLE");
    if (m_mode == Mode::Find) {
        // Kept by another process of this user: a socket, ours, in our directory.
        const QString path = socketPathFor(key);
        struct stat info {};
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISSOCK(info.st_mode)
            || info.st_uid != ::geteuid())
            return {};
        return path;
    }
    auto it = m_hosts.find(key);
    if (it == m_hosts.end()) {
        if (!QFileInfo(hostExecutable()).isExecutable())
            return {};
        if (m_hosts.size() >= kMaxHosts)
            evictLeastRecentlyUsed();
        it = m_hosts.insert(key, Host{});
    }
    Host &host = it.value();
    host.lastUsed = m_clock.elapsed();
    if (host.failed)
        return {};
    if (!host.process) {
        host.socketPath = socketPathFor(key);
        start(templateRequest, host);
    }
    return host.ready ? host.socketPath : QString();
}

QStringList SandboxHostPool::warmUpEveryPreloadableLanguage()
{
    QStringList warm;
    for (const Language &language : LanguageRegistry::builtin().languages()) {
        if (!language.preloadable)
            continue;
        for (Profile profile : {Profile::Strict, Profile::Standard}) {
            RunRequest request;
            request.language = language.id;
            request.policy.profile = profile;
            QString error;
            const QByteArray templateRequest = encodeSandboxTemplate(request, language, error);
            if (templateRequest.isEmpty()) {
                qWarning("%s", qPrintable(error));
                continue;
            }
            socketFor(templateRequest);
            warm << QStringLiteral("%1 (%2)").arg(language.displayName, profileName(profile));
        }
    }
    return warm;
}

QList<qint64> SandboxHostPool::processIds() const
{
    QList<qint64> ids;
    for (const Host &host : m_hosts) {
        if (host.process)
            ids.append(host.process->processId());
    }
    return ids;
}

void SandboxHostPool::forget(const QString &socketPath)
{
    if (m_mode == Mode::Find)
        return;
    for (Host &host : m_hosts) {
        if (host.socketPath == socketPath)
            stop(host);
    }
}

void SandboxHostPool::start(const QByteArray &templateRequest, Host &host)
{
    // A socket left by a host that did not stop cleanly would keep the new one from listening.
    QFile::remove(host.socketPath);
    host.ready = false;
    auto *process = new QProcess(this);
    host.process = process;
    process->setProgram(hostExecutable());
    QStringList arguments{QStringLiteral("--listen"), host.socketPath};
    if (m_runsPerHost > 0)
        arguments << QStringLiteral("--max-runs") << QString::number(m_runsPerHost);
    if (m_sparesPerHost > 0)
        arguments << QStringLiteral("--spares") << QString::number(m_sparesPerHost);
    process->setArguments(arguments);
    // The host's environment is copied into every program forked from it (its memory, at least): it
    // gets nothing of ours but the sandbox's own switches and where work directories go without a
    // mount namespace.
    QProcessEnvironment environment;
    for (const char *name : {"CODE_REMOTE_SANDBOX_DISABLE", "CODE_REMOTE_SANDBOX_TRACE", "XDG_RUNTIME_DIR"}) {
        if (qEnvironmentVariableIsSet(name))
            environment.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
    }
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->setWorkingDirectory(QStringLiteral("/"));

    connect(process, &QProcess::readyReadStandardOutput, this, [this, process] {
        if (!process->readAllStandardOutput().contains("ready"))
            return;
        for (Host &candidate : m_hosts) {
            if (candidate.process == process)
                candidate.ready = true;
        }
    });
    connect(process, &QProcess::finished, this, [this, process](int exitCode) {
        for (Host &candidate : m_hosts) {
            if (candidate.process != process)
                continue;
            // Served its share of runs (exit 0): the next run starts a fresh one. Anything else means
            // it cannot run here; runs keep going through code-remote-sandbox.
            candidate.failed = exitCode != 0 && !candidate.ready;
            candidate.process = nullptr;
            candidate.ready = false;
        }
        process->deleteLater();
    });
    process->start(QIODevice::ReadWrite);
    process->write(templateRequest);
    process->closeWriteChannel();
}

void SandboxHostPool::stop(Host &host)
{
    QProcess *process = host.process;
    host.process = nullptr;
    host.ready = false;
    if (!process)
        return;
    process->disconnect(this);
    // SIGTERM: the host cancels the runs it still serves (each reports `cancelled`) and exits.
    process->terminate();
    if (!process->waitForFinished(3000))
        process->kill();
    process->waitForFinished(1000);
    process->deleteLater();
}

void SandboxHostPool::evictLeastRecentlyUsed()
{
    auto oldest = m_hosts.end();
    for (auto it = m_hosts.begin(); it != m_hosts.end(); ++it) {
        if (oldest == m_hosts.end() || it->lastUsed < oldest->lastUsed)
            oldest = it;
    }
    if (oldest != m_hosts.end()) {
        stop(oldest.value());
        m_hosts.erase(oldest);
    }
}

} // namespace runner
