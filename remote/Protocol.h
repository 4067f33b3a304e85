#pragma once

// The Code Remote wire protocol, defined once for the client (RemoteRunSession) and the server
// (code-remote-server). Every WebSocket message is one JSON object in a text frame:
//
//     {"v": 1, "type": "<type>", ...fields of that type...}
//
// The REST endpoints reuse the same validation (decodeExecuteBody) and the same error codes, so a bad
// program is refused with the same words whichever way it was sent. docs/protocol.md is the reference.

#include <runner/AgentProgram.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace runner {
struct Limits;
}

namespace remote {

constexpr int kProtocolVersion = 1;
// The hosted platform's limit on a program's text, in UTF-8 bytes.
constexpr qint64 kMaxCodeBytes = 10 * 1024;
// Standard input sent with a submission or in one stdin message.
constexpr qint64 kMaxStdinBytes = 64 * 1024;
// Standard input a server holds for one job that its program has not taken yet. A `stdin` message that
// would take a job past it is refused (stdin_too_large); the server announces it in `hello`
// (`stdin_window`) and reports what the program took (`job.input_taken`), so a client that keeps at
// most this much unacknowledged can send input of any size without ever being refused.
constexpr qint64 kStdinWindowBytes = 1024 * 1024;
// A client message carries at most ~10 KiB of code and 64 KiB of stdin; JSON escaping can grow text up
// to six times, so this bound refuses nothing legitimate while keeping a hostile frame cheap.
constexpr qint64 kMaxClientMessageBytes = 512 * 1024;
// Server messages carry results with up to 1 MiB of captured output (escaped).
constexpr qint64 kMaxServerMessageBytes = 16 * 1024 * 1024;

// Error codes shared by WebSocket `error` messages and REST `{"error": {"code", "message"}}` bodies.
enum class ErrorCode {
    BadJson,            // not well-formed JSON, or not an object
    BadMessage,         // a required field missing or of the wrong type, an unexpected field
    UnknownType,        // a `type` this protocol version does not define
    UnsupportedVersion, // `v` is not kProtocolVersion
    MessageTooLarge,    // the frame or body is over the limit
    CodeTooLarge,       // code over kMaxCodeBytes
    StdinTooLarge,      // stdin over kMaxStdinBytes, or a job's unread stdin over kStdinWindowBytes
    InvalidUtf8,        // the body or frame is not valid UTF-8
    UnknownLanguage,
    UnknownStandard,    // a `std` the language does not have (or a language without standards)
    InvalidLimits,      // a limit out of range or a profile that does not exist
    Unauthorized,       // no token, or a token that is unknown or revoked
    NotFound,           // no such job (or not this user's: the two are indistinguishable on purpose)
    MethodNotAllowed,
    Busy,               // the server's queue is full: retry after `retry_after` seconds
    RateLimited,        // this token sent too many requests: retry after `retry_after` seconds
    TooManyJobs,        // this token has too many jobs queued or running
    JobNotRunning,      // stdin or cancel for a job that has finished
    ShuttingDown,
    Unavailable,        // a feature the server is not configured for (e.g. no analysis provider)
    Internal,
};

QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(const QString &name);
// The HTTP status a REST response carries for this error.
int httpStatusFor(ErrorCode code);

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    int retryAfterSeconds = 0; // > 0 for Busy, RateLimited, TooManyJobs

    // {"code", "message"} (+ "retry_after"): the inner object of REST errors and WebSocket `error`s.
    QJsonObject toJson() const;
};

// Lower limits a client may ask for; the server starts from its own maximum and caps the result, so
// nothing here can raise a limit.
struct LimitRequest
{
    std::optional<qint64> wallMs;
    std::optional<qint64> cpuMs;
    std::optional<qint64> memoryBytes;
    std::optional<qint64> outputBytes;

    bool isEmpty() const { return !wallMs && !cpuMs && !memoryBytes && !outputBytes; }
    // `base` with each requested field lowered (never raised) to the request.
    runner::Limits applyTo(const runner::Limits &base) const;
    QJsonObject toJson() const;
};

// What a client asks to run, from a WebSocket `submit` or a REST `/execute` body.
struct Submission
{
    QString code;
    QString language;
    QByteArray stdinData;
    bool keepStdinOpen = false;
    // WebSocket only: the client paces its input and wants `job.input_taken` reports for this job. A
    // client asks only a server whose `hello` announced a window; older clients, which would take an
    // unknown message type for a broken server, get none.
    bool reportInputTaken = false;
    // WebSocket only: the client wants `job.phase` messages (compiling, running) for this job. Asked
    // only of a server whose `hello` lists its languages, for the same reason as reportInputTaken.
    bool reportPhases = false;
    QString profile;          // empty: the server's default (strict)
    // "std": the language standard (C++: "c++20"), one of the language's standards; empty: its default.
    QString standard;
    LimitRequest limits;
    QString ref;              // the client's own label, echoed in job.accepted (WebSocket only)
    // WebSocket only: run the code under the in-sandbox agent as a debug session ("debug") or as the
    // start of a shell ("shell"), the agent's frames riding on the job's output and stdin; empty: a
    // plain run. The server builds the agent's run itself, so the client sends only the user's code.
    // Asked only of a server whose `hello` lists `sessions`.
    QString session;
    QList<runner::Breakpoint> breakpoints; // "debug" only: where the program first stops
    bool stopOnException = true;           // "debug" only: pause on an uncaught exception
};

// The `session` names of a submission.
constexpr int kMaxBreakpoints = 1000;
constexpr int kMaxConditionChars = 1000;
QString sessionName(runner::AgentMode mode);
std::optional<runner::AgentMode> sessionFromName(const QString &name);

enum class MessageType {
    // client -> server
    Submit,
    Stdin,
    StdinClose,
    Cancel,
    Attach,           // resume a job's stream after a reconnect
    // server -> client
    Hello,            // first message after a successful authentication
    JobAccepted,
    JobStatus,
    JobOutput,
    JobInputRequested,
    JobInputTaken,    // how much of its standard input the program has taken so far
    JobPhase,         // the job began compiling or running (sent only when the submission asked)
    JobResult,
    ErrorMessage,
};

QString messageTypeName(MessageType type);

enum class JobState { Queued, Running, Finished };
QString jobStateName(JobState state);
std::optional<JobState> jobStateFromName(const QString &name);

enum class Stream { Stdout, Stderr };

// What a running job is doing: a compiled language compiles first. Same meaning as runner::RunPhase,
// kept apart so the wire names do not depend on the runner's enum.
enum class JobPhase { Compiling, Running };
QString jobPhaseName(JobPhase phase);
std::optional<JobPhase> jobPhaseFromName(const QString &name);

// One decoded message. Only the fields of its type are meaningful.
struct Message
{
    MessageType type = MessageType::ErrorMessage;
    QString jobId;
    QString ref;
    Submission submission;     // Submit
    QByteArray data;           // Stdin, JobOutput
    qint64 seq = 0;            // JobOutput: 1, 2, 3... per job, across both streams
    qint64 afterSeq = 0;       // Attach: the last sequence number the client has seen
    Stream stream = Stream::Stdout; // JobOutput
    JobState state = JobState::Queued; // JobStatus
    QJsonObject result;        // JobResult: the RunResult JSON (same fields as `--json`)
    Error error;               // ErrorMessage
    QString serverVersion;     // Hello
    qint64 stdinWindow = 0;    // Hello: the server's kStdinWindowBytes; 0 when it announces none
    qint64 inputTaken = 0;     // JobInputTaken: bytes of stdin taken so far, the submission's included
    JobPhase phase = JobPhase::Running; // JobPhase
    // Hello: the language ids this server runs and the profiles a client may ask for. Both empty from a
    // server that does not say (older than these fields): a client then assumes nothing about them.
    QStringList languages;
    QStringList profiles;
    // Hello: the `session` kinds a submit may ask for ("debug", "shell"); empty from older servers.
    QStringList sessions;
};

// What a server says about itself in `hello`.
struct ServerHello
{
    QString serverVersion;
    qint64 stdinWindow = 0;    // > 0: the server holds at most that much unread stdin per job
    QStringList languages;     // ids of the languages it runs
    QStringList profiles;      // profiles a client may ask for, the default first
    QStringList sessions;      // session kinds a submit may ask for
};

// A decode either yields a message or an error to send back; it never throws and never crashes.
struct Decoded
{
    std::optional<Message> message;
    Error error;

    bool ok() const { return message.has_value(); }
};

// Messages a server accepts from clients.
Decoded decodeClientMessage(const QByteArray &frame);
// Messages a client accepts from a server.
Decoded decodeServerMessage(const QByteArray &frame);
// The body of REST `POST /execute` (same rules as `submit`, without `v`/`type`).
Decoded decodeExecuteBody(const QByteArray &body);
// The body of REST `POST /analyze`: {"code", "language"} with the same code rules.
Decoded decodeAnalyzeBody(const QByteArray &body);

// Encoders: each returns one compact JSON text ready for a text frame.
QByteArray encodeSubmit(const Submission &submission);
QByteArray encodeStdin(const QString &jobId, const QByteArray &data);
QByteArray encodeStdinClose(const QString &jobId);
QByteArray encodeCancel(const QString &jobId);
QByteArray encodeAttach(const QString &jobId, qint64 afterSeq);
QByteArray encodeHello(const ServerHello &hello);
// A hello that says only who the server is and, when `stdinWindow` > 0, its stdin window.
QByteArray encodeHello(const QString &serverVersion, qint64 stdinWindow = 0);
QByteArray encodeJobAccepted(const QString &jobId, const QString &ref);
QByteArray encodeJobStatus(const QString &jobId, JobState state);
QByteArray encodeJobOutput(const QString &jobId, qint64 seq, Stream stream, const QByteArray &data);
QByteArray encodeJobInputRequested(const QString &jobId);
QByteArray encodeJobInputTaken(const QString &jobId, qint64 taken);
QByteArray encodeJobPhase(const QString &jobId, JobPhase phase);
QByteArray encodeJobResult(const QString &jobId, const QJsonObject &result);
QByteArray encodeError(const Error &error, const QString &jobId = {}, const QString &ref = {});

// The REST error body: {"error": {"code", "message"}}.
QByteArray restErrorBody(const Error &error);

} // namespace remote
