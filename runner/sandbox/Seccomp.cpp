#include "Seccomp.h"

#include <cerrno>
#include <cstring>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace sandbox {

namespace {
// kProgramWithUnixSockets and kProgramWithoutUnixSockets, compiled at build time (SeccompFilter.h).
#include "SeccompPrograms.inc"

template<size_t N>
sock_fprog programOf(const sock_filter (&filter)[N])
{
    return {static_cast<unsigned short>(N), const_cast<sock_filter *>(filter)};
}
} // namespace

std::string applySeccomp(const SeccompOptions &options)
{
    // Loading a filter without CAP_SYS_ADMIN requires no_new_privs, which also keeps setuid binaries
    // from gaining what the filter takes away.
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        return std::string("seccomp: no_new_privs: ") + std::strerror(errno);
    sock_fprog program = options.allowUnixSockets ? programOf(kProgramWithUnixSockets)
                                                  : programOf(kProgramWithoutUnixSockets);
    if (::syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &program) != 0)
        return std::string("seccomp: load: ") + std::strerror(errno);
    return {};
}

} // namespace sandbox
