#pragma once

#include "Language.h"
#include "PrecompiledHeader.h"
#include "RunSession.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace runner {

// Builds precompiled headers in the background, so that no program ever waits for one: a program whose
// header is not ready yet compiles without it (exactly as it would with no precompiled header at all)
// while the header is built beside it, once, for the programs after it.
//
// One build per header among all of the user's processes: a builder builds only while it holds the
// header's lock (PrecompiledHeader::tryLock), and looks again whether the header is ready once it has
// it (another process may just have stored it). Within one process a header being built is not
// started again. A build that fails is not tried again for a while (PrecompiledHeader::markFailed).
//
// The IDE and the server keep their builder for as long as they run. code-remote-run ends with its
// run, long before a build of several seconds would, so it sets a launcher that hands the build to a
// process of its own (which builds with a builder of its own, without launcher).
class PrecompiledHeaderBuilder : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Ready,             // nothing to do: the header is built and intact
        Started,           // this call started its build (here, or through the launcher)
        Building,          // this builder is building it already
        BuildingElsewhere, // another builder (another process) holds its lock
        Unavailable,       // no build: it failed recently, or cannot be made or started here
    };
    // Given to the launcher: what to build a header for (the language and its standard).
    using Launcher = std::function<bool(const RunRequest &request)>;

    explicit PrecompiledHeaderBuilder(QObject *parent = nullptr);
    // Stops its builds: nothing half-built is stored, and their locks go with them.
    ~PrecompiledHeaderBuilder() override;

    // The process's builder (LocalRunSession's), destroyed with the application.
    static PrecompiledHeaderBuilder &shared();

    void setLauncher(Launcher launcher);
    // Starts building `header` (PrecompiledHeader::forProgram of `request`) unless it is ready or being
    // built; returns at once.
    State ensure(const PrecompiledHeader &header, const RunRequest &request, const Language &language);
    bool isBuilding() const { return !m_builds.isEmpty(); }
    // Builds this builder started itself (not through its launcher), for tests and diagnostics.
    int buildsStarted() const { return m_buildsStarted; }

Q_SIGNALS:
    // ensure() started a build, here or through the launcher.
    void buildStarted(const QString &key);
    // A build of this builder ended: `stored` when the header is now ready.
    void buildFinished(const QString &key, bool stored);

private:
    struct Running
    {
        QPointer<PrecompiledHeaderBuild> build;
        int lock = -1;
    };
    void finish(const QString &key, const PrecompiledHeader &header, bool stored);

    Launcher m_launcher;
    QHash<QString, Running> m_builds;
    // Keys handed to the launcher by this process: launched once, however many runs ask.
    QStringList m_launched;
    int m_buildsStarted = 0;
};

} // namespace runner
