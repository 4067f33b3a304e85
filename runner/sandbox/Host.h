#pragma once

#include "InProcessProgram.h"
#include "Supervisor.h"

namespace sandbox {

struct HostOptions
{
    // A bound Unix socket that only this user may reach, made by the host's owner: the host never
    // learns where it lies, so neither does any run forked from it (the path names the user's runtime
    // directory or uid). The host listens on it.
    int listenFd = -1;
    // Runs served before the host stops accepting and exits once they are done, so that the state its
    // runs share (see PythonInterpreter and docs/security.md) does not outlive a bounded number of them.
    int maxRuns = 1000;
    // Supervisors kept waiting with their sandbox prepared (see Supervisor::prepare); as many runs can
    // start at once without waiting for one to be made.
    int spares = 2;
};

// code-remote-sandbox-host's loop: listens on a Unix socket that only this user may reach and keeps
// `spares` forks of itself waiting on it, each with a sandbox prepared. The fork that accepts a
// connection reads one request and runs it exactly as code-remote-sandbox would, with the connection
// as its standard input and output, and the host makes another. The host itself never reads a
// request, so no run's data is in the memory later runs are forked from.
//
// A run belongs to its client, not to the host: once a supervisor has taken a connection, nothing the
// host does or suffers (it retires, it is killed) ends that run; its client's hang-up, its limits and
// its own end do. The host tells its owner, one line each on the status descriptor:
//   "ready"     it listens;
//   "taken"     a run started (an owner that leaves when idle counts from the last one);
//   "replace"   it has served most of its runs: start its successor now, so runs keep starting warm;
//   "retiring"  it accepts no more (its runs, or SIGTERM/SIGINT/SIGHUP); it exits once its runs end.
class Host
{
public:
    Host(HostOptions options, Switches switches, InProcessProgram *program);
    // Where the status lines go; left open for the host's life.
    void setStatusFd(int fd) { m_statusFd = fd; }
    // Returns the process's exit status: 0 after an orderly stop (SIGTERM, or maxRuns served).
    int exec(std::string &error);
    // Runs after which the host asks for its successor: what is left must cover a host's start.
    static int replaceAfter(int maxRuns);

private:
    pid_t startSpare();
    [[noreturn]] void spareMain();
    [[noreturn]] void serve(int connection, Supervisor &supervisor);
    void tell(const char *line);

    HostOptions m_options;
    Switches m_switches;
    InProcessProgram *m_program;
    int m_signalFd = -1;
    int m_statusFd = -1;
    int m_takenPipe[2] = {-1, -1}; // spares -> host: "I took a connection" (the spare's pid)
    // host -> spares: held open while spares should wait; its hang-up (the host stops accepting, or
    // dies) sends them away. A signal would also reach a spare that has just taken a connection.
    int m_waitPipe[2] = {-1, -1};
};

} // namespace sandbox
