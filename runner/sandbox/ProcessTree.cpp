#include "ProcessTree.h"

#include <csignal>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace sandbox {

std::vector<pid_t> childrenOf(pid_t pid)
{
    std::vector<pid_t> children;
    const std::string taskDir = "/proc/" + std::to_string(pid) + "/task";
    DIR *dir = ::opendir(taskDir.c_str());
    if (!dir)
        return children;
    while (struct dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] == '.')
            continue;
        std::ifstream file(taskDir + "/" + entry->d_name + "/children");
        pid_t child;
        while (file >> child)
            children.push_back(child);
    }
    ::closedir(dir);
    return children;
}

std::vector<pid_t> processTree(pid_t root)
{
    std::vector<pid_t> pids;
    std::vector<pid_t> pending{root};
    while (!pending.empty()) {
        const pid_t pid = pending.back();
        pending.pop_back();
        pids.push_back(pid);
        const std::vector<pid_t> below = childrenOf(pid);
        pending.insert(pending.end(), below.begin(), below.end());
    }
    return pids;
}

bool processStat(pid_t pid, int64_t &ticks, int64_t &rssPages)
{
    std::ifstream file("/proc/" + std::to_string(pid) + "/stat");
    std::string text;
    if (!std::getline(file, text))
        return false;
    const auto close = text.rfind(')');
    if (close == std::string::npos)
        return false;
    std::istringstream fields(text.substr(close + 2));
    std::string value;
    // Fields after the command name start at field 3 (state); utime, stime, cutime and cstime are
    // 14 to 17, rss is 24.
    ticks = 0;
    for (int field = 3; field <= 24 && fields >> value; ++field) {
        if (field >= 14 && field <= 17)
            ticks += std::stoll(value);
        else if (field == 24)
            rssPages = std::stoll(value);
    }
    return true;
}

int64_t treeCpuNs(pid_t root)
{
    static const int64_t ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    int64_t ticks = 0;
    for (pid_t pid : processTree(root)) {
        int64_t processTicks = 0, rss = 0;
        if (processStat(pid, processTicks, rss))
            ticks += processTicks;
    }
    return ticks * (1'000'000'000 / ticksPerSecond);
}

void killProcessTree(pid_t pid)
{
    for (int round = 0; round < 64; ++round) {
        std::vector<pid_t> pending = childrenOf(pid);
        if (pending.empty())
            return;
        while (!pending.empty()) {
            const pid_t victim = pending.back();
            pending.pop_back();
            ::kill(victim, SIGKILL);
            const std::vector<pid_t> below = childrenOf(victim);
            pending.insert(pending.end(), below.begin(), below.end());
        }
        // Reap what we can so the next round sees only what is still alive.
        while (::waitpid(-1, nullptr, WNOHANG) > 0) {
        }
    }
}

} // namespace sandbox
