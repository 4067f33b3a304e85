#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace runner {

// The statuses of the architecture's `--json` object, plus `cancelled` (an extension: the run was stopped
// by its user, not by a limit).
enum class RunStatus {
    Ok,
    RuntimeError,
    TimeLimit,
    MemoryLimit,
    OutputLimit,
    SecurityViolation,
    CompileError,
    InternalError,
    Cancelled,
};

QString statusName(RunStatus status);
std::optional<RunStatus> statusFromName(const QString &name);

enum class TimeLimitKind { None, Wall, Cpu };

struct Violation
{
    QString kind; // "import", "builtin", "syntax" or "syscall"
    QString detail;
    int line = 0; // 0 when the violation has no source line (a syscall)

    QJsonObject toJson() const;
    static Violation fromJson(const QJsonObject &object);
    bool operator==(const Violation &other) const
    {
        return kind == other.kind && detail == other.detail && line == other.line;
    }
};

// A compiler's message about the program ("main.cpp:3:9: error: ..."), as `diagnostics` of a
// `compile_error` result (and of a run whose compiler only warned).
struct Diagnostic
{
    int line = 0;    // 1-based; 0 when the compiler named no line
    int column = 0;  // 1-based; 0 when it named none
    QString severity; // "error", "warning" or "note"
    QString message;

    QJsonObject toJson() const;
    static Diagnostic fromJson(const QJsonObject &object);
    bool operator==(const Diagnostic &other) const
    {
        return line == other.line && column == other.column && severity == other.severity
               && message == other.message;
    }
};

// What a finished run reports. Its JSON form is the public contract of `code-remote-run --json`,
// of the server's job results and of the remote protocol, so it is defined once, here.
struct RunResult
{
    RunStatus status = RunStatus::InternalError;
    std::optional<int> exitCode;
    std::optional<int> signal;
    TimeLimitKind limit = TimeLimitKind::None;
    QByteArray stdoutData;
    QByteArray stderrData;
    bool outputTruncated = false;
    double wallMs = 0;
    double cpuMs = 0;
    qint64 peakMemoryKb = 0;
    QString language;
    QString profile;
    QList<Violation> violations;
    // Of a compiled language (C++, Java): what its compiler said, and how long the compile step took
    // (wallMs and cpuMs are the program's own run, without the compile).
    QList<Diagnostic> diagnostics;
    double compileMs = 0;
    // Why the sandbox failed, for `internal_error` (not part of the JSON contract's required fields).
    QString message;
    // The program started from an interpreter a sandbox host had loaded (see SandboxHostPool), not by
    // exec. Read from the supervisor's report; not part of the JSON contract.
    bool preloaded = false;

    QJsonObject toJson() const;
    static RunResult fromJson(const QJsonObject &object);
    // A one-line human summary: "ok · exit 0 · 12 ms · 8.2 MB".
    QString summary() const;
};

} // namespace runner
