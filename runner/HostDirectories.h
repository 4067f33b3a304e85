#pragma once

#include <QString>

namespace runner {

// The directories sandbox hosts listen in, and what dead pools leave there. A pool that owns a
// directory holds a shared lock on it for its whole life; a pool or host killed outright (SIGKILL, a
// crash) leaves its directory and sockets behind, and the next pool of the same user removes them.
class HostDirectories
{
public:
    // Takes a shared lock on `directory` (a descriptor kept open, close-on-exec); -1 if it cannot.
    static int lock(const QString &directory);
    // Whether a host listens on the Unix socket at `path` (a refused connection says none does).
    static bool answers(const QString &path);
    // Removes the leftovers of this user's dead pools: in `tempDirectory`, each directory named
    // code-remote-hosts-* and, if given, `sharedDirectory`. A directory is touched only if it is this
    // user's, 0700, not a symbolic link (nothing is followed: every step is relative to a descriptor
    // opened with O_NOFOLLOW) and not locked by a live pool; in it, a socket goes only if no host
    // answers on it, and the directory itself (not the shared one) only if it is then empty and has not
    // changed for a while (a pool that has just made it takes its lock a moment later). `ownDirectory`
    // (the caller's, locked by the caller) is cleaned of dead sockets too, and kept. Returns how many
    // entries it removed.
    static int removeStale(const QString &tempDirectory, const QString &sharedDirectory = QString(),
                           const QString &ownDirectory = QString());

    // The one process that keeps the hosts of a build in a shared directory (code-remote-run's warm
    // host, --keep-warm) holds a POSIX write lock on the file `name` there: the kernel drops it when
    // that process ends however it ends, and tells who holds it. Returns the descriptor to keep open for
    // as long as it owns them, or -1 when another process holds it or the file is not safely this
    // user's (made 0600, never through a link). The owner must not open the file again: closing any
    // descriptor of it would release its lock.
    static int takeOwnership(const QString &directory, const QString &name);
    // Removes the file and closes `fd`, which releases the lock: the owner leaves nothing behind.
    static void giveUpOwnership(const QString &directory, const QString &name, int fd);
    // The process that holds `name` in `directory`, or 0 when none does.
    static qint64 owner(const QString &directory, const QString &name);
    // What tells one build of an executable from another: device, inode, size and modification time
    // (empty when it does not exist). A rebuilt or upgraded binary has another.
    static QByteArray fileIdentity(const QString &path);
};

} // namespace runner
