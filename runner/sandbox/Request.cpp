#include "Request.h"

#include "Descriptors.h"
#include "WireFormat.h"

#include <cerrno>
#include <charconv>
#include <unistd.h>

namespace sandbox {

namespace recordKey = contract::key;

namespace {
bool parseNumber(const std::string &text, int64_t &out)
{
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && end == text.data() + text.size() && out >= 0;
}
} // namespace

std::optional<Request> readRequest(int fd, std::string &error)
{
    char header[4];
    if (!readExactly(fd, header, sizeof header)) {
        error = "no request on standard input";
        return std::nullopt;
    }
    const uint32_t length = wire::readU32(header);
    if (length > wire::kMaxRequestBytes) {
        error = "request too large";
        return std::nullopt;
    }
    std::string records(length, '\0');
    if (!readExactly(fd, records.data(), length)) {
        error = "truncated request";
        return std::nullopt;
    }
    return parseRequest(records, error);
}

namespace {
const std::pair<const char *, int64_t Request::*> kNumbers[] = {
    {recordKey::kWallMs, &Request::wallMs},
    {recordKey::kCpuMs, &Request::cpuMs},
    {recordKey::kMemoryBytes, &Request::memoryBytes},
    {recordKey::kOutputBytes, &Request::outputBytes},
    {recordKey::kProcesses, &Request::processes},
    {recordKey::kFileSizeBytes, &Request::fileSizeBytes},
    {recordKey::kWorkDirBytes, &Request::workDirBytes},
    {recordKey::kWorkDirFiles, &Request::workDirFiles},
    {recordKey::kOpenFiles, &Request::openFiles},
    {recordKey::kCompileWallMs, &Request::compileWallMs},
    {recordKey::kCompileMemoryBytes, &Request::compileMemoryBytes},
    {recordKey::kCompileProcesses, &Request::compileProcesses},
    {recordKey::kCompileOutputBytes, &Request::compileOutputBytes},
    {recordKey::kCollectMaxBytes, &Request::collectMaxBytes},
};

bool isProgramPath(const std::string &path)
{
    // Absolute, or a file of the work directory (the program a compile step made) without "..".
    if (!path.empty() && path[0] == '/')
        return true;
    return path.size() > 2 && path.compare(0, 2, "./") == 0 && path.find('/', 2) == std::string::npos
           && path != "./." && path != "./..";
}
} // namespace

std::string encodeRequest(const Request &request)
{
    std::string records;
    for (const std::string &arg : request.argv)
        wire::appendRecord(records, recordKey::kArg, arg);
    for (const std::string &entry : request.environment)
        wire::appendRecord(records, recordKey::kEnv, entry);
    for (const auto &[name, content] : request.files)
        wire::appendRecord(records, recordKey::kFilePrefix + name, content);
    wire::appendRecord(records, recordKey::kGuard, request.guard ? "1" : "0");
    wire::appendRecord(records, recordKey::kAddressSpaceOk, request.addressSpaceLimitOk ? "1" : "0");
    wire::appendRecord(records, recordKey::kProfile, request.profile);
    if (!request.gate.empty())
        wire::appendRecord(records, recordKey::kGate, request.gate);
    for (const std::string &module : request.preload)
        wire::appendRecord(records, recordKey::kPreload, module);
    wire::appendRecord(records, recordKey::kSeccomp, request.seccomp);
    wire::appendRecord(records, recordKey::kSigsysChangeSucceeds, request.sigsysChangeSucceeds ? "1" : "0");
    wire::appendRecord(records, recordKey::kSeccompGroups, seccompGroup::names(request.seccompGroups));
    wire::appendRecord(records, recordKey::kCompileSeccompGroups, seccompGroup::names(request.compileSeccompGroups));
    for (const std::string &dir : request.etcDirs)
        wire::appendRecord(records, recordKey::kEtcDir, dir);
    for (const std::string &arg : request.compileArgv)
        wire::appendRecord(records, recordKey::kCompileArg, arg);
    for (const std::string &pattern : request.collect)
        wire::appendRecord(records, recordKey::kCollect, pattern);
    for (const std::string &name : request.executables)
        wire::appendRecord(records, recordKey::kExecutable, name);
    if (!request.pchDir.empty())
        wire::appendRecord(records, recordKey::kPchDir, request.pchDir);
    if (!request.cacheDir.empty())
        wire::appendRecord(records, recordKey::kCacheDir, request.cacheDir);
    for (const auto &[name, member] : kNumbers)
        wire::appendRecord(records, name, std::to_string(request.*member));
    std::string message;
    wire::appendU32(message, static_cast<uint32_t>(records.size()));
    return message + records;
}

std::optional<Request> parseRequest(const std::string &records, std::string &error)
{
    Request request;
    size_t pos = 0;
    std::string key, value;
    while (pos < records.size()) {
        if (!wire::takeRecord(records, pos, key, value)) {
            error = "malformed request record";
            return std::nullopt;
        }
        if (key == recordKey::kArg) {
            request.argv.push_back(value);
        } else if (key == recordKey::kEnv) {
            request.environment.push_back(value);
        } else if (key.rfind(recordKey::kFilePrefix, 0) == 0) {
            const std::string name = key.substr(sizeof recordKey::kFilePrefix - 1);
            // Files land in the work directory only: a name is one plain path component.
            if (name.empty() || name == "." || name == ".." || name.find('/') != std::string::npos
                || name.find('\0') != std::string::npos) {
                error = "invalid file name in request";
                return std::nullopt;
            }
            request.files.emplace_back(name, value);
        } else if (key == recordKey::kGuard) {
            request.guard = value == "1";
        } else if (key == recordKey::kAddressSpaceOk) {
            request.addressSpaceLimitOk = value == "1";
        } else if (key == recordKey::kProfile) {
            request.profile = value;
        } else if (key == recordKey::kGate) {
            request.gate = value;
        } else if (key == recordKey::kPreload) {
            request.preload.push_back(value);
        } else if (key == recordKey::kSeccomp) {
            if (value != contract::seccomp::kStandard && value != contract::seccomp::kNoProcesses) {
                error = "unknown seccomp profile " + value;
                return std::nullopt;
            }
            request.seccomp = value;
        } else if (key == recordKey::kSigsysChangeSucceeds) {
            request.sigsysChangeSucceeds = value == "1";
        } else if (key == recordKey::kSeccompGroups || key == recordKey::kCompileSeccompGroups) {
            uint32_t groups = 0;
            if (!seccompGroup::parse(value, groups)) {
                error = "unknown seccomp group in " + value;
                return std::nullopt;
            }
            if (key == recordKey::kSeccompGroups)
                request.seccompGroups = groups & ~seccompGroup::kProcesses;
            else
                request.compileSeccompGroups = groups;
        } else if (key == recordKey::kEtcDir) {
            // One plain name under /etc, never a path that could reach elsewhere.
            if (value.empty() || value[0] == '.' || value.find('/') != std::string::npos
                || value.find('\0') != std::string::npos) {
                error = "invalid etc_dir in request";
                return std::nullopt;
            }
            request.etcDirs.push_back(value);
        } else if (key == recordKey::kCollect) {
            request.collect.push_back(value);
        } else if (key == recordKey::kExecutable) {
            request.executables.push_back(value);
        } else if (key == recordKey::kCompileArg) {
            request.compileArgv.push_back(value);
        } else if (key == recordKey::kPchDir || key == recordKey::kCacheDir) {
            if (value.empty() || value[0] != '/' || value.find("/..") != std::string::npos
                || value.find('\0') != std::string::npos) {
                error = "invalid " + key + " in request";
                return std::nullopt;
            }
            (key == recordKey::kPchDir ? request.pchDir : request.cacheDir) = value;
        } else {
            bool known = false;
            for (const auto &[name, member] : kNumbers) {
                if (key == name) {
                    if (!parseNumber(value, request.*member)) {
                        error = "invalid number for " + key;
                        return std::nullopt;
                    }
                    known = true;
                }
            }
            if (!known) {
                error = "unknown request key " + key;
                return std::nullopt;
            }
        }
    }
    if (request.argv.empty() || !isProgramPath(request.argv.front())) {
        error = "the request names no absolute program path";
        return std::nullopt;
    }
    if (request.hasCompileStep() && request.compileArgv.front().rfind('/', 0) != 0) {
        error = "the request names no absolute compiler path";
        return std::nullopt;
    }
    return request;
}

} // namespace sandbox
