#pragma once

#include <string>

namespace sandbox {

struct SeccompOptions
{
    // Without a network namespace of its own the program must not open even AF_UNIX sockets, because
    // it would share the host's abstract socket namespace.
    bool allowUnixSockets = true;
};

// Loads the filter into the calling process; everything it execs inherits it. Returns an empty string
// on success, else why it failed.
//
// Default-deny: calls outside an allowlist of what runtimes use fail with ENOSYS. The filter kills the
// process on the calls no program needs and that widen the attack surface
// (ptrace, process_vm_*, mount and friends, namespaces, keyctl, bpf, perf_event_open, userfaultfd,
// io_uring, modules, kexec, TIOCSTI/TIOCLINUX, and every non-native ABI: i386 through int 0x80 and
// x32), and answers EACCES to socket families other than AF_UNIX so a program sees a clean error.
std::string applySeccomp(const SeccompOptions &options);

} // namespace sandbox
