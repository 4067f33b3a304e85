#pragma once

#include "Request.h"

#include <sys/resource.h>
#include <sys/types.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sandbox {

struct Layer
{
    std::string id;
    std::string name;
    bool active = false;
    std::string detail;
};

struct Violation
{
    std::string kind;
    std::string detail;
    int line = 0;
};

struct Outcome
{
    std::string status = "internal_error";
    std::optional<int> exitCode;
    std::optional<int> signal;
    std::string limit; // "", "wall" or "cpu"
    double wallMs = 0;
    double cpuMs = 0;
    int64_t peakMemoryKb = 0;
    bool outputTruncated = false;
    std::vector<Violation> violations;
    std::string message;
    std::vector<Layer> layers;

    std::string toJson() const;
};

// Options that switch layers off, for tests of the fallbacks: $CODE_REMOTE_SANDBOX_DISABLE, a
// comma-separated list of "userns", "cgroup", "landlock", "seccomp".
struct Switches
{
    bool userNamespace = true;
    bool cgroup = true;
    bool landlock = true;
    bool seccomp = true;
    static Switches fromEnvironment();
};

// Runs one request: builds the sandbox, streams output frames to `eventFd`, forwards `inputFd` to the
// program's standard input, enforces every limit and returns the outcome. Single-threaded.
class Supervisor
{
public:
    Supervisor(Request request, Switches switches, int inputFd, int eventFd);
    Outcome run();
    // The memory of this process's command line (argv[0] to the end of the last argument), which the
    // sandbox's init blanks so the program cannot read the host path of the supervisor.
    static void setCommandLine(char *start, size_t size);

private:
    struct Pipes;
    enum class Stop { None, Wall, Cpu, Memory, Output, Cancelled };

    bool startChild(Pipes &pipes, std::string &error);
    [[noreturn]] void childMain(Pipes &pipes);
    [[noreturn]] void programMain(Pipes &pipes);
    void superviseLoop(Pipes &pipes);
    void killTree();
    void forwardOutput(char frameType, const char *data, size_t size);
    bool writeEvent(char frameType, const char *data, size_t size);
    std::vector<pid_t> treePids() const;
    int64_t treeRssBytes() const;
    int64_t treeCpuNs() const;
    void checkWaitingForInput();
    void readLayerNotes(const std::string &notes);
    void finishOutcome(int initStatus, const struct rusage &usage);
    void setLayer(const std::string &id, bool active, const std::string &detail);
    std::string gateFile() const;
    std::string feedGate(const std::string &gate, pid_t program, int &programStatus, bool &programDone);
    void attachProgram();
    void hideCommandLine();
    static char *s_commandLine;
    static size_t s_commandLineSize;

    Request m_request;
    Switches m_switches;
    int m_inputFd;
    int m_eventFd;
    Outcome m_outcome;

    bool m_userNamespace = false;
    bool m_addressSpaceLimit = false;
    std::string m_hostWorkDir;
    pid_t m_init = -1;
    int m_syncFd = -1; // to the init: "the program is in its cgroup"
    pid_t m_program = -1; // host pid of the program, learnt from /proc once it runs
    std::optional<int> m_programStatus;
    Stop m_stop = Stop::None;
    int64_t m_outputBytes = 0;
    int64_t m_peakRssBytes = 0;
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

// Milliseconds on the monotonic clock.
double monotonicMs();

} // namespace sandbox
