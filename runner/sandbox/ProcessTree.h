#pragma once
// The process tree of a run as /proc shows it: who is below whom, their CPU time, and killing all of
// them. Used by the supervisor (which watches the tree from outside) and the sandbox's init (which
// kills what the program left behind when there is no PID namespace to do it).

#include <sys/types.h>

#include <cstdint>
#include <vector>

namespace sandbox {

// The children of every thread of `pid`.
std::vector<pid_t> childrenOf(pid_t pid);
// `root` and everything below it.
std::vector<pid_t> processTree(pid_t root);
// CPU time in clock ticks (its own and that of the children it has reaped) and resident pages of one
// process, from /proc/PID/stat.
bool processStat(pid_t pid, int64_t &ticks, int64_t &rssPages);
// CPU time of `root`'s tree in nanoseconds; processes that already ended count through the
// cutime/cstime of whoever reaped them.
int64_t treeCpuNs(pid_t root);
// Kills everything below `pid` (not `pid` itself), top down, until nothing is left (a process may fork
// while we look; the sandbox's process limit bounds how long that can go on).
void killProcessTree(pid_t pid);

} // namespace sandbox
