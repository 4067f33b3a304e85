#include "PrecompiledHeader.h"

#include "ProcessChannel.h"
#include "SandboxProtocol.h"
#include "sandbox/WireFormat.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
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

// GCC's precompiled headers start with "gpch", the language ('+' for C++) and the format's version.
constexpr char kGccPchMagic[] = "gpch+";
} // namespace

PrecompiledHeader::PrecompiledHeader(QString root, QString key, QString header, QString description)
    : m_root(std::move(root))
    , m_key(std::move(key))
    , m_header(std::move(header))
    , m_description(std::move(description))
{
}

bool PrecompiledHeader::includes(const QByteArray &source, const QString &header)
{
    const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*<%1>").arg(QRegularExpression::escape(header)),
                                     QRegularExpression::MultilineOption);
    return include.match(QString::fromUtf8(source)).hasMatch();
}

std::optional<PrecompiledHeader> PrecompiledHeader::forProgram(const RunRequest &request, const Language &language)
{
    // An unknown standard is refused before anything compiles: no header is built for it either.
    const bool knownStandard = request.languageStandard.isEmpty() || language.standards.contains(request.languageStandard);
    if (language.precompiledHeader.isEmpty() || !language.compile || !knownStandard
        || !includes(request.source, language.precompiledHeader)
        || qEnvironmentVariable("CODE_REMOTE_COMPILE_CACHE") == QLatin1String("off"))
        return std::nullopt;
    const QString compiler = Language::resolveExecutable(*language.compile);
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (compiler.isEmpty() || base.isEmpty())
        return std::nullopt;
    const QString top = base + QStringLiteral("/code-remote");
    const QString root = top + QStringLiteral("/pch");
    if (!QDir().mkpath(root))
        return std::nullopt;
    ::chmod(QFile::encodeName(top).constData(), 0700);
    ::chmod(QFile::encodeName(root).constData(), 0700);
    if (!ownedDirectory(top, 0077) || !ownedDirectory(root, 0077))
        return std::nullopt;
    const QFileInfo info(compiler);
    const QStringList parts = QStringList{language.id, info.canonicalFilePath(), QString::number(info.size()),
                                          QString::number(info.lastModified().toMSecsSinceEpoch()), language.precompiledHeader}
                              + precompiledHeaderFlags(request, language);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : parts) {
        const QByteArray bytes = part.toUtf8();
        hash.addData(QByteArray::number(bytes.size()) + ':' + bytes);
    }
    QString description = parts.join(QLatin1Char(' '));
    description.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return PrecompiledHeader(root, QString::fromLatin1(hash.result().toHex().left(32)), language.precompiledHeader,
                             description);
}

QString PrecompiledHeader::directory() const
{
    return m_root + QLatin1Char('/') + m_key;
}

QString PrecompiledHeader::headerPath() const
{
    return directory() + QLatin1Char('/') + m_header + QStringLiteral(".gch");
}

QString PrecompiledHeader::sumPath() const
{
    return siblingPath(".sum");
}

QString PrecompiledHeader::siblingPath(const char *suffix) const
{
    return directory() + QLatin1String(suffix);
}

int PrecompiledHeader::tryLock() const
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

bool PrecompiledHeader::isLockedElsewhere() const
{
    const int fd = tryLock();
    if (fd < 0)
        return true;
    ::close(fd);
    return false;
}

bool PrecompiledHeader::failedRecently() const
{
    const QFileInfo marker(siblingPath(".failed"));
    return marker.exists()
           && marker.lastModified().secsTo(QDateTime::currentDateTime()) < kFailureBackoffSeconds;
}

void PrecompiledHeader::markFailed() const
{
    QFile marker(siblingPath(".failed"));
    if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        marker.write(m_description.toUtf8() + '\n');
}

bool PrecompiledHeader::isReady() const
{
    QFile sumFile(sumPath());
    struct stat sumInfo {};
    if (::lstat(QFile::encodeName(sumPath()).constData(), &sumInfo) != 0 || !S_ISREG(sumInfo.st_mode)
        || sumInfo.st_uid != ::geteuid() || !sumFile.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> sum = sumFile.readAll().split('\n');
    sumFile.close();
    // Built for this compiler and these flags (a sum of an older format, or of another toolchain
    // under this key, is not trusted); every step from the key's directory down is ours, a directory
    // or a file, never a link, and writable by us only.
    QString path = directory();
    bool ours = sum.size() >= 3 && QString::fromUtf8(sum[2]) == m_description && ownedDirectory(path, 0022);
    const QStringList parts = m_header.split(QLatin1Char('/'));
    for (qsizetype i = 0; ours && i + 1 < parts.size(); ++i) {
        path += QLatin1Char('/') + parts[i];
        ours = ownedDirectory(path, 0022);
    }
    struct stat info {};
    ours = ours && ::lstat(QFile::encodeName(headerPath()).constData(), &info) == 0 && S_ISREG(info.st_mode)
           && info.st_uid == ::geteuid() && (info.st_mode & 0022) == 0;
    if (ours && identity(info) == sum[1])
        return true;
    // Changed since it was checked (or copied, restored...): its content decides.
    if (ours && sha256Of(headerPath()) == sum[0] && writeSum(sumPath(), sum[0], identity(info), m_description))
        return true;
    discard();
    return false;
}

bool PrecompiledHeader::store(const QByteArray &content) const
{
    if (!content.startsWith(kGccPchMagic))
        return false;
    // Built beside its place and renamed into it whole: a reader sees the old header or the new one.
    const QString staging = m_root + QStringLiteral("/.staging-") + QUuid::createUuid().toString(QUuid::Id128);
    const QString file = staging + QLatin1Char('/') + m_header + QStringLiteral(".gch");
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
    ok = ok && ::lstat(QFile::encodeName(headerPath()).constData(), &info) == 0
         && writeSum(sumPath(), QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex(), identity(info),
                     m_description);
    if (!ok)
        QDir(staging).removeRecursively();
    else
        QFile::remove(siblingPath(".failed"));
    return ok;
}

void PrecompiledHeader::discard() const
{
    QFile::remove(sumPath());
    // Renamed away first, so a compile that has it mounted keeps its copy and no one sees half of it.
    const QString doomed = m_root + QStringLiteral("/.removed-") + QUuid::createUuid().toString(QUuid::Id128);
    if (std::rename(QFile::encodeName(directory()).constData(), QFile::encodeName(doomed).constData()) == 0)
        QDir(doomed).removeRecursively();
}

PrecompiledHeaderBuild::PrecompiledHeaderBuild(PrecompiledHeader header, QObject *parent)
    : QObject(parent)
    , m_header(std::move(header))
    , m_reader(std::make_unique<SandboxProtocolReader>())
{
}

PrecompiledHeaderBuild::~PrecompiledHeaderBuild()
{
    if (m_channel) {
        m_channel->disconnect(this);
        delete m_channel;
    }
}

bool PrecompiledHeaderBuild::start(const QString &sandboxExecutable, const QByteArray &request)
{
    if (request.isEmpty())
        return false;
    m_channel = new ProcessChannel(sandboxExecutable, this);
    // In the background: the programs compiling meanwhile (without the header) come first.
    m_channel->setNiceness(kBuildNiceness);
    connect(m_channel, &SupervisorChannel::received, this, &PrecompiledHeaderBuild::consume);
    auto end = [this](bool stored) {
        if (m_done)
            return;
        m_done = true;
        Q_EMIT finished(stored);
    };
    connect(m_channel, &SupervisorChannel::ended, this, [this, end] {
        // The product arrives before the compile's end; a build that ended otherwise made none.
        end(!m_product.isEmpty() && m_header.store(m_product));
        m_product.clear();
    });
    connect(m_channel, &SupervisorChannel::failedToStart, this, [end] { end(false); });
    m_channel->start();
    m_channel->write(request);
    m_channel->closeWrite();
    return true;
}

void PrecompiledHeaderBuild::stop()
{
    m_product.clear();
    if (m_channel)
        m_channel->stop();
}

void PrecompiledHeaderBuild::consume(const QByteArray &bytes)
{
    m_reader->feed(bytes);
    SandboxProtocolReader::Event event;
    while (m_reader->next(event)) {
        if (event.type != SandboxProtocolReader::EventType::Artifacts)
            continue;
        size_t pos = 0;
        const std::string_view view(event.payload.constData(), size_t(event.payload.size()));
        std::string name, content;
        while (pos < view.size() && sandbox::wire::takeRecord(view, pos, name, content)) {
            if (name == kPrecompiledHeaderProduct)
                m_product = QByteArray(content.data(), qsizetype(content.size()));
        }
    }
}

} // namespace runner
