#include "Host.h"

#include "HostMemory.h"
#include "Request.h"
#include "WireFormat.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <set>
#include <sys/prctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sandbox {

namespace {
sigset_t stopSignals()
{
    sigset_t signals;
    ::sigemptyset(&signals);
    for (int sig : {SIGTERM, SIGINT, SIGHUP})
        ::sigaddset(&signals, sig);
    return signals;
}

// Takes a connection waiting on `listenFd` for this user, or returns -1.
int acceptFromThisUser(int listenFd)
{
    const int connection = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
    if (connection < 0)
        return -1; // another spare was quicker
    ucred peer{};
    socklen_t size = sizeof peer;
    if (::getsockopt(connection, SOL_SOCKET, SO_PEERCRED, &peer, &size) != 0 || peer.uid != ::geteuid()) {
        ::close(connection); // another user: the socket's mode should have kept them out
        return -1;
    }
    return connection;
}
} // namespace

Host::Host(HostOptions options, Switches switches, InProcessProgram *program)
    : m_options(options)
    , m_switches(switches)
    , m_program(program)
{
}

int Host::replaceAfter(int maxRuns)
{
    // A host is ready in well under a second; a tenth of the runs (at most 100, at least 1) covers that
    // at any rate the machine reaches (~150 runs/s here).
    return maxRuns - std::clamp(maxRuns / 10, 1, 100);
}

void Host::tell(const char *line)
{
    // A short line to a pipe goes whole or not at all; an owner that has gone is no error (SIGPIPE is
    // ignored in the host).
    if (m_statusFd >= 0 && ::write(m_statusFd, line, std::strlen(line)) < 0 && errno != EINTR) {
        ::close(m_statusFd);
        m_statusFd = -1;
    }
}

int Host::exec(std::string &error)
{
    int type = 0;
    socklen_t size = sizeof type;
    if (::getsockopt(m_options.listenFd, SOL_SOCKET, SO_TYPE, &type, &size) != 0 || type != SOCK_STREAM) {
        error = "--listen-fd is not a stream socket";
        return 2;
    }
    // Non-blocking: every waiting spare wakes for a connection, one gets it.
    ::fcntl(m_options.listenFd, F_SETFL, ::fcntl(m_options.listenFd, F_GETFL) | O_NONBLOCK);
    ::fcntl(m_options.listenFd, F_SETFD, FD_CLOEXEC);
    if (::listen(m_options.listenFd, 128) != 0) {
        error = std::string("cannot listen: ") + std::strerror(errno);
        return 1;
    }

    sigset_t signals = stopSignals();
    ::sigaddset(&signals, SIGCHLD);
    ::sigprocmask(SIG_BLOCK, &signals, nullptr);
    m_signalFd = ::signalfd(-1, &signals, SFD_CLOEXEC);
    if (::pipe2(m_takenPipe, O_CLOEXEC) != 0 || ::pipe2(m_waitPipe, O_CLOEXEC) != 0) {
        error = std::string("pipe: ") + std::strerror(errno);
        return 1;
    }
    trace("host: listening");
    // Every spare, so every run, is forked from here on: what the start-up left on the stack goes now.
    clearDeadStack();

    std::set<pid_t> spares;
    std::set<pid_t> busy;
    int taken = 0;
    bool stopping = false;
    auto stopAccepting = [&] {
        if (stopping)
            return;
        stopping = true;
        // No new connection gets in. The spares see the hang-up, take what is already queued and leave;
        // the runs already taken finish (the supervisors do not die with the host either).
        ::close(m_options.listenFd);
        m_options.listenFd = -1;
        ::close(m_waitPipe[1]);
        m_waitPipe[1] = -1;
        tell("retiring\n");
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
    tell("ready\n");

    const int replaceAt = replaceAfter(m_options.maxRuns);
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
                ++taken;
                tell("taken\n");
                if (taken == replaceAt)
                    tell("replace\n");
                if (taken >= m_options.maxRuns)
                    stopAccepting();
            }
        }
        if (fds[0].revents & POLLIN) {
            signalfd_siginfo info{};
            if (::read(m_signalFd, &info, sizeof info) == sizeof info && info.ssi_signo != SIGCHLD)
                stopAccepting(); // the runs in progress finish: they belong to their clients
            // A spare may also have died waiting (killed from outside): the top-up replaces it.
            pid_t ended = 0;
            while ((ended = ::waitpid(-1, nullptr, WNOHANG)) > 0) {
                busy.erase(ended);
                spares.erase(ended);
            }
        }
        complete = topUp();
    }
    if (m_options.listenFd >= 0)
        ::close(m_options.listenFd);
    trace("host: stopped");
    return 0;
}

pid_t Host::startSpare()
{
    const pid_t pid = ::fork();
    if (pid == 0)
        spareMain();
    return pid;
}

void Host::spareMain()
{
    // While it waits, a spare lives as long as the host (also through the wait pipe below, whose last
    // writer is the host).
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    ::close(m_waitPipe[1]);
    ::close(m_signalFd);
    ::close(m_takenPipe[0]);
    if (m_statusFd >= 0)
        ::close(m_statusFd);
    // Stop signals stay blocked for the spare's whole life: while it waits they come through `stop`;
    // once it runs, the supervisor's own loop takes them (a pending one cancels the run).
    const sigset_t signals = stopSignals();
    ::sigprocmask(SIG_SETMASK, &signals, nullptr);
    const int stop = ::signalfd(-1, &signals, SFD_CLOEXEC);

    Supervisor supervisor(m_switches);
    // Before prepare(): the init made there passes it on to the program.
    supervisor.setInProcessProgram(m_program);
    supervisor.prepare(); // best effort: without it, the run builds its sandbox after the request
    // The init (and so the program) keeps the canary and pointer guard of the host; this supervisor,
    // which reads what the program writes, takes its own. Its callers' frames never return.
    renewStackGuards();

    int connection = -1;
    bool leaving = false;
    while (connection < 0 && !leaving) {
        pollfd fds[3] = {{stop, POLLIN, 0}, {m_waitPipe[0], POLLIN, 0}, {m_options.listenFd, POLLIN, 0}};
        if (::poll(fds, 3, -1) < 0 && errno != EINTR)
            break;
        leaving = (fds[0].revents & POLLIN) || (fds[1].revents & (POLLIN | POLLHUP));
        // Leaving or not, a connection already queued is served: a client that reached the socket
        // before the host retired would otherwise be reset and start cold.
        if ((fds[2].revents & POLLIN) || leaving)
            connection = acceptFromThisUser(m_options.listenFd);
    }
    if (connection < 0) {
        supervisor.abandon();
        ::_exit(0);
    }
    // From here the run belongs to its client: a host that dies or retires must not end it. The
    // supervisor still kills the run's tree on every way out (the client's hang-up, a limit, a signal
    // to itself), and the init dies with the supervisor.
    ::prctl(PR_SET_PDEATHSIG, 0);
    const pid_t self = ::getpid();
    [[maybe_unused]] const ssize_t told = ::write(m_takenPipe[1], &self, sizeof self);
    ::close(m_takenPipe[1]);
    ::close(m_waitPipe[0]);
    ::close(m_options.listenFd);
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
