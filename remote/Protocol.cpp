#include "Protocol.h"

// The protocol's vocabulary: error codes and their HTTP statuses, the names of message types, job
// states, phases and sessions, limits. Decoding is in ProtocolDecode.cpp, encoding in ProtocolEncode.cpp.

#include <runner/SandboxPolicy.h>

#include <array>

namespace remote {

namespace {

struct CodeName
{
    ErrorCode code;
    const char *name;
    int httpStatus;
};

constexpr std::array<CodeName, 21> kErrorCodes{{
    {ErrorCode::BadJson, "bad_json", 400},
    {ErrorCode::BadMessage, "bad_message", 400},
    {ErrorCode::UnknownType, "unknown_type", 400},
    {ErrorCode::UnsupportedVersion, "unsupported_version", 400},
    {ErrorCode::MessageTooLarge, "message_too_large", 413},
    {ErrorCode::CodeTooLarge, "code_too_large", 413},
    {ErrorCode::StdinTooLarge, "stdin_too_large", 413},
    {ErrorCode::InvalidUtf8, "invalid_utf8", 400},
    {ErrorCode::UnknownLanguage, "unknown_language", 422},
    {ErrorCode::UnknownStandard, "unknown_standard", 422},
    {ErrorCode::InvalidLimits, "invalid_limits", 422},
    {ErrorCode::Unauthorized, "unauthorized", 401},
    {ErrorCode::NotFound, "not_found", 404},
    {ErrorCode::MethodNotAllowed, "method_not_allowed", 405},
    {ErrorCode::Busy, "busy", 503},
    {ErrorCode::RateLimited, "rate_limited", 429},
    {ErrorCode::TooManyJobs, "too_many_jobs", 429},
    {ErrorCode::JobNotRunning, "job_not_running", 409},
    {ErrorCode::ShuttingDown, "shutting_down", 503},
    {ErrorCode::Unavailable, "unavailable", 503},
    {ErrorCode::Internal, "internal", 500},
}};

} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &entry : kErrorCodes) {
        if (entry.code == code)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("internal");
}

std::optional<ErrorCode> errorCodeFromName(const QString &name)
{
    for (const auto &entry : kErrorCodes) {
        if (name == QLatin1String(entry.name))
            return entry.code;
    }
    return std::nullopt;
}

int httpStatusFor(ErrorCode code)
{
    for (const auto &entry : kErrorCodes) {
        if (entry.code == code)
            return entry.httpStatus;
    }
    return 500;
}

QJsonObject Error::toJson() const
{
    QJsonObject object{{QStringLiteral("code"), errorCodeName(code)}, {QStringLiteral("message"), message}};
    if (retryAfterSeconds > 0)
        object.insert(QStringLiteral("retry_after"), retryAfterSeconds);
    return object;
}

runner::Limits LimitRequest::applyTo(const runner::Limits &base) const
{
    runner::Limits limits = base;
    if (wallMs)
        limits.wallMs = std::min(*wallMs, base.wallMs);
    if (cpuMs)
        limits.cpuMs = std::min(*cpuMs, base.effectiveCpuMs());
    if (memoryBytes)
        limits.memoryBytes = std::min(*memoryBytes, base.memoryBytes);
    if (outputBytes)
        limits.outputBytes = std::min(*outputBytes, base.outputBytes);
    return limits;
}

QJsonObject LimitRequest::toJson() const
{
    QJsonObject object;
    if (wallMs)
        object.insert(QStringLiteral("wall_ms"), *wallMs);
    if (cpuMs)
        object.insert(QStringLiteral("cpu_ms"), *cpuMs);
    if (memoryBytes)
        object.insert(QStringLiteral("memory_mb"), *memoryBytes / (1024 * 1024));
    if (outputBytes)
        object.insert(QStringLiteral("output_kb"), *outputBytes / 1024);
    return object;
}

QString messageTypeName(MessageType type)
{
    switch (type) {
    case MessageType::Submit: return QStringLiteral("submit");
    case MessageType::Stdin: return QStringLiteral("stdin");
    case MessageType::StdinClose: return QStringLiteral("stdin.close");
    case MessageType::Cancel: return QStringLiteral("cancel");
    case MessageType::Attach: return QStringLiteral("attach");
    case MessageType::Hello: return QStringLiteral("hello");
    case MessageType::JobAccepted: return QStringLiteral("job.accepted");
    case MessageType::JobStatus: return QStringLiteral("job.status");
    case MessageType::JobOutput: return QStringLiteral("job.output");
    case MessageType::JobInputRequested: return QStringLiteral("job.input_requested");
    case MessageType::JobInputTaken: return QStringLiteral("job.input_taken");
    case MessageType::JobPhase: return QStringLiteral("job.phase");
    case MessageType::JobResult: return QStringLiteral("job.result");
    case MessageType::ErrorMessage: return QStringLiteral("error");
    }
    return QString();
}

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Queued: return QStringLiteral("queued");
    case JobState::Running: return QStringLiteral("running");
    case JobState::Finished: return QStringLiteral("finished");
    }
    return QString();
}

std::optional<JobState> jobStateFromName(const QString &name)
{
    for (JobState state : {JobState::Queued, JobState::Running, JobState::Finished}) {
        if (jobStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString jobPhaseName(JobPhase phase)
{
    switch (phase) {
    case JobPhase::Compiling: return QStringLiteral("compiling");
    case JobPhase::Running: return QStringLiteral("running");
    }
    return QString();
}

std::optional<JobPhase> jobPhaseFromName(const QString &name)
{
    for (JobPhase phase : {JobPhase::Compiling, JobPhase::Running}) {
        if (jobPhaseName(phase) == name)
            return phase;
    }
    return std::nullopt;
}
QString sessionName(runner::AgentMode mode)
{
    return mode == runner::AgentMode::Shell ? QStringLiteral("shell") : QStringLiteral("debug");
}

std::optional<runner::AgentMode> sessionFromName(const QString &name)
{
    if (name == QLatin1String("debug"))
        return runner::AgentMode::Debug;
    if (name == QLatin1String("shell"))
        return runner::AgentMode::Shell;
    return std::nullopt;
}

} // namespace remote
