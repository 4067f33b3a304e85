#include "Supervisor.h"

#include "Cgroup.h"
#include "Isolation.h"
#include "Landlock.h"
#include "Seccomp.h"
#include "WireFormat.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <memory>
#include <poll.h>
#include <sstream>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

namespace sandbox {

double monotonicMs()
{
    struct timespec now {};
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<double>(now.tv_sec) * 1000.0 + static_cast<double>(now.tv_nsec) / 1e6;
}

void trace(const char *phase)
{
    static const bool enabled = std::getenv("CODE_REMOTE_SANDBOX_TRACE") != nullptr;
    if (enabled)
        std::fprintf(stderr, "[%d] %.3f %s\n", ::getpid(), monotonicMs(), phase);
}

std::vector<std::string> programEnvironment(const Request &request, const std::string &home, const std::string &tmp)
{
    std::vector<std::string> environment = {
        "PATH=/usr/local/bin:/usr/bin:/bin", "HOME=" + home, "TMPDIR=" + tmp, "USER=sandbox", "LOGNAME=sandbox",
    };
    environment.insert(environment.end(), request.environment.begin(), request.environment.end());
    return environment;
}

namespace {

constexpr int kTickMs = 10;
// Records from the sandbox's init on the status pipe: two ints, a kind and a value.
constexpr int kProgramStarted = 1;
constexpr int kProgramEnded = 2;
constexpr int kInputCheckMs = 40;
constexpr size_t kChunk = 64 * 1024;
constexpr size_t kMaxPendingInput = 1 << 20;
constexpr size_t kMaxGuardReport = 256 * 1024;

// A pipe whose ends sit at descriptor 10 or above, so moving the program's ends onto 0-3 can never
// overwrite another pipe's end.
bool makePipe(int fds[2])
{
    int raw[2];
    if (::pipe2(raw, O_CLOEXEC) != 0)
        return false;
    for (int i = 0; i < 2; ++i) {
        fds[i] = ::fcntl(raw[i], F_DUPFD_CLOEXEC, 10);
        ::close(raw[i]);
    }
    return fds[0] >= 0 && fds[1] >= 0;
}

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

void note(int fd, const std::string &line)
{
    const std::string text = line + "\n";
    writeAll(fd, text.data(), text.size());
}

[[noreturn]] void fail(int notesFd, const std::string &message, int code = 125)
{
    note(notesFd, "F " + message);
    ::_exit(code);
}

std::vector<pid_t> childrenOf(pid_t pid)
{
    std::vector<pid_t> children;
    const std::string taskDir = "/proc/" + std::to_string(pid) + "/task";
    DIR *dir = ::opendir(taskDir.c_str());
    if (!dir)
        return children;
    while (struct dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] == '.')
            continue;
        std::ifstream file(taskDir + "/" + entry->d_name + "/children");
        pid_t child;
        while (file >> child)
            children.push_back(child);
    }
    ::closedir(dir);
    return children;
}

// CPU time in clock ticks (its own and that of the children it has reaped) and resident pages of one
// process, from /proc/PID/stat.
bool processStat(pid_t pid, int64_t &ticks, int64_t &rssPages)
{
    std::ifstream file("/proc/" + std::to_string(pid) + "/stat");
    std::string text;
    if (!std::getline(file, text))
        return false;
    const auto close = text.rfind(')');
    if (close == std::string::npos)
        return false;
    std::istringstream fields(text.substr(close + 2));
    std::string value;
    // Fields after the command name start at field 3 (state); utime, stime, cutime and cstime are
    // 14 to 17, rss is 24.
    ticks = 0;
    for (int field = 3; field <= 24 && fields >> value; ++field) {
        if (field >= 14 && field <= 17)
            ticks += std::stoll(value);
        else if (field == 24)
            rssPages = std::stoll(value);
    }
    return true;
}

// Kills `pid` and everything below it, top down, until nothing is left (a process may fork while we
// look; the sandbox's process limit bounds how long that can go on).
void killProcessTree(pid_t pid)
{
    for (int round = 0; round < 64; ++round) {
        std::vector<pid_t> pending = childrenOf(pid);
        if (pending.empty())
            return;
        while (!pending.empty()) {
            const pid_t victim = pending.back();
            pending.pop_back();
            ::kill(victim, SIGKILL);
            const std::vector<pid_t> below = childrenOf(victim);
            pending.insert(pending.end(), below.begin(), below.end());
        }
        // Reap what we can so the next round sees only what is still alive.
        while (::waitpid(-1, nullptr, WNOHANG) > 0) {
        }
    }
}
} // namespace

bool writeFrame(int fd, char type, const std::string &payload)
{
    std::string frame(1, type);
    wire::appendU32(frame, static_cast<uint32_t>(payload.size()));
    frame += payload;
    return writeAll(fd, frame.data(), frame.size());
}

char *Supervisor::s_commandLine = nullptr;
size_t Supervisor::s_commandLineSize = 0;

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

Switches Switches::fromEnvironment()
{
    Switches switches;
    const char *value = std::getenv("CODE_REMOTE_SANDBOX_DISABLE");
    if (!value)
        return switches;
    std::istringstream list(value);
    std::string item;
    while (std::getline(list, item, ',')) {
        if (item == "userns")
            switches.userNamespace = false;
        else if (item == "cgroup")
            switches.cgroup = false;
        else if (item == "landlock")
            switches.landlock = false;
        else if (item == "seccomp")
            switches.seccomp = false;
    }
    return switches;
}

std::string Outcome::toJson() const
{
    nlohmann::json object;
    object["status"] = status;
    object["exit_code"] = exitCode ? nlohmann::json(*exitCode) : nlohmann::json(nullptr);
    object["signal"] = signal ? nlohmann::json(*signal) : nlohmann::json(nullptr);
    object["limit"] = limit.empty() ? nlohmann::json(nullptr) : nlohmann::json(limit);
    object["wall_ms"] = wallMs;
    object["cpu_ms"] = cpuMs;
    object["peak_memory_kb"] = peakMemoryKb;
    object["output_truncated"] = outputTruncated;
    object["violations"] = nlohmann::json::array();
    for (const Violation &violation : violations) {
        object["violations"].push_back({{"kind", violation.kind},
                                        {"detail", violation.detail},
                                        {"line", violation.line > 0 ? nlohmann::json(violation.line)
                                                                    : nlohmann::json(nullptr)}});
    }
    if (!message.empty())
        object["message"] = message;
    object["preloaded"] = preloaded;
    object["layers"] = nlohmann::json::array();
    for (const Layer &layer : layers) {
        object["layers"].push_back(
            {{"id", layer.id}, {"name", layer.name}, {"active", layer.active}, {"detail", layer.detail}});
    }
    // Program output can hold any bytes; replace what is not UTF-8 rather than fail.
    return object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

Supervisor::Supervisor(Request request, Switches switches, int inputFd, int eventFd)
    : m_request(std::move(request))
    , m_switches(switches)
    , m_inputFd(inputFd)
    , m_eventFd(eventFd)
{
}

void Supervisor::setLayer(const std::string &id, bool active, const std::string &detail)
{
    static const std::pair<const char *, const char *> kNames[] = {
        {"user_namespace", "User namespace"},
        {"pid_namespace", "PID namespace"},
        {"network_namespace", "Network namespace"},
        {"mount_namespace", "Mount namespace (read-only system, no home)"},
        {"ipc_namespace", "IPC namespace"},
        {"uts_namespace", "UTS namespace"},
        {"private_workdir", "Private work directory"},
        {"scrubbed_environment", "Scrubbed environment"},
        {"seccomp", "Seccomp-bpf filter"},
        {"landlock", "Landlock"},
        {"cgroup_memory", "Memory limit (cgroup)"},
        {"cgroup_pids", "Process limit (cgroup)"},
        {"cgroup_cpu", "CPU accounting (cgroup)"},
        {"rlimits", "Resource limits (rlimits)"},
        {"no_new_privs", "No new privileges"},
        {"new_session", "New session, no terminal"},
        {"descriptors", "Only descriptors 0-2"},
        {"tree_kill", "Whole process tree killed"},
    };
    for (Layer &layer : m_outcome.layers) {
        if (layer.id == id) {
            layer.active = active;
            layer.detail = detail;
            return;
        }
    }
    std::string name = id;
    for (const auto &[key, label] : kNames) {
        if (id == key)
            name = label;
    }
    m_outcome.layers.push_back({id, name, active, detail});
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
    if (!writeAll(m_pipes->syncPipe[1], "mapped\n", 7))
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

void Supervisor::describeCgroup()
{
    if (m_cgroup) {
        setLayer("cgroup_memory", m_cgroup->hasMemory(), m_cgroup->description() + " memory");
        setLayer("cgroup_pids", m_cgroup->hasPids(), m_cgroup->description() + (m_cgroup->hasPids() ? " pids" : ": no pids controller"));
        setLayer("cgroup_cpu", m_cgroup->hasCpu(), m_cgroup->description() + (m_cgroup->hasCpu() ? " cpu" : ": no cpu controller"));
    } else if (m_switches.cgroup) {
        setLayer("cgroup_memory", false, m_cgroupReason + "; the tree's memory is polled instead (proportional set size)");
        setLayer("cgroup_pids", false, "no cgroup; RLIMIT_NPROC in the sandbox's user namespace");
        setLayer("cgroup_cpu", false, "no cgroup; CPU time is summed over the process tree");
    } else {
        setLayer("cgroup_memory", false, "switched off; the tree's memory is polled instead (proportional set size)");
        setLayer("cgroup_pids", false, "switched off; RLIMIT_NPROC instead");
        setLayer("cgroup_cpu", false, "switched off; CPU time is summed over the process tree");
    }
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
        if (!spawnInit(*m_pipes, error) || !releaseInit(*m_pipes, error)) {
            m_outcome.status = "internal_error";
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
    describeCgroup();
    describeLayers();

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
    finishOutcome(initStatus, usage);
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
    m_pipes.reset();
    trace("cleaned up");
}

bool Supervisor::spawnInit(Pipes &pipes, std::string &error)
{
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
    if (pid == 0)
        childMain(pipes);

    m_init = pid;
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

bool Supervisor::releaseInit(Pipes &pipes, std::string &error)
{
    // "go": whether the init is in the cgroup already, whether RLIMIT_AS stands in for a memory cgroup,
    // and the host work directory when there is no mount namespace; then, for an init made before its
    // run was known, the request.
    std::string go = std::string(m_initInCgroup ? "1" : "0") + (m_addressSpaceLimit ? "1" : "0") + " "
                     + (m_userNamespace ? std::string("/work") : m_hostWorkDir) + "\n";
    if (m_prepared)
        go += encodeRequest(m_request);
    if (!writeAll(pipes.syncPipe[1], go.data(), go.size())) {
        error = "the sandbox ended before it started";
        return false;
    }
    // With a cgroup the init is not in yet, the same pipe later says "the program is in its cgroup"
    // (see attachProgram).
    if (!m_cgroup || m_initInCgroup)
        closeFd(pipes.syncPipe[1]);
    m_syncFd = pipes.syncPipe[1];
    pipes.syncPipe[1] = -1;
    return true;
}

void Supervisor::describeLayers()
{
    for (const char *id : {"user_namespace", "pid_namespace", "network_namespace", "mount_namespace",
                           "ipc_namespace", "uts_namespace"}) {
        setLayer(id, m_userNamespace, m_userNamespace ? "" : m_namespaceReason);
    }
    if (m_userNamespace) {
        setLayer("private_workdir", true,
                 "tmpfs /work and /tmp, " + std::to_string(m_request.workDirBytes >> 20) + " MiB and "
                     + std::to_string(m_request.workDirFiles) + " files each, gone with the run");
        setLayer("tree_kill", true, "PID namespace: the kernel kills everything when its init ends");
    } else {
        setLayer("private_workdir", true, "host directory " + m_hostWorkDir + ", 0700, removed afterwards");
        setLayer("tree_kill", true, "child subreaper: orphans come back to the supervisor and are killed");
    }
    setLayer("scrubbed_environment", true, "only the language's and the policy's variables");
    setLayer("seccomp", m_switches.seccomp, m_switches.seccomp ? "default-deny allowlist, native ABI only" : "switched off");
    const int abi = landlockAbi();
    setLayer("landlock", m_switches.landlock && abi > 0,
             !m_switches.landlock ? "switched off" : abi > 0 ? "ABI " + std::to_string(abi) : "not offered by this kernel");
    setLayer("rlimits", true,
             std::string("CPU, file size, open files, processes, core 0") + (m_addressSpaceLimit ? ", address space" : ""));
    setLayer("no_new_privs", true, "");
    setLayer("new_session", true, "setsid: no controlling terminal");
    setLayer("descriptors", true, m_request.guard ? "the guard's report pipe closes before the program starts" : "");
}

void Supervisor::childMain(Pipes &pipes)
{
    const int notesFd = pipes.notesPipe[1];
    // If the supervisor dies, so does everything here: with a PID namespace the kernel kills the rest.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    closeFd(pipes.stdinPipe[1]);
    closeFd(pipes.stdoutPipe[0]);
    closeFd(pipes.stderrPipe[0]);
    closeFd(pipes.guardPipe[0]);
    closeFd(pipes.syncPipe[1]);
    closeFd(pipes.statusPipe[0]);
    closeFd(pipes.notesPipe[0]);

    auto readLine = [&pipes] {
        std::string line;
        char c;
        while (::read(pipes.syncPipe[0], &c, 1) == 1 && c != '\n')
            line.push_back(c);
        return line;
    };
    // Takes the sandbox's identity and builds its filesystem (sized for `request`), or enters the host
    // work directory when there is no mount namespace.
    auto enterSandbox = [&](const Request &request, const std::string &workDirectory) {
        hideCommandLine();
        // The bounding set can only be emptied with CAP_SETPCAP, which root loses when it becomes nobody
        // below; inside a user namespace the program process empties it itself.
        if (!m_userNamespace && ::getuid() == 0)
            dropBoundingSet();
        if (std::string error = becomeSandboxUser(m_userNamespace); !error.empty())
            fail(notesFd, "identity: " + error);
        trace("init: go");
        if (m_userNamespace) {
            bool procMounted = false;
            if (std::string error = buildFilesystem(request, procMounted); !error.empty())
                fail(notesFd, "filesystem: " + error);
            ::sethostname("sandbox", 7);
        } else {
            m_hostWorkDir = workDirectory;
            if (::chdir(m_hostWorkDir.c_str()) != 0)
                fail(notesFd, "cannot enter the work directory");
            // Orphans of the program come back to us instead of escaping to the host's init.
            ::prctl(PR_SET_CHILD_SUBREAPER, 1);
        }
    };
    // Prepared before its run: once the ids are mapped, the filesystem is built with the default sizes.
    const Request defaultSizes;
    if (m_prepared) {
        if (readLine() != "mapped")
            ::_exit(1);
        enterSandbox(defaultSizes, {});
    }

    // Wait until the supervisor says go (see releaseInit).
    const std::string go = readLine();
    if (go.size() < 4)
        ::_exit(1);
    const bool inCgroup = go[0] == '1';
    m_addressSpaceLimit = go[1] == '1';
    const std::string workDirectory = go.substr(3);
    if (m_prepared) {
        std::string error;
        const std::optional<Request> request = readRequest(pipes.syncPipe[0], error);
        if (!request)
            fail(notesFd, "request: " + error);
        m_request = *request;
        if (m_request.workDirBytes != defaultSizes.workDirBytes || m_request.workDirFiles != defaultSizes.workDirFiles) {
            if (std::string error = resizeWorkDirectories(m_request); !error.empty())
                fail(notesFd, "filesystem: " + error);
        }
    } else {
        enterSandbox(m_request, workDirectory);
    }
    const bool attachLater = m_cgroup && !inCgroup;
    if (!attachLater)
        closeFd(pipes.syncPipe[0]);

    // Moving a process into a cgroup v1 waits for an RCU grace period (8-13 ms here), longer than the
    // interpreter takes to start. So unless this init was moved before its run was asked for (a
    // prepared sandbox: the program is then born inside), the program starts at once, outside its
    // cgroup, with its script replaced by a FIFO; the supervisor moves it while the interpreter
    // initialises, and only then does the script flow in. No code of the user's runs, and nothing can
    // fork, before the program is inside its cgroup.
    const std::string gate = attachLater ? gateFile() : std::string();
    // A reader that goes away must give the FIFO's writer an error, not kill it.
    ::signal(SIGPIPE, SIG_IGN);
    if (std::string error = writeFiles(m_request, gate); !error.empty())
        fail(notesFd, "files: " + error);
    ::prctl(PR_SET_DUMPABLE, 0);
    trace("init: filesystem ready");

    const pid_t program = ::fork();
    if (program < 0)
        fail(notesFd, std::string("fork: ") + std::strerror(errno));
    if (program == 0)
        programMain(pipes);

    closeFd(pipes.stdinPipe[0]);
    closeFd(pipes.stdoutPipe[1]);
    closeFd(pipes.stderrPipe[1]);
    closeFd(pipes.guardPipe[1]);

    int programStatus = 0;
    bool programDone = false;
    if (attachLater) {
        const int started[2] = {kProgramStarted, 0};
        writeAll(pipes.statusPipe[1], reinterpret_cast<const char *>(started), sizeof started);
        char attached = 0;
        if (::read(pipes.syncPipe[0], &attached, 1) != 1 || attached != 'A') {
            ::kill(program, SIGKILL); // never run outside the cgroup
        } else if (!gate.empty()) {
            if (std::string error = feedGate(gate, program, programStatus, programDone); !error.empty())
                note(notesFd, "F files: " + error);
        }
        closeFd(pipes.syncPipe[0]);
    }
    closeFd(pipes.notesPipe[1]);

    // The init of the sandbox: reap everything; when the program ends, the run ends, and whatever it
    // left behind is killed.
    if (programDone) {
        if (m_userNamespace)
            ::kill(-1, SIGKILL);
        else
            killProcessTree(::getpid());
    }
    for (;;) {
        int status = 0;
        const pid_t pid = ::waitpid(-1, &status, 0);
        if (pid < 0) {
            if (errno == EINTR)
                continue;
            break; // ECHILD: nothing left
        }
        if (pid == program) {
            programStatus = status;
            programDone = true;
            if (m_userNamespace)
                ::kill(-1, SIGKILL); // every other process of this PID namespace
            else
                killProcessTree(::getpid());
        }
    }
    if (programDone) {
        const int message[2] = {kProgramEnded, programStatus};
        writeAll(pipes.statusPipe[1], reinterpret_cast<const char *>(message), sizeof message);
    }
    ::_exit(0);
}

void Supervisor::programMain(Pipes &pipes)
{
    const int notesFd = pipes.notesPipe[1];
    ::setsid();
    if (::dup2(pipes.stdinPipe[0], 0) < 0 || ::dup2(pipes.stdoutPipe[1], 1) < 0 || ::dup2(pipes.stderrPipe[1], 2) < 0)
        fail(notesFd, "cannot connect standard streams");
    if (m_request.guard && ::dup2(pipes.guardPipe[1], 3) < 0)
        fail(notesFd, "cannot connect the guard's pipe");
    // Everything past 0-2 (and the guard's 3) closes at exec; the notes pipe stays usable until then.
    const unsigned int firstToClose = m_request.guard ? 4 : 3;
    if (::syscall(SYS_close_range, firstToClose, ~0U, CLOSE_RANGE_CLOEXEC) != 0) {
        for (int fd = static_cast<int>(firstToClose); fd < 4096; ++fd)
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    }

    sigset_t all;
    ::sigfillset(&all);
    ::sigprocmask(SIG_UNBLOCK, &all, nullptr);
    for (int sig = 1; sig < NSIG; ++sig) {
        if (sig != SIGKILL && sig != SIGSTOP)
            ::signal(sig, SIG_DFL);
    }
    // A write past the file-size limit fails with EFBIG instead of killing the program.
    ::signal(SIGXFSZ, SIG_IGN);
    // A run ended by SIGSYS is reported as a forbidden system call, so no SIGSYS but seccomp's may end
    // it: ignored here (inherited through fork and exec), and the filter refuses to change that.
    // seccomp's kill overrides the disposition.
    ::signal(SIGSYS, SIG_IGN);

    applyRlimits(m_request, m_addressSpaceLimit);

    std::vector<std::string> environment = m_userNamespace ? programEnvironment(m_request, "/work", "/tmp")
                                                           : programEnvironment(m_request, m_hostWorkDir, m_hostWorkDir);
    const bool inProcess = runsInProcess();
    std::vector<char *> envp;
    for (std::string &entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    std::vector<std::string> arguments = m_request.argv;
    std::vector<char *> argv;
    for (std::string &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        fail(notesFd, "no_new_privs refused");
    trace("program: landlock");

    if (m_switches.landlock && landlockAbi() > 0) {
        LandlockRules rules;
        if (m_userNamespace) {
            // Everything under this root is the sandbox's own read-only view.
            rules.readOnly = {"/"};
            rules.readWrite = {"/work", "/tmp", "/dev/shm"};
        } else {
            // Without a mount namespace this is the host's filesystem: the system directories only.
            rules.readOnly = {"/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc"};
            rules.readWrite = {m_hostWorkDir};
        }
        rules.devices = {"/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom"};
        // The kernel offers Landlock, so failing to apply it is a fault, not a missing layer: no run.
        if (std::string error = applyLandlock(rules); !error.empty())
            fail(notesFd, error);
    }

    dropCapabilities();

    trace("program: seccomp");
    if (m_switches.seccomp) {
        SeccompOptions options;
        options.allowUnixSockets = m_userNamespace;
        if (std::string error = applySeccomp(options); !error.empty()) {
            // A kernel without seccomp lacks a layer, which --sandbox-info reports; a filter that does
            // not load where seccomp exists is a fault and the program does not run.
            if (::prctl(PR_GET_SECCOMP, 0, 0, 0, 0) < 0 && errno == EINVAL)
                note(notesFd, "N seccomp not offered by this kernel");
            else
                fail(notesFd, error);
        }
    }

    if (inProcess) {
        trace("program: in-process");
        showCommandLine(m_request.argv);
        // No exec will close them: descriptors past 0-2 (and the guard's 3) go now, the notes pipe too.
        if (::syscall(SYS_close_range, firstToClose, ~0U, 0) != 0) {
            for (int fd = static_cast<int>(firstToClose); fd < 4096; ++fd)
                ::close(fd);
        }
        m_inProcess->run(environment);
    }
    trace("program: exec");
    ::execve(argv[0], argv.data(), envp.data());
    fail(notesFd, "cannot start " + m_request.argv.front() + ": " + std::strerror(errno), 127);
}

bool Supervisor::runsInProcess() const
{
    // Only inside the namespaces, where the work directory's path never varies: the loaded program
    // saw the same paths.
    return m_inProcess && m_userNamespace
           && m_inProcess->accepts(m_request, programEnvironment(m_request, "/work", "/tmp"));
}

void Supervisor::setCommandLine(char *start, size_t size)
{
    s_commandLine = start;
    s_commandLineSize = size;
}

void Supervisor::hideCommandLine()
{
    // The init is a fork of this supervisor, so /proc/1/cmdline inside the sandbox would show where the
    // supervisor lives on the host (a home directory, a user name). Overwrite the argument area.
    if (!s_commandLine || s_commandLineSize == 0)
        return;
    std::memset(s_commandLine, 0, s_commandLineSize);
    std::strncpy(s_commandLine, "sandbox-init", s_commandLineSize - 1);
}

void Supervisor::showCommandLine(const std::vector<std::string> &argv)
{
    // A program run in-process shows the command it stands for, as far as the space allows.
    if (!s_commandLine || s_commandLineSize == 0)
        return;
    std::memset(s_commandLine, 0, s_commandLineSize);
    size_t used = 0;
    for (const std::string &arg : argv) {
        if (used + arg.size() + 1 > s_commandLineSize)
            break;
        std::memcpy(s_commandLine + used, arg.data(), arg.size());
        used += arg.size() + 1;
    }
}

std::string Supervisor::gateFile() const
{
    // Only a file of the request can be a gate; the runner names the one holding the user's code,
    // which the interpreter (or the guard) opens once, after it has started.
    for (const auto &file : m_request.files) {
        if (file.first == m_request.gate)
            return file.first;
    }
    return {};
}

std::string Supervisor::feedGate(const std::string &gate, pid_t program, int &programStatus, bool &programDone)
{
    std::string content;
    for (const auto &file : m_request.files) {
        if (file.first == gate)
            content = file.second;
    }
    // The real file goes in under a temporary name first: it replaces the FIFO before the program sees
    // the end of its script, so a traceback that rereads the file finds the source.
    const std::string staged = "." + gate + ".staged";
    Request staging;
    staging.files = {{staged, content}};
    if (std::string error = writeFiles(staging, {}); !error.empty())
        return error;
    int fd = -1;
    while ((fd = ::open(gate.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC)) < 0) {
        if (errno != ENXIO)
            return std::string("open ") + gate + ": " + std::strerror(errno);
        // Nobody reads yet: the interpreter is still starting, or it ended without opening the script.
        if (::waitpid(program, &programStatus, WNOHANG) == program) {
            programDone = true;
            return {};
        }
        ::usleep(200);
    }
    ::fcntl(fd, F_SETFL, 0);
    writeAll(fd, content.data(), content.size()); // a program that stops reading just ends the write
    ::rename(staged.c_str(), gate.c_str());
    ::close(fd);
    return {};
}

void Supervisor::attachProgram()
{
    if (m_syncFd < 0)
        return;
    const std::vector<pid_t> children = childrenOf(m_init);
    const bool attached = !children.empty() && m_cgroup && m_cgroup->addProcess(children.front());
    trace("program attached");
    if (attached)
        writeAll(m_syncFd, "A", 1);
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
    std::vector<pid_t> pids;
    std::vector<pid_t> pending{m_init};
    while (!pending.empty()) {
        const pid_t pid = pending.back();
        pending.pop_back();
        pids.push_back(pid);
        const std::vector<pid_t> below = childrenOf(pid);
        pending.insert(pending.end(), below.begin(), below.end());
    }
    return pids;
}

int64_t Supervisor::treeCpuNs() const
{
    static const int64_t ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    int64_t ticks = 0;
    for (pid_t pid : treePids()) {
        int64_t processTicks = 0, rss = 0;
        if (processStat(pid, processTicks, rss))
            ticks += processTicks;
    }
    // Processes that already ended count through the cutime/cstime of whoever reaped them.
    return ticks * (1'000'000'000 / ticksPerSecond);
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
    std::string statusBytes;

    const double wallDeadline = m_startMs + static_cast<double>(m_request.wallMs);
    const int64_t cpuLimitNs = m_request.cpuMs * 1'000'000;
    double nextTick = m_startMs + kTickMs;
    double nextInputCheck = m_startMs + kInputCheckMs;
    double lastOutput = m_startMs;
    double killedAt = 0;
    std::vector<char> buffer(kChunk);

    while (outFd >= 0 || errFd >= 0 || statusFd >= 0 || guardFd >= 0 || notesFd >= 0) {
        const double now = monotonicMs();
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
            const int64_t cpu = cgroupCpu ? *cgroupCpu : treeCpuNs();
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
                if (m_treeMemory.measure(programPids, m_request.memoryBytes, now).overLimit) {
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
                statusBytes.append(buffer.data(), static_cast<size_t>(n));
                while (statusBytes.size() >= 2 * sizeof(int)) {
                    int message[2];
                    std::memcpy(message, statusBytes.data(), sizeof message);
                    statusBytes.erase(0, sizeof message);
                    if (message[0] == kProgramStarted) {
                        attachProgram();
                    } else if (message[0] == kProgramEnded) {
                        m_programStatus = message[1];
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
    readLayerNotes(notes);
}

void Supervisor::readLayerNotes(const std::string &notes)
{
    std::istringstream lines(notes);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.rfind("F ", 0) == 0) {
            m_setupError = line.substr(2);
        } else if (line.rfind("N ", 0) == 0) {
            const auto space = line.find(' ', 2);
            const std::string id = line.substr(2, space == std::string::npos ? std::string::npos : space - 2);
            setLayer(id, false, space == std::string::npos ? "" : line.substr(space + 1));
        }
    }
}

void Supervisor::finishOutcome(int initStatus, const struct rusage &usage)
{
    (void)initStatus;
    Outcome &out = m_outcome;
    out.wallMs = m_endMs - m_startMs;
    out.preloaded = runsInProcess();

    const double rusageCpuMs = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
                               + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    const std::optional<int64_t> cgroupCpu = m_cgroup ? m_cgroup->cpuUsageNs() : std::nullopt;
    out.cpuMs = cgroupCpu ? static_cast<double>(*cgroupCpu) / 1e6 : rusageCpuMs;
    out.cpuMs = std::max(out.cpuMs, static_cast<double>(m_lastCpuNs) / 1e6);

    // ru_maxrss is the largest resident set of one process: a peak the polling may have missed.
    int64_t peakBytes = std::max<int64_t>(m_treeMemory.peakBytes(), static_cast<int64_t>(usage.ru_maxrss) * 1024);
    if (m_cgroup) {
        if (const auto peak = m_cgroup->peakMemoryBytes())
            peakBytes = std::max(peakBytes, *peak);
    }
    out.peakMemoryKb = peakBytes / 1024;

    if (m_programStatus) {
        const int status = *m_programStatus;
        if (WIFEXITED(status))
            out.exitCode = WEXITSTATUS(status);
        else if (WIFSIGNALED(status))
            out.signal = WTERMSIG(status);
    } else if (m_stop != Stop::None) {
        out.signal = SIGKILL;
    }

    if (!m_setupError.empty()) {
        out.status = "internal_error";
        out.message = m_setupError;
        out.exitCode.reset();
        return;
    }

    // The guard's report came through a pipe the program could no longer write to once it started,
    // so it is the supervisor's knowledge, not the program's word.
    bool compileError = false;
    std::istringstream report(m_guardReport);
    std::string line;
    while (std::getline(report, line)) {
        const nlohmann::json entry = nlohmann::json::parse(line, nullptr, false);
        if (!entry.is_object())
            continue;
        Violation violation;
        violation.kind = entry.value("kind", "");
        violation.detail = entry.value("detail", "");
        violation.line = entry.contains("line") && entry["line"].is_number_integer() ? entry["line"].get<int>() : 0;
        if (violation.kind == "compile")
            compileError = true;
        else if (!violation.kind.empty())
            out.violations.push_back(violation);
        if (violation.kind == "compile" && out.message.empty())
            out.message = violation.detail;
    }

    const bool oom = m_cgroup && m_cgroup->oomKilled();
    const int signal = out.signal.value_or(0);
    if (m_stop == Stop::Cancelled) {
        out.status = "cancelled";
    } else if (compileError) {
        out.status = "compile_error";
    } else if (!out.violations.empty()) {
        out.status = "security_violation";
    } else if (m_stop == Stop::Output) {
        out.status = "output_limit";
    } else if (m_stop == Stop::Memory || oom) {
        out.status = "memory_limit";
    } else if (m_stop == Stop::Wall) {
        out.status = "time_limit";
        out.limit = "wall";
    } else if (m_stop == Stop::Cpu) {
        out.status = "time_limit";
        out.limit = "cpu";
    } else if (signal == SIGSYS) {
        // The program's SIGSYS is ignored and pinned so (programMain, SeccompFilter): a SIGSYS it sends
        // itself is discarded, and only seccomp's kill, which overrides the disposition, ends it so.
        out.status = "security_violation";
        out.violations.push_back({"syscall", "forbidden system call (the process was killed by seccomp)", 0});
    } else if (signal != 0 && out.cpuMs >= static_cast<double>(m_request.cpuMs)) {
        // RLIMIT_CPU's SIGXCPU or SIGKILL, the backstop for a supervisor that fell behind. Which signal
        // it was proves nothing (a program can send either to itself); the CPU time measured does.
        out.status = "time_limit";
        out.limit = "cpu";
    } else if (out.exitCode == 0) {
        out.status = "ok";
    } else {
        out.status = "runtime_error";
    }
}

} // namespace sandbox
