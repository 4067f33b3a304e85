#pragma once

#include "Contract.h"
#include "Seccomp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sandbox {

// One run, as the runner asked for it. Record keys in the request (spelt in Contract.h):
//   arg (repeated)   the command, argv[0] an absolute path     env (repeated)  NAME=VALUE
//   file:NAME        a file to place in the work directory     guard           "1": fd 3 is the guard's report
//   wall_ms cpu_ms memory_bytes output_bytes processes file_size_bytes workdir_bytes workdir_files
//   open_files       the limits                                address_space_ok "1": RLIMIT_AS may stand in
//   for a missing memory cgroup                                profile         "strict" or "standard"
//   gate             the file holding the user's code: it may arrive through a FIFO (see Supervisor)
//   preload (repeated)  a module a sandbox host imports with the interpreter (see PythonInterpreter)
//   seccomp          the program's seccomp profile: "standard" or "no_processes" (Contract.h)
//   sigsys_change_succeeds  "1": changing SIGSYS's disposition succeeds without effect (SeccompOptions)
//   seccomp_groups   the program's seccomp groups on top of the base ("threads,jit"; Seccomp.h); whether
//                    it may start processes is the `seccomp` profile's to say, not this list's
//   compile_seccomp_groups  the compile step's groups; without "processes" it may start none
//   etc_dir (repeated)  a directory of the host's /etc the runtime reads its configuration from
//                    (Java: java-17-openjdk), shown read-only beside the sandbox's own few files
//   compile_arg (repeated)  a compile step run first, in the same sandbox (argv[0] absolute); a
//   failure ends the run as `compile_error`. compile_wall_ms compile_memory_bytes compile_processes
//   compile_output_bytes  its limits
//   collect (repeated)  a file the compile step makes ("main") or a pattern ("*.class"): after a
//   successful compile the init sends them to the supervisor (InitChannel Products), which passes
//   them on (frame 'a') for the runner's compile cache
//   executable (repeated)  a file of the request written executable (a compiled program from the cache)
//   pch_dir          an absolute host directory shown read-only at /pch (the runner's precompiled
//                    headers; without a mount namespace it is not shown)
//   cache_dir        an absolute host directory shown read-only at /cache (contract::kCacheMount): a
//                    cache the runner's caller built and trusts; without a mount namespace not shown
//   collect_max_bytes  the largest file `collect` hands back, and their total (default 16 MiB)
// A program's argv[0] is absolute, or "./NAME" for a file of the work directory (a compiled program).
struct Request
{
    std::vector<std::string> argv;
    std::vector<std::string> environment;
    std::vector<std::pair<std::string, std::string>> files;
    bool guard = false;
    bool addressSpaceLimitOk = false;
    std::string profile = "strict";
    std::string gate;
    std::vector<std::string> preload;
    std::string seccomp = contract::seccomp::kStandard;
    bool sigsysChangeSucceeds = false;
    uint32_t seccompGroups = seccompGroup::kAll & ~seccompGroup::kProcesses;
    uint32_t compileSeccompGroups = seccompGroup::kAll;
    std::vector<std::string> etcDirs;
    std::vector<std::string> compileArgv;
    std::vector<std::string> collect;
    std::vector<std::string> executables;
    std::string pchDir;
    // Not on the wire: root's supervisor's detached copy of pchDir (see Supervisor::spawnInit).
    int pchTreeFd = -1;
    std::string cacheDir;
    // Not on the wire: root's supervisor's detached copy of cacheDir, as pchTreeFd.
    int cacheTreeFd = -1;
    int64_t collectMaxBytes = contract::defaults::kCollectMaxBytes;
    int64_t compileWallMs = contract::defaults::kCompileWallMs;
    int64_t compileMemoryBytes = contract::defaults::kCompileMemoryBytes;
    int64_t compileProcesses = contract::defaults::kCompileProcesses;
    int64_t compileOutputBytes = contract::defaults::kCompileOutputBytes;

    bool hasCompileStep() const { return !compileArgv.empty(); }

    int64_t wallMs = contract::defaults::kWallMs;
    int64_t cpuMs = contract::defaults::kCpuMs;
    int64_t memoryBytes = contract::defaults::kMemoryBytes;
    int64_t outputBytes = contract::defaults::kOutputBytes;
    int64_t processes = contract::defaults::kProcesses;
    int64_t fileSizeBytes = contract::defaults::kFileSizeBytes;
    int64_t workDirBytes = contract::defaults::kWorkDirBytes;
    int64_t workDirFiles = contract::defaults::kWorkDirFiles;
    int64_t openFiles = contract::defaults::kOpenFiles;
};

// Reads the length-prefixed request from `fd`. Returns nothing and sets `error` when it is malformed.
std::optional<Request> readRequest(int fd, std::string &error);
// The request in the format readRequest reads (length prefix included).
std::string encodeRequest(const Request &request);
// Parses the records of a request (the bytes after the length prefix).
std::optional<Request> parseRequest(const std::string &records, std::string &error);

} // namespace sandbox
