#pragma once

#include "CacheEntry.h"
#include "Language.h"
#include "RunSession.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace runner {

// A header precompiled once per toolchain and flags for one user (Language::precompiledHeader: g++'s
// <bits/stdc++.h>, whose parsing is most of a competitive program's compile). Built in the background
// by a compile-only sandboxed request (PrecompiledHeaderBuilder); the sandbox shows directory()
// read-only at /pch.
//
// Stored as a CacheEntry under $XDG_CACHE_HOME/code-remote/pch: KEY/NAME.gch, with its sum, lock and
// failure marker beside it (see CacheEntry for the checks). The key hashes the compiler (path, size,
// modification time) and the flags the header shares with the programs that use it (-std among them:
// each standard has its own header). Whatever a header holds is only ever read by a compiler inside
// the sandbox.
class PrecompiledHeader
{
public:
    // The header `request`'s program would use, or nothing: its language has none, the program does not
    // include it, caching is off ($CODE_REMOTE_COMPILE_CACHE=off) or there is no cache directory.
    static std::optional<PrecompiledHeader> forProgram(const RunRequest &request, const Language &language);
    // Whether `source` includes `header` (`#include <bits/stdc++.h>`).
    static bool includes(const QByteArray &source, const QString &header);

    // What the sandbox shows at /pch.
    QString directory() const;
    QString headerPath() const;
    // Built and intact; a damaged header is removed.
    bool isReady() const;
    // Stores what the build made, atomically. False when it could not, or when `content` is not a
    // precompiled header of GCC's (its "gpch" magic).
    bool store(const QByteArray &content) const;
    // What the header is for: the compiler (path, size, modification time) and the flags.
    QString description() const { return m_entry.description(); }
    QString key() const { return m_entry.key(); }

    // The build's lock (KEY.lock, flock): a descriptor that holds it until closed, or -1 when another
    // builder holds it (or it cannot be had). The kernel lets it go when its process ends, so a builder
    // that dies leaves no stale lock.
    int tryLock() const;
    bool isLockedElsewhere() const;
    // A build of this header failed within the last kFailureBackoffSeconds: runs compile without it
    // rather than paying for a build that fails again.
    static constexpr int kFailureBackoffSeconds = 600;
    bool failedRecently() const;
    void markFailed() const;

private:
    explicit PrecompiledHeader(CacheEntry entry);

    CacheEntry m_entry;
};

class ProcessChannel;
class SandboxProtocolReader;

// One build of a PrecompiledHeader: runs its request through `sandboxExecutable`, at a lower CPU
// priority (kBuildNiceness), and stores what it made. finished(true) once the header is stored,
// finished(false) when the build failed or stopped.
class PrecompiledHeaderBuild : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBuildNiceness = 10;
    PrecompiledHeaderBuild(PrecompiledHeader header, QObject *parent = nullptr);
    ~PrecompiledHeaderBuild() override;
    bool start(const QString &sandboxExecutable, const QByteArray &request);
    void stop();

Q_SIGNALS:
    void finished(bool stored);

private:
    void consume(const QByteArray &bytes);

    PrecompiledHeader m_header;
    QPointer<ProcessChannel> m_channel;
    std::unique_ptr<SandboxProtocolReader> m_reader;
    QByteArray m_product;
    bool m_done = false;
};

} // namespace runner
