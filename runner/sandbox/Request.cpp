#include "Request.h"

#include "WireFormat.h"

#include <cerrno>
#include <charconv>
#include <unistd.h>

namespace sandbox {

namespace {
bool readExactly(int fd, char *buffer, size_t size)
{
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, buffer + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<size_t>(n);
    }
    return true;
}

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
constexpr std::pair<const char *, int64_t Request::*> kNumbers[] = {
    {"wall_ms", &Request::wallMs},
    {"cpu_ms", &Request::cpuMs},
    {"memory_bytes", &Request::memoryBytes},
    {"output_bytes", &Request::outputBytes},
    {"processes", &Request::processes},
    {"file_size_bytes", &Request::fileSizeBytes},
    {"workdir_bytes", &Request::workDirBytes},
    {"workdir_files", &Request::workDirFiles},
    {"open_files", &Request::openFiles},
};
} // namespace

std::string encodeRequest(const Request &request)
{
    std::string records;
    for (const std::string &arg : request.argv)
        wire::appendRecord(records, "arg", arg);
    for (const std::string &entry : request.environment)
        wire::appendRecord(records, "env", entry);
    for (const auto &[name, content] : request.files)
        wire::appendRecord(records, "file:" + name, content);
    wire::appendRecord(records, "guard", request.guard ? "1" : "0");
    wire::appendRecord(records, "address_space_ok", request.addressSpaceLimitOk ? "1" : "0");
    wire::appendRecord(records, "profile", request.profile);
    if (!request.gate.empty())
        wire::appendRecord(records, "gate", request.gate);
    for (const std::string &module : request.preload)
        wire::appendRecord(records, "preload", module);
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
    auto take = [&](std::string &out) {
        if (records.size() - pos < 4)
            return false;
        const uint32_t size = wire::readU32(records.data() + pos);
        pos += 4;
        if (records.size() - pos < size)
            return false;
        out.assign(records, pos, size);
        pos += size;
        return true;
    };

    std::string key, value;
    while (pos < records.size()) {
        if (!take(key) || !take(value)) {
            error = "malformed request record";
            return std::nullopt;
        }
        if (key == "arg") {
            request.argv.push_back(value);
        } else if (key == "env") {
            request.environment.push_back(value);
        } else if (key.rfind("file:", 0) == 0) {
            const std::string name = key.substr(5);
            // Files land in the work directory only: a name is one plain path component.
            if (name.empty() || name == "." || name == ".." || name.find('/') != std::string::npos
                || name.find('\0') != std::string::npos) {
                error = "invalid file name in request";
                return std::nullopt;
            }
            request.files.emplace_back(name, value);
        } else if (key == "guard") {
            request.guard = value == "1";
        } else if (key == "address_space_ok") {
            request.addressSpaceLimitOk = value == "1";
        } else if (key == "profile") {
            request.profile = value;
        } else if (key == "gate") {
            request.gate = value;
        } else if (key == "preload") {
            request.preload.push_back(value);
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
    if (request.argv.empty() || request.argv.front().empty() || request.argv.front()[0] != '/') {
        error = "the request names no absolute program path";
        return std::nullopt;
    }
    return request;
}

} // namespace sandbox
