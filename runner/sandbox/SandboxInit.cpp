#include "SandboxInit.h"

#include "Descriptors.h"
#include "InitChannel.h"
#include "Isolation.h"
#include "Landlock.h"
#include "ProcessTree.h"
#include "Seccomp.h"
#include "Trace.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sstream>
#include <dirent.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

namespace sandbox {

namespace {
char *s_commandLine = nullptr;
size_t s_commandLineSize = 0;

bool sendDescriptor(int socket, int fd)
{
    char byte = 'l';
    iovec data{&byte, 1};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    msghdr message{};
    message.msg_iov = &data;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    cmsghdr *header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(sizeof(int));
    std::memcpy(CMSG_DATA(header), &fd, sizeof fd);
    return ::sendmsg(socket, &message, MSG_NOSIGNAL) == 1;
}

// -1 when the other end closed without sending one.
int receiveDescriptor(int socket)
{
    char byte = 0;
    iovec data{&byte, 1};
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))] = {};
    msghdr message{};
    message.msg_iov = &data;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    ssize_t n;
    while ((n = ::recvmsg(socket, &message, MSG_CMSG_CLOEXEC)) < 0 && errno == EINTR) {
    }
    const cmsghdr *header = n == 1 ? CMSG_FIRSTHDR(&message) : nullptr;
    if (!header || header->cmsg_level != SOL_SOCKET || header->cmsg_type != SCM_RIGHTS)
        return -1;
    int fd = -1;
    std::memcpy(&fd, CMSG_DATA(header), sizeof fd);
    return fd;
}

// The program's own exec goes through; every later one fails (seccompGroup::kProcesses).
void answerFirstExec(int listener, pid_t program)
{
    // A program that dies before its exec leaves a listener nobody will notify: poll, not block.
    for (;;) {
        pollfd fd{listener, POLLIN, 0};
        const int ready = ::poll(&fd, 1, 100);
        if (ready > 0 && (fd.revents & POLLIN)) {
            allowFirstExec(listener);
            return;
        }
        if ((ready > 0 && (fd.revents & (POLLHUP | POLLERR))) || ::kill(program, 0) != 0) {
            ::close(listener);
            return;
        }
    }
}
} // namespace

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

std::vector<std::string> programEnvironment(const Request &request, const std::string &home,
                                            const std::string &tmp)
{
    std::vector<std::string> environment = {
        "PATH=/usr/local/bin:/usr/bin:/bin",
        "HOME=" + home,
        "TMPDIR=" + tmp,
        "USER=sandbox",
        "LOGNAME=sandbox",
    };
    environment.insert(environment.end(), request.environment.begin(), request.environment.end());
    return environment;
}

bool runsInProcess(InProcessProgram *program, bool userNamespace, const Request &request)
{
    return program && userNamespace &&
           program->accepts(request, programEnvironment(request, "/work", "/tmp"));
}

SandboxInit::SandboxInit(InitContext context)
    : m_context(std::move(context))
{
}

void SandboxInit::fail(const std::string &message, int code)
{
    writeAll(m_context.ends.notes, init::encode(init::Message::Failure, {{"message", message}}));
    ::_exit(code);
}

void SandboxInit::enterSandbox(const Request &request, const std::string &workDirectory)
{
    // Takes the sandbox's identity and builds its filesystem (sized for `request`), or enters the host
    // work directory when there is no mount namespace.
    hideCommandLine();
    // The bounding set can only be emptied with CAP_SETPCAP, which root loses when it becomes nobody
    // below; inside a user namespace the program process empties it itself.
    if (!m_context.userNamespace && ::getuid() == 0)
        dropBoundingSet();
    if (std::string error = becomeSandboxUser(m_context.userNamespace); !error.empty())
        fail("identity: " + error);
    trace("init: go");
    if (m_context.userNamespace) {
        bool procMounted = false;
        if (std::string error = buildFilesystem(request, procMounted); !error.empty())
            fail("filesystem: " + error);
        // The sandbox's own UTS namespace: a program never sees the machine's name.
        if (::sethostname("sandbox", 7) != 0)
            fail("hostname: " + std::string(std::strerror(errno)));
    } else {
        if (::chdir(workDirectory.c_str()) != 0)
            fail("cannot enter the work directory");
        // Orphans of the program come back to us instead of escaping to the host's init.
        ::prctl(PR_SET_CHILD_SUBREAPER, 1);
    }
}

void SandboxInit::run()
{
    InitEnds &ends = m_context.ends;
    // If the supervisor dies, so does everything here: with a PID namespace the kernel kills the rest.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    for (int &fd : m_context.supervisorEnds)
        closeFd(fd);

    // Prepared before its run: once the ids are mapped, the filesystem is built with the default sizes.
    const Request defaultSizes;
    if (m_context.prepared) {
        const auto mapped = init::readMessage(ends.fromSupervisor);
        if (!mapped || mapped->type != init::Message::Mapped)
            ::_exit(1);
        enterSandbox(defaultSizes, {});
    }

    // Wait until the supervisor says go (see Supervisor::releaseInit).
    const auto go = init::readMessage(ends.fromSupervisor);
    if (!go || go->type != init::Message::Go)
        ::_exit(1);
    const bool inCgroup = go->flag("in_cgroup");
    m_addressSpaceLimit = go->flag("address_space_limit");
    m_workDirectory = go->field("work_directory");
    Request &request = m_context.request;
    if (m_context.prepared) {
        std::string error;
        const std::optional<Request> sent = parseRequest(go->field("request"), error);
        if (!sent)
            fail("request: " + error);
        request = *sent;
        if (request.workDirBytes != defaultSizes.workDirBytes ||
            request.workDirFiles != defaultSizes.workDirFiles) {
            if (std::string error = resizeWorkDirectories(request); !error.empty())
                fail("filesystem: " + error);
        }
    } else {
        enterSandbox(request, m_workDirectory);
    }
    const bool attachLater = m_context.cgroup && !inCgroup;
    // With a compile step the supervisor says when the program may start (it sets the program's
    // limits on the cgroup first), on the same pipe.
    if (!attachLater && !request.hasCompileStep())
        closeFd(ends.fromSupervisor);

    // Moving a process into a cgroup v1 waits for an RCU grace period (8-13 ms here), longer than the
    // interpreter takes to start. So unless this init was moved before its run was asked for (a
    // prepared sandbox: the program is then born inside), the program starts at once, outside its
    // cgroup, with its script replaced by a FIFO; the supervisor moves it while the interpreter
    // initialises, and only then does the script flow in. No code of the user's runs, and nothing can
    // fork, before the program is inside its cgroup.
    const std::string gate = attachLater ? gateFile() : std::string();
    // A reader that goes away must give the FIFO's writer an error, not kill it.
    ::signal(SIGPIPE, SIG_IGN);
    if (std::string error = writeFiles(request, gate); !error.empty())
        fail("files: " + error);
    ::prctl(PR_SET_DUMPABLE, 0);
    trace("init: filesystem ready");

    if (request.hasCompileStep()) {
        const int compileStatus = compile(request);
        if (WIFEXITED(compileStatus) && WEXITSTATUS(compileStatus) == 0 && !request.collect.empty())
            writeAll(ends.status, init::encodeRecords(init::Message::Products, collectProducts(request.collect, request.collectMaxBytes)));
        writeAll(ends.status, init::encode(init::Message::CompileEnded, {{"status", std::to_string(compileStatus)}}));
        const auto proceed = init::readMessage(ends.fromSupervisor);
        if (!WIFEXITED(compileStatus) || WEXITSTATUS(compileStatus) != 0 || !proceed
            || proceed->type != init::Message::Proceed)
            ::_exit(0); // no program: the supervisor reports the compile's end
        if (!attachLater)
            closeFd(ends.fromSupervisor);
    }

    const bool noProcesses = request.seccomp == contract::seccomp::kNoProcesses && m_context.switches.seccomp;
    const pid_t program = startStep(request, Step::Program, noProcesses);

    closeFd(ends.programInput);
    closeFd(ends.programOutput);
    closeFd(ends.programErrors);
    closeFd(ends.guardReport);

    int programStatus = 0;
    bool programDone = false;
    if (attachLater) {
        writeAll(ends.status, init::encode(init::Message::ProgramStarted));
        const auto attached = init::readMessage(ends.fromSupervisor);
        if (!attached || attached->type != init::Message::Attached) {
            ::kill(program, SIGKILL); // never run outside the cgroup
        } else if (!gate.empty()) {
            if (std::string error = feedGate(gate, program, programStatus, programDone); !error.empty())
                writeAll(ends.notes, init::encode(init::Message::Failure, {{"message", "files: " + error}}));
        }
        closeFd(ends.fromSupervisor);
    }
    closeFd(ends.notes);

    // The init of the sandbox: reap everything; when the program ends, the run ends, and whatever it
    // left behind is killed.
    if (programDone)
        killTheRest();
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
            killTheRest();
        }
    }
    if (programDone) {
        const std::string status = std::to_string(programStatus);
        writeAll(ends.status, init::encode(init::Message::ProgramEnded, {{"status", status}}));
    }
    ::_exit(0);
}

pid_t SandboxInit::startStep(const Request &request, Step step, bool noProcesses)
{
    if (noProcesses && ::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, m_listenerSocket) != 0)
        fail(std::string("socketpair: ") + std::strerror(errno));
    const pid_t child = ::fork();
    if (child < 0)
        fail(std::string("fork: ") + std::strerror(errno));
    if (child == 0)
        programMain(request, step);
    if (noProcesses)
        answerFirstExecOf(child);
    return child;
}

void SandboxInit::answerFirstExecOf(pid_t child)
{
    closeFd(m_listenerSocket[0]);
    const int listener = receiveDescriptor(m_listenerSocket[1]);
    closeFd(m_listenerSocket[1]);
    if (listener >= 0)
        answerFirstExec(listener, child);
}

std::vector<std::pair<std::string, std::string>> SandboxInit::collectProducts(const std::vector<std::string> &patterns, int64_t maxBytes)
{
    // Regular files only, never through a link, within a size the cache would keep; nothing of the
    // program has run yet, so these are what the compiler made.
    const off_t kMaxFile = off_t(maxBytes);
    const size_t kMaxTotal = size_t(maxBytes) * 2;
    auto matches = [&patterns](const std::string &name) {
        for (const std::string &pattern : patterns) {
            if (pattern == name)
                return true;
            if (pattern.size() > 1 && pattern[0] == '*' && name.size() >= pattern.size() - 1
                && name.compare(name.size() - (pattern.size() - 1), pattern.size() - 1, pattern, 1) == 0)
                return true;
        }
        return false;
    };
    std::vector<std::pair<std::string, std::string>> products;
    size_t total = 0;
    DIR *dir = ::opendir(".");
    if (!dir)
        return products;
    while (const dirent *entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (name == "." || name == ".." || !matches(name))
            continue;
        const int fd = ::open(name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
        struct stat info {};
        if (fd < 0)
            continue;
        std::string content;
        if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && info.st_size <= kMaxFile
            && total + size_t(info.st_size) <= kMaxTotal) {
            content.resize(size_t(info.st_size));
            if (readExactly(fd, content.data(), content.size())) {
                total += content.size();
                products.emplace_back(name, std::move(content));
            }
        }
        ::close(fd);
    }
    ::closedir(dir);
    return products;
}

void SandboxInit::killTheRest() const
{
    if (m_context.userNamespace)
        ::kill(-1, SIGKILL); // every other process of this PID namespace
    else
        killProcessTree(::getpid());
}

int SandboxInit::compile(const Request &request)
{
    // The compiler is confined as the program is (same filesystem, Landlock, seccomp, cgroup), with
    // the compile step's own limits. Its passes may start processes; the program's profile applies
    // to the program only.
    Request step = request;
    step.argv = request.compileArgv;
    step.compileArgv.clear();
    step.memoryBytes = request.compileMemoryBytes;
    step.processes = request.compileProcesses;
    step.cpuMs = request.compileWallMs;
    // The compiler's own seccomp groups: g++'s driver starts its passes, javac starts nothing (then
    // its exec is the only one, as for a program of the no_processes profile).
    const bool noProcesses = !(request.compileSeccompGroups & seccompGroup::kProcesses) && m_context.switches.seccomp;
    step.seccomp = noProcesses ? contract::seccomp::kNoProcesses : contract::seccomp::kStandard;
    step.seccompGroups = request.compileSeccompGroups;
    step.guard = false;
    step.addressSpaceLimitOk = false;
    trace("init: compile");
    const pid_t compiler = startStep(step, Step::Compile, noProcesses);
    int compilerStatus = 0;
    for (;;) {
        int status = 0;
        const pid_t pid = ::waitpid(-1, &status, 0);
        if (pid < 0 && errno == EINTR)
            continue;
        if (pid < 0)
            break;
        if (pid == compiler) {
            compilerStatus = status;
            killTheRest(); // a pass the driver left behind must not outlive the step
        }
    }
    trace("init: compiled");
    return compilerStatus;
}

void SandboxInit::programMain(const Request &request, Step step)
{
    const InitEnds &ends = m_context.ends;
    ::setsid();
    if (step == Step::Compile) {
        // The compiler reads nothing of the program's input and writes everything to standard error,
        // where the runner reads its diagnostics.
        const int empty = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (empty < 0 || ::dup2(empty, 0) < 0 || ::dup2(ends.programErrors, 1) < 0 || ::dup2(ends.programErrors, 2) < 0)
            fail("cannot connect the compiler's streams");
    } else if (::dup2(ends.programInput, 0) < 0 || ::dup2(ends.programOutput, 1) < 0 ||
               ::dup2(ends.programErrors, 2) < 0) {
        fail("cannot connect standard streams");
    }
    if (request.guard && ::dup2(ends.guardReport, 3) < 0)
        fail("cannot connect the guard's pipe");
    // Everything past 0-2 (and the guard's 3) closes at exec; the notes pipe stays usable until then.
    const unsigned int firstToClose = request.guard ? 4 : 3;
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

    applyRlimits(request, m_addressSpaceLimit && request.addressSpaceLimitOk);

    const bool userNamespace = m_context.userNamespace;
    std::vector<std::string> environment =
        userNamespace ? programEnvironment(request, "/work", "/tmp")
                      : programEnvironment(request, m_workDirectory, m_workDirectory);
    const bool inProcess = step == Step::Program && runsInProcess(m_context.inProcess, userNamespace, request);
    std::vector<char *> envp;
    for (std::string &entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    std::vector<std::string> arguments = request.argv;
    std::vector<char *> argv;
    for (std::string &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        fail("no_new_privs refused");
    trace("program: landlock");

    if (m_context.switches.landlock && landlockAbi() > 0) {
        LandlockRules rules;
        if (userNamespace) {
            // Everything under this root is the sandbox's own read-only view.
            rules.readOnly = {"/"};
            rules.readWrite = {"/work", "/tmp", "/dev/shm"};
        } else {
            // Without a mount namespace this is the host's filesystem: the system directories only.
            rules.readOnly = {"/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc"};
            rules.readWrite = {m_workDirectory};
        }
        rules.devices = {"/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom"};
        // The kernel offers Landlock, so failing to apply it is a fault, not a missing layer: no run.
        if (std::string error = applyLandlock(rules); !error.empty())
            fail(error);
    }

    dropCapabilities();

    trace("program: seccomp");
    if (m_context.switches.seccomp) {
        SeccompOptions options;
        options.allowUnixSockets = userNamespace;
        // The groups the registry named for this step; processes as its profile says.
        options.groups = (request.seccompGroups & ~seccompGroup::kProcesses)
                         | (request.seccomp != contract::seccomp::kNoProcesses ? seccompGroup::kProcesses : 0);
        options.sigsysChangeSucceeds = request.sigsysChangeSucceeds;
        int listener = -1;
        if (std::string error = applySeccomp(options, &listener); !error.empty()) {
            // A kernel without seccomp lacks a layer, which --sandbox-info reports; a filter that does
            // not load where seccomp exists is a fault and the program does not run.
            if (::prctl(PR_GET_SECCOMP, 0, 0, 0, 0) < 0 && errno == EINVAL) {
                writeAll(ends.notes,
                         init::encode(init::Message::LayerMissing,
                                      {{"layer", "seccomp"}, {"detail", "not offered by this kernel"}}));
            } else {
                fail(error);
            }
        }
        if (listener >= 0) {
            // The init answers our exec, then closes the listener: every later exec fails.
            if (!sendDescriptor(m_listenerSocket[0], listener))
                fail("cannot hand over the seccomp listener");
            ::close(listener);
        }
    }

    if (inProcess) {
        trace("program: in-process");
        showCommandLine(request.argv);
        // No exec will close them: descriptors past 0-2 (and the guard's 3) go now, the notes pipe too.
        if (::syscall(SYS_close_range, firstToClose, ~0U, 0) != 0) {
            for (int fd = static_cast<int>(firstToClose); fd < 4096; ++fd)
                ::close(fd);
        }
        m_context.inProcess->run(environment);
    }
    trace("program: exec");
    ::execve(argv[0], argv.data(), envp.data());
    fail("cannot start " + request.argv.front() + ": " + std::strerror(errno), 127);
}

void SandboxInit::setCommandLine(char *start, size_t size)
{
    s_commandLine = start;
    s_commandLineSize = size;
}

void SandboxInit::hideCommandLine()
{
    // The init is a fork of the supervisor, so /proc/1/cmdline inside the sandbox would show where the
    // supervisor lives on the host (a home directory, a user name). Overwrite the argument area.
    if (!s_commandLine || s_commandLineSize == 0)
        return;
    std::memset(s_commandLine, 0, s_commandLineSize);
    std::strncpy(s_commandLine, "sandbox-init", s_commandLineSize - 1);
}

void SandboxInit::showCommandLine(const std::vector<std::string> &argv)
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

std::string SandboxInit::gateFile() const
{
    // Only a file of the request can be a gate; the runner names the one holding the user's code,
    // which the interpreter (or the guard) opens once, after it has started.
    for (const auto &file : m_context.request.files) {
        if (file.first == m_context.request.gate)
            return file.first;
    }
    return {};
}

std::string SandboxInit::feedGate(const std::string &gate, pid_t program, int &programStatus,
                                  bool &programDone)
{
    std::string content;
    for (const auto &file : m_context.request.files) {
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

} // namespace sandbox
