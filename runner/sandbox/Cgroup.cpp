#include "Cgroup.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <linux/magic.h>
#include <sstream>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <time.h>
#include <unistd.h>

namespace sandbox {

namespace {
constexpr const char *kRoot = "/sys/fs/cgroup";

bool writeFile(const std::string &path, const std::string &value)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return false;
    const ssize_t n = ::write(fd, value.data(), value.size());
    ::close(fd);
    return n == static_cast<ssize_t>(value.size());
}

std::optional<std::string> readFile(const std::string &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return std::nullopt;
    std::string text;
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0)
        text.append(buffer, static_cast<size_t>(n));
    ::close(fd);
    return text;
}

std::optional<int64_t> readNumber(const std::string &path)
{
    const auto text = readFile(path);
    if (!text)
        return std::nullopt;
    try {
        return std::stoll(*text);
    } catch (...) {
        return std::nullopt;
    }
}

// The value of `key` in a flat-keyed file such as memory.events or cpu.stat.
std::optional<int64_t> readKey(const std::string &path, const std::string &key)
{
    const auto text = readFile(path);
    if (!text)
        return std::nullopt;
    std::istringstream lines(*text);
    std::string name;
    int64_t value;
    while (lines >> name >> value) {
        if (name == key)
            return value;
    }
    return std::nullopt;
}

bool isCgroup2(const char *path)
{
    struct statfs info {};
    return ::statfs(path, &info) == 0 && info.f_type == CGROUP2_SUPER_MAGIC;
}

// This process's path in the hierarchy that holds `controller` ("" for the v2 unified hierarchy).
std::optional<std::string> ownPath(const std::string &controller)
{
    std::ifstream file("/proc/self/cgroup");
    std::string line;
    while (std::getline(file, line)) {
        const auto first = line.find(':');
        const auto second = line.find(':', first + 1);
        if (first == std::string::npos || second == std::string::npos)
            continue;
        const std::string controllers = line.substr(first + 1, second - first - 1);
        const std::string path = line.substr(second + 1);
        if (controller.empty() ? line.compare(0, 3, "0::") == 0 : false)
            return path;
        std::istringstream list(controllers);
        std::string name;
        while (std::getline(list, name, ',')) {
            if (name == controller)
                return path;
        }
    }
    return std::nullopt;
}

std::string uniqueName()
{
    static int counter = 0;
    struct timespec now {};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return "code-remote-" + std::to_string(::getpid()) + "-" + std::to_string(now.tv_nsec) + "-"
           + std::to_string(counter++);
}

bool hasWord(const std::string &text, const std::string &word)
{
    std::istringstream words(text);
    std::string w;
    while (words >> w) {
        if (w == word)
            return true;
    }
    return false;
}
} // namespace

std::unique_ptr<Cgroup> Cgroup::create(const CgroupLimits &limits, std::string &reason)
{
    if (isCgroup2(kRoot)) {
        const auto path = ownPath("");
        if (!path) {
            reason = "cgroup v2: this process's cgroup is unknown";
            return nullptr;
        }
        return createV2(std::string(kRoot) + *path, limits, reason);
    }
    return createV1(limits, reason);
}

std::unique_ptr<Cgroup> Cgroup::createV2(const std::string &base, const CgroupLimits &limits,
                                          std::string &reason)
{
    // A run's group can take the memory and pids controllers only if its parent hands them down, and
    // a parent that still holds processes may not (cgroup v2's "no internal processes" rule). That
    // works as root in a container's own cgroup tree and in a systemd scope started with Delegate=yes.
    const auto subtree = readFile(base + "/cgroup.subtree_control");
    if (!subtree) {
        reason = "cgroup v2: " + base + " is not readable";
        return nullptr;
    }
    if (!hasWord(*subtree, "memory") || !hasWord(*subtree, "pids")) {
        if (!writeFile(base + "/cgroup.subtree_control", "+memory +pids +cpu")
            && !writeFile(base + "/cgroup.subtree_control", "+memory +pids")) {
            reason = std::string("cgroup v2: cannot delegate controllers below ") + base + " ("
                     + std::strerror(errno) + "); start the program in a systemd scope with Delegate=yes";
            return nullptr;
        }
    }
    std::unique_ptr<Cgroup> group(new Cgroup);
    group->m_v2 = true;
    const std::string dir = base + "/" + uniqueName();
    if (::mkdir(dir.c_str(), 0755) != 0) {
        reason = std::string("cgroup v2: cannot create a group (") + std::strerror(errno) + ")";
        return nullptr;
    }
    group->m_created.push_back(dir);
    if (limits.memoryBytes > 0 && writeFile(dir + "/memory.max", std::to_string(limits.memoryBytes))) {
        writeFile(dir + "/memory.swap.max", "0");
        writeFile(dir + "/memory.oom.group", "1");
        group->m_memoryDir = dir;
    }
    if (limits.processes > 0 && writeFile(dir + "/pids.max", std::to_string(limits.processes)))
        group->m_pidsDir = dir;
    if (readFile(dir + "/cpu.stat"))
        group->m_cpuDir = dir;
    group->m_description = "cgroup v2";
    if (!group->hasMemory()) {
        reason = "cgroup v2: the memory controller is not available";
        return nullptr;
    }
    return group;
}

std::unique_ptr<Cgroup> Cgroup::createV1(const CgroupLimits &limits, std::string &reason)
{
    std::unique_ptr<Cgroup> group(new Cgroup);
    const std::string name = uniqueName();
    auto make = [&](const std::string &controller) -> std::string {
        const auto path = ownPath(controller);
        if (!path)
            return {};
        const std::string dir = std::string(kRoot) + "/" + controller + (*path == "/" ? "" : *path) + "/" + name;
        if (::mkdir(dir.c_str(), 0755) != 0)
            return {};
        group->m_created.push_back(dir);
        return dir;
    };

    if (const std::string dir = make("memory"); !dir.empty()) {
        // With swap accounting, memsw caps memory plus swap, so a program cannot page its way past us.
        if (writeFile(dir + "/memory.limit_in_bytes", std::to_string(limits.memoryBytes))) {
            writeFile(dir + "/memory.memsw.limit_in_bytes", std::to_string(limits.memoryBytes));
            writeFile(dir + "/memory.swappiness", "0");
            group->m_memoryDir = dir;
        }
    }
    if (const std::string dir = make("pids"); !dir.empty()) {
        if (writeFile(dir + "/pids.max", std::to_string(limits.processes)))
            group->m_pidsDir = dir;
    }
    if (const std::string dir = make("cpuacct"); !dir.empty())
        group->m_cpuDir = dir;

    if (!group->hasMemory()) {
        reason = std::string("cgroup v1: cannot create a memory group (") + std::strerror(errno) + ")";
        return nullptr; // the destructor removes what was made
    }
    group->m_description = "cgroup v1";
    return group;
}

Cgroup::~Cgroup()
{
    for (auto it = m_created.rbegin(); it != m_created.rend(); ++it) {
        // The kernel may still be tearing down the last task for a moment after its parent reaped it.
        for (int attempt = 0; attempt < 50; ++attempt) {
            if (::rmdir(it->c_str()) == 0 || errno != EBUSY)
                break;
            killAll();
            ::usleep(2000);
        }
    }
}

bool Cgroup::setLimits(const CgroupLimits &limits)
{
    bool ok = true;
    if (hasMemory() && m_v2) {
        ok = writeFile(m_memoryDir + "/memory.max", std::to_string(limits.memoryBytes)) && ok;
    } else if (hasMemory()) {
        // memsw may never be below the memory limit: whichever way the limit moves, one order works.
        const std::string value = std::to_string(limits.memoryBytes);
        const bool first = writeFile(m_memoryDir + "/memory.limit_in_bytes", value);
        writeFile(m_memoryDir + "/memory.memsw.limit_in_bytes", value);
        ok = (first || writeFile(m_memoryDir + "/memory.limit_in_bytes", value)) && ok;
    }
    if (hasPids())
        ok = writeFile(m_pidsDir + "/pids.max", std::to_string(limits.processes)) && ok;
    return ok;
}

bool Cgroup::addProcess(pid_t pid)
{
    bool ok = true;
    const std::string value = std::to_string(pid);
    for (const std::string &dir : m_created)
        ok = writeFile(dir + "/cgroup.procs", value) && ok;
    return ok;
}

std::optional<int64_t> Cgroup::cpuUsageNs() const
{
    if (m_cpuDir.empty())
        return std::nullopt;
    if (m_v2) {
        const auto usec = readKey(m_cpuDir + "/cpu.stat", "usage_usec");
        return usec ? std::optional<int64_t>(*usec * 1000) : std::nullopt;
    }
    return readNumber(m_cpuDir + "/cpuacct.usage");
}

std::optional<int64_t> Cgroup::memoryBytes() const
{
    if (m_memoryDir.empty())
        return std::nullopt;
    return readNumber(m_memoryDir + (m_v2 ? "/memory.current" : "/memory.usage_in_bytes"));
}

std::optional<int64_t> Cgroup::peakMemoryBytes() const
{
    if (m_memoryDir.empty())
        return std::nullopt;
    return readNumber(m_memoryDir + (m_v2 ? "/memory.peak" : "/memory.max_usage_in_bytes"));
}

bool Cgroup::oomKilled() const
{
    if (m_memoryDir.empty())
        return false;
    if (m_v2)
        return readKey(m_memoryDir + "/memory.events", "oom_kill").value_or(0) > 0;
    if (readKey(m_memoryDir + "/memory.oom_control", "oom_kill").value_or(0) > 0)
        return true;
    return false;
}

void Cgroup::killAll() const
{
    if (m_created.empty())
        return;
    if (m_v2 && writeFile(m_created.front() + "/cgroup.kill", "1"))
        return;
    for (const std::string &dir : m_created) {
        const auto procs = readFile(dir + "/cgroup.procs");
        if (!procs)
            continue;
        std::istringstream pids(*procs);
        pid_t pid;
        while (pids >> pid)
            ::kill(pid, SIGKILL);
    }
}

} // namespace sandbox
