#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace sandbox {

// The groups of system calls a program gets on top of the base every program gets (what each one
// holds, who needs it and why: SeccompFilter.cpp). The language registry names them per language and
// phase (runner::Language::seccompGroups); the request carries them (Request::seccompGroups).
namespace seccompGroup {
// Threads: clone with CLONE_THREAD. Without it, such a clone fails with EPERM.
inline constexpr uint32_t kThreads = 1;
// Code made at run time (V8, HotSpot): executable anonymous memory, mprotect to PROT_EXEC, membarrier,
// memory protection keys, NUMA placement. Without it, executable anonymous memory fails with EACCES and
// the other calls with ENOSYS.
inline constexpr uint32_t kJit = 2;
// New processes: fork, vfork, clone without CLONE_THREAD, and any exec after the program's own.
// Without it, fork, vfork and such a clone fail with EPERM, and execve/execveat go to a listener
// (SECCOMP_RET_USER_NOTIF) that lets the program's own exec through and then closes, after which the
// kernel fails every further exec with ENOSYS.
inline constexpr uint32_t kProcesses = 4;
inline constexpr uint32_t kAll = kThreads | kJit | kProcesses;
inline constexpr int kCount = 3;
// Their names, in the order of the bits above (inline: Request.cpp is also built into tests).
inline constexpr const char *kNames[kCount] = {"threads", "jit", "processes"};

// Parses "threads,jit" (names as the registry spells them; empty: no group). False on an unknown name.
inline bool parse(const std::string &names, uint32_t &groups)
{
    groups = 0;
    for (size_t start = 0; start < names.size();) {
        const size_t comma = names.find(',', start);
        const size_t end = comma == std::string::npos ? names.size() : comma;
        const std::string name = names.substr(start, end - start);
        int bit = 0;
        while (bit < kCount && name != kNames[bit])
            ++bit;
        if (bit == kCount)
            return false;
        groups |= 1U << bit;
        start = end + 1;
    }
    return true;
}

// The names of `groups`, comma-separated, in the order of the bits above.
inline std::string names(uint32_t groups)
{
    std::string text;
    for (int bit = 0; bit < kCount; ++bit) {
        if (groups & (1U << bit))
            text += (text.empty() ? "" : ",") + std::string(kNames[bit]);
    }
    return text;
}
} // namespace seccompGroup

struct SeccompOptions
{
    // Without a network namespace of its own the program must not open even AF_UNIX sockets, because
    // it would share the host's abstract socket namespace.
    bool allowUnixSockets = true;
    // seccompGroup bits. Without kProcesses (the strict profile of JavaScript, C++ and Java, and
    // javac's compile step) the holder of the listener must answer the first exec (allowFirstExec).
    uint32_t groups = seccompGroup::kAll;
    bool allowProcesses() const { return (groups & seccompGroup::kProcesses) != 0; }
    // Changing what SIGSYS does fails with EINVAL, or (true) succeeds without effect: Node.js resets
    // every inherited SIG_IGN at start-up and aborts when one reset fails. SIGSYS stays ignored either
    // way (see SandboxInit::programMain).
    bool sigsysChangeSucceeds = false;
};

// Which of the precompiled programs (one per combination of the options) serves `options`.
constexpr size_t kSeccompPrograms = size_t(4) << seccompGroup::kCount;
inline size_t seccompProgramIndex(const SeccompOptions &options)
{
    return (options.allowUnixSockets ? 1 : 0) | (options.sigsysChangeSucceeds ? 2 : 0)
           | (size_t(options.groups & seccompGroup::kAll) << 2);
}

// Loads the filter into the calling process; everything it execs inherits it. Returns an empty string
// on success, else why it failed.
//
// Default-deny: calls outside an allowlist of what runtimes use fail with ENOSYS. The filter kills the
// process on the calls no program needs and that widen the attack surface
// (ptrace, process_vm_*, mount and friends, namespaces, keyctl, bpf, perf_event_open, userfaultfd,
// io_uring, modules, kexec, TIOCSTI/TIOCLINUX, and every non-native ABI: i386 through int 0x80 and
// x32), and answers EACCES to socket families other than AF_UNIX so a program sees a clean error.
//
// Without seccompGroup::kProcesses, `listener` receives the notification descriptor (close-on-exec), whose
// holder must answer the first exec (see allowFirstExec) and close it.
std::string applySeccomp(const SeccompOptions &options, int *listener = nullptr);

// The holder of a listener: lets the first exec it is told about continue, then closes `listener`, so
// that no later exec of the program can succeed. False when the program ended before its exec.
bool allowFirstExec(int listener);

} // namespace sandbox
