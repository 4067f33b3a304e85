#pragma once

#include <string>

namespace sandbox {

struct SeccompOptions
{
    // Without a network namespace of its own the program must not open even AF_UNIX sockets, because
    // it would share the host's abstract socket namespace.
    bool allowUnixSockets = true;
    // False (the strict profile of JavaScript, C++ and Java): threads only. fork, vfork and a clone
    // without CLONE_THREAD fail with EPERM (clone3 with ENOSYS, as always), and execve/execveat go to a
    // listener (SECCOMP_RET_USER_NOTIF) that lets the program's own exec through and then closes, after
    // which the kernel fails every further exec with ENOSYS.
    bool allowProcesses = true;
    // Changing what SIGSYS does fails with EINVAL, or (true) succeeds without effect: Node.js resets
    // every inherited SIG_IGN at start-up and aborts when one reset fails. SIGSYS stays ignored either
    // way (see SandboxInit::programMain).
    bool sigsysChangeSucceeds = false;
};

// Loads the filter into the calling process; everything it execs inherits it. Returns an empty string
// on success, else why it failed.
//
// Default-deny: calls outside an allowlist of what runtimes use fail with ENOSYS. The filter kills the
// process on the calls no program needs and that widen the attack surface
// (ptrace, process_vm_*, mount and friends, namespaces, keyctl, bpf, perf_event_open, userfaultfd,
// io_uring, modules, kexec, TIOCSTI/TIOCLINUX, and every non-native ABI: i386 through int 0x80 and
// x32), and answers EACCES to socket families other than AF_UNIX so a program sees a clean error.
//
// With `allowProcesses` false, `listener` receives the notification descriptor (close-on-exec), whose
// holder must answer the first exec (see allowFirstExec) and close it.
std::string applySeccomp(const SeccompOptions &options, int *listener = nullptr);

// The holder of a listener: lets the first exec it is told about continue, then closes `listener`, so
// that no later exec of the program can succeed. False when the program ended before its exec.
bool allowFirstExec(int listener);

} // namespace sandbox
