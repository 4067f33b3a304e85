#pragma once

#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sandbox {

struct CgroupLimits
{
    int64_t memoryBytes = 0;
    int64_t processes = 0;
};

// A cgroup made for one run: memory and process limits, CPU accounting over the whole tree, the OOM
// count and the memory peak. Works with cgroup v2 (a subtree this user may manage: root, or a
// delegated systemd scope) and with v1's memory, pids and cpuacct hierarchies. Removed on destruction.
class Cgroup
{
public:
    // Creates the group, or returns null and says why in `reason`.
    static std::unique_ptr<Cgroup> create(const CgroupLimits &limits, std::string &reason);
    ~Cgroup();

    Cgroup(const Cgroup &) = delete;
    Cgroup &operator=(const Cgroup &) = delete;

    bool addProcess(pid_t pid);
    // Sets the memory and process limits anew (a group made before its run's limits were known).
    bool setLimits(const CgroupLimits &limits);
    std::optional<int64_t> cpuUsageNs() const;
    std::optional<int64_t> memoryBytes() const;
    std::optional<int64_t> peakMemoryBytes() const;
    bool oomKilled() const;
    void killAll() const;

    bool hasMemory() const { return !m_memoryDir.empty(); }
    bool hasPids() const { return !m_pidsDir.empty(); }
    bool hasCpu() const { return !m_cpuDir.empty(); }
    const std::string &description() const { return m_description; }

private:
    Cgroup() = default;
    static std::unique_ptr<Cgroup> createV2(const std::string &base, const CgroupLimits &limits,
                                            std::string &reason);
    static std::unique_ptr<Cgroup> createV1(const CgroupLimits &limits, std::string &reason);

    bool m_v2 = false;
    std::string m_memoryDir, m_pidsDir, m_cpuDir;
    std::vector<std::string> m_created; // removed in reverse order
    std::string m_description;
};

} // namespace sandbox
