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

#include <sys/resource.h>
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

JvmClassArchiveBuilder::JvmClassArchiveBuilder(QObject *parent)
    : QObject(parent)
{
}

JvmClassArchiveBuilder::~JvmClassArchiveBuilder()
{
    for (Dump &dump : m_dumps) {
        if (dump.process) {
            dump.process->disconnect(this);
            // A process that ends while a dump runs (code-remote-run ends with its analysis) lets the
            // dump finish and stores it — about a second, once per JDK — rather than losing it and
            // starting it again the next time.
            if (dump.process->waitForFinished(kExitWaitMs)) {
                const QByteArray why = storeDump(*dump.archive, dump.process->exitCode(), dump.process->exitStatus(),
                                                 dump.archiveFile);
                if (!why.isEmpty())
                    dump.archive->entry().markFailed(why);
            } else {
                dump.process->kill();
                dump.process->waitForFinished(2000);
            }
        }
        QDir(dump.scratch).removeRecursively();
        ::close(dump.lock);
    }
}

QByteArray JvmClassArchiveBuilder::storeDump(const JvmClassArchive &archive, int code, QProcess::ExitStatus status,
                                             const QString &archiveFile)
{
    if (status != QProcess::NormalExit || code != 0)
        return QByteArrayLiteral("the dump exited with status ") + QByteArray::number(code);
    QFile file(archiveFile);
    const QByteArray content = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (!JvmClassArchive::looksLikeArchive(content))
        return QByteArrayLiteral("the dump made no archive");
    if (!archive.entry().store(content))
        return QByteArrayLiteral("the archive could not be stored");
    return {};
}

JvmClassArchiveBuilder &JvmClassArchiveBuilder::shared()
{
    // Owned by the application, so that its dumps stop while Qt still runs (not in static destruction).
    static QPointer<JvmClassArchiveBuilder> instance;
    if (!instance)
        instance = new JvmClassArchiveBuilder(QCoreApplication::instance());
    return *instance;
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
    if (entry.isReady()) { // stored by whoever held the lock just before us
        ::close(lock);
        return State::Ready;
    }
    Dump dump;
    dump.archive = archive;
    dump.lock = lock;
    dump.scratch = entry.makeScratchDirectory();
    const QString listFile = dump.scratch + QStringLiteral("/classes.lst");
    const QString archiveFile = dump.scratch + QLatin1Char('/') + QLatin1String(JvmClassArchive::kFileName);
    dump.archiveFile = archiveFile;
    QFile list(listFile);
    if (dump.scratch.isEmpty() || !list.open(QIODevice::WriteOnly) || list.write(archive.classList()) != archive.classList().size()) {
        m_dumps.insert(key, dump);
        finish(archive, false, QByteArrayLiteral("cannot write the class list"));
        return State::Unavailable;
    }
    list.close();

    auto *process = new QProcess(this);
    dump.process = process;
    m_dumps.insert(key, dump);
    // In the background: the analyses running meanwhile (without the archive) come first.
    process->setChildProcessModifier([] { ::setpriority(PRIO_PROCESS, 0, kNiceness); });
    process->setProcessChannelMode(QProcess::MergedChannels);
    // What the JDK said, kept for the failure marker: the end of it (its warnings come first).
    connect(process, &QProcess::readyReadStandardOutput, this, [this, key, process] {
        if (!m_dumps.contains(key))
            return;
        QByteArray &said = m_dumps[key].output;
        said = (said + process->readAllStandardOutput()).right(kKeptOutputBytes);
    });
    process->setWorkingDirectory(dump.scratch);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, [process] { process->kill(); });
    connect(process, &QProcess::finished, this, [this, archive, archiveFile](int code, QProcess::ExitStatus status) {
        const QByteArray why = storeDump(archive, code, status, archiveFile);
        finish(archive, why.isEmpty(), why);
    });
    connect(process, &QProcess::errorOccurred, this, [this, archive, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(archive, false, process->errorString().toUtf8());
    });
    process->start(archive.javaExecutable(), archive.dumpArguments(listFile, archiveFile));
    timer->start(kDumpTimeoutMs);
    return State::Started;
}

void JvmClassArchiveBuilder::finish(const JvmClassArchive &archive, bool stored, const QByteArray &why)
{
    const QString key = archive.entry().directory();
    if (!m_dumps.contains(key))
        return;
    const Dump dump = m_dumps.take(key);
    if (!stored)
        archive.entry().markFailed(why + '\n' + dump.output);
    QDir(dump.scratch).removeRecursively();
    // The lock goes once the archive is stored (or known to fail): a builder that takes it next finds
    // it ready, or the failure marked.
    ::close(dump.lock);
    if (dump.process) {
        dump.process->disconnect(this);
        dump.process->deleteLater();
    }
    Q_EMIT buildFinished(archive.entry().key(), stored);
}

} // namespace analysis
