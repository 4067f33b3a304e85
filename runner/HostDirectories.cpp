#include "HostDirectories.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#include <vector>

namespace runner {

namespace {
// A directory left this long unchanged is not one a pool has just made.
constexpr time_t kMinimumAgeSeconds = 10;

bool answersAt(const std::string &path)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof address.sun_path)
        return true; // cannot tell: keep it
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return true;
    const bool refused = ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 &&
                         (errno == ECONNREFUSED || errno == ENOENT);
    ::close(fd);
    return !refused; // connected, or a full backlog (EAGAIN): someone listens
}

std::vector<std::string> entriesOf(int directoryFd)
{
    std::vector<std::string> names;
    const int copy = ::dup(directoryFd); // fdopendir takes the descriptor over
    DIR *directory = copy >= 0 ? ::fdopendir(copy) : nullptr;
    if (!directory) {
        if (copy >= 0)
            ::close(copy);
        return names;
    }
    ::rewinddir(directory);
    while (const dirent *entry = ::readdir(directory)) {
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
            names.emplace_back(entry->d_name);
    }
    ::closedir(directory);
    return names;
}

// Cleans the directory `name` in `parentFd`; removes it too when `removable` and then empty.
int cleanDirectory(int parentFd, const char *name, bool removable, bool ours = false)
{
    const int fd = ::openat(parentFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return 0; // gone, not a directory, or a symbolic link
    struct stat info
    {
    };
    // This user's alone; and a live pool holds the lock (an exclusive one is refused then), unless it
    // is our own.
    if (::fstat(fd, &info) != 0 || info.st_uid != ::geteuid() || (info.st_mode & 077) != 0 ||
        (!ours && ::flock(fd, LOCK_EX | LOCK_NB) != 0)) {
        ::close(fd);
        return 0;
    }
    int removed = 0;
    bool keep = false;
    // Connecting by name goes through this descriptor, so a path swapped meanwhile cannot redirect it.
    const std::string base = "/proc/self/fd/" + std::to_string(fd) + "/";
    for (const std::string &entry : entriesOf(fd)) {
        struct stat entryInfo
        {
        };
        if (::fstatat(fd, entry.c_str(), &entryInfo, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        // A socket a host is starting on (bound, not listening yet) refuses too, for a moment.
        const bool starting = entry.find(".new-") != std::string::npos &&
                              std::time(nullptr) - entryInfo.st_mtime < kMinimumAgeSeconds;
        if (!S_ISSOCK(entryInfo.st_mode) || entryInfo.st_uid != ::geteuid() || starting ||
            answersAt(base + entry)) {
            keep = true; // not ours to judge, or alive
            continue;
        }
        if (::unlinkat(fd, entry.c_str(), 0) == 0)
            ++removed;
    }
    // Its age as found (removing the sockets just now changed it).
    if (removable && !keep && std::time(nullptr) - info.st_mtime >= kMinimumAgeSeconds &&
        ::unlinkat(parentFd, name, AT_REMOVEDIR) == 0)
        ++removed;
    ::close(fd); // and with it the lock
    return removed;
}
} // namespace

namespace {
// `name` in `directory`, opened without following a link at either step, and only if both are this
// user's: the directory 0700, the file a regular one.
int openInPrivateDirectory(const QString &directory, const QString &name, int flags)
{
    const int directoryFd =
        ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (directoryFd < 0)
        return -1;
    struct stat info
    {
    };
    int fd = -1;
    if (::fstat(directoryFd, &info) == 0 && info.st_uid == ::geteuid() && (info.st_mode & 077) == 0)
        fd = ::openat(directoryFd, QFile::encodeName(name).constData(), flags | O_NOFOLLOW | O_CLOEXEC, 0600);
    ::close(directoryFd);
    if (fd >= 0 && (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_uid != ::geteuid())) {
        ::close(fd);
        fd = -1;
    }
    return fd;
}

struct flock wholeFileWriteLock()
{
    struct flock lock
    {
    };
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    return lock;
}
} // namespace

int HostDirectories::takeOwnership(const QString &directory, const QString &name)
{
    // An owner removes the file when it leaves (giveUpOwnership): a lock taken on a file that is no
    // longer the one under the name would let a second owner lock the new one. So the name must still
    // lead to the locked file afterwards; if not, try again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const int fd = openInPrivateDirectory(directory, name, O_RDWR | O_CREAT);
        if (fd < 0)
            return -1;
        struct flock lock = wholeFileWriteLock();
        if (::fcntl(fd, F_SETLK, &lock) != 0) {
            ::close(fd);
            return -1;
        }
        const QByteArray path = QFile::encodeName(directory + QLatin1Char('/') + name);
        struct stat locked
        {
        };
        struct stat named
        {
        };
        if (::fstat(fd, &locked) == 0 && ::lstat(path.constData(), &named) == 0 &&
            locked.st_dev == named.st_dev && locked.st_ino == named.st_ino)
            return fd;
        ::close(fd);
    }
    return -1;
}

void HostDirectories::giveUpOwnership(const QString &directory, const QString &name, int fd)
{
    if (fd < 0)
        return;
    // Removed while still locked: whoever opens the name from now on makes a new file.
    ::unlink(QFile::encodeName(directory + QLatin1Char('/') + name).constData());
    ::close(fd);
}

qint64 HostDirectories::owner(const QString &directory, const QString &name)
{
    const int fd = openInPrivateDirectory(directory, name, O_RDONLY);
    if (fd < 0)
        return 0; // never made: nobody ever owned them
    struct flock lock = wholeFileWriteLock();
    const bool asked = ::fcntl(fd, F_GETLK, &lock) == 0;
    ::close(fd);
    return asked && lock.l_type != F_UNLCK ? qint64(lock.l_pid) : 0;
}

QByteArray HostDirectories::fileIdentity(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return QByteArray::number(quint64(info.st_dev)) + ':' + QByteArray::number(quint64(info.st_ino)) + ':' +
           QByteArray::number(qint64(info.st_size)) + ':' + QByteArray::number(qint64(info.st_mtim.tv_sec)) +
           '.' + QByteArray::number(qint64(info.st_mtim.tv_nsec));
}

int HostDirectories::lock(const QString &directory)
{
    const int fd =
        ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_SH | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool HostDirectories::answers(const QString &path)
{
    return answersAt(QFile::encodeName(path).toStdString());
}

int HostDirectories::removeStale(const QString &tempDirectory, const QString &sharedDirectory,
                                 const QString &ownDirectory)
{
    int removed = 0;
    const int tempFd =
        ::open(QFile::encodeName(tempDirectory).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (tempFd >= 0) {
        for (const std::string &entry : entriesOf(tempFd)) {
            if (entry.rfind("code-remote-hosts-", 0) == 0)
                removed += cleanDirectory(tempFd, entry.c_str(), true);
        }
        ::close(tempFd);
    }
    auto cleanAt = [&removed](const QString &directory, bool ours) {
        if (directory.isEmpty())
            return;
        const QByteArray native = QFile::encodeName(directory);
        const qsizetype slash = native.lastIndexOf('/');
        const QByteArray parent = slash > 0 ? native.left(slash) : QByteArray("/");
        const int parentFd = ::open(parent.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (parentFd >= 0) {
            removed += cleanDirectory(parentFd, native.mid(slash + 1).constData(), false, ours);
            ::close(parentFd);
        }
    };
    cleanAt(sharedDirectory, false);
    cleanAt(ownDirectory, true);
    return removed;
}

} // namespace runner
