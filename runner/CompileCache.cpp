#include "CompileCache.h"

#include "sandbox/WireFormat.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace runner {

namespace {
constexpr char kMagic[] = "code-remote-compile-cache 1\n";
constexpr qsizetype kDigestBytes = 32;
} // namespace

CompileCache::CompileCache(QString directory, qint64 maxBytes)
    : m_directory(std::move(directory))
    , m_maxBytes(maxBytes)
{
}

std::optional<CompileCache> CompileCache::forUser()
{
    if (qEnvironmentVariable("CODE_REMOTE_COMPILE_CACHE") == QLatin1String("off"))
        return std::nullopt;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (base.isEmpty())
        return std::nullopt;
    const QString directory = base + QStringLiteral("/code-remote/compile");
    if (!QDir().mkpath(directory))
        return std::nullopt;
    ::chmod(QFile::encodeName(base + QStringLiteral("/code-remote")).constData(), 0700);
    ::chmod(QFile::encodeName(directory).constData(), 0700);
    CompileCache cache(directory);
    if (!cache.directoryIsOurs())
        return std::nullopt;
    return cache;
}

bool CompileCache::directoryIsOurs() const
{
    struct stat info {};
    if (::lstat(QFile::encodeName(m_directory).constData(), &info) != 0)
        return false;
    return S_ISDIR(info.st_mode) && info.st_uid == ::geteuid() && (info.st_mode & 0077) == 0;
}

QString CompileCache::pathFor(const QByteArray &key) const
{
    return m_directory + QLatin1Char('/') + QString::fromLatin1(key.toHex());
}

std::optional<CompiledFiles> CompileCache::load(const QByteArray &key) const
{
    const QString path = pathFor(key);
    QFile file(path);
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode)
        || info.st_uid != ::geteuid() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    file.close();
    const qsizetype magic = qsizetype(sizeof kMagic - 1);
    const QByteArray body = bytes.left(bytes.size() - kDigestBytes);
    const bool intact = bytes.size() >= magic + kDigestBytes && bytes.startsWith(kMagic)
                        && QCryptographicHash::hash(body, QCryptographicHash::Sha256) == bytes.right(kDigestBytes);
    CompiledFiles files;
    size_t pos = size_t(magic);
    const std::string_view records(body.constData(), size_t(body.size()));
    std::string name, content;
    bool parsed = intact;
    while (parsed && pos < records.size()) {
        parsed = sandbox::wire::takeRecord(records, pos, name, content) && !name.empty()
                 && name.find('/') == std::string::npos;
        if (parsed)
            files.append({QString::fromStdString(name), QByteArray(content.data(), qsizetype(content.size()))});
    }
    if (!parsed || files.isEmpty()) {
        QFile::remove(path); // damaged: compiled again, and stored again
        return std::nullopt;
    }
    // Least recently used goes first when the cache is full.
    ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), nullptr, 0);
    return files;
}

void CompileCache::store(const QByteArray &key, const CompiledFiles &files) const
{
    if (files.isEmpty() || !directoryIsOurs())
        return;
    std::string body(kMagic);
    for (const auto &[name, content] : files)
        sandbox::wire::appendRecord(body, name.toStdString(), std::string_view(content.constData(), size_t(content.size())));
    const QByteArray bytes(body.data(), qsizetype(body.size()));
    if (bytes.size() > m_maxBytes / 4)
        return;
    QSaveFile file(pathFor(key));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(bytes);
    file.write(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    if (file.commit())
        evict();
}

void CompileCache::evict() const
{
    QFileInfoList entries = QDir(m_directory).entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden);
    qint64 total = 0;
    for (const QFileInfo &entry : entries)
        total += entry.size();
    if (total <= m_maxBytes)
        return;
    std::sort(entries.begin(), entries.end(),
              [](const QFileInfo &a, const QFileInfo &b) { return a.lastModified() < b.lastModified(); });
    for (const QFileInfo &entry : entries) {
        if (total <= m_maxBytes * 3 / 4)
            break;
        total -= entry.size();
        QFile::remove(entry.filePath());
    }
}

} // namespace runner
