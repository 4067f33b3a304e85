#pragma once

#include "CompileCache.h"
#include "Language.h"
#include "RunSession.h"

#include <QByteArray>
#include <QString>

namespace runner {

// Builds the request code-remote-sandbox reads (format in sandbox/WireFormat.h). Returns an empty array
// and sets `error` when the language cannot run here (no interpreter, no guard).
// With `cached` (what an earlier compile of the same program made, see CompileCache), the request has
// no compile step: those files go into the work directory instead.
// With `precompiledHeaders` (a directory of the user's cache, see PrecompiledHeader), the compile step
// sees it read-only at /pch and looks there first for its headers' precompiled form.
QByteArray encodeSandboxRequest(const RunRequest &request, const Language &language, QString &error,
                                const CompiledFiles *cached = nullptr, const QString &precompiledHeaders = {});
// The precompiled header's build (Language::precompiledHeader): a compile-only request, with more room
// and time than a program's compile step, whose product kPrecompiledHeaderProduct comes back as an
// Artifacts frame. Empty, with `error`, when the language has none or its compiler is missing.
inline constexpr char kPrecompiledHeaderSource[] = "pch.h";
inline constexpr char kPrecompiledHeaderProduct[] = "pch.h.gch";
QByteArray encodePrecompiledHeaderRequest(const RunRequest &request, const Language &language, QString &error);
// The flags a precompiled header shares with the programs that use it (the compile command without
// its source and output, `{std}` expanded): part of its cache key.
QStringList precompiledHeaderFlags(const RunRequest &request, const Language &language);
// The compile cache's key of a request: the language, the compiler (path, size, modification time),
// the expanded compile command and the source. Empty when the language has no compile step.
QByteArray compileCacheKey(const RunRequest &request, const Language &language);
// The request code-remote-sandbox-host loads its interpreter for: `request`'s command and its language's
// environment, without its code, input, limits or the policy's variables. Runs whose template is equal
// can share a host.
QByteArray encodeSandboxTemplate(const RunRequest &request, const Language &language, QString &error);

// Splits the supervisor's event stream into frames, however the bytes arrive.
class SandboxProtocolReader
{
public:
    // Supervisor: the process id of the supervisor, which a host-started run sends first.
    // CompileEnded: "MS OK", the compile step's wall time in whole ms and "1" when the program starts
    // now ("0": it failed); stderr before it was the compiler's.
    // Artifacts: what the compile step made, as records NAME -> content (for the compile cache).
    enum class EventType { Stdout, Stderr, InputRequested, Result, Supervisor, CompileEnded, Artifacts, Unknown };
    struct Event
    {
        EventType type = EventType::Unknown;
        QByteArray payload;
    };

    void feed(const QByteArray &bytes);
    // Takes the next complete frame; false when none is complete yet.
    bool next(Event &event);
    bool hasPendingBytes() const { return m_offset < m_buffer.size(); }

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
};

} // namespace runner
