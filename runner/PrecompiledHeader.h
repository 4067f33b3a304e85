#pragma once

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
// Under $XDG_CACHE_HOME/code-remote/pch (0700, ours, like the compile cache): KEY/NAME.gch, KEY.sum,
// KEY.lock (held by the one process that builds it) and KEY.failed (a build that failed: not tried
// again for a while). The key hashes the compiler (path, size, modification time) and the flags the
// header shares with the programs that use it (-std among them: each standard has its own header).
// The .gch and its directories are readable by others only inside the 0700 cache (root's sandbox is
// nobody outside, and must read it through the read-only mount). KEY.sum (0600) holds the SHA-256 of
// the .gch, the file's identity when it was last checked and what the header was built for (the
// compiler and the flags, description()): a .gch whose identity changed (size, inode, mtime, ctime —
// which no one can set back) is hashed again, and one that no longer matches, or whose sum names
// another toolchain or other flags, is removed and built again. The sum is written last, so a
// half-stored header is never used. Whatever a header holds is only ever read by a compiler inside the
// sandbox.
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
    QString description() const { return m_description; }
    QString key() const { return m_key; }

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
    PrecompiledHeader(QString root, QString key, QString header, QString description);
    QString sumPath() const;
    QString siblingPath(const char *suffix) const;
    void discard() const;

    QString m_root;
    QString m_key;
    QString m_header;
    QString m_description;
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
