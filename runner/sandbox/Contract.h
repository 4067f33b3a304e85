#pragma once
// The names and numbers both sides of the sandbox agree on, written once: the statuses of a run's
// result, the record keys of a request (see WireFormat.h) and the default limits. Plain C++ without
// Qt, because the supervisor (no Qt) and the runner, IDE, CLI and server (Qt) all include it.

#include <cstdint>

namespace sandbox::contract {

// A run's status, the "status" of the result ('r' frame) and of `code-remote-run --json`.
namespace status {
inline constexpr char kOk[] = "ok";
inline constexpr char kRuntimeError[] = "runtime_error";
inline constexpr char kTimeLimit[] = "time_limit";
inline constexpr char kMemoryLimit[] = "memory_limit";
inline constexpr char kOutputLimit[] = "output_limit";
inline constexpr char kSecurityViolation[] = "security_violation";
inline constexpr char kCompileError[] = "compile_error";
inline constexpr char kInternalError[] = "internal_error";
inline constexpr char kCancelled[] = "cancelled"; // stopped by its user, not by a limit
} // namespace status

// Which limit a "time_limit" run hit: its "limit".
namespace limit {
inline constexpr char kWall[] = "wall";
inline constexpr char kCpu[] = "cpu";
} // namespace limit

// Keys of a run's result, as the supervisor reports it and `code-remote-run --json` prints it.
namespace field {
inline constexpr char kStatus[] = "status";
inline constexpr char kExitCode[] = "exit_code";
inline constexpr char kSignal[] = "signal";
inline constexpr char kLimit[] = "limit";
inline constexpr char kWallMs[] = "wall_ms";
inline constexpr char kCpuMs[] = "cpu_ms";
inline constexpr char kPeakMemoryKb[] = "peak_memory_kb";
inline constexpr char kOutputTruncated[] = "output_truncated";
inline constexpr char kViolations[] = "violations";
inline constexpr char kMessage[] = "message";
inline constexpr char kPreloaded[] = "preloaded";
inline constexpr char kLayers[] = "layers";
// Of each violation.
inline constexpr char kKind[] = "kind";
inline constexpr char kDetail[] = "detail";
inline constexpr char kLine[] = "line";
// Of a compiled language's result, and of each of its diagnostics.
inline constexpr char kDiagnostics[] = "diagnostics";
inline constexpr char kCompileMs[] = "compile_ms";
inline constexpr char kColumn[] = "column";
inline constexpr char kSeverity[] = "severity";
inline constexpr char kDiagnosticMessage[] = "message";
} // namespace field

// Record keys of a request. Described in Request.h.
namespace key {
inline constexpr char kArg[] = "arg";
inline constexpr char kEnv[] = "env";
inline constexpr char kFilePrefix[] = "file:";
inline constexpr char kGuard[] = "guard";
inline constexpr char kAddressSpaceOk[] = "address_space_ok";
inline constexpr char kProfile[] = "profile";
inline constexpr char kGate[] = "gate";
inline constexpr char kPreload[] = "preload";
inline constexpr char kWallMs[] = "wall_ms";
inline constexpr char kCpuMs[] = "cpu_ms";
inline constexpr char kMemoryBytes[] = "memory_bytes";
inline constexpr char kOutputBytes[] = "output_bytes";
inline constexpr char kProcesses[] = "processes";
inline constexpr char kFileSizeBytes[] = "file_size_bytes";
inline constexpr char kWorkDirBytes[] = "workdir_bytes";
inline constexpr char kWorkDirFiles[] = "workdir_files";
inline constexpr char kOpenFiles[] = "open_files";
// Per language, from the runner's language registry: which seccomp profile the program gets, and the
// compile step that runs first in the same sandbox, with limits of its own.
inline constexpr char kSeccomp[] = "seccomp";
inline constexpr char kSigsysChangeSucceeds[] = "sigsys_change_succeeds";
// The seccomp groups (sandbox::seccompGroup, comma-separated names) of the program and of the compile
// step, from the language registry; absent: every group, the one allowlist of before them.
inline constexpr char kSeccompGroups[] = "seccomp_groups";
inline constexpr char kCompileSeccompGroups[] = "compile_seccomp_groups";
inline constexpr char kEtcDir[] = "etc_dir";
inline constexpr char kCompileArg[] = "compile_arg";
inline constexpr char kCollect[] = "collect";
inline constexpr char kExecutable[] = "executable";
inline constexpr char kCompileWallMs[] = "compile_wall_ms";
inline constexpr char kCompileMemoryBytes[] = "compile_memory_bytes";
inline constexpr char kCompileProcesses[] = "compile_processes";
inline constexpr char kCompileOutputBytes[] = "compile_output_bytes";
// A precompiled header from the runner's cache: a host directory shown read-only at /pch, and the
// largest product a compile step may hand back (the header's build makes one of ~100 MB).
inline constexpr char kPchDir[] = "pch_dir";
// A cache the caller built outside the sandbox and trusts (for instance a JVM's class-data archive): a
// host directory shown read-only at kCacheMount, for the compile step and the program alike.
inline constexpr char kCacheDir[] = "cache_dir";
inline constexpr char kCollectMaxBytes[] = "collect_max_bytes";
} // namespace key

// Where the request's cache_dir appears inside the sandbox (only with a mount namespace).
inline constexpr char kCacheMount[] = "/cache";

// The program's seccomp profiles (the request's "seccomp").
namespace seccomp {
inline constexpr char kStandard[] = "standard";      // the program may start processes within its limits
inline constexpr char kNoProcesses[] = "no_processes"; // threads only: no fork, no second exec
} // namespace seccomp

// The architecture's default limits of one run; a caller may lower them and a server caps them.
namespace defaults {
inline constexpr int64_t kWallMs = 30'000;
inline constexpr int64_t kCpuMs = kWallMs;
inline constexpr int64_t kMemoryBytes = 256LL << 20;
inline constexpr int64_t kOutputBytes = 1LL << 20;
inline constexpr int64_t kProcesses = 64;
inline constexpr int64_t kFileSizeBytes = 16LL << 20;
inline constexpr int64_t kWorkDirBytes = 64LL << 20;
inline constexpr int64_t kWorkDirFiles = 10'000;
inline constexpr int64_t kOpenFiles = 256;
// The compile step of a compiled language (C++, Java), apart from the program's own limits.
inline constexpr int64_t kCompileWallMs = 20'000;
inline constexpr int64_t kCompileMemoryBytes = 512LL << 20;
inline constexpr int64_t kCompileProcesses = 64;
inline constexpr int64_t kCompileOutputBytes = 256LL << 10;
inline constexpr int64_t kCollectMaxBytes = 16LL << 20;
} // namespace defaults

} // namespace sandbox::contract
