#include "JvmClassArchive.h"

#include <runner/Language.h>
#include <runner/sandbox/Contract.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

#include <unistd.h>

namespace analysis {

namespace {
// What changes when the file is replaced (a JDK update): size and modification time.
QString fileStamp(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? QString::number(info.size()) + QLatin1Char(' ')
                               + QString::number(info.lastModified().toMSecsSinceEpoch())
                         : QStringLiteral("missing");
}
} // namespace

QString JvmClassArchive::sandboxOptions()
{
    return QStringLiteral("-XX:SharedArchiveFile=%1/%2 -Xshare:auto")
        .arg(QLatin1String(sandbox::contract::kCacheMount), QLatin1String(kFileName));
}

JvmClassArchive::JvmClassArchive(runner::CacheEntry entry, QString java, QStringList flags, QByteArray classList)
    : m_entry(std::move(entry))
    , m_java(std::move(java))
    , m_flags(std::move(flags))
    , m_classList(std::move(classList))
{
}

std::optional<JvmClassArchive> JvmClassArchive::forClassList(const QByteArray &classList)
{
    const runner::Language *language = runner::LanguageRegistry::builtin().find(QStringLiteral("java"));
    if (classList.isEmpty() || !language)
        return std::nullopt;
    const QString java = QFileInfo(runner::Language::resolveExecutable(language->run)).canonicalFilePath();
    if (java.isEmpty())
        return std::nullopt;
    // The flags of the JVM that will map it: the collector and compressed pointers must be the dump's.
    // Those of the run command that are -XX options; -Xshare is the dump's own.
    QStringList flags;
    for (const QString &argument : language->run.arguments) {
        if (argument.startsWith(QLatin1String("-XX:")))
            flags.append(argument);
    }
    // .../bin/java -> the JDK's home, whose libjvm.so and modules image the archive is made of.
    const QString home = QFileInfo(QFileInfo(java).path()).path();
    const QStringList parts =
        QStringList{QStringLiteral("jvm-class-archive 1"), java, fileStamp(java),
                    fileStamp(home + QStringLiteral("/lib/server/libjvm.so")), fileStamp(home + QStringLiteral("/lib/modules")),
                    QString::fromLatin1(QCryptographicHash::hash(classList, QCryptographicHash::Sha256).toHex())}
        + flags;
    std::optional<runner::CacheEntry> entry = runner::CacheEntry::open(QStringLiteral("jvm-cds"), parts, QLatin1String(kFileName));
    if (!entry)
        return std::nullopt;
    return JvmClassArchive(std::move(*entry), java, flags, classList);
}

QStringList JvmClassArchive::dumpArguments(const QString &classListFile, const QString &archiveFile) const
{
    // No class path: the archive then holds the JDK's classes only and fits any class path at run time.
    return m_flags
           + QStringList{QStringLiteral("-Xshare:dump"), QStringLiteral("-XX:SharedClassListFile=") + classListFile,
                         QStringLiteral("-XX:SharedArchiveFile=") + archiveFile};
}

bool JvmClassArchive::looksLikeArchive(const QByteArray &content)
{
    return content.startsWith(QByteArray::fromHex("a2ab0bf0"));
}

namespace {
// The detached dump: the JDK at a lower priority and under a time limit, its output kept, then its exit
// status, then the whole scratch directory renamed to where it is adopted from. Arguments: the scratch
// directory, the place to rename it to, the limit in seconds, the niceness, then the JDK's command.
// A directory already there (another process's dump, not yet adopted) wins; this one is dropped.
constexpr char kDumpScript[] =
    "scratch=$1 dumped=$2 limit=$3 niceness=$4; shift 4\n"
    "nice -n \"$niceness\" timeout \"$limit\" \"$@\" > \"$scratch/dump.log\" 2>&1\n"
    "echo $? > \"$scratch/status\"\n"
    "mv -T \"$scratch\" \"$dumped\" 2>/dev/null || rm -rf \"$scratch\"\n";

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

JvmClassArchiveBuilder::JvmClassArchiveBuilder(QObject *parent)
    : QObject(parent)
{
}

JvmClassArchiveBuilder::~JvmClassArchiveBuilder() = default;

JvmClassArchiveBuilder &JvmClassArchiveBuilder::shared()
{
    // Owned by the application, so that its timers stop while Qt still runs (not in static destruction).
    static QPointer<JvmClassArchiveBuilder> instance;
    if (!instance)
        instance = new JvmClassArchiveBuilder(QCoreApplication::instance());
    return *instance;
}

QString JvmClassArchiveBuilder::dumpedPath(const JvmClassArchive &archive)
{
    return archive.entry().directory() + QStringLiteral(".dumped");
}

JvmClassArchiveBuilder::Adopted JvmClassArchiveBuilder::adopt(const JvmClassArchive &archive)
{
    const QString dumped = dumpedPath(archive);
    if (!QFileInfo::exists(dumped))
        return Adopted::Nothing;
    const QByteArray status = readFile(dumped + QStringLiteral("/status")).trimmed();
    QByteArray why;
    if (status != "0") {
        why = QByteArrayLiteral("the dump exited with status ") + (status.isEmpty() ? QByteArrayLiteral("?") : status);
    } else {
        const QByteArray content = readFile(dumped + QLatin1Char('/') + QLatin1String(JvmClassArchive::kFileName));
        if (!JvmClassArchive::looksLikeArchive(content))
            why = QByteArrayLiteral("the dump made no archive");
        else if (!archive.entry().store(content))
            why = QByteArrayLiteral("the archive could not be stored");
    }
    if (!why.isEmpty()) // what the JDK said, the end of it (its warnings come first)
        archive.entry().markFailed(why + '\n' + readFile(dumped + QStringLiteral("/dump.log")).right(kKeptOutputBytes));
    QDir(dumped).removeRecursively();
    return why.isEmpty() ? Adopted::Stored : Adopted::Failed;
}

JvmClassArchiveBuilder::State JvmClassArchiveBuilder::ensure(const JvmClassArchive &archive)
{
    const runner::CacheEntry &entry = archive.entry();
    const QString key = entry.directory();
    if (m_dumps.contains(key))
        return State::Building;
    if (entry.isReady())
        return State::Ready;
    if (entry.failedWithin(kFailureBackoffSeconds))
        return State::Unavailable;
    const int lock = entry.tryLock();
    if (lock < 0)
        return State::BuildingElsewhere;
    // A dump that another process started and left (or this one, earlier) may wait to be stored.
    const Adopted adopted = adopt(archive);
    if (adopted != Adopted::Nothing || entry.isReady()) { // or stored by whoever held the lock before us
        ::close(lock);
        return adopted == Adopted::Failed ? State::Unavailable : State::Ready;
    }
    const QString scratch = entry.makeScratchDirectory();
    const QString listFile = scratch + QStringLiteral("/classes.lst");
    QFile list(listFile);
    bool ok = !scratch.isEmpty() && list.open(QIODevice::WriteOnly) && list.write(archive.classList()) == archive.classList().size();
    list.close();
    if (ok) {
        QProcess dump;
        dump.setProgram(QStringLiteral("/bin/sh"));
        dump.setArguments(QStringList{QStringLiteral("-c"), QLatin1String(kDumpScript), QStringLiteral("sh"), scratch,
                                      dumpedPath(archive), QString::number(kDumpTimeoutSeconds),
                                      QString::number(kNiceness), archive.javaExecutable()}
                          + archive.dumpArguments(listFile, scratch + QLatin1Char('/') + QLatin1String(JvmClassArchive::kFileName)));
        dump.setWorkingDirectory(scratch);
        // Nothing of the starter's: a pipe it writes to (code-remote-run's output) ends when it ends.
        dump.setStandardInputFile(QProcess::nullDevice());
        dump.setStandardOutputFile(QProcess::nullDevice());
        dump.setStandardErrorFile(QProcess::nullDevice());
        // The lock passes to the dump: a copy of its descriptor without close-on-exec, which the shell
        // and the JDK inherit and the kernel lets go when the last of them ends.
        const int inherited = ::dup(lock);
        ok = inherited >= 0 && dump.startDetached();
        if (inherited >= 0)
            ::close(inherited);
    }
    ::close(lock);
    if (!ok) {
        QDir(scratch).removeRecursively();
        entry.markFailed(QByteArrayLiteral("the dump could not be started"));
        return State::Unavailable;
    }
    Dump running;
    running.archive = archive;
    running.timer = new QTimer(this);
    connect(running.timer, &QTimer::timeout, this, [this, key] { poll(key); });
    running.timer->start(kPollMs);
    m_dumps.insert(key, running);
    return State::Started;
}

void JvmClassArchiveBuilder::poll(const QString &key)
{
    if (!m_dumps.contains(key))
        return;
    Dump &dump = m_dumps[key];
    const JvmClassArchive &archive = *dump.archive;
    // Past the dump's own limit (the shell stops the JDK then) with a margin: stop looking; whoever
    // wants the archive next adopts what it left.
    if (++dump.polls * kPollMs > (kDumpTimeoutSeconds + 30) * 1000) {
        finish(key, false);
        return;
    }
    const int lock = archive.entry().tryLock();
    if (lock < 0)
        return; // the dump still runs (or another process adopts it right now)
    const Adopted adopted = adopt(archive);
    if (adopted == Adopted::Nothing && !archive.entry().isReady())
        archive.entry().markFailed(QByteArrayLiteral("the dump ended without a result"));
    ::close(lock);
    finish(key, adopted == Adopted::Stored || archive.entry().isReady());
}

void JvmClassArchiveBuilder::finish(const QString &key, bool stored)
{
    const Dump dump = m_dumps.take(key);
    if (dump.timer)
        dump.timer->deleteLater();
    Q_EMIT buildFinished(dump.archive->entry().key(), stored);
}

} // namespace analysis
