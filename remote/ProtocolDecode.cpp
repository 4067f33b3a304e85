#include "Protocol.h"
#include "ProtocolKeys.h"

// Decoding of the protocol's messages: every frame a client or a server receives, and the REST bodies,
// checked field by field before anything reaches a session or a job (the fuzzer's target).

#include <runner/SandboxPolicy.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace remote {

using namespace detail;

namespace {

// The largest integer a JSON number (a double) holds exactly.
constexpr qint64 kMaxJsonInteger = (qint64(1) << 53) - 1;

Decoded fail(ErrorCode code, const QString &message)
{
    Decoded decoded;
    decoded.error = {code, message, 0};
    return decoded;
}

Decoded succeed(Message message)
{
    Decoded decoded;
    decoded.message = std::move(message);
    return decoded;
}

// Parses a frame into an object, with the size, encoding and syntax checks every input shares.
std::optional<QJsonObject> parseObject(const QByteArray &bytes, qint64 maxBytes, Error &error)
{
    if (bytes.size() > maxBytes) {
        error = {ErrorCode::MessageTooLarge,
                 QStringLiteral("message of %1 bytes is over the limit of %2").arg(bytes.size()).arg(maxBytes), 0};
        return std::nullopt;
    }
    if (!bytes.isValidUtf8()) { // Qt refuses overlong forms, surrogates and code points past U+10FFFF
        error = {ErrorCode::InvalidUtf8, QStringLiteral("the message is not valid UTF-8"), 0};
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = {ErrorCode::BadJson,
                 QStringLiteral("malformed JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()), 0};
        return std::nullopt;
    }
    if (!document.isObject()) {
        error = {ErrorCode::BadJson, QStringLiteral("the message must be a JSON object"), 0};
        return std::nullopt;
    }
    return document.object();
}

// Rejects fields a message of this type does not define: a typo must not be silently ignored.
bool onlyFields(const QJsonObject &object, std::initializer_list<const char *> allowed, Error &error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *name : allowed) {
            if (it.key() == QLatin1String(name)) {
                known = true;
                break;
            }
        }
        if (!known) {
            error = {ErrorCode::BadMessage, QStringLiteral("unexpected field \"%1\"").arg(it.key()), 0};
            return false;
        }
    }
    return true;
}

// JSON may escape a lone UTF-16 surrogate ("\ud800"), which no UTF-8 text can hold.
bool hasUnpairedSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

bool requireString(const QJsonObject &object, const QString &key, QString &out, Error &error, bool optional = false)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && optional)
        return true;
    if (!value.isString()) {
        error = {ErrorCode::BadMessage,
                 value.isUndefined() ? QStringLiteral("missing field \"%1\"").arg(key)
                                     : QStringLiteral("field \"%1\" must be a string").arg(key),
                 0};
        return false;
    }
    out = value.toString();
    if (hasUnpairedSurrogate(out)) {
        error = {ErrorCode::InvalidUtf8, QStringLiteral("field \"%1\" holds an unpaired surrogate").arg(key), 0};
        return false;
    }
    return true;
}

// JSON numbers are doubles; an integer field must hold an exact integer in range.
bool requireInteger(const QJsonObject &object, const QString &key, qint64 minimum, qint64 maximum,
                    std::optional<qint64> &out, Error &error, bool optional)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && optional)
        return true;
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(number) || number != std::floor(number) || number < double(minimum)
        || number > double(maximum)) {
        error = {ErrorCode::BadMessage,
                 QStringLiteral("field \"%1\" must be an integer from %2 to %3").arg(key).arg(minimum).arg(maximum), 0};
        return false;
    }
    out = qint64(number);
    return true;
}

// An absent field leaves `out` empty; a present one must be an array of short strings.
bool optionalStringList(const QJsonObject &object, const QString &key, QStringList &out, Error &error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() > 64) {
        error = {ErrorCode::BadMessage, QStringLiteral("field \"%1\" must be an array of at most 64 strings").arg(key), 0};
        return false;
    }
    for (const QJsonValue &item : array) {
        if (!item.isString() || item.toString().size() > 64) {
            error = {ErrorCode::BadMessage, QStringLiteral("field \"%1\" must hold strings of at most 64 characters").arg(key), 0};
            return false;
        }
        out.append(item.toString());
    }
    return true;
}

bool requireJobId(const QJsonObject &object, QString &out, Error &error)
{
    if (!requireString(object, kJobId, out, error))
        return false;
    if (out.isEmpty() || out.size() > 64) {
        error = {ErrorCode::BadMessage, QStringLiteral("field \"job_id\" must be 1 to 64 characters"), 0};
        return false;
    }
    return true;
}

bool decodeLimits(const QJsonValue &value, LimitRequest &limits, Error &error)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        error = {ErrorCode::BadMessage, QStringLiteral("field \"limits\" must be an object"), 0};
        return false;
    }
    const QJsonObject object = value.toObject();
    if (!onlyFields(object, {"wall_ms", "cpu_ms", "memory_mb", "output_kb"}, error))
        return false;
    constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    std::optional<qint64> memoryMb, outputKb;
    if (!requireInteger(object, QStringLiteral("wall_ms"), 1, kDayMs, limits.wallMs, error, true)
        || !requireInteger(object, QStringLiteral("cpu_ms"), 1, kDayMs, limits.cpuMs, error, true)
        || !requireInteger(object, QStringLiteral("memory_mb"), 1, 1024 * 1024, memoryMb, error, true)
        || !requireInteger(object, QStringLiteral("output_kb"), 1, 1024 * 1024, outputKb, error, true)) {
        error.code = ErrorCode::InvalidLimits;
        return false;
    }
    if (memoryMb)
        limits.memoryBytes = *memoryMb * 1024 * 1024;
    if (outputKb)
        limits.outputBytes = *outputKb * 1024;
    return true;
}

// The fields of a submission, shared by WebSocket `submit` and REST `/execute`.
// `session` and `breakpoints` of a WebSocket submit: breakpoints only with a debug session.
bool decodeSession(const QJsonObject &object, Submission &submission, Error &error)
{
    if (!requireString(object, QStringLiteral("session"), submission.session, error, true))
        return false;
    if (!submission.session.isEmpty() && !sessionFromName(submission.session)) {
        error = {ErrorCode::BadMessage, QStringLiteral("field \"session\" must be \"debug\" or \"shell\""), 0};
        return false;
    }
    const QJsonValue stopOnException = object.value(QStringLiteral("stop_on_exception"));
    if (!stopOnException.isUndefined()) {
        if (!stopOnException.isBool() || submission.session != sessionName(runner::AgentMode::Debug)) {
            error = {ErrorCode::BadMessage, QStringLiteral("field \"stop_on_exception\" must be a boolean, in a debug session"), 0};
            return false;
        }
        submission.stopOnException = stopOnException.toBool();
    }
    const QJsonValue value = object.value(QStringLiteral("breakpoints"));
    if (value.isUndefined())
        return true;
    const QJsonArray array = value.toArray();
    if (submission.session != sessionName(runner::AgentMode::Debug) || !value.isArray()
        || array.size() > kMaxBreakpoints) {
        error = {ErrorCode::BadMessage,
                 QStringLiteral("field \"breakpoints\" must be an array of at most %1 breakpoints, in a debug session")
                     .arg(kMaxBreakpoints),
                 0};
        return false;
    }
    for (const QJsonValue &item : array) {
        const QJsonObject breakpoint = item.toObject();
        std::optional<qint64> line;
        runner::Breakpoint decoded;
        if (!item.isObject() || !onlyFields(breakpoint, {"line", "condition"}, error)
            || !requireInteger(breakpoint, QStringLiteral("line"), 1, 1'000'000, line, error, false)
            || !requireString(breakpoint, QStringLiteral("condition"), decoded.condition, error, true)) {
            if (!item.isObject())
                error = {ErrorCode::BadMessage, QStringLiteral("each breakpoint must be an object"), 0};
            return false;
        }
        if (decoded.condition.size() > kMaxConditionChars) {
            error = {ErrorCode::BadMessage,
                     QStringLiteral("a breakpoint's condition must be at most %1 characters").arg(kMaxConditionChars), 0};
            return false;
        }
        decoded.line = int(*line);
        submission.breakpoints.append(decoded);
    }
    return true;
}

bool decodeSubmissionFields(const QJsonObject &object, Submission &submission, bool websocket, Error &error)
{
    if (!requireString(object, QStringLiteral("code"), submission.code, error)
        || !requireString(object, QStringLiteral("language"), submission.language, error))
        return false;
    if (submission.code.toUtf8().size() > kMaxCodeBytes) {
        error = {ErrorCode::CodeTooLarge,
                 QStringLiteral("code is over the limit of %1 bytes").arg(kMaxCodeBytes), 0};
        return false;
    }
    if (submission.language.isEmpty() || submission.language.size() > 32) {
        error = {ErrorCode::UnknownLanguage, QStringLiteral("field \"language\" names no known language"), 0};
        return false;
    }
    QString stdinText;
    if (!requireString(object, QStringLiteral("stdin"), stdinText, error, true))
        return false;
    submission.stdinData = stdinText.toUtf8();
    if (submission.stdinData.size() > kMaxStdinBytes) {
        error = {ErrorCode::StdinTooLarge, QStringLiteral("stdin is over the limit of %1 bytes").arg(kMaxStdinBytes), 0};
        return false;
    }
    if (!requireString(object, QStringLiteral("profile"), submission.profile, error, true)
        || !requireString(object, QStringLiteral("std"), submission.standard, error, true))
        return false;
    // Which standards a language has is the server's to say (JobService); this only bounds the field.
    if (submission.standard.size() > 32) {
        error = {ErrorCode::UnknownStandard, QStringLiteral("field \"std\" names no known standard"), 0};
        return false;
    }
    if (!submission.profile.isEmpty() && !runner::profileFromName(submission.profile)) {
        error = {ErrorCode::InvalidLimits, QStringLiteral("profile must be \"strict\" or \"standard\""), 0};
        return false;
    }
    if (!decodeLimits(object.value(QStringLiteral("limits")), submission.limits, error))
        return false;
    if (websocket) {
        const QJsonValue keepOpen = object.value(QStringLiteral("keep_stdin_open"));
        if (!keepOpen.isUndefined() && !keepOpen.isBool()) {
            error = {ErrorCode::BadMessage, QStringLiteral("field \"keep_stdin_open\" must be a boolean"), 0};
            return false;
        }
        submission.keepStdinOpen = keepOpen.toBool(false);
        const QJsonValue reportTaken = object.value(QStringLiteral("report_input_taken"));
        if (!reportTaken.isUndefined() && !reportTaken.isBool()) {
            error = {ErrorCode::BadMessage, QStringLiteral("field \"report_input_taken\" must be a boolean"), 0};
            return false;
        }
        submission.reportInputTaken = reportTaken.toBool(false);
        const QJsonValue reportPhases = object.value(QStringLiteral("report_phases"));
        if (!reportPhases.isUndefined() && !reportPhases.isBool()) {
            error = {ErrorCode::BadMessage, QStringLiteral("field \"report_phases\" must be a boolean"), 0};
            return false;
        }
        submission.reportPhases = reportPhases.toBool(false);
        if (!decodeSession(object, submission, error))
            return false;
        if (!requireString(object, kRef, submission.ref, error, true))
            return false;
        if (submission.ref.size() > 64) {
            error = {ErrorCode::BadMessage, QStringLiteral("field \"ref\" must be at most 64 characters"), 0};
            return false;
        }
    }
    return true;
}

std::optional<MessageType> typeFromName(const QString &name)
{
    for (MessageType type : {MessageType::Submit, MessageType::Stdin, MessageType::StdinClose, MessageType::Cancel,
                             MessageType::Attach, MessageType::Hello, MessageType::JobAccepted, MessageType::JobStatus,
                             MessageType::JobOutput, MessageType::JobInputRequested, MessageType::JobInputTaken,
                             MessageType::JobPhase, MessageType::JobResult,
                             MessageType::ErrorMessage}) {
        if (messageTypeName(type) == name)
            return type;
    }
    return std::nullopt;
}

// The envelope: `v` and `type`, checked before anything else.
std::optional<MessageType> decodeEnvelope(const QJsonObject &object, Error &error)
{
    const QJsonValue version = object.value(kV);
    if (!version.isDouble() || version.toDouble() != kProtocolVersion) {
        error = {ErrorCode::UnsupportedVersion,
                 QStringLiteral("field \"v\" must be %1 (this server's protocol version)").arg(kProtocolVersion), 0};
        return std::nullopt;
    }
    QString typeName;
    if (!requireString(object, kType, typeName, error))
        return std::nullopt;
    const auto type = typeFromName(typeName);
    if (!type) {
        error = {ErrorCode::UnknownType, QStringLiteral("unknown message type \"%1\"").arg(typeName.left(64)), 0};
        return std::nullopt;
    }
    return type;
}

bool isClientType(MessageType type)
{
    return type == MessageType::Submit || type == MessageType::Stdin || type == MessageType::StdinClose
           || type == MessageType::Cancel || type == MessageType::Attach;
}

} // namespace

Decoded decodeClientMessage(const QByteArray &frame)
{
    Error error;
    const auto object = parseObject(frame, kMaxClientMessageBytes, error);
    if (!object)
        return fail(error.code, error.message);
    const auto type = decodeEnvelope(*object, error);
    if (!type)
        return fail(error.code, error.message);
    if (!isClientType(*type))
        return fail(ErrorCode::UnknownType,
                    QStringLiteral("\"%1\" is a server message; clients cannot send it").arg(messageTypeName(*type)));

    Message message;
    message.type = *type;
    switch (*type) {
    case MessageType::Submit:
        if (!onlyFields(*object, {"v", "type", "code", "language", "stdin", "keep_stdin_open",
                                   "report_input_taken", "report_phases", "profile", "std", "limits", "ref", "session",
                                   "breakpoints", "stop_on_exception"},
                        error)
            || !decodeSubmissionFields(*object, message.submission, true, error))
            return fail(error.code, error.message);
        message.ref = message.submission.ref;
        break;
    case MessageType::Stdin: {
        QString data;
        if (!onlyFields(*object, {"v", "type", "job_id", "data"}, error) || !requireJobId(*object, message.jobId, error)
            || !requireString(*object, kData, data, error))
            return fail(error.code, error.message);
        message.data = data.toUtf8();
        if (message.data.size() > kMaxStdinBytes)
            return fail(ErrorCode::StdinTooLarge,
                        QStringLiteral("stdin is over the limit of %1 bytes per message").arg(kMaxStdinBytes));
        break;
    }
    case MessageType::StdinClose:
    case MessageType::Cancel:
        if (!onlyFields(*object, {"v", "type", "job_id"}, error) || !requireJobId(*object, message.jobId, error))
            return fail(error.code, error.message);
        break;
    case MessageType::Attach: {
        std::optional<qint64> afterSeq;
        if (!onlyFields(*object, {"v", "type", "job_id", "after_seq"}, error)
            || !requireJobId(*object, message.jobId, error)
            || !requireInteger(*object, QStringLiteral("after_seq"), 0, std::numeric_limits<qint32>::max(), afterSeq,
                               error, true))
            return fail(error.code, error.message);
        message.afterSeq = afterSeq.value_or(0);
        break;
    }
    default:
        return fail(ErrorCode::Internal, QStringLiteral("unhandled message type"));
    }
    return succeed(std::move(message));
}

Decoded decodeServerMessage(const QByteArray &frame)
{
    // A client tolerates fields it does not know: a newer server may add some within one version.
    Error error;
    const auto object = parseObject(frame, kMaxServerMessageBytes, error);
    if (!object)
        return fail(error.code, error.message);
    const auto type = decodeEnvelope(*object, error);
    if (!type)
        return fail(error.code, error.message);
    if (isClientType(*type))
        return fail(ErrorCode::UnknownType,
                    QStringLiteral("\"%1\" is a client message; servers do not send it").arg(messageTypeName(*type)));

    Message message;
    message.type = *type;
    switch (*type) {
    case MessageType::Hello: {
        std::optional<qint64> window;
        if (!requireString(*object, QStringLiteral("server"), message.serverVersion, error, true)
            || !requireInteger(*object, QStringLiteral("stdin_window"), 1, kMaxJsonInteger, window, error, true))
            return fail(error.code, error.message);
        message.stdinWindow = window.value_or(0);
        if (!optionalStringList(*object, QStringLiteral("languages"), message.languages, error)
            || !optionalStringList(*object, QStringLiteral("profiles"), message.profiles, error)
            || !optionalStringList(*object, QStringLiteral("sessions"), message.sessions, error))
            return fail(error.code, error.message);
        break;
    }
    case MessageType::JobPhase: {
        QString phase;
        if (!requireJobId(*object, message.jobId, error) || !requireString(*object, QStringLiteral("phase"), phase, error))
            return fail(error.code, error.message);
        const auto parsed = jobPhaseFromName(phase);
        if (!parsed)
            return fail(ErrorCode::BadMessage, QStringLiteral("unknown job phase \"%1\"").arg(phase.left(32)));
        message.phase = *parsed;
        break;
    }
    case MessageType::JobAccepted:
        if (!requireJobId(*object, message.jobId, error) || !requireString(*object, kRef, message.ref, error, true))
            return fail(error.code, error.message);
        break;
    case MessageType::JobStatus: {
        QString state;
        if (!requireJobId(*object, message.jobId, error) || !requireString(*object, QStringLiteral("status"), state, error))
            return fail(error.code, error.message);
        const auto parsed = jobStateFromName(state);
        if (!parsed)
            return fail(ErrorCode::BadMessage, QStringLiteral("unknown job status \"%1\"").arg(state.left(32)));
        message.state = *parsed;
        break;
    }
    case MessageType::JobOutput: {
        std::optional<qint64> seq;
        QString stream, data;
        if (!requireJobId(*object, message.jobId, error)
            || !requireInteger(*object, QStringLiteral("seq"), 1, std::numeric_limits<qint32>::max(), seq, error, false)
            || !requireString(*object, QStringLiteral("stream"), stream, error)
            || !requireString(*object, kData, data, error))
            return fail(error.code, error.message);
        if (stream != QLatin1String("stdout") && stream != QLatin1String("stderr"))
            return fail(ErrorCode::BadMessage, QStringLiteral("field \"stream\" must be \"stdout\" or \"stderr\""));
        message.seq = *seq;
        message.stream = stream == QLatin1String("stdout") ? Stream::Stdout : Stream::Stderr;
        message.data = data.toUtf8();
        break;
    }
    case MessageType::JobInputRequested:
        if (!requireJobId(*object, message.jobId, error))
            return fail(error.code, error.message);
        break;
    case MessageType::JobInputTaken: {
        std::optional<qint64> taken;
        if (!requireJobId(*object, message.jobId, error)
            || !requireInteger(*object, QStringLiteral("taken"), 0, kMaxJsonInteger, taken, error, false))
            return fail(error.code, error.message);
        message.inputTaken = *taken;
        break;
    }
    case MessageType::JobResult: {
        if (!requireJobId(*object, message.jobId, error))
            return fail(error.code, error.message);
        const QJsonValue result = object->value(QStringLiteral("result"));
        if (!result.isObject() || !result.toObject().value(QStringLiteral("status")).isString())
            return fail(ErrorCode::BadMessage, QStringLiteral("field \"result\" must be a result object with a status"));
        message.result = result.toObject();
        break;
    }
    case MessageType::ErrorMessage: {
        const QJsonValue inner = object->value(QStringLiteral("error"));
        if (!inner.isObject())
            return fail(ErrorCode::BadMessage, QStringLiteral("field \"error\" must be an object"));
        const QJsonObject errorObject = inner.toObject();
        QString code;
        if (!requireString(errorObject, QStringLiteral("code"), code, error)
            || !requireString(errorObject, QStringLiteral("message"), message.error.message, error, true))
            return fail(error.code, error.message);
        // An unknown code from a newer server is still an error; it is reported as internal.
        message.error.code = errorCodeFromName(code).value_or(ErrorCode::Internal);
        const double retryAfter = errorObject.value(QStringLiteral("retry_after")).toDouble(0);
        message.error.retryAfterSeconds = retryAfter > 0 && retryAfter < 86400 ? int(std::ceil(retryAfter)) : 0;
        if (object->value(kJobId).isString())
            message.jobId = object->value(kJobId).toString();
        if (object->value(kRef).isString())
            message.ref = object->value(kRef).toString();
        break;
    }
    default:
        return fail(ErrorCode::Internal, QStringLiteral("unhandled message type"));
    }
    return succeed(std::move(message));
}

Decoded decodeExecuteBody(const QByteArray &body)
{
    Error error;
    const auto object = parseObject(body, kMaxClientMessageBytes, error);
    if (!object)
        return fail(error.code, error.message);
    Message message;
    message.type = MessageType::Submit;
    if (!onlyFields(*object, {"code", "language", "stdin", "profile", "std", "limits"}, error)
        || !decodeSubmissionFields(*object, message.submission, false, error))
        return fail(error.code, error.message);
    return succeed(std::move(message));
}

Decoded decodeAnalyzeBody(const QByteArray &body)
{
    Error error;
    const auto object = parseObject(body, kMaxClientMessageBytes, error);
    if (!object)
        return fail(error.code, error.message);
    Message message;
    message.type = MessageType::Submit;
    if (!onlyFields(*object, {"code", "language"}, error)
        || !decodeSubmissionFields(*object, message.submission, false, error))
        return fail(error.code, error.message);
    return succeed(std::move(message));
}

} // namespace remote
