#include "Host.h"

#include "Request.h"
#include "WireFormat.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <set>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sandbox {

namespace {
// Removes the socket file only if it is still ours: a host that replaced this one may have bound the
// same path since.
void removeSocket(const std::string &path, ino_t inode)
{
    struct stat info {};
    if (::lstat(path.c_str(), &info) == 0 && info.st_ino == inode)
        ::unlink(path.c_str());
}

sigset_t stopSignals()
{
    sigset_t signals;
    ::sigemptyset(&signals);
    for (int sig : {SIGTERM, SIGINT, SIGHUP})
        ::sigaddset(&signals, sig);
    return signals;
}
} // namespace

Host::Host(HostOptions options, Switches switches, InProcessProgram *program)
    : m_options(std::move(options))
    , m_switches(switches)
    , m_program(program)
{
}

int Host::exec(std::string &error)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (m_options.socketPath.size() >= sizeof address.sun_path) {
        error = "socket path too long: " + m_options.socketPath;
        return 2;
    }
    std::memcpy(address.sun_path, m_options.socketPath.c_str(), m_options.socketPath.size() + 1);

    sigset_t signals = stopSignals();
    ::sigaddset(&signals, SIGCHLD);
    ::sigprocmask(SIG_BLOCK, &signals, nullptr);
    m_signalFd = ::signalfd(-1, &signals, SFD_CLOEXEC);
    if (::pipe2(m_takenPipe, O_CLOEXEC) != 0) {
        error = std::string("pipe: ") + std::strerror(errno);
        return 1;
    }

    // Non-blocking: every waiting spare wakes for a connection, one gets it.
    m_listenFd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    // Only this user may connect: the socket is 0600 from the start (its directory should be 0700 too).
    const mode_t oldMask = ::umask(0177);
    const bool bound = m_listenFd >= 0 && ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::umask(oldMask);
    if (!bound || ::listen(m_listenFd, 128) != 0) {
        error = "cannot listen on " + m_options.socketPath + ": " + std::strerror(errno);
        return 1;
    }
    struct stat socketFile {};
    const ino_t socketInode = ::lstat(m_options.socketPath.c_str(), &socketFile) == 0 ? socketFile.st_ino : 0;
    trace("host: listening");

    std::set<pid_t> spares;
    std::set<pid_t> busy;
    int taken = 0;
    bool stopping = false;
    auto stopAccepting = [&] {
        if (stopping)
            return;
        stopping = true;
        // No new connection gets in; those already taken finish.
        removeSocket(m_options.socketPath, socketInode);
        ::close(m_listenFd);
        m_listenFd = -1;
        for (const pid_t pid : spares)
            ::kill(pid, SIGTERM);
    };
    // Keeps `spares` waiting; false when a fork failed (out of processes, say): tried again shortly, as
    // a connection nobody accepts would wait for ever.
    auto topUp = [&] {
        while (!stopping && spares.size() < static_cast<size_t>(m_options.spares)) {
            const pid_t pid = startSpare();
            if (pid <= 0)
                return false;
            spares.insert(pid);
        }
        return true;
    };
    bool complete = topUp();
    if (m_readyFd >= 0) {
        const char ready[] = "ready\n";
        [[maybe_unused]] const ssize_t written = ::write(m_readyFd, ready, sizeof ready - 1);
        ::close(m_readyFd);
        m_readyFd = -1;
    }

    while (!stopping || !spares.empty() || !busy.empty()) {
        pollfd fds[2] = {{m_signalFd, POLLIN, 0}, {m_takenPipe[0], POLLIN, 0}};
        if (::poll(fds, 2, complete ? -1 : 100) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[1].revents & POLLIN) {
            pid_t pid = 0;
            if (::read(m_takenPipe[0], &pid, sizeof pid) == sizeof pid && spares.erase(pid) > 0) {
                busy.insert(pid);
                if (++taken >= m_options.maxRuns)
                    stopAccepting();
            }
        }
        if (fds[0].revents & POLLIN) {
            signalfd_siginfo info{};
            if (::read(m_signalFd, &info, sizeof info) == sizeof info && info.ssi_signo != SIGCHLD && !stopping) {
                stopAccepting();
                // Runs in progress are cancelled: each supervisor kills its tree and reports.
                for (const pid_t pid : busy)
                    ::kill(pid, SIGTERM);
            }
            // A spare may also have died waiting (killed from outside): the top-up replaces it.
            pid_t ended = 0;
            while ((ended = ::waitpid(-1, nullptr, WNOHANG)) > 0) {
                busy.erase(ended);
                spares.erase(ended);
            }
        }
        complete = topUp();
    }
    if (m_listenFd >= 0) {
        removeSocket(m_options.socketPath, socketInode);
        ::close(m_listenFd);
    }
    trace("host: stopped");
    return 0;
}

pid_t Host::startSpare()
{
    m_hostPid = ::getpid();
    const pid_t pid = ::fork();
    if (pid == 0)
        spareMain();
    return pid;
}

void Host::spareMain()
{
    // A spare outlives no host: were the host gone before this line, no signal would ever come.
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (::getppid() != m_hostPid)
        ::_exit(0);
    ::close(m_signalFd);
    ::close(m_takenPipe[0]);
    if (m_readyFd >= 0)
        ::close(m_readyFd);
    // Stop signals stay blocked for the spare's whole life: while it waits they come through `stop`;
    // once it runs, the supervisor's own loop takes them (a pending one cancels the run).
    const sigset_t signals = stopSignals();
    ::sigprocmask(SIG_SETMASK, &signals, nullptr);
    const int stop = ::signalfd(-1, &signals, SFD_CLOEXEC);

    Supervisor supervisor(m_switches);
    // Before prepare(): the init made there passes it on to the program.
    supervisor.setInProcessProgram(m_program);
    supervisor.prepare(); // best effort: without it, the run builds its sandbox after the request

    int connection = -1;
    while (connection < 0) {
        pollfd fds[2] = {{stop, POLLIN, 0}, {m_listenFd, POLLIN, 0}};
        if (::poll(fds, 2, -1) < 0 && errno != EINTR)
            break;
        if (fds[0].revents & POLLIN)
            break;
        if (!(fds[1].revents & POLLIN))
            continue;
        connection = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (connection < 0)
            continue; // another spare was quicker
        ucred peer{};
        socklen_t size = sizeof peer;
        if (::getsockopt(connection, SOL_SOCKET, SO_PEERCRED, &peer, &size) != 0 || peer.uid != ::geteuid()) {
            ::close(connection); // another user: the socket's mode should have kept them out
            connection = -1;
        }
    }
    if (connection < 0) {
        supervisor.abandon();
        ::_exit(0);
    }
    const pid_t self = ::getpid();
    [[maybe_unused]] const ssize_t told = ::write(m_takenPipe[1], &self, sizeof self);
    ::close(m_takenPipe[1]);
    ::close(m_listenFd);
    ::close(stop);
    serve(connection, supervisor);
}

void Host::serve(int connection, Supervisor &supervisor)
{
    if (::dup2(connection, STDIN_FILENO) < 0 || ::dup2(connection, STDOUT_FILENO) < 0) {
        supervisor.abandon();
        ::_exit(1);
    }
    ::close(connection);
    // The client learns whom to signal to stop the run.
    writeFrame(STDOUT_FILENO, static_cast<char>(wire::Frame::Supervisor), std::to_string(::getpid()));

    std::string error;
    Outcome outcome;
    if (auto request = readRequest(STDIN_FILENO, error)) {
        supervisor.setCancelOnHangUp(true);
        outcome = supervisor.run(std::move(*request), STDIN_FILENO, STDOUT_FILENO);
    } else {
        supervisor.abandon();
        outcome.message = "bad request: " + error;
    }
    writeFrame(STDOUT_FILENO, static_cast<char>(wire::Frame::Result), outcome.toJson());
    // The client has its result; the cgroup's removal (the kernel may take milliseconds to release it)
    // need not keep it waiting.
    ::close(STDIN_FILENO);
    ::close(STDOUT_FILENO);
    supervisor.cleanUp();
    ::_exit(0);
}

} // namespace sandbox
