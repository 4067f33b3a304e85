#include "Seccomp.h"

#include <cerrno>
#include <cstring>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace sandbox {

namespace {
// kPrograms: one per combination of SeccompOptions, compiled at build time (SeccompFilter.h), in the
// order of seccompProgramIndex.
#include "SeccompPrograms.inc"
static_assert(sizeof kPrograms / sizeof kPrograms[0] == kSeccompPrograms, "one program per combination of the options");

} // namespace

std::string applySeccomp(const SeccompOptions &options, int *listener)
{
    // Loading a filter without CAP_SYS_ADMIN requires no_new_privs, which also keeps setuid binaries
    // from gaining what the filter takes away.
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        return std::string("seccomp: no_new_privs: ") + std::strerror(errno);
    sock_fprog program = kPrograms[seccompProgramIndex(options)];
    const unsigned int flags = options.allowProcesses() ? 0 : SECCOMP_FILTER_FLAG_NEW_LISTENER;
    const long fd = ::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, flags, &program);
    if (fd < 0)
        return std::string("seccomp: load: ") + std::strerror(errno);
    if (!options.allowProcesses()) {
        ::fcntl(static_cast<int>(fd), F_SETFD, FD_CLOEXEC);
        if (listener)
            *listener = static_cast<int>(fd);
        else
            ::close(static_cast<int>(fd)); // nobody answers: every exec fails
    }
    return {};
}

bool allowFirstExec(int listener)
{
    seccomp_notif notification {};
    bool allowed = false;
    for (;;) {
        std::memset(&notification, 0, sizeof notification);
        if (::ioctl(listener, SECCOMP_IOCTL_NOTIF_RECV, &notification) == 0)
            break;
        if (errno != EINTR)
            return ::close(listener), false; // the program ended before it got to exec
    }
    seccomp_notif_resp response {};
    response.id = notification.id;
    response.flags = SECCOMP_USER_NOTIF_FLAG_CONTINUE;
    allowed = ::ioctl(listener, SECCOMP_IOCTL_NOTIF_SEND, &response) == 0;
    // Closed: the kernel now answers every exec this filter sends here with ENOSYS.
    ::close(listener);
    return allowed;
}

} // namespace sandbox
