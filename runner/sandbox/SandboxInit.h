#pragma once
// The sandbox's init and the program's set-up: the two processes the supervisor forks. The init is
// cloned into the run's namespaces; it builds the sandbox's filesystem, forks the program, confines it
// (rlimits, Landlock, capabilities, seccomp) and execs it, then reaps everything until the program
// ends. It learns what it needs from an explicit InitContext, taken at clone time, and from the
// supervisor's messages (InitChannel.h), never from the supervisor's state.

#include "InProcessProgram.h"
#include "Request.h"

#include <cstddef>
#include <string>
#include <sys/types.h>
#include <vector>

namespace sandbox {

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

// The ends of the supervisor's pipes that the init keeps.
struct InitEnds
{
    int programInput = -1;   // becomes the program's standard input
    int programOutput = -1;  // ...its standard output
    int programErrors = -1;  // ...its standard error
    int guardReport = -1;    // ...its descriptor 3, in the strict profile
    int fromSupervisor = -1; // messages from the supervisor (Mapped, Go, Attached)
    int status = -1;         // ProgramStarted and ProgramEnded, written by the init only
    int notes = -1;          // Failure and LayerMissing, closed at the program's exec
};

struct InitContext
{
    Request request; // the run's; an init made before its run gets it in the Go message instead
    Switches switches;
    bool userNamespace = false; // cloned into the namespaces
    bool prepared = false;      // made before its run: waits for Mapped, builds, then waits for Go
    bool cgroup = false;        // the run has a cgroup, into which the program must be before it runs
    InProcessProgram *inProcess = nullptr;
    InitEnds ends;
    std::vector<int> supervisorEnds; // the other ends of the pipes, closed at once
};

class SandboxInit
{
public:
    explicit SandboxInit(InitContext context);
    // The init's whole life, in the cloned process.
    [[noreturn]] void run();

    // The memory of this process's command line (argv[0] to the end of the last argument), which the
    // init blanks so the program cannot read the host path of the supervisor.
    static void setCommandLine(char *start, size_t size);

private:
    // Which process programMain sets up: the compile step (the compiler's output goes to the program's
    // standard error, its input is empty) or the program.
    enum class Step { Compile, Program };

    void enterSandbox(const Request &request, const std::string &workDirectory);
    [[noreturn]] void programMain(const Request &request, Step step);
    // Runs the compile step to its end (and whatever it left behind); returns its wait status.
    int compile(const Request &request);
    // Forks the process of `step`; for a step that may start no processes (`noProcesses`), first the
    // socket its seccomp listener comes back on, then answerFirstExecOf. Returns the child's pid.
    pid_t startStep(const Request &request, Step step, bool noProcesses);
    // For a step that may start no processes: takes its seccomp listener and lets its own exec through.
    void answerFirstExecOf(pid_t child);
    // The files of the work directory that `patterns` name, for the compile cache (InitChannel Products).
    static std::vector<std::pair<std::string, std::string>> collectProducts(const std::vector<std::string> &patterns, int64_t maxBytes);
    void killTheRest() const;
    std::string gateFile() const;
    std::string feedGate(const std::string &gate, pid_t program, int &programStatus, bool &programDone);
    [[noreturn]] void fail(const std::string &message, int code = 125);
    static void hideCommandLine();
    static void showCommandLine(const std::vector<std::string> &argv);

    InitContext m_context;
    // From the Go message: whether RLIMIT_AS stands in for a memory cgroup, and the work directory as
    // the program sees it.
    bool m_addressSpaceLimit = false;
    std::string m_workDirectory;
    // The program's end and the init's end of the socket that hands over the seccomp listener of a
    // program that may start no processes (see seccompGroup::kProcesses).
    int m_listenerSocket[2] = {-1, -1};
};

// Whether `program` (may be null) runs the request in-process instead of an exec. Only inside the
// namespaces, where the work directory's path never varies: the loaded program saw the same paths.
bool runsInProcess(InProcessProgram *program, bool userNamespace, const Request &request);

// The program's whole environment: a fixed base (PATH, HOME, TMPDIR, USER, LOGNAME) and the request's
// variables. `home` and `tmp` are the work directory and the temporary directory as the program sees
// them.
std::vector<std::string> programEnvironment(const Request &request, const std::string &home,
                                            const std::string &tmp);

} // namespace sandbox
