#pragma once

#include "sandbox/Contract.h"

#include <QMap>
#include <QString>

#include <optional>

namespace runner {

enum class Profile {
    Strict,   // whitelisted imports and builtins, dangerous syntax rejected, plus every OS layer
    Standard, // every OS layer, the whole language
};

QString profileName(Profile profile);
std::optional<Profile> profileFromName(const QString &name);

// The largest program a profile runs: strict is the hosted platform's model (10 KiB), standard takes
// 1 MiB. One rule for every front end: the runner applies it to each run (LocalRunSession), the CLI
// checks it before reading further, the server before it queues a job, with the same message.
qint64 maxSourceBytes(Profile profile);
// Empty when a program of `bytes` fits `profile`, else why not ("the program is larger than 10 KiB,
// the limit of the strict profile").
QString sourceSizeError(Profile profile, qint64 bytes);

// Limits of one run. Defaults are the architecture's (sandbox/Contract.h); a caller may lower them and a
// server caps them.
struct Limits
{
    qint64 wallMs = sandbox::contract::defaults::kWallMs;
    qint64 cpuMs = 0; // 0: the same as the wall limit
    qint64 memoryBytes = sandbox::contract::defaults::kMemoryBytes;
    qint64 outputBytes = sandbox::contract::defaults::kOutputBytes;
    int processes = int(sandbox::contract::defaults::kProcesses);
    qint64 fileSizeBytes = sandbox::contract::defaults::kFileSizeBytes;
    qint64 workDirBytes = sandbox::contract::defaults::kWorkDirBytes;
    int workDirFiles = int(sandbox::contract::defaults::kWorkDirFiles);
    int openFiles = int(sandbox::contract::defaults::kOpenFiles);
    // The compile step of a compiled language (C++, Java), apart from the program's own limits; a
    // server caps them like the others (--max-compile-wall-ms, --max-compile-memory-mb).
    qint64 compileWallMs = sandbox::contract::defaults::kCompileWallMs;
    qint64 compileMemoryBytes = sandbox::contract::defaults::kCompileMemoryBytes;

    qint64 effectiveCpuMs() const { return cpuMs > 0 ? cpuMs : wallMs; }
    // Empty when every limit is within its valid range, else a message naming the first bad one.
    QString validate() const;
    // Each field lowered to at most the same field of `maximum`.
    Limits cappedBy(const Limits &maximum) const;
    bool operator==(const Limits &other) const;
};

struct SandboxPolicy
{
    Profile profile = Profile::Strict;
    Limits limits;
    // The program's whole environment beyond the language's own variables: nothing else leaks in.
    QMap<QString, QString> environment;

    QString validate() const;
};

} // namespace runner
