#include "TreeMemory.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <string>
#include <time.h>
#include <unistd.h>

namespace sandbox {

namespace {

// Each walk of the proportional sizes is followed by a pause four times as long when the limit decision
// needs it (at most a fifth of the supervisor's time, whatever the tree does to make the walk slow),
// and twenty times as long when it only refines the peak.
constexpr double kPauseFactor = 4.0;
constexpr double kPeakPauseFactor = 20.0;
// How long a tree may keep changing under every walk before the resident sum decides.
constexpr double kChurnMs = 200.0;

// The whole of a small /proc file; empty when it cannot be read.
std::string readProcFile(const std::string &path)
{
    std::string text;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return text;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        text.append(buffer, static_cast<size_t>(n));
    }
    ::close(fd);
    return text;
}

// The value in kB of the line "Key:   123 kB" of smaps_rollup (never its first line, which names the
// range), -1 when absent.
int64_t kilobytesOf(const std::string &text, const char *key)
{
    const std::string needle = std::string("\n") + key + ":";
    const size_t at = text.find(needle);
    if (at == std::string::npos)
        return -1;
    return std::strtoll(text.c_str() + at + needle.size(), nullptr, 10);
}

double monotonicNowMs()
{
    struct timespec now {};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

} // namespace

int64_t residentBytes(pid_t pid)
{
    static const int64_t pageSize = ::sysconf(_SC_PAGESIZE);
    const std::string text = readProcFile("/proc/" + std::to_string(pid) + "/statm");
    // size resident shared text lib data dt, in pages
    const char *cursor = text.c_str();
    char *end = nullptr;
    std::strtoll(cursor, &end, 10);
    if (end == cursor)
        return 0;
    return std::strtoll(end, nullptr, 10) * pageSize;
}

int64_t proportionalBytes(pid_t pid)
{
    const std::string text = readProcFile("/proc/" + std::to_string(pid) + "/smaps_rollup");
    const int64_t pss = kilobytesOf(text, "Pss");
    if (pss < 0)
        return -1;
    return (pss + std::max<int64_t>(0, kilobytesOf(text, "SwapPss"))) * 1024;
}

TreeMemory::Snapshot TreeMemory::snapshot(const std::function<std::vector<pid_t>()> &listTree)
{
    Snapshot tree;
    for (pid_t pid : listTree()) {
        // A zombie has no memory left (exit_mm comes first) and its resident set reads 0.
        if (const int64_t bytes = residentBytes(pid); bytes > 0) {
            tree.live.push_back(pid);
            tree.resident.push_back(bytes);
            tree.residentSum += bytes;
            tree.largest = std::max(tree.largest, bytes);
        }
    }
    return tree;
}

TreeMemory::Reading TreeMemory::measure(const std::function<std::vector<pid_t>()> &listTree, int64_t limitBytes,
                                        double nowMs)
{
    Snapshot tree = snapshot(listTree);
    Reading reading;
    // One process shares nothing worth the walk; a sum at or under the limit proves the run is under it.
    const bool overResident = tree.residentSum > limitBytes;
    const bool needed = overResident || tree.live.size() > 1;
    const bool due = nowMs >= (overResident ? m_nextDecisionWalkMs : m_nextPeakWalkMs);
    if (!needed) {
        reading.bytes = tree.residentSum;
        m_lastFigure = reading.bytes; // one process under the limit: exact enough
        m_peakBytes = std::max(m_peakBytes, reading.bytes);
    } else if (!due) {
        // Between two walks the last figure stands; the resident sum still bounds it from above.
        reading.bytes = std::max(tree.largest, std::min(tree.residentSum, m_lastFigure));
    } else {
        const double start = monotonicNowMs();
        bool stable = false;
        int64_t sum = 0;
        for (int attempt = 0; attempt < 3 && !stable; ++attempt) {
            sum = 0;
            for (size_t i = 0; i < tree.live.size(); ++i) {
                const int64_t proportional = proportionalBytes(tree.live[i]);
                if (proportional >= 0)
                    sum += proportional;
                else if (residentBytes(tree.live[i]) > 0)
                    sum += tree.resident[i]; // alive but unreadable (a kernel before 4.14): too much
            }
            Snapshot after = snapshot(listTree);
            stable = after.live == tree.live;
            tree = std::move(after);
        }
        if (stable) {
            m_unstableSinceMs = -1;
            reading.bytes = std::max(sum, tree.largest);
            m_peakBytes = std::max(m_peakBytes, reading.bytes);
        } else {
            // Processes came or went during every walk: the figures are off either way. An exit or fork
            // burst passes within milliseconds, and until then the last figure stands; a tree that keeps
            // churning is judged by its resident sum, which counts too much but never too little.
            if (m_unstableSinceMs < 0)
                m_unstableSinceMs = start;
            const bool churning = start - m_unstableSinceMs >= kChurnMs;
            reading.bytes = churning ? tree.residentSum
                                     : std::max(tree.largest, std::min(tree.residentSum, m_lastFigure));
        }
        m_lastFigure = reading.bytes;
        const double end = monotonicNowMs();
        m_nextDecisionWalkMs = end + kPauseFactor * std::max(0.0, end - start);
        m_nextPeakWalkMs = end + kPeakPauseFactor * std::max(0.0, end - start);
    }
    reading.overLimit = reading.bytes > limitBytes;
    return reading;
}

} // namespace sandbox
