#include "CacheEntry.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <cstdio>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace runner {

namespace {
bool ownedDirectory(const QString &path, mode_t forbidden)
{
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISDIR(info.st_mode)
           && info.st_uid == ::geteuid() && (info.st_mode & forbidden) == 0;
}

// What changes whenever the file's content may have: no one can set a ctime back.
QByteArray identity(const struct stat &info)
{
    return QByteArray::number(qulonglong(info.st_dev)) + ' ' + QByteArray::number(qulonglong(info.st_ino)) + ' '
           + QByteArray::number(qlonglong(info.st_size)) + ' ' + QByteArray::number(qlonglong(info.st_mtim.tv_sec)) + '.'
           + QByteArray::number(qlonglong(info.st_mtim.tv_nsec)) + ' ' + QByteArray::number(qlonglong(info.st_ctim.tv_sec))
           + '.' + QByteArray::number(qlonglong(info.st_ctim.tv_nsec));
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}

bool writeSum(const QString &path, const QByteArray &digest, const QByteArray &stamp, const QString &description)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(digest + '\n' + stamp + '\n' + description.toUtf8() + '\n');
    return file.commit();
}
} // namespace

CacheEntry::CacheEntry(QString root, QString key, QString file, QString description)
    : m_root(std::move(root))
    , m_key(std::move(key))
    , m_file(std::move(file))
    , m_description(std::move(description))
{
}

std::optional<CacheEntry> CacheEntry::open(const QString &area, const QStringList &parts, const QString &fileName)
{
    if (qEnvironmentVariable("CODE_REMOTE_COMPILE_CACHE") == QLatin1String("off"))
        return std::nullopt;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (base.isEmpty() || area.isEmpty() || area.contains(QLatin1Char('/')) || fileName.isEmpty())
        return std::nullopt;
    const QString top = base + QStringLiteral("/code-remote");
    const QString root = top + QLatin1Char('/') + area;
    if (!QDir().mkpath(root))
        return std::nullopt;
    ::chmod(QFile::encodeName(top).constData(), 0700);
    ::chmod(QFile::encodeName(root).constData(), 0700);
    if (!ownedDirectory(top, 0077) || !ownedDirectory(root, 0077))
        return std::nullopt;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : parts) {
        const QByteArray bytes = part.toUtf8();
        hash.addData(QByteArray::number(bytes.size()) + ':' + bytes);
    }
    QString description = parts.join(QLatin1Char(' '));
    description.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return CacheEntry(root, QString::fromLatin1(hash.result().toHex().left(32)), fileName, description);
}

QString CacheEntry::directory() const
{
    return m_root + QLatin1Char('/') + m_key;
}

QString CacheEntry::filePath() const
{
    return directory() + QLatin1Char('/') + m_file;
}

QString CacheEntry::siblingPath(const char *suffix) const
{
    return directory() + QLatin1String(suffix);
}

int CacheEntry::tryLock() const
{
    const int fd = ::open(QFile::encodeName(siblingPath(".lock")).constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool CacheEntry::isLockedElsewhere() const
{
    const int fd = tryLock();
    if (fd < 0)
        return true;
    ::close(fd);
    return false;
}

bool CacheEntry::failedWithin(int seconds) const
{
    const QFileInfo marker(siblingPath(".failed"));
    return marker.exists() && marker.lastModified().secsTo(QDateTime::currentDateTime()) < seconds;
}

void CacheEntry::markFailed(const QByteArray &why) const
{
    QFile marker(siblingPath(".failed"));
    if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        marker.write(m_description.toUtf8() + '\n' + why);
}

bool CacheEntry::isReady() const
{
    const QString sumPath = siblingPath(".sum");
    QFile sumFile(sumPath);
    struct stat sumInfo {};
    if (::lstat(QFile::encodeName(sumPath).constData(), &sumInfo) != 0 || !S_ISREG(sumInfo.st_mode)
        || sumInfo.st_uid != ::geteuid() || !sumFile.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> sum = sumFile.readAll().split('\n');
    sumFile.close();
    // Built for these parts (a sum of an older format, or of other parts under this key, is not
    // trusted); every step from the key's directory down is ours, a directory or a file, never a link,
    // and writable by us only.
    QString path = directory();
    bool ours = sum.size() >= 3 && QString::fromUtf8(sum[2]) == m_description && ownedDirectory(path, 0022);
    const QStringList steps = m_file.split(QLatin1Char('/'));
    for (qsizetype i = 0; ours && i + 1 < steps.size(); ++i) {
        path += QLatin1Char('/') + steps[i];
        ours = ownedDirectory(path, 0022);
    }
    struct stat info {};
    ours = ours && ::lstat(QFile::encodeName(filePath()).constData(), &info) == 0 && S_ISREG(info.st_mode)
           && info.st_uid == ::geteuid() && (info.st_mode & 0022) == 0;
    if (ours && identity(info) == sum[1])
        return true;
    // Changed since it was checked (or copied, restored...): its content decides.
    if (ours && sha256Of(filePath()) == sum[0] && writeSum(sumPath, sum[0], identity(info), m_description))
        return true;
    discard();
    return false;
}

QString CacheEntry::makeScratchDirectory() const
{
    // A scratch directory lives as long as one build (a class-archive dump is stopped after two
    // minutes); one untouched for a day was left by a builder that was killed (SIGKILL, a reboot)
    // before it could remove it, and goes now, when the area is built in again.
    const QDateTime staleBefore = QDateTime::currentDateTimeUtc().addSecs(-kStaleScratchSeconds);
    const QFileInfoList scratches = QDir(m_root).entryInfoList({QStringLiteral(".scratch-*")},
                                                               QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QFileInfo &old : scratches) {
        if (!old.isSymLink() && old.lastModified() < staleBefore)
            QDir(old.filePath()).removeRecursively();
    }
    const QString scratch = m_root + QStringLiteral("/.scratch-") + QUuid::createUuid().toString(QUuid::Id128);
    if (!QDir().mkpath(scratch))
        return {};
    ::chmod(QFile::encodeName(scratch).constData(), 0700);
    return scratch;
}

bool CacheEntry::store(const QByteArray &content) const
{
    // Built beside its place and renamed into it whole: a reader sees the old file or the new one.
    const QString staging = m_root + QStringLiteral("/.staging-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString file = staging + QLatin1Char('/') + m_file;
    bool ok = QDir().mkpath(QFileInfo(file).path());
    for (QString dir = QFileInfo(file).path(); ok && dir.startsWith(staging); dir = QFileInfo(dir).path())
        ::chmod(QFile::encodeName(dir).constData(), 0755);
    QFile out(file);
    ok = ok && out.open(QIODevice::WriteOnly) && out.write(content) == content.size();
    out.close();
    ok = ok && out.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (ok) {
        discard();
        ok = std::rename(QFile::encodeName(staging).constData(), QFile::encodeName(directory()).constData()) == 0;
    }
    struct stat info {};
    ok = ok && ::lstat(QFile::encodeName(filePath()).constData(), &info) == 0
         && writeSum(siblingPath(".sum"), QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex(),
                     identity(info), m_description);
    if (!ok)
        QDir(staging).removeRecursively();
    else
        QFile::remove(siblingPath(".failed"));
    return ok;
}

void CacheEntry::discard() const
{
    QFile::remove(siblingPath(".sum"));
    // Renamed away first, so a run that has it mounted keeps its copy and no one sees half of it.
    const QString doomed = m_root + QStringLiteral("/.removed-") + QUuid::createUuid().toString(QUuid::Id128);
    if (std::rename(QFile::encodeName(directory()).constData(), QFile::encodeName(doomed).constData()) == 0)
        QDir(doomed).removeRecursively();
}

} // namespace runner
