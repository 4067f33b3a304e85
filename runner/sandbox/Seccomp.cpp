#include "Seccomp.h"

#include <cerrno>
#include <cstring>
#include <linux/sched.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <termios.h>

#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x00000080
#endif

namespace sandbox {

namespace {
// Calls that end the program at once: a program that makes one is attacking the sandbox, and a kill
// (rather than an error it could ignore) lets the supervisor report a `syscall` violation.
constexpr const char *kKilledCalls[] = {
    "ptrace", "process_vm_readv", "process_vm_writev", "process_madvise", "pidfd_getfd",
    "mount", "umount", "umount2", "pivot_root", "chroot", "move_mount", "open_tree", "fsopen", "fsconfig",
    "fsmount", "fspick", "mount_setattr",
    "unshare", "setns",
    "keyctl", "add_key", "request_key",
    "bpf", "perf_event_open", "userfaultfd",
    "io_uring_setup", "io_uring_enter", "io_uring_register",
    "init_module", "finit_module", "delete_module", "kexec_load", "kexec_file_load",
    "reboot", "swapon", "swapoff", "acct", "quotactl", "quotactl_fd", "syslog", "iopl", "ioperm",
    "settimeofday", "clock_settime", "clock_adjtime", "adjtimex", "uselib", "vhangup", "lookup_dcookie",
    "name_to_handle_at", "open_by_handle_at", "fanotify_init", "nfsservctl", "kcmp",
};

constexpr unsigned long kNamespaceFlags[] = {
    CLONE_NEWUSER, CLONE_NEWNS, CLONE_NEWPID, CLONE_NEWNET, CLONE_NEWIPC, CLONE_NEWUTS, CLONE_NEWCGROUP,
};

std::string failure(const char *what, int rc)
{
    return std::string("seccomp: ") + what + ": " + std::strerror(-rc);
}
} // namespace

std::string applySeccomp(const SeccompOptions &options)
{
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
    if (!ctx)
        return "seccomp: cannot create a filter";
    struct Guard
    {
        scmp_filter_ctx ctx;
        ~Guard() { seccomp_release(ctx); }
    } guard{ctx};

    // Only the native ABI is in the filter; libseccomp sends every other one (i386 via int 0x80, and
    // x32 numbers on x86-64) to the bad-arch action, which must kill rather than allow.
    int rc = seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, SCMP_ACT_KILL_PROCESS);
    if (rc < 0)
        return failure("bad-arch action", rc);
    rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_NNP, 1);
    if (rc < 0)
        return failure("no_new_privs", rc);

    for (const char *name : kKilledCalls) {
        const int nr = seccomp_syscall_resolve_name(name);
        if (nr == __NR_SCMP_ERROR)
            continue; // not on this architecture
        rc = seccomp_rule_add(ctx, SCMP_ACT_KILL_PROCESS, nr, 0);
        if (rc < 0)
            return failure(name, rc);
    }

    // clone3 passes its flags in memory a filter cannot read: make it look absent so libc falls back to
    // clone, whose flags the next rules do see.
    rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
    if (rc < 0)
        return failure("clone3", rc);
    for (unsigned long flag : kNamespaceFlags) {
        rc = seccomp_rule_add(ctx, SCMP_ACT_KILL_PROCESS, SCMP_SYS(clone), 1,
                              SCMP_A0(SCMP_CMP_MASKED_EQ, flag, flag));
        if (rc < 0)
            return failure("clone", rc);
    }

    // Pushing characters into a terminal's input queue (bubblewrap CVE-2017-5226) and the Linux console.
    for (unsigned long request : {static_cast<unsigned long>(TIOCSTI), static_cast<unsigned long>(TIOCLINUX)}) {
        rc = seccomp_rule_add(ctx, SCMP_ACT_KILL_PROCESS, SCMP_SYS(ioctl), 1,
                              SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffUL, request));
        if (rc < 0)
            return failure("ioctl", rc);
    }

    // Network families are refused with an error a program can handle.
    if (options.allowUnixSockets)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(socket), 1, SCMP_A0(SCMP_CMP_NE, AF_UNIX));
    else
        rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(socket), 0);
    if (rc < 0)
        return failure("socket", rc);
    rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(socketpair), 1, SCMP_A0(SCMP_CMP_NE, AF_UNIX));
    if (rc < 0)
        return failure("socketpair", rc);

    rc = seccomp_load(ctx);
    if (rc < 0)
        return failure("load", rc);
    return {};
}

} // namespace sandbox
