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
};

} // namespace runner
