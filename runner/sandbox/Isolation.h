#pragma once

#include "Request.h"

#include <sys/types.h>

#include <string>

namespace sandbox {

// The ids the program has inside its user namespace (what `id` prints there).
constexpr uid_t kSandboxUid = 1000;
constexpr gid_t kSandboxGid = 1000;
// Who the program is outside when the supervisor runs as root: nobody, never root.
constexpr uid_t kNobody = 65534;

// Parent side: maps the sandbox ids of `child` (just created in a new user namespace) to this user,
// or to nobody when this user is root. Returns an empty string on success.
std::string writeIdMaps(pid_t child);

// Child side, in the new namespaces before anything else: take the sandbox ids.
std::string becomeSandboxUser(bool insideUserNamespace);

// Child side: a new root of read-only system directories and private, size-limited tmpfs mounts for
// /work, /tmp and /dev/shm; no home directory, no /sys, a /proc of the sandbox's own processes. The
// old root is detached; the caller ends in /work. Sets `procMounted`.
std::string buildFilesystem(const Request &request, bool &procMounted);

// Inside the filesystem buildFilesystem made (for other sizes): gives /work, /tmp and /dev/shm the
// request's size and file count.
std::string resizeWorkDirectories(const Request &request);

// Writes the request's files into the current directory (the work directory), never through a link;
// `fifo` (when not empty) becomes a named pipe instead, filled later.
std::string writeFiles(const Request &request, const std::string &fifo);

// The program's rlimits: CPU, file size, open files, core 0, processes, and RLIMIT_AS only when a
// memory cgroup is missing and the language tolerates it.
void applyRlimits(const Request &request, bool addressSpaceLimit);

// Empties the bounding set: nothing exec'd from here on can gain a capability (needs CAP_SETPCAP).
void dropBoundingSet();
// Drops every capability from the bounding, ambient, inheritable, permitted and effective sets.
void dropCapabilities();

// Fallback without a mount namespace: a fresh host directory, 0700, for the work directory.
std::string makeHostWorkDir(std::string &path);
// Removes a host work directory without ever following a link the program left behind.
void removeHostWorkDir(const std::string &path);

} // namespace sandbox
