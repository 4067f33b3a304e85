// The supervisor of one run: builds the sandbox around the init (SandboxInit.h), then one
// single-threaded poll loop relays the program's streams and enforces every limit. Over ~600 lines
// because that loop and the start-up it depends on share one run's state (descriptors, timers, stop
// reason); what is not that state lives elsewhere: the outcome (Outcome.h), the layer report
// (LayerReport.h), the process tree (ProcessTree.h), the messages to the init (InitChannel.h).
#include "Supervisor.h"

#include "Cgroup.h"
#include "Descriptors.h"
#include "InitChannel.h"
#include "Isolation.h"
#include "LayerReport.h"
#include "ProcessTree.h"

#include <algorithm>
#include <sys/mount.h>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <limits>
#include <memory>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sandbox {

namespace {

constexpr int kTickMs = 10;
constexpr int kInputCheckMs = 40;
constexpr size_t kChunk = 64 * 1024;
constexpr size_t kMaxPendingInput = 1 << 20;
constexpr size_t kMaxGuardReport = 256 * 1024;

// Root's detached copy of a host directory the request shows read-only (see spawnInit), or -1: not
// root (the init binds it by path), nothing asked, or it cannot be had (then `dir` is cleared and the
// run goes without it).
int cloneTree(std::string &dir)
{
    if (dir.empty() || ::geteuid() != 0)
        return -1;
    const int tree = static_cast<int>(::syscall(SYS_open_tree, AT_FDCWD, dir.c_str(), OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC));
    if (tree < 0)
        dir.clear();
    return tree;
}

} // namespace

bool writeFrame(int fd, char type, const std::string &payload)
{
    std::string frame(1, type);
    wire::appendU32(frame, static_cast<uint32_t>(payload.size()));
    frame += payload;
    return writeAll(fd, frame.data(), frame.size());
}

struct Supervisor::Pipes
{
    int stdinPipe[2] = {-1, -1};
    int stdoutPipe[2] = {-1, -1};
    int stderrPipe[2] = {-1, -1};
    int guardPipe[2] = {-1, -1};
    int syncPipe[2] = {-1, -1};
    int statusPipe[2] = {-1, -1};
    int notesPipe[2] = {-1, -1};

    bool create()
    {
        return makePipe(stdinPipe) && makePipe(stdoutPipe) && makePipe(stderrPipe) && makePipe(guardPipe)
               && makePipe(syncPipe) && makePipe(statusPipe) && makePipe(notesPipe);
    }
    ~Pipes()
    {
        for (int *pair : {stdinPipe, stdoutPipe, stderrPipe, guardPipe, syncPipe, statusPipe, notesPipe}) {
            closeFd(pair[0]);
            closeFd(pair[1]);
        }
    }
};

Supervisor::Supervisor(Request request, Switches switches, int inputFd, int eventFd)
    : m_request(std::move(request))
    , m_switches(switches)
    , m_inputFd(inputFd)
    , m_eventFd(eventFd)
{
}

void Supervisor::setLayer(const std::string &id, bool active, const std::string &detail)
{
    m_outcome.setLayer(id, active, detail);
}

Supervisor::Supervisor(Switches switches)
    : m_switches(switches)
{
}

Supervisor::~Supervisor()
{
    cleanUp();
}

bool Supervisor::prepare()
{
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    ::signal(SIGPIPE, SIG_IGN);
    // Without namespaces the init would need the run's host work directory, made per run.
    if (!m_switches.userNamespace)
        return false;
    m_pipes = std::make_unique<Pipes>();
    if (!m_pipes->create())
        return abandon(), false;
    m_prepared = true; // the init cloned below waits for its request on the sync pipe
    createCgroup(Request{});
    std::string error;
    if (!spawnInit(*m_pipes, error) || !m_userNamespace)
        return abandon(), false;
    // The init builds the sandbox's filesystem meanwhile. The slow part of a start on cgroup v1 (an RCU
    // grace period per move) is paid before the run asks: the program, forked by this init, is born in
    // the cgroup.
    if (!writeAll(m_pipes->syncPipe[1], init::encode(init::Message::Mapped)))
        return abandon(), false;
    m_initInCgroup = m_cgroup && m_cgroup->addProcess(m_init);
    trace("prepared");
    return true;
}

void Supervisor::abandon()
{
    if (m_init > 0 && !m_ran) {
        ::kill(m_init, SIGKILL);
        while (::waitpid(m_init, nullptr, 0) < 0 && errno == EINTR) {
        }
        m_init = -1;
    }
    if (!m_ran) {
        closeFd(m_syncFd);
        closeFd(m_mountNamespace);
        m_pipes.reset();
        m_cgroup = nullptr;
        m_cgroupOwner.reset();
        m_prepared = false;
        m_initInCgroup = false;
    }
}

Outcome Supervisor::run(Request request, int inputFd, int eventFd)
{
    m_request = std::move(request);
    m_inputFd = inputFd;
    m_eventFd = eventFd;
    return run();
}

void Supervisor::createCgroup(const Request &request)
{
    if (!m_switches.cgroup)
        return;
    m_cgroupOwner = Cgroup::create({request.memoryBytes, request.processes}, m_cgroupReason);
    m_cgroup = m_cgroupOwner.get();
}

Outcome Supervisor::run()
{
    // If the runner that started us dies, stop the run as if it had been cancelled. A client on a
    // socket is not our parent (a sandbox host is, which may retire or die meanwhile): its hang-up
    // cancels instead.
    ::prctl(PR_SET_PDEATHSIG, m_cancelOnHangUp ? 0 : SIGTERM);
    ::signal(SIGPIPE, SIG_IGN);
    trace("supervisor start");

    std::string error;
    if (m_prepared) {
        // Limits are the request's from here on, before anything of the run exists.
        m_addressSpaceLimit = !(m_cgroup && m_cgroup->hasMemory()) && m_request.addressSpaceLimitOk;
        // The init is in the cgroup too here (it is not when it moves the program in later): one more
        // process than the program may have.
        if (m_cgroup && !m_cgroup->setLimits({m_request.memoryBytes, m_request.processes + (m_initInCgroup ? 1 : 0)}))
            abandon();
        else if (m_startMs = monotonicMs(); !releaseInit(*m_pipes, error))
            abandon(); // the prepared sandbox is gone: build one as if there had been none
    }
    if (!m_prepared) {
        m_pipes = std::make_unique<Pipes>();
        if (!m_pipes->create()) {
            m_outcome.message = std::string("cannot create pipes: ") + std::strerror(errno);
            return m_outcome;
        }
        createCgroup(m_request);
        trace("cgroup ready");
        m_addressSpaceLimit = !(m_cgroup && m_cgroup->hasMemory()) && m_request.addressSpaceLimitOk;
        m_startMs = monotonicMs();
        if (!spawnInit(*m_pipes, error) || !moveInitIntoCgroup(error) || !releaseInit(*m_pipes, error)) {
            m_outcome.status = contract::status::kInternalError;
            m_outcome.message = error;
            if (m_init > 0) {
                ::kill(m_init, SIGKILL);
                ::waitpid(m_init, nullptr, 0);
                m_init = -1;
            }
            removeHostWorkDir(m_hostWorkDir);
            return m_outcome;
        }
    }
    m_ran = true;
    m_compiling = m_request.hasCompileStep();
    describeLayers(m_outcome, layerFacts());

    trace("child started");
    superviseLoop(*m_pipes);
    trace("loop done");

    struct rusage usage {};
    int initStatus = 0;
    while (::wait4(m_init, &initStatus, 0, &usage) < 0 && errno == EINTR) {
    }
    if (!m_userNamespace) {
        // Without a PID namespace, orphans were re-parented to us (a subreaper): none may survive.
        killProcessTree(::getpid());
        while (::waitpid(-1, nullptr, WNOHANG) > 0) {
        }
    }
    trace("init reaped");
    finishOutcome(usage);
    // Part of the run: nothing of it may be left on the host once the outcome is known.
    removeHostWorkDir(m_hostWorkDir);
    m_hostWorkDir.clear();
    return m_outcome;
}

void Supervisor::cleanUp()
{
    if (!m_ran)
        return abandon();
    m_cgroup = nullptr;
    m_cgroupOwner.reset(); // removes the cgroup now that every process in it is gone
    closeFd(m_mountNamespace); // the sandbox's filesystem goes now (see spawnInit)
    m_pipes.reset();
    trace("cleaned up");
}

bool Supervisor::spawnInit(Pipes &pipes, std::string &error)
{
    // Everything the init needs, taken now: after the clone it reads nothing of this object.
    InitContext context;
    context.request = m_prepared ? Request{} : m_request;
    // The precompiled headers and the caller's cache live under the user's cache directory, which
    // root's sandbox (nobody outside) cannot reach by path: root clones each as a detached mount here,
    // which the init attaches. Any other user's sandbox is that user outside and binds it by path.
    int pchTree = cloneTree(context.request.pchDir); // compiled without it when it fails
    context.request.pchTreeFd = pchTree;
    int cacheTree = cloneTree(context.request.cacheDir); // run without it when it fails
    context.request.cacheTreeFd = cacheTree;
    context.switches = m_switches;
    context.prepared = m_prepared;
    context.cgroup = m_cgroup != nullptr;
    context.inProcess = m_inProcess;
    context.ends = {pipes.stdinPipe[0], pipes.stdoutPipe[1], pipes.stderrPipe[1], pipes.guardPipe[1],
                    pipes.syncPipe[0],  pipes.statusPipe[1], pipes.notesPipe[1]};
    context.supervisorEnds = {pipes.stdinPipe[1], pipes.stdoutPipe[0], pipes.stderrPipe[0], pipes.guardPipe[0],
                              pipes.syncPipe[1],  pipes.statusPipe[0], pipes.notesPipe[0]};

    unsigned long flags = SIGCHLD;
    if (m_switches.userNamespace)
        flags |= CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWUTS;

    pid_t pid = static_cast<pid_t>(::syscall(SYS_clone, flags, nullptr, nullptr, nullptr, nullptr));
    m_namespaceReason = m_switches.userNamespace ? "" : "switched off";
    if (pid < 0 && (flags & CLONE_NEWUSER)) {
        // Refused (for example by Ubuntu's AppArmor rule for unprivileged user namespaces): keep the
        // layers that need no privileges.
        m_namespaceReason = std::string("refused by this system: ") + std::strerror(errno);
        if (m_prepared) {
            error = m_namespaceReason;
            return false;
        }
        flags = SIGCHLD;
        pid = static_cast<pid_t>(::syscall(SYS_clone, flags, nullptr, nullptr, nullptr, nullptr));
    }
    m_userNamespace = (flags & CLONE_NEWUSER) != 0;
    if (pid < 0) {
        error = std::string("cannot start the sandbox: ") + std::strerror(errno);
        return false;
    }
    if (!m_userNamespace && pid > 0) {
        // Without a PID namespace, orphans of the run must come back to us rather than escape to the
        // host's init.
        ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    }
    if (pid == 0) {
        context.userNamespace = (flags & CLONE_NEWUSER) != 0;
        SandboxInit(std::move(context)).run();
    }

    m_init = pid;
    // Its last process (the init) would unmount the sandbox's filesystem as it exits, and wait for an
    // RCU grace period there, before its pipes close and the run's outcome can go. Held here instead,
    // it goes in cleanUp(), once the outcome has been sent. Opened now, while the init can still be
    // inspected (it makes itself undumpable later); nothing of the sandbox ever sees this descriptor.
    if (m_userNamespace)
        m_mountNamespace = ::open(("/proc/" + std::to_string(pid) + "/ns/mnt").c_str(), O_RDONLY | O_CLOEXEC);
    closeFd(pchTree);
    closeFd(cacheTree);
    closeFd(pipes.stdinPipe[0]);
    closeFd(pipes.stdoutPipe[1]);
    closeFd(pipes.stderrPipe[1]);
    closeFd(pipes.guardPipe[1]);
    closeFd(pipes.syncPipe[0]);
    closeFd(pipes.statusPipe[1]);
    closeFd(pipes.notesPipe[1]);

    if (m_userNamespace) {
        if (std::string mapError = writeIdMaps(pid); !mapError.empty()) {
            error = "cannot map the sandbox user: " + mapError;
            return false;
        }
    } else if (std::string dirError = makeHostWorkDir(m_hostWorkDir); !dirError.empty()) {
        error = "cannot create a work directory: " + dirError;
        return false;
    }
    return true;
}

bool Supervisor::moveInitIntoCgroup(std::string &error)
{
    // The program's code flows in through a gate once it is in its cgroup (see SandboxInit); a run
    // without one (a compiled language, or a runtime that reads its script itself) has its init moved
    // in before it starts anything, and a compile step's own limits hold first.
    if (!m_cgroup || !m_request.gate.empty() || m_initInCgroup)
        return true;
    const bool compiles = m_request.hasCompileStep();
    const int64_t memory = compiles ? std::max(m_request.compileMemoryBytes, m_request.memoryBytes) : m_request.memoryBytes;
    const int64_t processes = compiles ? m_request.compileProcesses : m_request.processes;
    if (!m_cgroup->setLimits({memory, processes + 1}) || !m_cgroup->addProcess(m_init)) {
        error = "cannot move the sandbox into its cgroup";
        return false;
    }
    m_initInCgroup = true;
    return true;
}

void Supervisor::endCompileStep(int status, int errFd)
{
    const double now = monotonicMs();
    m_outcome.compileMs = now - m_startMs;
    // The compiler and its passes are gone (the init killed what was left), so whatever they wrote is
    // in the pipe already: it goes out before the runner hears that the compile ended.
    std::vector<char> buffer(kChunk);
    ssize_t n;
    while (errFd >= 0 && (n = ::read(errFd, buffer.data(), buffer.size())) > 0)
        forwardOutput('e', buffer.data(), static_cast<size_t>(n));
    m_compiling = false;
    const bool compiled = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    const std::string payload = std::to_string(static_cast<int64_t>(m_outcome.compileMs))
                                + (compiled && m_stop == Stop::None ? " 1" : " 0");
    writeEvent(static_cast<char>(wire::Frame::CompileEnded), payload.data(), payload.size());
    if (!compiled || m_stop != Stop::None) {
        m_compileStatus = status;
        closeFd(m_syncFd); // the init waits for Proceed and ends without it
        return;
    }
    // The program's own limits from here: memory and processes, a wall clock and CPU time of its own.
    if (m_cgroup && !m_cgroup->setLimits({m_request.memoryBytes, m_request.processes + (m_initInCgroup ? 1 : 0)})) {
        m_setupError = "cannot set the program's limits on its cgroup";
        closeFd(m_syncFd);
        return;
    }
    const std::optional<int64_t> cgroupCpu = m_cgroup ? m_cgroup->cpuUsageNs() : std::nullopt;
    // Without a cgroup the init's reaped children (the compiler and its passes) are in its cutime.
    m_compileCpuNs = cgroupCpu ? *cgroupCpu : treeCpuNs(m_init);
    m_lastCpuNs = 0;
    m_startMs = monotonicMs();
    writeAll(m_syncFd, init::encode(init::Message::Proceed));
    closeFd(m_syncFd);
}

bool Supervisor::releaseInit(Pipes &pipes, std::string &error)
{
    // Go: whether the init is in the cgroup already, whether RLIMIT_AS stands in for a memory cgroup,
    // and the host work directory when there is no mount namespace; for an init made before its run
    // was known, the request too.
    const std::string workDirectory = m_userNamespace ? std::string("/work") : m_hostWorkDir;
    // The records of the request, without encodeRequest's length prefix: the message has its own.
    const std::string request = m_prepared ? encodeRequest(m_request).substr(4) : std::string();
    const std::string go = init::encode(init::Message::Go, {{"in_cgroup", m_initInCgroup ? "1" : "0"},
                                                            {"address_space_limit", m_addressSpaceLimit ? "1" : "0"},
                                                            {"work_directory", workDirectory},
                                                            {"request", request}});
    if (!writeAll(pipes.syncPipe[1], go)) {
        error = "the sandbox ended before it started";
        return false;
    }
    // With a cgroup the init is not in yet, the same pipe later says "the program is in its cgroup"
    // (see attachProgram).
    if ((!m_cgroup || m_initInCgroup) && !m_request.hasCompileStep())
        closeFd(pipes.syncPipe[1]);
    m_syncFd = pipes.syncPipe[1];
    pipes.syncPipe[1] = -1;
    return true;
}

LayerFacts Supervisor::layerFacts() const
{
    LayerFacts facts;
    facts.switches = m_switches;
    facts.userNamespace = m_userNamespace;
    facts.namespaceReason = m_namespaceReason;
    facts.cgroup = m_cgroup;
    facts.cgroupReason = m_cgroupReason;
    facts.hostWorkDir = m_hostWorkDir;
    facts.workDirBytes = m_request.workDirBytes;
    facts.workDirFiles = m_request.workDirFiles;
    facts.addressSpaceLimit = m_addressSpaceLimit;
    facts.guard = m_request.guard;
    return facts;
}

bool Supervisor::runsInProcess() const
{
    return sandbox::runsInProcess(m_inProcess, m_userNamespace, m_request);
}

void Supervisor::setCommandLine(char *start, size_t size)
{
    SandboxInit::setCommandLine(start, size);
}

void Supervisor::attachProgram()
{
    if (m_syncFd < 0)
        return;
    const std::vector<pid_t> children = childrenOf(m_init);
    const bool attached = !children.empty() && m_cgroup && m_cgroup->addProcess(children.front());
    trace("program attached");
    if (attached)
        writeAll(m_syncFd, init::encode(init::Message::Attached));
    else if (!children.empty())
        m_setupError = "cannot move the program into its cgroup";
    closeFd(m_syncFd);
}

bool Supervisor::writeEvent(char frameType, const char *data, size_t size)
{
    if (m_eventsBroken)
        return false;
    if (!writeFrame(m_eventFd, frameType, std::string(data, size))) {
        m_eventsBroken = true;
        return false;
    }
    return true;
}

void Supervisor::forwardOutput(char frameType, const char *data, size_t size)
{
    if (m_compiling) {
        // The compiler's messages have a cap of their own and do not count against the program's
        // output; past the cap they are dropped, not a reason to stop.
        const int64_t room = std::max<int64_t>(0, m_request.compileOutputBytes - m_compileOutputBytes);
        const size_t forwarded = static_cast<size_t>(std::min<int64_t>(room, static_cast<int64_t>(size)));
        if (forwarded > 0 && !writeEvent(frameType, data, forwarded) && m_stop == Stop::None) {
            m_stop = Stop::Cancelled;
            killTree();
        }
        m_compileOutputBytes += static_cast<int64_t>(forwarded);
        return;
    }
    const int64_t room = m_request.outputBytes - m_outputBytes;
    const size_t forwarded = static_cast<size_t>(std::max<int64_t>(0, std::min<int64_t>(room, static_cast<int64_t>(size))));
    if (forwarded > 0 && !writeEvent(frameType, data, forwarded) && m_stop == Stop::None) {
        // The runner went away: nobody is left to read the output.
        m_stop = Stop::Cancelled;
        killTree();
    }
    m_outputBytes += static_cast<int64_t>(forwarded);
    if (forwarded < size && m_stop == Stop::None) {
        m_outcome.outputTruncated = true;
        m_stop = Stop::Output;
        killTree();
    }
}

void Supervisor::killTree()
{
    if (m_compiling)
        m_stoppedWhileCompiling = true;
    if (m_endMs == 0)
        m_endMs = monotonicMs();
    if (m_cgroup)
        m_cgroup->killAll();
    if (m_init > 0)
        ::kill(m_init, SIGKILL);
    if (!m_userNamespace)
        killProcessTree(::getpid());
}

std::vector<pid_t> Supervisor::treePids() const
{
    return processTree(m_init);
}

void Supervisor::checkWaitingForInput()
{
    if (m_program <= 0) {
        const std::vector<pid_t> children = childrenOf(m_init);
        if (children.empty())
            return;
        m_program = children.front();
    }
    // The first field of /proc/PID/syscall is the call the process is blocked in: read(0, ...) means it
    // waits for its standard input.
    std::ifstream file("/proc/" + std::to_string(m_program) + "/syscall");
    std::string number, firstArgument;
    const bool waiting = (file >> number >> firstArgument) && number == "0" && firstArgument == "0x0";
    if (waiting && !m_waitingReported)
        writeEvent(static_cast<char>(wire::Frame::InputRequested), nullptr, 0);
    m_waitingReported = waiting;
}

void Supervisor::superviseLoop(Pipes &pipes)
{
    sigset_t stopSignals;
    ::sigemptyset(&stopSignals);
    for (int sig : {SIGTERM, SIGINT, SIGHUP}) {
        // An ignored signal is dropped before it could reach the signalfd, and ignoring is inherited
        // through exec, so whoever started us may have left it on.
        ::signal(sig, SIG_DFL);
        ::sigaddset(&stopSignals, sig);
    }
    ::sigprocmask(SIG_BLOCK, &stopSignals, nullptr);
    const int signalFd = ::signalfd(-1, &stopSignals, SFD_CLOEXEC | SFD_NONBLOCK);

    int outFd = pipes.stdoutPipe[0];
    int errFd = pipes.stderrPipe[0];
    int guardFd = pipes.guardPipe[0];
    int statusFd = pipes.statusPipe[0];
    int notesFd = pipes.notesPipe[0];
    int programInFd = pipes.stdinPipe[1];
    ::fcntl(programInFd, F_SETFL, O_NONBLOCK);
    int inputFd = m_inputFd;
    std::string pendingInput;
    std::string notes;
    init::Reader status;

    double nextTick = m_startMs + kTickMs;
    double nextInputCheck = m_startMs + kInputCheckMs;
    double lastOutput = m_startMs;
    double killedAt = 0;
    std::vector<char> buffer(kChunk);

    // Nonblocking, so that the end of a compile step can drain the compiler's messages (endCompileStep).
    if (errFd >= 0)
        ::fcntl(errFd, F_SETFL, O_NONBLOCK);
    while (outFd >= 0 || errFd >= 0 || statusFd >= 0 || guardFd >= 0 || notesFd >= 0) {
        const double now = monotonicMs();
        // A compile step has its own wall limit (and no CPU limit apart from it); the program's start
        // when the compile ends.
        const double wallDeadline =
            m_startMs + static_cast<double>(m_compiling ? m_request.compileWallMs : m_request.wallMs);
        const int64_t cpuLimitNs = m_compiling ? std::numeric_limits<int64_t>::max() : m_request.cpuMs * 1'000'000;
        const int64_t memoryLimit = m_compiling ? m_request.compileMemoryBytes : m_request.memoryBytes;
        if (m_stop == Stop::None && killedAt == 0 && now >= wallDeadline) {
            // A program that ended in time was not stopped (its status came first); whatever it left
            // still goes.
            if (!m_programStatus)
                m_stop = Stop::Wall;
            killTree();
            killedAt = now;
        }
        if (m_stop != Stop::None && killedAt == 0)
            killedAt = now;
        // Killed processes close their pipes at once; if something still holds one after a grace
        // period (a bug, not a program), stop waiting for it.
        if (killedAt > 0 && now - killedAt > 3000)
            break;

        if (now >= nextTick && m_stop == Stop::None && m_programStatus == std::nullopt) {
            nextTick = now + kTickMs;
            const std::optional<int64_t> cgroupCpu = m_cgroup ? m_cgroup->cpuUsageNs() : std::nullopt;
            const int64_t cpu = (cgroupCpu ? *cgroupCpu : treeCpuNs(m_init)) - m_compileCpuNs;
            m_lastCpuNs = std::max(m_lastCpuNs, cpu);
            if (cpu >= cpuLimitNs) {
                m_stop = Stop::Cpu;
                killTree();
            } else if (m_cgroup && m_cgroup->oomKilled()) {
                // cgroup v1 kills one process per OOM; the survivors could otherwise idle until the
                // wall limit. The run is over the moment its memory ran out.
                m_stop = Stop::Memory;
                killTree();
            } else if (!(m_cgroup && m_cgroup->hasMemory())) {
                auto programPids = [this] {
                    std::vector<pid_t> pids = treePids();
                    pids.erase(std::remove(pids.begin(), pids.end(), m_init), pids.end()); // our helper
                    return pids;
                };
                if (m_treeMemory.measure(programPids, memoryLimit, now).overLimit) {
                    m_stop = Stop::Memory;
                    killTree();
                }
            }
        }
        if (now >= nextInputCheck && m_stop == Stop::None && programInFd >= 0 && m_init > 0) {
            nextInputCheck = now + kInputCheckMs;
            if (now - lastOutput >= kInputCheckMs)
                checkWaitingForInput();
        }

        struct pollfd fds[9];
        int count = 0;
        auto add = [&](int fd, short events) {
            if (fd >= 0)
                fds[count++] = {fd, events, 0};
        };
        add(outFd, POLLIN);
        add(errFd, POLLIN);
        add(guardFd, POLLIN);
        add(statusFd, POLLIN);
        add(notesFd, POLLIN);
        add(signalFd, POLLIN);
        // No events asked for: poll reports a hang-up regardless, and nothing else.
        if (m_cancelOnHangUp && m_stop == Stop::None)
            add(m_eventFd, 0);
        if (inputFd >= 0 && pendingInput.size() < kMaxPendingInput && programInFd >= 0)
            add(inputFd, POLLIN);
        if (programInFd >= 0 && !pendingInput.empty())
            add(programInFd, POLLOUT);

        // Only timers that can still fire bound the wait; once the program has ended or been killed,
        // the loop just drains the pipes.
        const double current = monotonicMs();
        double wait = 50;
        if (m_stop == Stop::None && !m_programStatus) {
            wait = std::min(nextTick, wallDeadline) - current;
            if (programInFd >= 0)
                wait = std::min(wait, nextInputCheck - current);
        }
        const int timeout = std::max(0, static_cast<int>(wait + 0.999));
        const int ready = ::poll(fds, static_cast<nfds_t>(count), timeout);
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;

        for (int i = 0; i < count; ++i) {
            const int fd = fds[i].fd;
            const short events = fds[i].revents;
            if (!events)
                continue;
            if (fd == m_eventFd && m_cancelOnHangUp) {
                if ((events & (POLLHUP | POLLERR)) && m_stop == Stop::None) {
                    m_stop = Stop::Cancelled; // nobody is left to see the run
                    killTree();
                }
                continue;
            }
            if (fd == programInFd) {
                const ssize_t n = ::write(programInFd, pendingInput.data(), pendingInput.size());
                if (n > 0) {
                    pendingInput.erase(0, static_cast<size_t>(n));
                    // The program gets something to read: its next blocked read (even one without
                    // output before it, a second input() with no prompt) is a new request for input.
                    m_waitingReported = false;
                } else if (n < 0 && errno != EAGAIN && errno != EINTR) {
                    pendingInput.clear(); // the program closed its standard input
                    closeFd(programInFd);
                }
                if (programInFd >= 0 && pendingInput.empty() && inputFd < 0)
                    closeFd(programInFd);
                continue;
            }
            const ssize_t n = ::read(fd, buffer.data(), buffer.size());
            if (n < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            const bool eof = n <= 0;
            if (fd == signalFd) {
                if (!eof && m_stop == Stop::None) {
                    m_stop = Stop::Cancelled;
                    killTree();
                }
            } else if (fd == outFd || fd == errFd) {
                if (eof) {
                    closeFd(fd == outFd ? outFd : errFd);
                } else {
                    lastOutput = monotonicMs();
                    m_waitingReported = false;
                    forwardOutput(fd == outFd ? 'o' : 'e', buffer.data(), static_cast<size_t>(n));
                }
            } else if (fd == guardFd) {
                if (eof)
                    closeFd(guardFd);
                else if (m_guardReport.size() < kMaxGuardReport)
                    m_guardReport.append(buffer.data(), static_cast<size_t>(n));
            } else if (fd == notesFd) {
                if (eof)
                    closeFd(notesFd);
                else
                    notes.append(buffer.data(), static_cast<size_t>(n));
            } else if (fd == statusFd) {
                if (eof) {
                    closeFd(statusFd);
                    if (m_endMs == 0)
                        m_endMs = monotonicMs();
                    continue;
                }
                status.append(buffer.data(), static_cast<size_t>(n));
                while (const auto message = status.next()) {
                    if (message->type == init::Message::ProgramStarted) {
                        attachProgram();
                    } else if (message->type == init::Message::Products) {
                        std::string records;
                        for (const auto &[name, content] : message->fields)
                            wire::appendRecord(records, name, content);
                        writeEvent(static_cast<char>(wire::Frame::Artifacts), records.data(), records.size());
                    } else if (message->type == init::Message::CompileEnded) {
                        endCompileStep(message->number("status").value_or(-1), errFd);
                    } else if (message->type == init::Message::ProgramEnded) {
                        m_programStatus = message->number("status");
                        trace("program status");
                        if (m_endMs == 0)
                            m_endMs = monotonicMs();
                    }
                }
            } else if (fd == inputFd) {
                if (eof) {
                    inputFd = -1;
                    if (pendingInput.empty())
                        closeFd(programInFd);
                } else {
                    pendingInput.append(buffer.data(), static_cast<size_t>(n));
                }
            }
        }
    }
    closeFd(programInFd);
    closeFd(m_syncFd);
    for (int *fd : {&outFd, &errFd, &guardFd, &statusFd, &notesFd})
        closeFd(*fd);
    if (signalFd >= 0)
        ::close(signalFd);
    if (m_endMs == 0)
        m_endMs = monotonicMs();
    readNotes(notes);
}

void Supervisor::readNotes(const std::string &notes)
{
    init::Reader reader;
    reader.append(notes.data(), notes.size());
    while (const auto note = reader.next()) {
        if (note->type == init::Message::Failure)
            m_setupError = note->field("message");
        else if (note->type == init::Message::LayerMissing)
            setLayer(note->field("layer"), false, note->field("detail"));
    }
}

void Supervisor::finishOutcome(const struct rusage &usage)
{
    Outcome &out = m_outcome;
    out.wallMs = m_endMs - m_startMs;
    out.preloaded = runsInProcess();

    const double rusageCpuMs = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
                               + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    const std::optional<int64_t> cgroupCpu = m_cgroup ? m_cgroup->cpuUsageNs() : std::nullopt;
    out.cpuMs = std::max(0.0, (cgroupCpu ? static_cast<double>(*cgroupCpu) / 1e6 : rusageCpuMs)
                                  - static_cast<double>(m_compileCpuNs) / 1e6);
    out.cpuMs = std::max(out.cpuMs, static_cast<double>(m_lastCpuNs) / 1e6);

    // ru_maxrss is the largest resident set of one process: a peak the polling may have missed.
    int64_t peakBytes = std::max<int64_t>(m_treeMemory.peakBytes(), static_cast<int64_t>(usage.ru_maxrss) * 1024);
    if (m_cgroup) {
        if (const auto peak = m_cgroup->peakMemoryBytes())
            peakBytes = std::max(peakBytes, *peak);
    }
    out.peakMemoryKb = peakBytes / 1024;

    RunEnd end;
    end.programStatus = m_programStatus;
    end.stop = m_stop;
    end.setupError = m_setupError;
    end.guardReport = m_guardReport;
    end.oomKilled = m_cgroup && m_cgroup->oomKilled();
    end.cpuLimitMs = m_request.cpuMs;
    end.compileStatus = m_compileStatus;
    end.stoppedWhileCompiling = m_stoppedWhileCompiling;
    end.compileWallMs = m_request.compileWallMs;
    end.compileMemoryBytes = m_request.compileMemoryBytes;
    if (m_outcome.compileMs < 0 && m_stoppedWhileCompiling)
        m_outcome.compileMs = m_endMs - m_startMs;
    classifyOutcome(out, end);
}

} // namespace sandbox
