#include "SandboxHostPool.h"

#include "HostDirectories.h"
#include "HostProcess.h"
#include "Language.h"
#include "LocalRunSession.h"
#include "SandboxProtocol.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace runner {

namespace {
// A host that leaves unasked within this long of being ready counts as a quick end: the next one
// starts after a growing delay instead of at once, so a host that cannot live here does not spin.
constexpr qint64 kQuickEndMs = 10'000;
constexpr int kMaxRestartDelayMs = 30'000;

// What a host's socket and its owner's lock are named after, besides the run template: the sandbox's
// switches (for tests of its fallbacks, read when a host starts) and the build of the host, so that a
// run never meets a host of another build (a rebuilt checkout, an upgraded package, another checkout of
// the same user) and owners of two builds keep apart.
QByteArray hostKeySuffix(const QByteArray &hostIdentity)
{
    return '\0' + qgetenv("CODE_REMOTE_SANDBOX_DISABLE") + '\0' + hostIdentity;
}

QString sharedDirectoryPath()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() ? runtime + QStringLiteral("/code-remote-hosts")
                              : QStringLiteral("/tmp/code-remote-hosts-%1").arg(::geteuid());
}
} // namespace

SandboxHostPool::SandboxHostPool(QObject *parent)
    : QObject(parent)
    , m_privateDirectory(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/code-remote-hosts-XXXXXX")))
{
    // QTemporaryDir makes it 0700: only this user reaches the sockets.
    if (m_privateDirectory->isValid())
        m_directory = m_privateDirectory->path();
    init();
}

SandboxHostPool::SandboxHostPool(Mode mode, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_directory(directory)
{
    init();
}

void SandboxHostPool::init()
{
    m_clock.start();
    m_hostIdentity = HostDirectories::fileIdentity(hostExecutable());
    bool numeric = false;
    const int runs = qEnvironmentVariableIntValue("CODE_REMOTE_HOST_RUNS", &numeric);
    if (numeric && runs > 0)
        m_runsPerHost = runs;
    if (m_mode != Mode::Own || m_directory.isEmpty())
        return;
    // Ours while we live (see HostDirectories); then what dead pools of this user left goes.
    m_lockFd = HostDirectories::lock(m_directory);
    HostDirectories::removeStale(QDir::tempPath(), sharedDirectoryPath(), m_directory);
}

SandboxHostPool::~SandboxHostPool()
{
    // Each host is asked to retire and left to finish its runs in flight; none is waited for.
    for (Slot &slot : m_slots) {
        delete slot.next;
        delete slot.current;
    }
    qDeleteAll(m_retiring);
    if (m_lockFd >= 0)
        ::close(m_lockFd);
}

QString SandboxHostPool::sharedDirectory()
{
    const QString path = sharedDirectoryPath();
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        return {};
    struct stat info
    {
    };
    if (::lstat(native.constData(), &info) != 0 || !S_ISDIR(info.st_mode) || info.st_uid != ::geteuid() ||
        (info.st_mode & 077) != 0)
        return {};
    return path;
}

QString SandboxHostPool::ownerLockName()
{
    const QByteArray key = "owner" + hostKeySuffix(HostDirectories::fileIdentity(hostExecutable()));
    return QStringLiteral("owner-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24)) +
           QStringLiteral(".lock");
}

void SandboxHostPool::setIdleTimeout(int ms)
{
    if (ms <= 0) {
        delete m_idleTimer;
        m_idleTimer = nullptr;
        return;
    }
    if (!m_idleTimer) {
        m_idleTimer = new QTimer(this);
        m_idleTimer->setSingleShot(true);
        // Never before the idle time (a coarse timer may fire 5 % early).
        m_idleTimer->setTimerType(Qt::PreciseTimer);
        connect(m_idleTimer, &QTimer::timeout, this, &SandboxHostPool::idle);
    }
    m_idleTimer->start(ms);
}

QString SandboxHostPool::socketPathFor(const QByteArray &key) const
{
    // Every code-remote-run hashes its template, which for the strict profile holds the guard's 80 KB
    // of bytecode: BLAKE2b (Qt Core's libb2) takes a fraction of SHA-256's time for as strong a name.
    const QByteArray digest = QCryptographicHash::hash(key, QCryptographicHash::Blake2b_256).toHex().left(24);
    return m_directory + QStringLiteral("/host-") + QString::fromLatin1(digest) + QStringLiteral(".sock");
}

QString SandboxHostPool::hostExecutable()
{
    const QString fromEnvironment = qEnvironmentVariable("CODE_REMOTE_SANDBOX_HOST");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QFileInfo(LocalRunSession::sandboxExecutable()).absolutePath() +
           QStringLiteral("/code-remote-sandbox-host");
}

QString SandboxHostPool::socketFor(const QByteArray &templateRequest)
{
    if (m_directory.isEmpty())
        return {};
    const QByteArray key = templateRequest + hostKeySuffix(m_hostIdentity);
    if (m_mode == Mode::Find) {
        // Kept by another process of this user: a socket, ours, in our directory.
        const QString path = socketPathFor(key);
        struct stat info
        {
        };
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISSOCK(info.st_mode) ||
            info.st_uid != ::geteuid())
            return {};
        return path;
    }
    auto it = m_slots.find(key);
    if (it == m_slots.end()) {
        if (!QFileInfo(hostExecutable()).isExecutable())
            return {};
        if (m_slots.size() >= kMaxHosts)
            evictLeastRecentlyUsed();
        Slot slot;
        slot.templateRequest = templateRequest;
        slot.publicPath = socketPathFor(key);
        it = m_slots.insert(key, slot);
    }
    it->lastUsed = m_clock.elapsed();
    if (it->failed)
        return {};
    if (!it->current && !it->next)
        startNext(key);
    // A run that finds no host ready goes cold rather than wait: a cold start costs less than the rest
    // of a host's loading (see docs/security.md).
    const auto ready = m_slots.constFind(key);
    return ready != m_slots.cend() && ready->current ? ready->publicPath : QString();
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
    auto add = [&ids](const HostProcess *host) {
        if (host && host->processId() > 0)
            ids.append(host->processId());
    };
    for (const Slot &slot : m_slots) {
        add(slot.current);
        add(slot.next);
    }
    for (const HostProcess *host : m_retiring)
        add(host);
    return ids;
}

void SandboxHostPool::forget(const QString &socketPath)
{
    if (m_mode == Mode::Find)
        return;
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        if (it->publicPath != socketPath || !it->current)
            continue;
        retire(std::exchange(it->current, nullptr));
        startNext(it.key());
    }
}

void SandboxHostPool::startNext(const QByteArray &key)
{
    auto it = m_slots.find(key);
    if (it == m_slots.end() || it->next || it->failed)
        return;
    auto *host = new HostProcess(this);
    it->next = host;
    connect(host, &HostProcess::ready, this, [this, key, host] { onReady(key, host); });
    connect(host, &HostProcess::runTaken, this, [this] {
        if (m_idleTimer)
            m_idleTimer->start(); // again from now
    });
    connect(host, &HostProcess::replaceRequested, this, [this, key, host] {
        const auto slot = m_slots.constFind(key);
        if (slot != m_slots.cend() && slot->current == host)
            startNext(key);
    });
    connect(host, &HostProcess::retiring, this, [this, key, host] {
        // It ran out of runs before its successor was ready (or someone else stopped it).
        auto slot = m_slots.find(key);
        if (slot != m_slots.end() && slot->current == host) {
            slot->current = nullptr;
            retire(host);
            startNext(key);
        }
    });
    connect(host, &HostProcess::ended, this,
            [this, key, host](bool orderly, bool wasReady) { onEnded(key, host, orderly, wasReady); });
    // Bound under a name of its own until it is ready, then moved over the public one.
    const QString bindPath =
        it->publicPath + QStringLiteral(".new-%1-%2").arg(QCoreApplication::applicationPid()).arg(m_started);
    QString error;
    ++m_started;
    if (!host->start(hostExecutable(), it->templateRequest, bindPath, m_runsPerHost, m_sparesPerHost,
                     error)) {
        qWarning("code-remote-sandbox-host: %s", qPrintable(error));
        it->next = nullptr;
        it->failed = true;
        host->deleteLater();
    }
}

void SandboxHostPool::onReady(const QByteArray &key, HostProcess *host)
{
    auto it = m_slots.find(key);
    if (it == m_slots.end() || it->next != host)
        return;
    it->next = nullptr;
    if (!host->publish(it->publicPath)) {
        retire(host);
        return;
    }
    // From now on clients reach the new host; the old one finishes what it has.
    if (HostProcess *old = std::exchange(it->current, host))
        retire(old);
    Q_EMIT hostReady();
}

void SandboxHostPool::onEnded(const QByteArray &key, HostProcess *host, bool orderly, bool wasReady)
{
    m_retiring.removeAll(host);
    host->deleteLater();
    auto it = m_slots.find(key);
    if (it == m_slots.end())
        return;
    if (it->next == host) {
        it->next = nullptr;
        // Could not even start: no such interpreter here, no library. Runs go through code-remote-sandbox.
        if (!wasReady && !orderly && !it->current)
            it->failed = true;
        return;
    }
    if (it->current != host)
        return;
    // It left unasked (killed, crashed): the next one starts at once, or after a growing delay if hosts
    // keep ending soon after their start.
    it->current = nullptr;
    it->quickEnds = !orderly && host->readyForMs() < kQuickEndMs ? it->quickEnds + 1 : 0;
    const int delay =
        it->quickEnds == 0 ? 0 : std::min(kMaxRestartDelayMs, 250 << std::min(it->quickEnds, 7));
    QTimer::singleShot(delay, this, [this, key] {
        const auto slot = m_slots.constFind(key);
        if (slot != m_slots.cend() && !slot->current)
            startNext(key);
    });
}

void SandboxHostPool::retire(HostProcess *host)
{
    if (!host)
        return;
    if (host->hasEnded()) {
        host->deleteLater();
        return;
    }
    host->retire();
    if (!m_retiring.contains(host))
        m_retiring.append(host);
}

void SandboxHostPool::evictLeastRecentlyUsed()
{
    auto oldest = m_slots.end();
    for (auto it = m_slots.begin(); it != m_slots.end(); ++it) {
        if (oldest == m_slots.end() || it->lastUsed < oldest->lastUsed)
            oldest = it;
    }
    if (oldest == m_slots.end())
        return;
    retire(oldest->next);
    retire(oldest->current);
    m_slots.erase(oldest);
}

} // namespace runner
