#include "SeccompFilter.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <linux/sched.h>
#include <seccomp.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <termios.h>

#ifndef CLONE_NEWTIME
#define CLONE_NEWTIME 0x00000080
#endif

namespace sandbox {

namespace {
// How the lists below were measured (docs/security.md, "Seccomp groups"): `strace -ff` of each
// runtime on hello world and on a typical program of its language (threads, standard input, a file
// written and read back, 200-300 MB allocated, an exception, a timer, a child process; Java: GC and
// JIT; Node.js: promises, a worker, async file I/O), of the compile steps (g++ -O2 -pipe: the driver,
// cc1plus, as, collect2, ld; javac), and of /bin/sh running the coreutils a program may start. Run as
// Debian 12 ships them: CPython 3.11, Node.js 20, OpenJDK 17, GCC 12, dash and coreutils 9.1.
//
// Default-deny: a call in no list fails with ENOSYS, which programs treat as "not available";
// anything the kernel adds later stays out until someone allows it here.
//
// The base: what every program and every compile step gets. Everything here was seen in the measured
// runs, or is the obvious sibling of a call that was (openat and open, stat and statx), or is what a
// program of any language does with its own files, time and limits.
constexpr const char *kBaseCalls[] = {
    // files and descriptors
    "read", "write", "open", "openat", "openat2", "close", "close_range", "creat", "stat", "fstat", "lstat",
    "newfstatat", "statx", "statfs", "fstatfs", "lseek", "pread64", "pwrite64", "readv", "writev", "preadv",
    "pwritev", "preadv2", "pwritev2", "access", "faccessat", "faccessat2", "dup", "dup2", "dup3", "fcntl",
    "flock", "fsync", "fdatasync", "sync", "syncfs", "sync_file_range", "truncate", "ftruncate", "fallocate",
    "fadvise64", "readahead", "getdents", "getdents64", "getcwd", "chdir", "fchdir", "rename", "renameat",
    "renameat2", "mkdir", "mkdirat", "rmdir", "link", "linkat", "unlink", "unlinkat", "symlink", "symlinkat",
    "readlink", "readlinkat", "chmod", "fchmod", "fchmodat", "chown", "fchown", "lchown", "fchownat", "umask",
    "utime", "utimes", "utimensat", "futimesat", "mknod", "mknodat", "sendfile", "splice", "tee", "vmsplice",
    "copy_file_range", "pipe", "pipe2", "getxattr", "lgetxattr", "fgetxattr", "listxattr", "llistxattr",
    "flistxattr", "setxattr", "lsetxattr", "fsetxattr", "removexattr", "lremovexattr", "fremovexattr",
    "inotify_init", "inotify_init1", "inotify_add_watch", "inotify_rm_watch", "memfd_create",
    // waiting and events (Linux AIO, io_setup and friends, is out: no runtime measured uses it)
    "poll", "ppoll", "select", "pselect6", "epoll_create", "epoll_create1", "epoll_ctl", "epoll_wait",
    "epoll_pwait", "epoll_pwait2", "eventfd", "eventfd2", "signalfd", "signalfd4", "timerfd_create",
    "timerfd_settime", "timerfd_gettime",
    // memory: mmap and mprotect have rules of their own below (executable memory is the JIT group's).
    // madvise stays here although the issue counts it among V8's and the JVM's needs: glibc frees a
    // finished thread's stack with MADV_DONTNEED, so every threaded program (and CPython's fork
    // children) calls it.
    "munmap", "brk", "mremap", "msync", "mincore", "madvise", "mlock", "mlock2", "munlock", "mlockall",
    "munlockall",
    // processes, threads and signals (clone, fork, vfork and exec: the groups below)
    "exit", "exit_group", "wait4", "waitid", "kill", "tkill",
    "tgkill", "rt_sigprocmask", "rt_sigreturn", "rt_sigpending", "rt_sigtimedwait",
    "rt_sigqueueinfo", "rt_tgsigqueueinfo", "rt_sigsuspend", "sigaltstack", "pause", "restart_syscall",
    "getpid", "getppid", "gettid", "getpgid", "setpgid", "getpgrp", "getsid", "setsid", "set_tid_address",
    "set_robust_list", "get_robust_list", "futex", "futex_waitv", "rseq", "arch_prctl",
    "pidfd_open", "pidfd_send_signal", "landlock_create_ruleset", "landlock_add_rule",
    "landlock_restrict_self", "capget", "capset",
    "getuid", "geteuid", "getgid", "getegid", "getresuid", "getresgid", "getgroups", "setuid", "setgid",
    "setreuid", "setregid", "setresuid", "setresgid", "setfsuid", "setfsgid", "setgroups",
    // scheduling, time and limits
    "sched_yield", "sched_getaffinity", "sched_setaffinity", "sched_getparam", "sched_setparam",
    "sched_getscheduler", "sched_setscheduler", "sched_get_priority_max", "sched_get_priority_min",
    "sched_rr_get_interval", "sched_getattr", "sched_setattr", "getpriority", "setpriority", "ioprio_get",
    "ioprio_set", "getcpu", "nanosleep", "clock_nanosleep", "clock_gettime", "clock_getres", "gettimeofday",
    "time", "times", "getitimer", "setitimer", "alarm", "timer_create", "timer_settime", "timer_gettime",
    "timer_getoverrun", "timer_delete", "getrlimit", "setrlimit", "prlimit64", "getrusage", "sysinfo",
    "uname", "getrandom",
    // sockets (families are checked below); System V and POSIX IPC stay inside the IPC namespace
    "connect", "accept", "accept4", "sendto", "recvfrom", "sendmsg", "recvmsg", "sendmmsg", "recvmmsg",
    "shutdown", "bind", "listen", "getsockname", "getpeername", "setsockopt", "getsockopt",
    "shmget", "shmat", "shmdt", "shmctl", "semget", "semop", "semtimedop", "semctl", "msgget", "msgsnd",
    "msgrcv", "msgctl", "mq_open", "mq_unlink", "mq_timedsend", "mq_timedreceive", "mq_notify",
    "mq_getsetattr",
};

// The JIT group (seccompGroup::kJit): runtimes that write machine code at run time, V8 (Node.js) and
// HotSpot (java, and javac, which is a Java program). Measured: both mprotect their code to
// PROT_EXEC, HotSpot maps anonymous PROT_EXEC memory for its code cache, V8 asks for a memory
// protection key at start-up (pkey_alloc) to guard its code space. membarrier and the NUMA calls were
// not seen on x86-64 with Debian's flags, but are these runtimes' own: HotSpot binds its heap with
// mbind/set_mempolicy under -XX:+UseNUMA and both synchronise patched code across threads with
// membarrier on other architectures. CPython, g++'s passes and compiled C++ need none of it: their
// code comes from files, which the loader maps with PROT_EXEC (allowed to everyone, see mmap below).
// (procps's ps probes NUMA through libnuma, get/set_mempolicy, and works on without it.)
constexpr const char *kJitCalls[] = {
    "membarrier", "pkey_alloc", "pkey_free", "pkey_mprotect",
    "mbind", "get_mempolicy", "set_mempolicy", "set_mempolicy_home_node",
};

// The threads group (seccompGroup::kThreads) is clone with CLONE_THREAD, below: CPython's threading
// (and the debugger's and shell's helper threads), Node.js (libuv's pool, V8's workers), the JVM (GC,
// JIT, finalizer), std::thread in C++. Not g++'s compile step: the driver, cc1plus, as and ld are
// single-threaded.
//
// The processes group (seccompGroup::kProcesses) is fork, vfork, clone without CLONE_THREAD and every
// exec after the program's own, below: the standard profile's programs (subprocess, child_process,
// ProcessBuilder, system(), and what they start: /bin/sh and coreutils need nothing beyond the base),
// and g++'s driver, which starts cc1plus, as and collect2/ld with vfork and execve. Not javac, not a
// strict profile's JavaScript, C++ or Java program.

// Calls that end the program at once: a program that makes one is attacking the sandbox, and a kill
// (rather than an error it could ignore) lets the supervisor report a `syscall` violation.
constexpr const char *kKilledCalls[] = {
    "ptrace", "process_vm_readv", "process_vm_writev", "process_madvise", "process_mrelease", "pidfd_getfd",
    "mount", "umount", "umount2", "pivot_root", "chroot", "move_mount", "open_tree", "fsopen", "fsconfig",
    "fsmount", "fspick", "mount_setattr",
    "unshare", "setns",
    "keyctl", "add_key", "request_key",
    "bpf", "perf_event_open", "userfaultfd",
    "io_uring_setup", "io_uring_enter", "io_uring_register",
    "init_module", "finit_module", "delete_module", "kexec_load", "kexec_file_load",
    "reboot", "swapon", "swapoff", "acct", "quotactl", "quotactl_fd", "syslog", "iopl", "ioperm", "modify_ldt",
    "settimeofday", "clock_settime", "clock_adjtime", "adjtimex", "uselib", "vhangup", "lookup_dcookie",
    "name_to_handle_at", "open_by_handle_at", "fanotify_init", "fanotify_mark", "nfsservctl", "kcmp",
    "memfd_secret", "sethostname", "setdomainname",
};

constexpr unsigned long kNamespaceFlags[] = {
    CLONE_NEWUSER, CLONE_NEWNS, CLONE_NEWPID, CLONE_NEWNET, CLONE_NEWIPC, CLONE_NEWUTS, CLONE_NEWCGROUP,
};

std::string failure(const char *what, int rc)
{
    return std::string("seccomp: ") + what + ": " + std::strerror(-rc);
}
} // namespace

std::string buildSeccompFilter(const SeccompOptions &options, std::vector<sock_filter> &program)
{
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ERRNO(ENOSYS));
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
    // A binary search over the syscall numbers instead of a linear list: every call the program makes
    // runs this filter, and the allowlist is long.
    rc = seccomp_attr_set(ctx, SCMP_FLTATR_CTL_OPTIMIZE, 2);
    if (rc < 0)
        return failure("optimize", rc);

    auto add = [&](uint32_t action, const char *name) {
        const int nr = seccomp_syscall_resolve_name(name);
        if (nr == __NR_SCMP_ERROR)
            return 0; // not on this architecture
        return seccomp_rule_add(ctx, action, nr, 0);
    };
    const bool jit = (options.groups & seccompGroup::kJit) != 0;
    const bool threads = (options.groups & seccompGroup::kThreads) != 0;
    const bool processes = options.allowProcesses();
    for (const char *name : kBaseCalls) {
        if ((rc = add(SCMP_ACT_ALLOW, name)) < 0)
            return failure(name, rc);
    }
    if (jit) {
        for (const char *name : kJitCalls) {
            if ((rc = add(SCMP_ACT_ALLOW, name)) < 0)
                return failure(name, rc);
        }
    }
    // New processes and exec: allowed, or refused with an error a runtime reports, and exec handed to
    // the listener that lets only the program's own through (see seccompGroup::kProcesses).
    for (const char *name : {"fork", "vfork"}) {
        if ((rc = add(processes ? SCMP_ACT_ALLOW : SCMP_ACT_ERRNO(EPERM), name)) < 0)
            return failure(name, rc);
    }
    for (const char *name : {"execve", "execveat"}) {
        if ((rc = add(processes ? SCMP_ACT_ALLOW : SCMP_ACT_NOTIFY, name)) < 0)
            return failure(name, rc);
    }
    for (const char *name : kKilledCalls) {
        if ((rc = add(SCMP_ACT_KILL_PROCESS, name)) < 0)
            return failure(name, rc);
    }

    // An unconditional rule would override the conditional ones below, so the calls whose arguments
    // matter are allowed only under conditions.

    // clone3 passes its flags in memory a filter cannot read, so it stays off the allowlist: the
    // default ENOSYS makes libc fall back to clone, whose flags the rules do see. clone kills with any
    // namespace flag; without one it makes a thread (CLONE_THREAD: the threads group) or a process
    // (the processes group), and what the groups leave out fails with EPERM, as fork does. (libseccomp
    // refuses a rule whose action is the default one, so clone3 gets no rule of its own.)
    unsigned long allNamespaces = 0;
    for (unsigned long flag : kNamespaceFlags) {
        allNamespaces |= flag;
        rc = seccomp_rule_add(ctx, SCMP_ACT_KILL_PROCESS, SCMP_SYS(clone), 1, SCMP_A0(SCMP_CMP_MASKED_EQ, flag, flag));
        if (rc < 0)
            return failure("clone", rc);
    }
    const unsigned long cloneMask = allNamespaces | CLONE_THREAD;
    rc = seccomp_rule_add(ctx, threads ? SCMP_ACT_ALLOW : SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1,
                          SCMP_A0(SCMP_CMP_MASKED_EQ, cloneMask, CLONE_THREAD));
    if (rc >= 0)
        rc = seccomp_rule_add(ctx, processes ? SCMP_ACT_ALLOW : SCMP_ACT_ERRNO(EPERM), SCMP_SYS(clone), 1,
                              SCMP_A0(SCMP_CMP_MASKED_EQ, cloneMask, 0));
    if (rc < 0)
        return failure("clone", rc);

    // Executable memory. Everyone maps files executable (the dynamic loader maps every library so,
    // never writable at once); writable code, code in anonymous memory and memory made executable
    // afterwards are the JIT group's. Refused with EACCES, as a kernel that denies executable memory
    // (SELinux's execmem) answers. Not a wall against a program that means it (one that can write a
    // file can map it, or exec it as every C++ program is), but no runtime without a JIT has memory an
    // exploited bug could write code into and run. The kernel reads prot and flags as unsigned long,
    // so 64-bit masks see every bit it does; the four rules are disjoint.
    if (jit) {
        rc = add(SCMP_ACT_ALLOW, "mmap");
        if (rc >= 0)
            rc = add(SCMP_ACT_ALLOW, "mprotect");
    } else {
        constexpr unsigned long kWriteExec = PROT_WRITE | PROT_EXEC;
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(mmap), 1, SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, 0));
        if (rc >= 0)
            rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(mmap), 2, SCMP_A2(SCMP_CMP_MASKED_EQ, kWriteExec, PROT_EXEC),
                                  SCMP_A3(SCMP_CMP_MASKED_EQ, MAP_ANONYMOUS, 0));
        if (rc >= 0)
            rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(mmap), 2,
                                  SCMP_A2(SCMP_CMP_MASKED_EQ, kWriteExec, kWriteExec),
                                  SCMP_A3(SCMP_CMP_MASKED_EQ, MAP_ANONYMOUS, 0));
        if (rc >= 0)
            rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(mmap), 2,
                                  SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, PROT_EXEC),
                                  SCMP_A3(SCMP_CMP_MASKED_EQ, MAP_ANONYMOUS, MAP_ANONYMOUS));
        if (rc >= 0)
            rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(mprotect), 1, SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, 0));
        if (rc >= 0)
            rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(mprotect), 1,
                                  SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, PROT_EXEC));
    }
    if (rc < 0)
        return failure("executable memory", rc);
    // personality: reading it (0xffffffff), and setting any persona but READ_IMPLIES_EXEC, which would
    // make every readable mapping executable behind the rules above (nobody measured uses it, the JIT
    // runtimes included); that fails with the default ENOSYS. The kernel reads the persona as 32 bits:
    // the query is matched on those (a sign-extended -1 is a query too), the rest with the high half
    // in the mask, so no high bit can smuggle the flag past it. (The rules cannot overlap: the query
    // has the flag set.)
    rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(personality), 1, SCMP_A0(SCMP_CMP_MASKED_EQ, 0xffffffffUL, 0xffffffffUL));
    if (rc >= 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(personality), 1,
                              SCMP_A0(SCMP_CMP_MASKED_EQ, 0xffffffff00000000UL | READ_IMPLIES_EXEC, 0));
    if (rc < 0)
        return failure("personality", rc);

    // ioctl: everything but pushing characters into a terminal's input queue (TIOCSTI, bubblewrap
    // CVE-2017-5226) and the Linux console's TIOCLINUX. The kernel reads the request as 32 bits, so the
    // rules compare 32 bits too: high bits cannot smuggle a forbidden request past them.
    static_assert(TIOCSTI < TIOCLINUX, "the ranges below assume this order");
    for (unsigned long request : {static_cast<unsigned long>(TIOCSTI), static_cast<unsigned long>(TIOCLINUX)}) {
        rc = seccomp_rule_add(ctx, SCMP_ACT_KILL_PROCESS, SCMP_SYS(ioctl), 1,
                              SCMP_A1(SCMP_CMP_MASKED_EQ, 0xffffffffUL, request));
        if (rc < 0)
            return failure("ioctl", rc);
    }
    rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1, SCMP_A1_32(SCMP_CMP_LT, TIOCSTI));
    if (rc >= 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1, SCMP_A1_32(SCMP_CMP_GT, TIOCLINUX));
    for (unsigned long request = TIOCSTI + 1; rc >= 0 && request < TIOCLINUX; ++request)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1, SCMP_A1_32(SCMP_CMP_EQ, request));
    if (rc < 0)
        return failure("ioctl", rc);

    // rt_sigaction: everything but changing what SIGSYS does. The program starts with SIGSYS ignored,
    // so that the only SIGSYS that can end it is seccomp's kill (which overrides the disposition) and
    // a run ended by SIGSYS is a forbidden call, not a signal the program sent itself. Reading the
    // disposition stays allowed; changing it fails as it does for SIGKILL. The kernel reads the signal
    // number as an int, but libseccomp compares all 64 bits (its _32 macros only narrow the datum): so
    // SIGSYS is matched under a mask, and the other signals are allowed by exact value, which no high
    // bits can pass. A number the kernel would refuse anyway gets the default ENOSYS.
    constexpr unsigned long kLowHalf = 0xffffffffUL;
    rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(options.sigsysChangeSucceeds ? 0 : EINVAL), SCMP_SYS(rt_sigaction), 2,
                          SCMP_A0(SCMP_CMP_MASKED_EQ, kLowHalf, SIGSYS), SCMP_A1(SCMP_CMP_NE, 0));
    if (rc >= 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(rt_sigaction), 2,
                              SCMP_A0(SCMP_CMP_MASKED_EQ, kLowHalf, SIGSYS), SCMP_A1(SCMP_CMP_EQ, 0));
    if (rc >= 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(rt_sigaction), 1, SCMP_A0(SCMP_CMP_LT, SIGSYS));
    constexpr unsigned long kKernelSignals = 64; // _NSIG on every architecture we build for
    for (unsigned long sig = SIGSYS + 1; rc >= 0 && sig <= kKernelSignals; ++sig)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(rt_sigaction), 1, SCMP_A0(SCMP_CMP_EQ, sig));
    if (rc < 0)
        return failure("rt_sigaction", rc);

    // No filters of the program's own (seccomp() is off the allowlist, so it fails with ENOSYS, and
    // prctl refuses PR_SET_SECCOMP as a kernel without seccomp would): a filter it wrote could kill it
    // with SIGSYS at will, and SIGSYS must stay the mark of this filter's kill. prctl's option is an
    // int to the kernel, hence the mask; the other options are allowed by their 64-bit value, below
    // or above PR_SET_SECCOMP.
    rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EINVAL), SCMP_SYS(prctl), 1,
                          SCMP_A0(SCMP_CMP_MASKED_EQ, kLowHalf, PR_SET_SECCOMP));
    if (rc >= 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(prctl), 1, SCMP_A0(SCMP_CMP_LT, PR_SET_SECCOMP));
    if (rc >= 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(prctl), 1, SCMP_A0(SCMP_CMP_GT, PR_SET_SECCOMP));
    if (rc < 0)
        return failure("prctl", rc);

    // Sockets: AF_UNIX only (with a network namespace of its own), refused with an error a program can
    // handle rather than a kill.
    for (int call : {SCMP_SYS(socket), SCMP_SYS(socketpair)}) {
        const bool unixAllowed = options.allowUnixSockets || call == SCMP_SYS(socketpair);
        if (unixAllowed) {
            rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, call, 1, SCMP_A0_32(SCMP_CMP_EQ, AF_UNIX));
            if (rc >= 0)
                rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), call, 1, SCMP_A0_32(SCMP_CMP_NE, AF_UNIX));
        } else {
            rc = seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), call, 0);
        }
        if (rc < 0)
            return failure("socket", rc);
    }

    // libseccomp writes the program to a descriptor only; a memfd keeps it in memory.
    const int fd = ::memfd_create("seccomp-bpf", MFD_CLOEXEC);
    if (fd < 0)
        return std::string("seccomp: memfd_create: ") + std::strerror(errno);
    rc = seccomp_export_bpf(ctx, fd);
    const off_t size = ::lseek(fd, 0, SEEK_END);
    if (rc >= 0 && size > 0 && size % off_t(sizeof(sock_filter)) == 0) {
        program.resize(size_t(size) / sizeof(sock_filter));
        if (::pread(fd, program.data(), size_t(size), 0) != size)
            rc = -EIO;
    } else if (rc >= 0) {
        rc = -EINVAL;
    }
    ::close(fd);
    if (rc < 0)
        return failure("export", rc);
    return {};
}

} // namespace sandbox
