#pragma once
// The messages between the supervisor and the sandbox's init (and the program's set-up before exec).
// Header-only: both sides include it, and nothing else crosses their pipes.
//
// A message is `u8 type, u32 length, payload`, as the frames of WireFormat.h; the payload is records
// `u32 key length, key, u32 value length, value`, as a request's.
//
//   supervisor -> init (sync pipe)
//     'm' Mapped          the user namespace's ids are mapped (a prepared init builds its sandbox then)
//     'g' Go              in_cgroup, address_space_limit ("1"/"0"), work_directory; for an init made
//                         before its run, request (the records of encodeRequest)
//     'a' Attached        the program is in its cgroup: its script may flow in
//     'r' Proceed         after a compile step: the program's limits are set, it may start
//   init -> supervisor (status pipe, which only the init holds)
//     's' ProgramStarted  the program was forked outside its cgroup and waits to be moved in
//     'x' ProgramEnded    status: the program's wait status, in decimal
//     'p' Products        after a successful compile step, before CompileEnded: the files the request
//                         asked to collect, as records NAME -> content
//     'c' CompileEnded    status: the compile step's wait status; the program starts only after
//                         Proceed, and not at all unless the compiler exited with 0
//   init or program set-up -> supervisor (notes pipe, closed at the program's exec)
//     'f' Failure         message: the sandbox could not be built; the run is an internal error
//     'n' LayerMissing    layer, detail: a layer this kernel does not offer

#include "Descriptors.h"
#include "WireFormat.h"

#include <charconv>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sandbox::init {

enum class Message : char {
    Mapped = 'm',
    Go = 'g',
    Attached = 'a',
    Proceed = 'r',
    CompileEnded = 'c',
    Products = 'p',
    ProgramStarted = 's',
    ProgramEnded = 'x',
    Failure = 'f',
    LayerMissing = 'n',
};

// Large enough for a Go that carries a whole request, and for the Products of a precompiled header's
// build (~100 MB of g++'s <bits/stdc++.h>; the runner asks for them with collect_max_bytes).
constexpr uint32_t kMaxMessageBytes = 4 * wire::kMaxRequestBytes + 4096;

struct Decoded
{
    Message type{};
    std::vector<std::pair<std::string, std::string>> fields;

    std::string field(std::string_view key) const
    {
        for (const auto &[name, value] : fields) {
            if (name == key)
                return value;
        }
        return {};
    }
    bool flag(std::string_view key) const { return field(key) == "1"; }
    std::optional<int> number(std::string_view key) const
    {
        const std::string text = field(key);
        int value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || end != text.data() + text.size())
            return std::nullopt;
        return value;
    }
};

inline std::string encodeRecords(Message type, const std::vector<std::pair<std::string, std::string>> &fields)
{
    std::string payload;
    for (const auto &[key, value] : fields)
        wire::appendRecord(payload, key, value);
    std::string message(1, static_cast<char>(type));
    wire::appendU32(message, static_cast<uint32_t>(payload.size()));
    return message + payload;
}

inline std::string encode(Message type,
                          std::initializer_list<std::pair<std::string_view, std::string_view>> fields = {})
{
    std::vector<std::pair<std::string, std::string>> records;
    for (const auto &[key, value] : fields)
        records.emplace_back(key, value);
    return encodeRecords(type, records);
}

// Parses one message's payload; nothing when its records are malformed.
inline std::optional<Decoded> decodePayload(Message type, std::string_view payload)
{
    Decoded decoded;
    decoded.type = type;
    size_t pos = 0;
    while (pos < payload.size()) {
        std::string key, value;
        if (!wire::takeRecord(payload, pos, key, value))
            return std::nullopt;
        decoded.fields.emplace_back(std::move(key), std::move(value));
    }
    return decoded;
}

// Decodes messages from bytes as they arrive (the supervisor's side, which never blocks on a pipe).
class Reader
{
public:
    void append(const char *data, size_t size) { m_buffer.append(data, size); }
    // The next whole message; nothing until one has arrived, or once the stream proved malformed.
    std::optional<Decoded> next()
    {
        if (m_broken || m_buffer.size() - m_pos < wire::kFrameHeaderBytes)
            return std::nullopt;
        const uint32_t length = wire::readU32(m_buffer.data() + m_pos + 1);
        if (length > kMaxMessageBytes) {
            m_broken = true;
            return std::nullopt;
        }
        if (m_buffer.size() - m_pos - wire::kFrameHeaderBytes < length)
            return std::nullopt;
        const auto type = static_cast<Message>(m_buffer[m_pos]);
        auto decoded =
            decodePayload(type, std::string_view(m_buffer).substr(m_pos + wire::kFrameHeaderBytes, length));
        m_pos += wire::kFrameHeaderBytes + length;
        if (m_pos == m_buffer.size()) {
            m_buffer.clear();
            m_pos = 0;
        }
        if (!decoded)
            m_broken = true;
        return decoded;
    }

private:
    std::string m_buffer;
    size_t m_pos = 0;
    bool m_broken = false;
};

// Reads one whole message from a blocking descriptor (the init's side); nothing at the end of the
// pipe or on a malformed message.
inline std::optional<Decoded> readMessage(int fd)
{
    char header[wire::kFrameHeaderBytes];
    if (!readExactly(fd, header, sizeof header))
        return std::nullopt;
    const uint32_t length = wire::readU32(header + 1);
    if (length > kMaxMessageBytes)
        return std::nullopt;
    std::string payload(length, '\0');
    if (!readExactly(fd, payload.data(), length))
        return std::nullopt;
    return decodePayload(static_cast<Message>(header[0]), payload);
}

} // namespace sandbox::init
