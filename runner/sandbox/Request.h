#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sandbox {

// One run, as the runner asked for it. Record keys in the request:
//   arg (repeated)   the command, argv[0] an absolute path     env (repeated)  NAME=VALUE
//   file:NAME        a file to place in the work directory     guard           "1": fd 3 is the guard's report
//   wall_ms cpu_ms memory_bytes output_bytes processes file_size_bytes workdir_bytes workdir_files
//   open_files       the limits                                address_space_ok "1": RLIMIT_AS may stand in
//   for a missing memory cgroup                                profile         "strict" or "standard"
//   gate             the file holding the user's code: it may arrive through a FIFO (see Supervisor)
//   preload (repeated)  a module a sandbox host imports with the interpreter (see PythonInterpreter)
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

    int64_t wallMs = 30'000;
    int64_t cpuMs = 30'000;
    int64_t memoryBytes = 256LL << 20;
    int64_t outputBytes = 1LL << 20;
    int64_t processes = 64;
    int64_t fileSizeBytes = 16LL << 20;
    int64_t workDirBytes = 64LL << 20;
    int64_t workDirFiles = 10'000;
    int64_t openFiles = 256;
};

// Reads the length-prefixed request from `fd`. Returns nothing and sets `error` when it is malformed.
std::optional<Request> readRequest(int fd, std::string &error);
// The request in the format readRequest reads (length prefix included).
std::string encodeRequest(const Request &request);
// Parses the records of a request (the bytes after the length prefix).
std::optional<Request> parseRequest(const std::string &records, std::string &error);

} // namespace sandbox
