#include "PrecompiledHeaderBuilder.h"

#include "LocalRunSession.h"
#include "SandboxProtocol.h"

#include <QCoreApplication>

#include <unistd.h>

namespace runner {

PrecompiledHeaderBuilder::PrecompiledHeaderBuilder(QObject *parent)
    : QObject(parent)
{
}

PrecompiledHeaderBuilder::~PrecompiledHeaderBuilder()
{
    for (Running &running : m_builds) {
        if (running.build) {
            running.build->disconnect(this);
            delete running.build; // its supervisor is stopped; what it made is not stored
        }
        ::close(running.lock);
    }
}

PrecompiledHeaderBuilder &PrecompiledHeaderBuilder::shared()
{
    // Owned by the application, so that its builds stop while Qt still runs (not in static destruction).
    static QPointer<PrecompiledHeaderBuilder> instance;
    if (!instance)
        instance = new PrecompiledHeaderBuilder(QCoreApplication::instance());
    return *instance;
}

void PrecompiledHeaderBuilder::setLauncher(Launcher launcher)
{
    m_launcher = std::move(launcher);
}

PrecompiledHeaderBuilder::State PrecompiledHeaderBuilder::ensure(const PrecompiledHeader &header, const RunRequest &request,
                                                                 const Language &language)
{
    // By directory, not key: the same toolchain and flags have the same key in every user's cache.
    const QString key = header.directory();
    if (m_builds.contains(key))
        return State::Building;
    if (header.isReady())
        return State::Ready;
    if (header.failedRecently())
        return State::Unavailable;
    if (m_launcher) {
        if (m_launched.contains(key))
            return State::BuildingElsewhere;
        // A probe only: the launched process takes the lock itself (and gives way if someone else
        // took it in between).
        if (header.isLockedElsewhere())
            return State::BuildingElsewhere;
        if (!m_launcher(request))
            return State::Unavailable;
        m_launched.append(key);
        Q_EMIT buildStarted(header.key());
        return State::Started;
    }

    const int lock = header.tryLock();
    if (lock < 0)
        return State::BuildingElsewhere;
    // Stored by whoever held the lock just before us.
    if (header.isReady()) {
        ::close(lock);
        return State::Ready;
    }
    QString error;
    const QByteArray buildRequest = encodePrecompiledHeaderRequest(request, language, error);
    auto *build = new PrecompiledHeaderBuild(header, this);
    connect(build, &PrecompiledHeaderBuild::finished, this,
            [this, key, header](bool stored) { finish(key, header, stored); });
    m_builds.insert(key, {build, lock});
    if (buildRequest.isEmpty() || !build->start(LocalRunSession::sandboxExecutable(), buildRequest)) {
        finish(key, header, false);
        return State::Unavailable;
    }
    ++m_buildsStarted;
    Q_EMIT buildStarted(key);
    return State::Started;
}

void PrecompiledHeaderBuilder::finish(const QString &key, const PrecompiledHeader &header, bool stored)
{
    const Running running = m_builds.take(key);
    if (!stored)
        header.markFailed();
    // The lock goes once the header is stored (or known to fail): a builder that takes it next finds
    // the header ready, or the failure marked.
    ::close(running.lock);
    if (running.build)
        running.build->deleteLater();
    Q_EMIT buildFinished(header.key(), stored);
}

} // namespace runner
