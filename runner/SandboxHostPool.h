#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QTimer;

namespace runner {

class HostProcess;

// The code-remote-sandbox-host processes of one program (the IDE, the server): one per run template (a
// language, profile and environment; see encodeSandboxTemplate), started the first time a run of that
// template asks and kept until this object goes. A run through a host starts from a fork of an
// interpreter that is already loaded, inside a sandbox built for that run alone, instead of exec'ing a
// new one: the same layers, a fraction of the start-up.
//
// Runs never wait for a host: until one is ready, they go through code-remote-sandbox as before (a
// cold run takes less time than a host takes to load). A host serves a bounded number of runs; before
// they are used up it asks for its successor, which the pool starts at once and publishes under the
// same socket name when it is ready, so runs keep starting warm; the old host then retires: it takes
// no new runs and exits once its runs in flight have finished. Nothing here ever waits for a process.
//
// A pool can also keep its hosts in this user's shared directory (`code-remote-run --keep-warm`), where
// a pool that only finds hosts (each `code-remote-run`) uses them. A host's socket is named after its
// template, so a run only ever finds a host loaded for exactly its own template.
class SandboxHostPool : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Own,  // starts, replaces and stops its hosts
        Find, // uses hosts that another process keeps in the directory, never starts one
    };
    // A pool of its own hosts in a private directory.
    explicit SandboxHostPool(QObject *parent = nullptr);
    // A pool in `directory` (which must be this user's alone: see sharedDirectory()).
    SandboxHostPool(Mode mode, const QString &directory, QObject *parent = nullptr);
    ~SandboxHostPool() override;

    // The socket of a ready host for `templateRequest`, or an empty string; in the latter case an Own
    // pool starts a host for it unless one is starting or cannot start here.
    QString socketFor(const QByteArray &templateRequest);
    // Starts a host for each profile of each language that can stay loaded (code-remote-run
    // --keep-warm). Returns what it keeps warm, "Python 3 (strict)" and so on.
    QStringList warmUpEveryPreloadableLanguage();
    // The host behind `socketPath` took a connection and did not answer: an Own pool retires it (and
    // kills it if it does not even acknowledge) and starts another.
    void forget(const QString &socketPath);
    bool isValid() const { return !m_directory.isEmpty(); }
    QString directory() const { return m_directory; }

    // The hosts' process ids, retiring ones included (for tests that account for every process).
    QList<qint64> processIds() const;
    // Hosts started so far (for tests).
    int hostsStarted() const { return m_started; }
    // Runs a host serves before it is replaced (code-remote-sandbox-host --max-runs); for hosts started
    // from now on. The default is $CODE_REMOTE_HOST_RUNS, else the host's own (1000).
    void setRunsPerHost(int runs) { m_runsPerHost = runs; }
    // Sandboxes each host keeps prepared (code-remote-sandbox-host --spares): as many runs as may start
    // at once; for hosts started from now on.
    void setSparesPerHost(int spares) { m_sparesPerHost = spares; }
    // Emits idle() once `ms` pass without a host taking a run (counted from now, and again after each
    // run); 0 switches it off. For an owner that leaves when it is not used (code-remote-run's warm host).
    void setIdleTimeout(int ms);

    // This user's directory for kept-warm hosts: $XDG_RUNTIME_DIR/code-remote-hosts, else
    // /tmp/code-remote-hosts-UID; created 0700 if missing. Empty when it exists but is not this user's
    // alone (another user could otherwise put a socket there that receives our programs).
    static QString sharedDirectory();
    // Where code-remote-sandbox-host is: $CODE_REMOTE_SANDBOX_HOST, else beside code-remote-sandbox.
    static QString hostExecutable();
    // The name of the file whose lock the one owner of this build's hosts in a shared directory holds
    // (see HostDirectories::takeOwnership): one per build of the host and per sandbox switches, as the
    // sockets are, so owners of two builds never fight over one name.
    static QString ownerLockName();
    // At most this many templates keep a host; the one used least recently makes way for a new one.
    static constexpr int kMaxHosts = 4;

Q_SIGNALS:
    // A host became ready for runs (tests wait for it).
    void hostReady();
    // No host took a run for the idle timeout (see setIdleTimeout).
    void idle();

private:
    struct Slot
    {
        QByteArray templateRequest;
        QString publicPath;
        HostProcess *current = nullptr; // published under publicPath
        HostProcess *next = nullptr;    // starting, to take over when it is ready
        bool failed = false;            // cannot start here (no such interpreter, no library): never retried
        int quickEnds = 0;              // hosts that ended unasked soon after starting, in a row
        qint64 lastUsed = 0;
    };
    QString socketPathFor(const QByteArray &key) const;
    void startNext(const QByteArray &key);
    void onReady(const QByteArray &key, HostProcess *host);
    void onEnded(const QByteArray &key, HostProcess *host, bool orderly, bool wasReady);
    void retire(HostProcess *host);
    void evictLeastRecentlyUsed();
    void init();

    Mode m_mode = Mode::Own;
    // Only for a pool of its own hosts: every code-remote-run makes a pool in a given directory, and
    // a temporary directory made and removed again (a random name, two system calls) costs it time.
    std::unique_ptr<QTemporaryDir> m_privateDirectory;
    QString m_directory;
    int m_lockFd = -1;
    QHash<QByteArray, Slot> m_slots;
    QList<HostProcess *> m_retiring; // draining their runs in flight; deleted when they end
    QElapsedTimer m_clock;
    QTimer *m_idleTimer = nullptr;
    QByteArray m_hostIdentity; // of hostExecutable(): part of every socket's name
    int m_runsPerHost = 0;   // 0: the host's own default
    int m_sparesPerHost = 0; // 0: the host's own default
    int m_started = 0;
};

} // namespace runner
