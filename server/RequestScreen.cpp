#include "RequestScreen.h"

namespace server {

namespace {
constexpr int kCloseProtocolError = 1002; // RFC 6455 §7.4.1
constexpr int kCloseMessageTooBig = 1009;
// A WebSocket frame the server reads: the socket cuts off larger messages anyway (WebSocketApi).
constexpr qint64 kMaxFramePayloadBytes = 4 * remote::kMaxClientMessageBytes;

RequestScreen::Refusal refusal(remote::ErrorCode code, const QString &message)
{
    return {{code, message, 0}, false, 0};
}

RequestScreen::Refusal frameRefusal(int closeCode, const QString &message)
{
    return {{remote::ErrorCode::BadMessage, message, 0}, true, closeCode};
}

// The end of a header block: CRLF CRLF, or bare LFs, which the HTTP server accepts too.
qsizetype headEnd(const QByteArray &bytes, qsizetype from)
{
    for (qsizetype i = std::max<qsizetype>(from, 1); i < bytes.size(); ++i) {
        if (bytes.at(i) != '\n')
            continue;
        if (bytes.at(i - 1) == '\n')
            return i + 1;
        if (i >= 2 && bytes.at(i - 1) == '\r' && bytes.at(i - 2) == '\n')
            return i + 1;
    }
    return -1;
}

bool hasToken(const QByteArray &list, const char *token)
{
    for (const QByteArray &item : list.split(','))
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}
} // namespace

QByteArray RequestScreen::Headers::value(const QByteArray &name) const
{
    for (const auto &[key, value] : fields)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return QByteArray();
}

RequestScreen::RequestScreen(Authorizer authorizer)
    : m_authorizer(std::move(authorizer))
{
}

bool RequestScreen::needsToken(const QByteArray &path)
{
    // /health and /metrics are public; unknown paths get a 404 without one. /ws is checked after the
    // handshake (WebSocketApi) so that WebSocket clients get the protocol's close code 4401; an upgrade
    // request has no body, so nothing large is read for it.
    return path == "/execute" || path.startsWith("/execute/") || path == "/analyze" ||
           path.startsWith("/analyze/");
}

bool RequestScreen::isAtBoundary() const
{
    switch (m_state) {
    case State::Head:
        return m_pending.isEmpty();
    case State::FrameHeader:
        return m_pending.isEmpty();
    case State::Refused:
        return true;
    default:
        return false;
    }
}

RequestScreen::Outcome RequestScreen::feed(const QByteArray &data)
{
    Outcome outcome;
    qsizetype at = 0;
    auto pass = [&](qsizetype length) {
        outcome.forward.append(data.constData() + at, length);
        at += length;
    };
    auto refuse = [&](Refusal refusal) {
        m_state = State::Refused;
        m_pending.clear();
        outcome.refusal = std::move(refusal);
    };
    while (at < data.size() && m_state != State::Refused) {
        switch (m_state) {
        case State::Head: {
            // Blank lines between requests are allowed (RFC 9112 §2.2) and skipped here.
            if (m_pending.isEmpty()) {
                while (at < data.size() && (data.at(at) == '\r' || data.at(at) == '\n'))
                    pass(1);
                if (at == data.size())
                    break;
            }
            const qsizetype previous = m_pending.size();
            const qsizetype take =
                std::min<qsizetype>(data.size() - at, kMaxRequestHeaderBytes + 1 - previous);
            m_pending.append(data.constData() + at, take);
            const qsizetype end = headEnd(m_pending, std::max<qsizetype>(previous - 3, 0));
            if (end < 0) {
                if (m_pending.size() > kMaxRequestHeaderBytes) {
                    refuse(refusal(
                        remote::ErrorCode::MessageTooLarge,
                        QStringLiteral("the request headers are over %1 bytes").arg(kMaxRequestHeaderBytes)));
                    break;
                }
                at += take;
                break;
            }
            at += end - previous; // the rest of this data is the body or the next request
            m_pending.truncate(end);
            if (auto refused = endOfHead(outcome)) {
                refuse(std::move(*refused));
                break;
            }
            if (m_state != State::ChunkSize) // a chunked request's head waits for its whole body
                outcome.forward += m_pending;
            m_pending.clear();
            break;
        }
        case State::Body: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, data.size() - at));
            pass(take);
            m_remaining -= take;
            if (m_remaining == 0) {
                m_state = State::Head;
                ++outcome.requestsCompleted;
            }
            break;
        }
        case State::ChunkSize:
        case State::Trailer:
        case State::ChunkDataEnd: {
            // One line at a time: the chunk size, the CRLF after a chunk's data, or a trailer field.
            const qsizetype newline = data.indexOf('\n', at);
            const qsizetype take = newline < 0 ? data.size() - at : newline + 1 - at;
            m_pending.append(data.constData() + at, take);
            at += take;
            if (newline < 0) {
                if (m_pending.size() > kMaxChunkLineBytes)
                    refuse(
                        refusal(remote::ErrorCode::BadMessage, QStringLiteral("a chunk line is too long")));
                break;
            }
            const QByteArray line = m_pending.trimmed();
            m_pending.clear();
            if (m_state == State::ChunkDataEnd) {
                if (!line.isEmpty())
                    refuse(refusal(remote::ErrorCode::BadMessage,
                                   QStringLiteral("a chunk does not end with CRLF")));
                else
                    m_state = State::ChunkSize;
            } else if (m_state == State::Trailer) {
                if (line.isEmpty()) {
                    // The HTTP server is given the body with its length: its own chunked reader, and
                    // whatever it would make of an odd chunk boundary, is never used.
                    outcome.forward +=
                        m_chunkedHead + "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n\r\n";
                    outcome.forward += m_body;
                    m_chunkedHead.clear();
                    m_body.clear();
                    m_state = State::Head;
                    ++outcome.requestsCompleted;
                }
            } else if (auto refused = chunkSizeLine(line)) {
                refuse(std::move(*refused));
            }
            break;
        }
        case State::ChunkData: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, data.size() - at));
            m_body.append(data.constData() + at, take); // at most kMaxRequestBodyBytes in all
            at += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::FrameHeader: {
            // A frame header is 2 to 14 bytes; it is held back until whole, so that a refusal can be
            // sent to the server between frames.
            m_pending.append(data.at(at++));
            std::optional<Refusal> refused;
            if (frameHeaderComplete(refused)) {
                outcome.forward += m_pending;
                m_pending.clear();
                m_state = m_remaining > 0 ? State::FramePayload : State::FrameHeader;
                if (m_remaining == 0)
                    ++outcome.framesCompleted;
            } else if (refused) {
                refuse(std::move(*refused));
            }
            break;
        }
        case State::FramePayload: {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, data.size() - at));
            pass(take);
            m_remaining -= take;
            if (m_remaining == 0) {
                m_state = State::FrameHeader;
                ++outcome.framesCompleted;
            }
            break;
        }
        case State::Refused:
            break;
        }
    }
    return outcome;
}

std::optional<RequestScreen::Refusal> RequestScreen::endOfHead(Outcome &outcome)
{
    Headers head;
    QList<QByteArray> lines = m_pending.split('\n');
    for (QByteArray &line : lines)
        if (line.endsWith('\r'))
            line.chop(1);
    const QList<QByteArray> requestLine = lines.value(0).split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1."))
        return refusal(remote::ErrorCode::BadMessage, QStringLiteral("malformed request line"));
    head.method = requestLine.at(0);
    head.target = requestLine.at(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        // Folded lines (obsolete) and nameless fields are how requests get smuggled: refused.
        if (colon <= 0 || line.at(0) == ' ' || line.at(0) == '\t' || line.left(colon).contains(' '))
            return refusal(remote::ErrorCode::BadMessage, QStringLiteral("malformed header line"));
        head.fields.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }

    const qsizetype question = head.target.indexOf('?');
    const QByteArray path = question < 0 ? head.target : head.target.left(question);
    // Paths under /_guard/ are how this screen speaks to the HTTP server; a client may not use them.
    if (path.startsWith("/_guard"))
        return refusal(remote::ErrorCode::NotFound,
                       QStringLiteral("no endpoint %1").arg(QString::fromLatin1(path.left(64))));

    // The token first: a client without one learns nothing else, not even the limits.
    if (needsToken(path) && !m_authorizer(head))
        return refusal(remote::ErrorCode::Unauthorized, QStringLiteral("missing, unknown or revoked token"));

    // The body's length, exactly one way (RFC 9112 §6.3): two lengths or a length with chunking is refused.
    QList<QByteArray> lengths;
    QByteArray transferEncoding;
    int encodings = 0;
    for (const auto &[key, value] : std::as_const(head.fields)) {
        if (key.compare("Content-Length", Qt::CaseInsensitive) == 0)
            lengths.append(value);
        else if (key.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding = value;
            ++encodings;
        }
    }
    const bool chunked = encodings > 0;
    if (encodings > 1 || (chunked && transferEncoding.compare("chunked", Qt::CaseInsensitive) != 0))
        return refusal(remote::ErrorCode::BadMessage,
                       QStringLiteral("only \"Transfer-Encoding: chunked\" is supported"));
    if (lengths.size() > 1 || (chunked && !lengths.isEmpty()))
        return refusal(remote::ErrorCode::BadMessage, QStringLiteral("conflicting body lengths"));
    qint64 length = 0;
    if (!lengths.isEmpty()) {
        const QByteArray &text = lengths.first();
        bool ok = !text.isEmpty() && text.size() <= 18;
        for (char c : text)
            ok = ok && c >= '0' && c <= '9';
        length = ok ? text.toLongLong(&ok) : -1;
        if (!ok)
            return refusal(remote::ErrorCode::BadMessage, QStringLiteral("malformed Content-Length"));
        if (length > kMaxRequestBodyBytes)
            return refusal(
                remote::ErrorCode::MessageTooLarge,
                QStringLiteral("the body is over the limit of %1 bytes").arg(kMaxRequestBodyBytes));
    }

    const bool upgrade = hasToken(head.value("Connection"), "upgrade") &&
                         head.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
    if (upgrade) {
        if (chunked || length > 0)
            return refusal(remote::ErrorCode::BadMessage, QStringLiteral("a WebSocket upgrade has no body"));
        outcome.upgraded = true;
        ++outcome.requestsCompleted;
        m_state = State::FrameHeader;
        return std::nullopt;
    }
    if (chunked) {
        m_bodyBytes = 0;
        m_body.clear();
        m_chunkedHead = lines.value(0) + "\r\n";
        for (const auto &[key, value] : std::as_const(head.fields)) {
            if (key.compare("Transfer-Encoding", Qt::CaseInsensitive) != 0)
                m_chunkedHead += key + ": " + value + "\r\n";
        }
        m_state = State::ChunkSize;
    } else if (length > 0) {
        m_remaining = length;
        m_state = State::Body;
    } else {
        ++outcome.requestsCompleted;
        m_state = State::Head;
    }
    return std::nullopt;
}

std::optional<RequestScreen::Refusal> RequestScreen::chunkSizeLine(const QByteArray &line)
{
    const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
    const QByteArray digits = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
    bool ok = !digits.isEmpty() && digits.size() <= 8;
    const qint64 size = ok ? digits.toLongLong(&ok, 16) : -1;
    if (!ok || size < 0)
        return refusal(remote::ErrorCode::BadMessage, QStringLiteral("malformed chunk size"));
    m_bodyBytes += size;
    if (m_bodyBytes > kMaxRequestBodyBytes)
        return refusal(remote::ErrorCode::MessageTooLarge,
                       QStringLiteral("the body is over the limit of %1 bytes").arg(kMaxRequestBodyBytes));
    if (size == 0) {
        m_state = State::Trailer;
    } else {
        m_remaining = size;
        m_state = State::ChunkData;
    }
    return std::nullopt;
}

bool RequestScreen::frameHeaderComplete(std::optional<Refusal> &refused)
{
    const auto byte = [this](int i) {
        return quint8(m_pending.at(i));
    };
    if (m_pending.size() < 2)
        return false;
    if (!(byte(1) & 0x80)) {
        refused = frameRefusal(kCloseProtocolError,
                               QStringLiteral("client frames must be masked (RFC 6455 section 5.1)"));
        return false;
    }
    const int shortLength = byte(1) & 0x7f;
    const int lengthBytes = shortLength == 126 ? 2 : shortLength == 127 ? 8 : 0;
    const int total = 2 + lengthBytes + 4;
    if (m_pending.size() < total)
        return false;
    quint64 length = quint64(shortLength);
    if (lengthBytes > 0) {
        length = 0;
        for (int i = 0; i < lengthBytes; ++i)
            length = (length << 8) | byte(2 + i);
    }
    if (length > quint64(kMaxFramePayloadBytes)) {
        refused = frameRefusal(kCloseMessageTooBig,
                               QStringLiteral("frame over %1 bytes").arg(kMaxFramePayloadBytes));
        return false;
    }
    m_remaining = qint64(length);
    return true;
}

} // namespace server
