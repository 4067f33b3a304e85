#include "Outcome.h"

#include "Contract.h"

#include <nlohmann/json.hpp>

#include <csignal>
#include <sstream>
#include <sys/wait.h>
#include <utility>

namespace sandbox {

namespace status = contract::status;
namespace field = contract::field;

void Outcome::setLayer(const std::string &id, bool active, const std::string &detail)
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
    for (Layer &layer : layers) {
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
    layers.push_back({id, name, active, detail});
}

std::string Outcome::toJson() const
{
    nlohmann::json object;
    object[field::kStatus] = status;
    object[field::kExitCode] = exitCode ? nlohmann::json(*exitCode) : nlohmann::json(nullptr);
    object[field::kSignal] = signal ? nlohmann::json(*signal) : nlohmann::json(nullptr);
    object[field::kLimit] = limit.empty() ? nlohmann::json(nullptr) : nlohmann::json(limit);
    object[field::kWallMs] = wallMs;
    object[field::kCpuMs] = cpuMs;
    object[field::kPeakMemoryKb] = peakMemoryKb;
    object[field::kOutputTruncated] = outputTruncated;
    object[field::kViolations] = nlohmann::json::array();
    for (const Violation &violation : violations) {
        object[field::kViolations].push_back(
            {{field::kKind, violation.kind},
             {field::kDetail, violation.detail},
             {field::kLine, violation.line > 0 ? nlohmann::json(violation.line) : nlohmann::json(nullptr)}});
    }
    if (!message.empty())
        object[field::kMessage] = message;
    object[field::kPreloaded] = preloaded;
    if (compileMs >= 0)
        object[field::kCompileMs] = compileMs;
    object[field::kLayers] = nlohmann::json::array();
    for (const Layer &layer : layers) {
        object[field::kLayers].push_back(
            {{"id", layer.id}, {"name", layer.name}, {"active", layer.active}, {"detail", layer.detail}});
    }
    // Program output can hold any bytes; replace what is not UTF-8 rather than fail.
    return object.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {
// A compile step that failed or was stopped: what the result says instead of the program's status.
std::string compileFailure(const RunEnd &end)
{
    if (end.stop == Stop::Wall || end.stop == Stop::Cpu)
        return "the compiler exceeded its time limit (" + std::to_string(end.compileWallMs / 1000) + " s)";
    if (end.stop == Stop::Memory || end.oomKilled)
        return "the compiler exceeded its memory limit (" + std::to_string(end.compileMemoryBytes >> 20) + " MB)";
    const int status = end.compileStatus.value_or(0);
    if (WIFSIGNALED(status))
        return "the compiler was killed by signal " + std::to_string(WTERMSIG(status));
    return "compilation failed";
}
} // namespace

void classifyOutcome(Outcome &out, const RunEnd &end)
{
    if ((end.compileStatus || end.stoppedWhileCompiling) && end.setupError.empty() && end.stop != Stop::Cancelled
        && end.stop != Stop::Output) {
        const int status = end.compileStatus.value_or(0);
        if (end.compileStatus && WIFSIGNALED(status) && WTERMSIG(status) == SIGSYS && end.stop == Stop::None) {
            out.status = status::kSecurityViolation;
            out.violations.push_back({"syscall", "forbidden system call in the compile step (killed by seccomp)", 0});
            return;
        }
        out.status = status::kCompileError;
        out.message = compileFailure(end);
        return;
    }

    if (end.programStatus) {
        const int status = *end.programStatus;
        if (WIFEXITED(status))
            out.exitCode = WEXITSTATUS(status);
        else if (WIFSIGNALED(status))
            out.signal = WTERMSIG(status);
    } else if (end.stop != Stop::None) {
        out.signal = SIGKILL;
    }

    if (!end.setupError.empty()) {
        out.status = status::kInternalError;
        out.message = end.setupError;
        out.exitCode.reset();
        return;
    }

    // The guard's report came through a pipe the program could no longer write to once it started,
    // so it is the supervisor's knowledge, not the program's word.
    bool compileError = false;
    std::istringstream report(end.guardReport);
    std::string line;
    while (std::getline(report, line)) {
        const nlohmann::json entry = nlohmann::json::parse(line, nullptr, false);
        if (!entry.is_object())
            continue;
        Outcome::Violation violation;
        violation.kind = entry.value(field::kKind, "");
        violation.detail = entry.value(field::kDetail, "");
        violation.line = entry.contains(field::kLine) && entry[field::kLine].is_number_integer()
                             ? entry[field::kLine].get<int>()
                             : 0;
        if (violation.kind == "compile")
            compileError = true;
        else if (!violation.kind.empty())
            out.violations.push_back(violation);
        if (violation.kind == "compile" && out.message.empty())
            out.message = violation.detail;
    }

    const int signal = out.signal.value_or(0);
    if (end.stop == Stop::Cancelled) {
        out.status = status::kCancelled;
    } else if (compileError) {
        out.status = status::kCompileError;
    } else if (!out.violations.empty()) {
        out.status = status::kSecurityViolation;
    } else if (end.stop == Stop::Output) {
        out.status = status::kOutputLimit;
    } else if (end.stop == Stop::Memory || end.oomKilled) {
        out.status = status::kMemoryLimit;
    } else if (end.stop == Stop::Wall) {
        out.status = status::kTimeLimit;
        out.limit = contract::limit::kWall;
    } else if (end.stop == Stop::Cpu) {
        out.status = status::kTimeLimit;
        out.limit = contract::limit::kCpu;
    } else if (signal == SIGSYS) {
        // The program's SIGSYS is ignored and pinned so (SandboxInit, SeccompFilter): a SIGSYS it sends
        // itself is discarded, and only seccomp's kill, which overrides the disposition, ends it so.
        out.status = status::kSecurityViolation;
        out.violations.push_back({"syscall", "forbidden system call (the process was killed by seccomp)", 0});
    } else if (signal != 0 && out.cpuMs >= static_cast<double>(end.cpuLimitMs)) {
        // RLIMIT_CPU's SIGXCPU or SIGKILL, the backstop for a supervisor that fell behind. Which signal
        // it was proves nothing (a program can send either to itself); the CPU time measured does.
        out.status = status::kTimeLimit;
        out.limit = contract::limit::kCpu;
    } else if (out.exitCode == 0) {
        out.status = status::kOk;
    } else {
        out.status = status::kRuntimeError;
    }
}

} // namespace sandbox
