#pragma once

#include <remote/Protocol.h>

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>
#include <optional>

namespace server {

// The most a request may carry before it reaches the HTTP server. The largest legitimate body is one
// protocol message (10 KiB of code and 64 KiB of stdin, JSON-escaped): the same bound as a WebSocket
// message. nginx's client_max_body_size (1 MiB) is the convention; this is below it.
constexpr qint64 kMaxRequestBodyBytes = remote::kMaxClientMessageBytes;
// Request line plus headers. A token and a handful of headers fit in a few hundred bytes.
constexpr qint64 kMaxRequestHeaderBytes = 16 * 1024;
// A chunk-size line (hex digits and extensions) or a trailer line of a chunked body.
constexpr qint64 kMaxChunkLineBytes = 1024;

// Reads the bytes a client sends, before the HTTP server sees them, and decides on each request from
// its headers alone: a request without a valid token or announcing a body over the limit is refused
// before its body is read; a chunked body is counted as it streams. After a WebSocket upgrade it reads
// the client's frame headers (RFC 6455 §5.2) and refuses unmasked frames (§5.1). It holds at most one
// header block, or one chunked body (decoded, up to kMaxRequestBodyBytes, then passed on with a
// Content-Length); everything else passes through.
class RequestScreen
{
public:
    struct Headers
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QList<QPair<QByteArray, QByteArray>> fields;
        QByteArray value(const QByteArray &name) const; // case-insensitive, first of that name
    };
    // Whether a request for a protected path carries a valid token (the path and headers as sent).
    using Authorizer = std::function<bool(const Headers &)>;

    struct Refusal
    {
        remote::Error error;
        bool webSocket = false; // refused inside a WebSocket: close with `closeCode`
        int closeCode = 0;
    };
    struct Outcome
    {
        QByteArray forward;             // bytes the HTTP server may read
        std::optional<Refusal> refusal; // nothing after `forward` may be passed on
        int requestsCompleted = 0;      // requests whose last byte is in `forward`
        int framesCompleted = 0;        // WebSocket frames whose last byte is in `forward`
        bool upgraded = false;          // `forward` ends with a WebSocket upgrade request
    };

    explicit RequestScreen(Authorizer authorizer);

    Outcome feed(const QByteArray &data);
    // Between requests, or between frames of a WebSocket: nothing half sent.
    bool isAtBoundary() const;
    bool isWebSocket() const { return m_state == State::FrameHeader || m_state == State::FramePayload; }

    // Exposed for the tests of the parser and of the guard.
    static bool needsToken(const QByteArray &path);

private:
    enum class State {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailer,
        FrameHeader,
        FramePayload,
        Refused
    };

    std::optional<Refusal> endOfHead(Outcome &outcome);
    std::optional<Refusal> chunkSizeLine(const QByteArray &line);
    bool frameHeaderComplete(std::optional<Refusal> &refusal);

    Authorizer m_authorizer;
    State m_state = State::Head;
    QByteArray m_pending;     // an unfinished header block, chunk line or frame header
    qint64 m_remaining = 0;   // body or chunk or payload bytes still to pass
    qint64 m_bodyBytes = 0;   // decoded size of the current chunked body
    QByteArray m_chunkedHead; // a chunked request's head, without Transfer-Encoding
    QByteArray m_body;        // its decoded body, passed on whole with a Content-Length
};

} // namespace server
