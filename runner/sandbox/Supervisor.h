#pragma once

#include "InProcessProgram.h"
#include "Outcome.h"
#include "Request.h"
#include "SandboxInit.h"
#include "Trace.h"
#include "TreeMemory.h"

#include <sys/resource.h>
#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sandbox {

// Runs one request: builds the sandbox, streams output frames to `eventFd`, forwards `inputFd` to the
// program's standard input, enforces every limit and returns the outcome. Single-threaded.
//
// A supervisor can also be made before its request (code-remote-sandbox-host keeps one or two
// waiting): prepare() builds what no request changes (the cgroup, the init in its namespaces, moved
// into the cgroup), and run(request, ...) sets the request's limits and lets the init go. A request
// then starts in a fraction of the time; what the program gets is the same.
class Supervisor
{
public:
    Supervisor(Request request, Switches switches, int inputFd, int eventFd);
    explicit Supervisor(Switches switches);
    ~Supervisor();
    Supervisor(const Supervisor &) = delete;
    Supervisor &operator=(const Supervisor &) = delete;

    // False when nothing could be prepared; run() then builds everything itself, as without prepare().
    bool prepare();
    // Undoes prepare() (kills the waiting init, removes the cgroup); for a run that never came.
    void abandon();

    // The program may run in-process instead of being exec'd, when `program` accepts the request.
    void setInProcessProgram(InProcessProgram *program) { m_inProcess = program; }
    // The events go to a client connected through a socket: its hang-up cancels the run (a client
    // that merely closes its input stays connected).
    void setCancelOnHangUp(bool cancel) { m_cancelOnHangUp = cancel; }
    // The outcome is final when run() returns; the cgroup goes in cleanUp() (or with this object), which
    // a caller may leave until it has passed the outcome on (the kernel can take milliseconds).
    Outcome run();
    Outcome run(Request request, int inputFd, int eventFd);
    void cleanUp();
    // The memory of this process's command line (argv[0] to the end of the last argument), which the
    // sandbox's init blanks so the program cannot read the host path of the supervisor.
    static void setCommandLine(char *start, size_t size);

private:
    struct Pipes;

    void createCgroup(const Request &request);
    struct LayerFacts layerFacts() const;
    bool spawnInit(Pipes &pipes, std::string &error);
    bool releaseInit(Pipes &pipes, std::string &error);
    void superviseLoop(Pipes &pipes);
    void killTree();
    void forwardOutput(char frameType, const char *data, size_t size);
    bool writeEvent(char frameType, const char *data, size_t size);
    std::vector<pid_t> treePids() const;
    void checkWaitingForInput();
    void readNotes(const std::string &notes);
    void finishOutcome(const struct rusage &usage);
    void setLayer(const std::string &id, bool active, const std::string &detail);
    void attachProgram();
    bool moveInitIntoCgroup(std::string &error);
    void endCompileStep(int status, int errFd);
    bool runsInProcess() const;

    Request m_request;
    Switches m_switches;
    std::unique_ptr<Pipes> m_pipes;
    std::unique_ptr<class Cgroup> m_cgroupOwner;
    std::string m_cgroupReason;
    std::string m_namespaceReason;
    bool m_prepared = false;     // the init was made before the request, which it reads from the sync pipe
    bool m_initInCgroup = false; // ...and moved into the cgroup then
    bool m_ran = false;
    InProcessProgram *m_inProcess = nullptr;
    bool m_cancelOnHangUp = false;
    int m_inputFd = -1;
    int m_eventFd = -1;
    Outcome m_outcome;

    bool m_userNamespace = false;
    bool m_addressSpaceLimit = false;
    std::string m_hostWorkDir;
    pid_t m_init = -1;
    // The sandbox's mount namespace, held until cleanUp(): the init, its last process, then exits
    // without tearing it down, which waits for an RCU grace period, before the outcome is sent.
    int m_mountNamespace = -1;
    int m_syncFd = -1; // to the init: "the program is in its cgroup"
    pid_t m_program = -1; // host pid of the program, learnt from /proc once it runs
    std::optional<int> m_programStatus;
    Stop m_stop = Stop::None;
    int64_t m_outputBytes = 0;
    // The compile step (a request with one): under way, its output so far, how it ended.
    bool m_compiling = false;
    int64_t m_compileOutputBytes = 0;
    std::optional<int> m_compileStatus;
    bool m_stoppedWhileCompiling = false;
    int64_t m_compileCpuNs = 0;
    TreeMemory m_treeMemory; // without a memory cgroup
    int64_t m_lastCpuNs = 0;
    bool m_inputOpen = true;
    bool m_waitingReported = false;
    bool m_eventsBroken = false;
    std::string m_guardReport;
    std::string m_setupError;
    double m_startMs = 0;
    double m_endMs = 0;
    class Cgroup *m_cgroup = nullptr;
};

// Writes one event frame (see WireFormat.h) to `fd`. False when the reader has gone.
bool writeFrame(int fd, char type, const std::string &payload);

} // namespace sandbox
