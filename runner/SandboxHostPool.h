#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

class QProcess;

namespace runner {

// The code-remote-sandbox-host processes of one program (the IDE, the server): one per run template (a
// language, profile and environment; see encodeSandboxTemplate), started the first time a run of that
// template asks and kept until this object goes. A run through a host starts from a fork of an
// interpreter that is already loaded, inside a sandbox built for that run alone, instead of exec'ing a
// new one: the same layers, a fraction of the start-up.
//
// Runs never wait for a host: until one is ready, and whenever it is gone (it serves a bounded number
// of runs, then exits and is started again), they go through code-remote-sandbox as before.
//
// A pool can also keep its hosts in this user's shared directory (`code-remote-run --keep-warm`), where
// a pool that only finds hosts (each `code-remote-run`) uses them. A host's socket is named after its
// template, so a run only ever finds a host loaded for exactly its own template.
class SandboxHostPool : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Own,  // starts, restarts and stops its hosts
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
    // The host behind `socketPath` could not be reached: an Own pool starts another later.
    void forget(const QString &socketPath);
    bool isValid() const { return !m_directory.isEmpty(); }

    // The hosts' process ids (for tests that account for every process).
    QList<qint64> processIds() const;
    // Runs a host serves before it is replaced (code-remote-sandbox-host --max-runs); for hosts started
    // from now on.
    void setRunsPerHost(int runs) { m_runsPerHost = runs; }
    // Sandboxes each host keeps prepared (code-remote-sandbox-host --spares): as many runs as may start
    // at once; for hosts started from now on.
    void setSparesPerHost(int spares) { m_sparesPerHost = spares; }

    // This user's directory for kept-warm hosts: $XDG_RUNTIME_DIR/code-remote-hosts, else
    // /tmp/code-remote-hosts-UID; created 0700 if missing. Empty when it exists but is not this user's
    // alone (another user could otherwise put a socket there that receives our programs).
    static QString sharedDirectory();
    // Where code-remote-sandbox-host is: $CODE_REMOTE_SANDBOX_HOST, else beside code-remote-sandbox.
    static QString hostExecutable();
    // At most this many templates keep a host; the one used least recently makes way for a new one.
    static constexpr int kMaxHosts = 4;

private:
    struct Host
    {
        QProcess *process = nullptr;
        QString socketPath;
        bool ready = false;
        bool failed = false; // cannot start here (no such interpreter, no library): never retried
        qint64 lastUsed = 0;
    };
    QString socketPathFor(const QByteArray &key) const;
    void start(const QByteArray &templateRequest, Host &host);
    void stop(Host &host);
    void evictLeastRecentlyUsed();

    Mode m_mode = Mode::Own;
    QTemporaryDir m_privateDirectory;
    QString m_directory;
    QHash<QByteArray, Host> m_hosts;
    QElapsedTimer m_clock;
    int m_runsPerHost = 0;   // 0: the host's own default
    int m_sparesPerHost = 0; // 0: the host's own default
};

} // namespace runner
