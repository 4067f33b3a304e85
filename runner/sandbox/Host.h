#pragma once

#include "InProcessProgram.h"
#include "Supervisor.h"

#include <string>

namespace sandbox {

struct HostOptions
{
    std::string socketPath;
    // Runs served before the host stops accepting and exits once they are done, so that the state its
    // runs share (see PythonInterpreter) does not outlive a bounded number of them. Its owner starts a
    // fresh host.
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
class Host
{
public:
    Host(HostOptions options, Switches switches, InProcessProgram *program);
    // Where to write "ready" (then closed) once the socket listens.
    void setReadyFd(int fd) { m_readyFd = fd; }
    // Returns the process's exit status: 0 after an orderly stop (SIGTERM, or maxRuns served).
    int exec(std::string &error);

private:
    pid_t startSpare();
    [[noreturn]] void spareMain();
    [[noreturn]] void serve(int connection, Supervisor &supervisor);

    HostOptions m_options;
    Switches m_switches;
    InProcessProgram *m_program;
    int m_listenFd = -1;
    int m_signalFd = -1;
    int m_readyFd = -1;
    int m_takenPipe[2] = {-1, -1}; // spares -> host: "I took a connection" (the spare's pid)
    pid_t m_hostPid = 0;
};

} // namespace sandbox
