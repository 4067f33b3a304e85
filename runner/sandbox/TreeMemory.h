#pragma once

#include <sys/types.h>

#include <cstdint>
#include <functional>
#include <vector>

namespace sandbox {

// The memory of a run's process tree when no memory cgroup counts it: what the supervisor's limit
// decision and the reported peak rest on.
//
// The resident sets of the processes cannot simply be added up: pages shared after fork() would count
// once per process, and a tree that forks twenty children after touching 40 MB would "use" 800 MB. The
// proportional set size (Pss in /proc/PID/smaps_rollup, plus SwapPss) splits each page among the
// processes mapping it, so over a tree a page counts once. It costs a walk of the page tables (about
// 0.6 ms for a Python process with 40 MB mapped, against 5 us for statm), so it is read only when the
// resident sets could mislead: when their sum passes the limit (a sum at or under the limit bounds the
// proportional figure from above, Pss <= Rss), or, for a meaningful peak, when several processes may
// share pages. The walks are paced so that they take at most a fifth of the supervisor's time (a
// twentieth when only the peak needs them); in between, the last figure stands.
//
// The processes are read one after another, not at one instant: while the tree forks or exits, a page's
// share changes under the walk and the sum can be too high or too low. A walk after which the live
// processes are not the same is taken again (twice at most); an exit or fork burst passes, and until
// then the last figure stands; if the tree keeps changing under every walk for 200 ms (a program that
// forks and exits all the time to thin its shares), its resident sum decides, which can only count too
// much. The largest single resident set is a floor under every figure: a process's own pages are real.
class TreeMemory
{
public:
    struct Reading
    {
        int64_t bytes = 0; // the figure the decision used
        bool overLimit = false;
    };

    // Measures the tree `listTree` gives (the program's processes) against `limitBytes`; `nowMs` on the
    // monotonic clock.
    Reading measure(const std::function<std::vector<pid_t>()> &listTree, int64_t limitBytes, double nowMs);
    // The largest figure measured so far from a tree that held still.
    int64_t peakBytes() const { return m_peakBytes; }

private:
    struct Snapshot
    {
        std::vector<pid_t> live; // in the order listed
        std::vector<int64_t> resident;
        int64_t residentSum = 0;
        int64_t largest = 0;
    };
    static Snapshot snapshot(const std::function<std::vector<pid_t>()> &listTree);

    int64_t m_lastFigure = -1;
    double m_unstableSinceMs = -1;
    double m_nextDecisionWalkMs = 0; // when the resident sum is over the limit
    double m_nextPeakWalkMs = 0;     // when it is not
    int64_t m_peakBytes = 0;
};

// Resident bytes of one process (/proc/PID/statm), 0 when it is gone.
int64_t residentBytes(pid_t pid);
// Pss + SwapPss of one process in bytes (/proc/PID/smaps_rollup), -1 when unreadable.
int64_t proportionalBytes(pid_t pid);

} // namespace sandbox
