#pragma once

#include <runner/CacheEntry.h>

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

#include <QTimer>

namespace analysis {

// A class-data-sharing archive (CDS) of the JDK classes a bundled Java script loads: JavaTreeDump
// loads ~1,900 classes of jdk.compiler, which the JDK's default archive lacks, and the JVM spends most
// of the parser's run loading and verifying them one by one. Mapped from an archive they cost about
// half as much (0.22 s -> 0.11 s measured outside the sandbox).
//
// Made per user and per JDK by the trusted JDK itself (`java -Xshare:dump`) from a class list the build
// ships (generated at build time by running the script once, its own classes left out: see
// analysis/CMakeLists.txt), with the flags the sandbox's JVM runs with (GC and compressed pointers
// must match). Nothing of the user's goes into it, so the dump runs outside the sandbox, at a lower
// priority, in the background (JvmClassArchiveBuilder): an analysis never waits for it, and runs
// without it until it is stored.
//
// Stored as a runner::CacheEntry under $XDG_CACHE_HOME/code-remote/jvm-cds (0700): the key hashes the
// java executable's real path, the identity (size, modification time) of that executable, of its
// libjvm.so and of its modules image (a JDK update changes them), the class list and the dump flags.
// The entry's sum is checked before every use (hashed again whenever the file's identity changed): the
// JVM checks an archive's header (its own version and build, the modules image) and ignores one that
// does not fit with -Xshare:auto, but not its content, and a damaged content can crash it or fail the
// run. A damaged archive is removed and built again, never handed to a run.
//
// A run sees it read-only and noexec at /cache (runner::RunRequest::readOnlyCache) and maps it because
// JDK_JAVA_OPTIONS (read by the `java` launcher only, not by javac) names it, with -Xshare:auto: when
// the sandbox cannot show it (no mount namespace), the JVM starts without it.
class JvmClassArchive
{
public:
    static constexpr char kFileName[] = "classes.jsa";
    // The options that make `java` in the sandbox map the archive (JDK_JAVA_OPTIONS).
    static QString sandboxOptions();
    static constexpr char kOptionsVariable[] = "JDK_JAVA_OPTIONS";

    // The archive of `classList` for the JDK that runs Java in the sandbox (runner's Java language);
    // nothing when the list is empty, there is no JDK, or no cache (runner::CacheEntry::open).
    static std::optional<JvmClassArchive> forClassList(const QByteArray &classList);

    const runner::CacheEntry &entry() const { return m_entry; }
    // What the sandbox shows at /cache.
    QString directory() const { return m_entry.directory(); }
    QByteArray classList() const { return m_classList; }
    QString javaExecutable() const { return m_java; }
    // The dump's command line (after the java executable).
    QStringList dumpArguments(const QString &classListFile, const QString &archiveFile) const;
    // A static archive of HotSpot's: its magic number (0xf00baba2, little-endian) comes first.
    static bool looksLikeArchive(const QByteArray &content);

private:
    JvmClassArchive(runner::CacheEntry entry, QString java, QStringList flags, QByteArray classList);

    runner::CacheEntry m_entry;
    QString m_java;
    QStringList m_flags;
    QByteArray m_classList;
};

// Dumps archives in the background, one at a time per archive among all of the user's processes.
//
// The dump (`java -Xshare:dump`, about a second of CPU) runs detached, in its own session: the process
// that started it may end at once (code-remote-run ends with its analysis) without waiting for it or
// stopping it. The dump holds the entry's lock for its whole life (its shell inherits the lock's
// descriptor), writes in a scratch directory and, once the JDK has exited, records the exit status
// there and renames the directory whole to KEY.dumped. Whoever takes the lock next adopts that
// directory: the archive is stored (runner::CacheEntry::store: atomically, its sum last) only when the
// JDK exited with 0 and wrote an archive, else the failure is marked. So a half-written archive is never
// stored, and a dump finished after its starter ended is stored by the next analysis that wants it.
// A dump that fails is not tried again for kFailureBackoffSeconds.
class JvmClassArchiveBuilder : public QObject
{
    Q_OBJECT
public:
    enum class State { Ready, Started, Building, BuildingElsewhere, Unavailable };
    static constexpr int kFailureBackoffSeconds = 600;
    static constexpr int kDumpTimeoutSeconds = 120;
    static constexpr int kNiceness = 10;

    explicit JvmClassArchiveBuilder(QObject *parent = nullptr);
    // Returns at once: a running dump goes on without this builder (see above).
    ~JvmClassArchiveBuilder() override;
    // The process's builder, owned by the application.
    static JvmClassArchiveBuilder &shared();

    // Starts dumping `archive` unless it is ready or being dumped; returns at once.
    State ensure(const JvmClassArchive &archive);
    bool isBuilding() const { return !m_dumps.isEmpty(); }

Q_SIGNALS:
    void buildFinished(const QString &key, bool stored);

private:
    enum class Adopted { Nothing, Stored, Failed };
    static constexpr int kPollMs = 100;
    static constexpr int kKeptOutputBytes = 4096;
    // Where a finished dump waits to be adopted.
    static QString dumpedPath(const JvmClassArchive &archive);
    // With the entry's lock held: stores (or marks failed) a finished dump waiting at dumpedPath().
    static Adopted adopt(const JvmClassArchive &archive);
    // Called every kPollMs while this builder's dump runs: adopts it once its lock is free.
    void poll(const QString &key);
    void finish(const QString &key, bool stored);

    struct Dump
    {
        std::optional<JvmClassArchive> archive;
        QPointer<QTimer> timer;
        int polls = 0;
    };
    QHash<QString, Dump> m_dumps; // by the entry's directory
};

} // namespace analysis
