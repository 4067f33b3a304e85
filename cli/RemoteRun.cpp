#include "RemoteRun.h"

namespace cli {

namespace {
// Socket errors read "Connection refused"; the line reads "...: connection refused". An acronym
// ("TLS handshake failed") keeps its case.
QString asClause(const QString &reason)
{
    if (reason.isEmpty())
        return QStringLiteral("no answer");
    if (reason.size() > 1 && reason.at(0).isUpper() && reason.at(1).isLower())
        return reason.at(0).toLower() + reason.mid(1);
    return reason;
}

QString retryIn(const remote::Error &error)
{
    return QStringLiteral("retry in %1 s").arg(std::max(1, error.retryAfterSeconds));
}
} // namespace

RemoteRun::RemoteRun(remote::RemoteTarget target, int connectTimeoutMs, QObject *parent)
    : remote::RemoteRunSession(std::move(target), parent)
{
    remote::ReconnectPolicy policy;
    policy.silenceTimeoutMs = connectTimeoutMs;
    setReconnectPolicy(policy);
}

std::optional<RunFailure> RemoteRun::failure() const
{
    if (const std::optional<remote::Error> error = remoteError())
        return describeRemoteFailure(*error, target().url, everAnswered(), jobId());
    return std::nullopt;
}

RunFailure describeRemoteFailure(const remote::Error &error, const QUrl &server, bool connected,
                                 const QString &jobId)
{
    using remote::ErrorCode;
    // Never a password or a `?token=` in the line: it may end up in a CI log.
    const QString at =
        server.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    auto refused = [&](int exitCode) {
        return RunFailure{exitCode,
                          QStringLiteral("the server at %1 refused the run: %2").arg(at, error.message)};
    };
    switch (error.code) {
    case ErrorCode::Unauthorized:
        return {
            ExitRemoteUnauthorized,
            QStringLiteral("the server at %1 refused the API token (%2); check --token or CODE_REMOTE_TOKEN")
                .arg(at, error.message.isEmpty() ? QStringLiteral("unauthorized") : error.message)};
    case ErrorCode::Busy:
        return {ExitRemoteBusy,
                QStringLiteral("the server at %1 is busy: its queue is full; %2").arg(at, retryIn(error))};
    case ErrorCode::RateLimited:
        return {ExitRemoteBusy,
                QStringLiteral("the server at %1 refused the run: too many submissions with this token; %2")
                    .arg(at, retryIn(error))};
    case ErrorCode::TooManyJobs:
        return {ExitRemoteBusy, QStringLiteral("the server at %1 refused the run: %2; %3")
                                    .arg(at, error.message, retryIn(error))};
    case ErrorCode::ShuttingDown:
        return {ExitRemoteBusy,
                QStringLiteral("the server at %1 is shutting down; %2").arg(at, retryIn(error))};
    // The same refusals a local run makes before running, with the same exit codes.
    case ErrorCode::CodeTooLarge:
    case ErrorCode::StdinTooLarge:
        return refused(ExitTooLarge);
    case ErrorCode::UnknownLanguage:
        return refused(ExitUnknownLanguage);
    case ErrorCode::UnknownStandard:
        return refused(ExitUsage); // as a local run's unknown --std
    case ErrorCode::InvalidLimits:
        return refused(ExitInvalidLimit);
    case ErrorCode::InvalidUtf8:
        return refused(ExitNotUtf8);
    case ErrorCode::BadJson:
    case ErrorCode::BadMessage:
    case ErrorCode::UnknownType:
    case ErrorCode::UnsupportedVersion:
    case ErrorCode::MessageTooLarge:
        return {ExitRemoteProtocol, QStringLiteral("protocol error with the server at %1: %2 (%3)")
                                        .arg(at, error.message, remote::errorCodeName(error.code))};
    case ErrorCode::Unavailable:
        if (!connected)
            return {ExitRemoteFailed,
                    QStringLiteral("cannot reach the server at %1: %2").arg(at, asClause(error.message))};
        if (jobId.isEmpty())
            return {ExitRemoteFailed,
                    QStringLiteral("lost the connection to the server at %1 before it took the run: %2")
                        .arg(at, asClause(error.message))};
        return {
            ExitRemoteFailed,
            QStringLiteral(
                "lost the connection to the server at %1 during the run: %2 (job %3 may still finish there)")
                .arg(at, asClause(error.message), jobId)};
    case ErrorCode::NotFound:
        return {ExitRemoteFailed,
                QStringLiteral("the server at %1 no longer knows job %2: %3").arg(at, jobId, error.message)};
    case ErrorCode::MethodNotAllowed:
    case ErrorCode::JobNotRunning:
    case ErrorCode::Internal:
        break;
    }
    return {ExitRemoteFailed, QStringLiteral("the server at %1 failed: %2 (%3)")
                                  .arg(at, error.message, remote::errorCodeName(error.code))};
}

} // namespace cli
