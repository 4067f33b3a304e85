#pragma once
// The byte format between runner::LocalRunSession and code-remote-sandbox. Header-only and free of Qt,
// because both sides include it.
//
// Request (runner -> sandbox, on the sandbox's stdin): a u32 little-endian length, then that many bytes
// of records, each `u32 key length, key, u32 value length, value`. Keys are listed in Request.h. After
// the request, the rest of stdin is the program's standard input; its end is the program's EOF.
//
// Events (sandbox -> runner, on the sandbox's stdout): frames of `u8 type, u32 length, payload`:
//   'o' program stdout bytes, 'e' program stderr bytes, 'i' the program waits for input (empty),
//   'r' the result, a JSON object (the last frame), 'c' the compile step ended (payload: its wall time in
//   whole ms, a space, "1" when the program starts now or "0" when it failed; what came before it on
//   'e' was the compiler's, what follows is the program's); before it, after a successful compile,
//   'a' the files the request asked to collect (records NAME -> content) for the runner's cache.
// Through code-remote-sandbox-host the first frame is 'p', the supervisor's process id in decimal: a
// client stops the run by sending that process SIGTERM, as it would the supervisor it started itself.

#include <cstdint>
#include <string>
#include <string_view>

namespace sandbox::wire {

enum class Frame : char {
    Stdout = 'o',
    Stderr = 'e',
    InputRequested = 'i',
    Result = 'r',
    Supervisor = 'p',
    CompileEnded = 'c',
    Artifacts = 'a',
};

constexpr uint32_t kMaxRequestBytes = 64u * 1024 * 1024;
constexpr uint32_t kFrameHeaderBytes = 5;

inline void appendU32(std::string &out, uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

inline uint32_t readU32(const char *bytes)
{
    uint32_t value = 0;
    for (int i = 0; i < 4; ++i)
        value |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[i])) << (8 * i);
    return value;
}

inline void appendRecord(std::string &out, std::string_view key, std::string_view value)
{
    appendU32(out, static_cast<uint32_t>(key.size()));
    out.append(key);
    appendU32(out, static_cast<uint32_t>(value.size()));
    out.append(value);
}

// Reads the record at `pos` of `records` and moves `pos` past it; false when it is cut short.
inline bool takeRecord(std::string_view records, size_t &pos, std::string &key, std::string &value)
{
    for (std::string *out : {&key, &value}) {
        if (records.size() - pos < 4)
            return false;
        const uint32_t size = readU32(records.data() + pos);
        pos += 4;
        if (records.size() - pos < size)
            return false;
        out->assign(records.substr(pos, size));
        pos += size;
    }
    return true;
}

inline std::string frameHeader(Frame type, uint32_t length)
{
    std::string header(1, static_cast<char>(type));
    appendU32(header, length);
    return header;
}

} // namespace sandbox::wire
