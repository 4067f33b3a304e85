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
