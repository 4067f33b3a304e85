#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace runner {

// What a compile step made (C++'s `main`, Java's classes), by file name.
using CompiledFiles = QList<QPair<QString, QByteArray>>;

// The compile cache of one user: an unchanged program runs again without its compile step. Keyed by
// the toolchain (the compiler's path, size and modification time, which a package upgrade changes),
// the expanded compile command and the source (compileCacheKey in SandboxProtocol.h).
//
// Under $XDG_CACHE_HOME/code-remote/compile (~/.cache/...), a directory of this user's only (0700,
// refused when another user owns it or others may write to it), one file per key (0600), written under
// a temporary name and renamed into place, so a reader never sees half an entry. Each entry ends with
// the SHA-256 of what precedes it and is checked on every read: a truncated or altered entry is
// removed and the program compiled again. Whatever an entry holds only ever runs inside the sandbox.
// Bounded: past `maxBytes` the least recently used entries go.
class CompileCache
{
public:
    explicit CompileCache(QString directory, qint64 maxBytes = 256LL << 20);
    // The user's cache, or nothing when caching is off ($CODE_REMOTE_COMPILE_CACHE=off) or no cache
    // directory can be had.
    static std::optional<CompileCache> forUser();

    std::optional<CompiledFiles> load(const QByteArray &key) const;
    void store(const QByteArray &key, const CompiledFiles &files) const;
    QString pathFor(const QByteArray &key) const;

private:
    bool directoryIsOurs() const;
    void evict() const;

    QString m_directory;
    qint64 m_maxBytes;
};

} // namespace runner
