// code-remote-sandbox-host: keeps a language's interpreter loaded and runs each request that arrives on
// its socket in a fresh sandbox, in-process (see PythonInterpreter and Host). Started by
// runner::SandboxHostPool:
//
//   code-remote-sandbox-host --listen-fd FD [--max-runs N] [--spares N] [--owner PID]
//                                                                    the template on standard input
//
// FD is a Unix socket its owner has bound (and hands over): the host never knows its path, so the runs
// forked from it cannot find it in their memory.
// The template is a request without the user's code (see WireFormat.h): its command and environment
// are what the interpreter is loaded for. Requests with another command or environment still run, by
// exec, exactly as code-remote-sandbox runs them. Standard output carries the host's status lines
// (see Host.h): "ready" once the socket listens.
#include "Host.h"
#include "HostMemory.h"
#include "PythonInterpreter.h"
#include "Request.h"
#include "Supervisor.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <climits>
#include <fcntl.h>
#include <string>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

extern char **environ;

namespace {
// Blanks the environment this process was started with, in memory: every run is forked from this
// process, and /proc/self/environ shows a process the strings it was exec'd with.
void blankStartEnvironment()
{
    for (char **entry = environ; entry && *entry; ++entry)
        std::memset(*entry, 0, std::strlen(*entry));
}

// Runs this program again from an anonymous copy of itself: every run is forked from this process, and
// its /proc/self/exe and maps would otherwise name where the host is installed (a home directory, a
// user name). A copy in memory also cannot be rewritten through a run's /proc/self/exe (the lesson of
// runc's CVE-2019-5736). Returns only if that is not possible or already done.
void reexecFromMemory(char **argv)
{
    char self[PATH_MAX];
    const ssize_t length = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0 || std::strncmp(self, "/memfd:", 7) == 0)
        return;
    const int source = ::open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
    const int copy = static_cast<int>(::syscall(SYS_memfd_create, "code-remote-sandbox-host", MFD_CLOEXEC | MFD_ALLOW_SEALING));
    if (source < 0 || copy < 0)
        return;
    char buffer[64 * 1024];
    ssize_t n = 0;
    while ((n = ::read(source, buffer, sizeof buffer)) > 0) {
        if (::write(copy, buffer, static_cast<size_t>(n)) != n)
            return;
    }
    ::close(source);
    ::fcntl(copy, F_ADD_SEALS, F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE);
    // Every symbol of every library bound once, here, instead of lazily in each process forked from
    // the host: a run would otherwise resolve again (and copy the page of) each function the host
    // itself never called. The variable is blanked with the rest of the environment (see main).
    ::setenv("LD_BIND_NOW", "1", 1);
    ::fexecve(copy, argv, environ);
    ::unsetenv("LD_BIND_NOW");
    ::close(copy); // not possible here: go on from the installed file
}

void closeRange(unsigned first, unsigned last)
{
    if (first > last)
        return;
    if (::syscall(SYS_close_range, first, last, 0U) != 0) {
        for (unsigned fd = first; fd <= last && fd < 4096; ++fd)
            ::close(static_cast<int>(fd));
    }
}

int usage(const char *program)
{
    std::fprintf(stderr, "usage: %s --listen-fd FD [--max-runs N] [--spares N] [--owner PID]   (the template request on standard input)\n", program);
    return 2;
}
} // namespace

int main(int argc, char **argv)
{
    reexecFromMemory(argv);
    // argv's strings lie end to end; the sandbox's init overwrites them (see setCommandLine).
    sandbox::Supervisor::setCommandLine(argv[0], static_cast<size_t>(argv[argc - 1] + std::strlen(argv[argc - 1]) - argv[0]));
    sandbox::HostOptions options;
    pid_t owner = 0; // who started the host, when it says so (--owner)
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--listen-fd" && i + 1 < argc)
            options.listenFd = std::atoi(argv[++i]);
        else if (arg == "--max-runs" && i + 1 < argc)
            options.maxRuns = std::atoi(argv[++i]);
        else if (arg == "--spares" && i + 1 < argc)
            options.spares = std::atoi(argv[++i]);
        else if (arg == "--owner" && i + 1 < argc)
            owner = static_cast<pid_t>(std::atol(argv[++i]));
        else
            return usage(argv[0]);
    }
    if (options.listenFd < 3 || options.maxRuns <= 0 || options.spares <= 0)
        return usage(argv[0]);
    // Whatever its starter left open (a test runner's log, a terminal's pipes) would stay open, in this
    // process and every run forked from it, for as long as the host lives; all but the socket go.
    const unsigned listenFd = static_cast<unsigned>(options.listenFd);
    if (listenFd > 3U)
        closeRange(3U, listenFd - 1U);
    closeRange(listenFd + 1U, ~0U);
    // A session of its own: a terminal's Ctrl+C (meant for `code-remote-run --keep-warm`, say) must not
    // reach the supervisors of runs other programs started through this host. The host itself still
    // ends with its owner (below), and then lets those runs finish.
    ::setsid();
    // The owner may be gone when the host tells it something.
    ::signal(SIGPIPE, SIG_IGN);
    // The host lives as long as whoever started it. The parent-death signal covers an owner that dies
    // from now on; one that died before (while the host was still starting) is seen by comparing the
    // parent with the owner it names, since by now the host has been re-parented and getppid() alone
    // would name the new parent as if it were the owner.
    if (owner == 0)
        owner = ::getppid();
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (::getppid() != owner)
        return 0;

    std::string error;
    const auto templateRequest = sandbox::readRequest(STDIN_FILENO, error);
    if (!templateRequest) {
        std::fprintf(stderr, "code-remote-sandbox-host: bad template request: %s\n", error.c_str());
        return 2;
    }
    // Read what the host's own environment says before it is replaced by the programs'.
    const sandbox::Switches switches = sandbox::Switches::fromEnvironment();
    sandbox::trace("host: start");
    const char *runtimeDir = std::getenv("XDG_RUNTIME_DIR");
    std::string runtimeDirectory = runtimeDir ? runtimeDir : "";
    blankStartEnvironment();

    // The interpreter's standard streams are made now, from descriptors 0-2; they must look like what a
    // run gives its program (pipes, no terminal), and the template's pipe must not stay open.
    const int devNull = ::open("/dev/null", O_RDWR | O_CLOEXEC);
    ::dup2(devNull, STDIN_FILENO);
    const int readyFd = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    ::dup2(devNull, STDOUT_FILENO);
    ::close(devNull);

    const auto interpreter = sandbox::PythonInterpreter::load(
        templateRequest->argv, sandbox::programEnvironment(*templateRequest, "/work", "/tmp"), templateRequest->preload,
        "/work", error);
    if (!interpreter) {
        std::fprintf(stderr, "code-remote-sandbox-host: %s\n", error.c_str());
        return 1;
    }
    sandbox::trace("host: interpreter loaded");
    // Where host work directories go when there is no mount namespace. Safe to set again now: a program
    // run in-process gets its own environment installed, an exec'd one only the one it is given.
    // (It names the user's uid: a program run in-process blanks the environment it was forked with,
    // see PythonInterpreter::run; this copy goes now.)
    if (!runtimeDirectory.empty())
        ::setenv("XDG_RUNTIME_DIR", runtimeDirectory.c_str(), 1);
    ::explicit_bzero(runtimeDirectory.data(), runtimeDirectory.size());
    // glibc's setenv builds "NAME=value" in an alloca'd buffer just below this frame. Host::exec clears
    // the dead stack below its own frames before the first fork, but its live frames lie over that
    // buffer without writing every byte of it (which bytes depends on the build's flags: the stack
    // protector moved them), so it is cleared from here, while it is still dead.
    sandbox::clearDeadStack();

    sandbox::Host host(options, switches, interpreter.get());
    host.setStatusFd(readyFd);
    const int status = host.exec(error);
    if (status != 0)
        std::fprintf(stderr, "code-remote-sandbox-host: %s\n", error.c_str());
    return status;
}
