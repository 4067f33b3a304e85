#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace runner {

// One file of the user's cache that a caller builds outside the run that uses it and shows to
// sandboxes read-only (RunRequest::readOnlyCache): $XDG_CACHE_HOME/code-remote/AREA/KEY/FILE, with
// KEY.sum, KEY.lock and KEY.failed beside KEY. Knows nothing of what the file is; its caller says what
// it depends on (the key's parts) and checks what it stores.
//
// AREA and the code-remote directory are 0700 and ours (root's sandbox, nobody outside, reads the
// entry only through the read-only mount). KEY.sum (0600) holds the SHA-256 of the file, the file's
// identity when it was last checked and what it was built for (description(): the key's parts): a
// file whose identity changed (size, inode, mtime, ctime — which no one can set back) is hashed again,
// and one that no longer matches, or whose sum names other parts, is removed (and built again by its
// caller). The sum is written last, so a half-stored file is never used; a stored file replaces the
// old one by rename, so a run that has the old one mounted or mapped keeps it whole.
class CacheEntry
{
public:
    // The entry for `parts` (hashed into its key) under AREA; nothing when caching is off
    // ($CODE_REMOTE_COMPILE_CACHE=off) or the cache directory is missing or not ours.
    static std::optional<CacheEntry> open(const QString &area, const QStringList &parts, const QString &fileName);

    QString directory() const; // what a sandbox is shown
    QString filePath() const;
    QString fileName() const { return m_file; }
    QString key() const { return m_key; }
    QString description() const { return m_description; }

    // Stored, ours and intact; a damaged or foreign one is removed.
    bool isReady() const;
    // Stores `content` as the file (0644, in 0755 directories: readable through the mount), atomically.
    bool store(const QByteArray &content) const;
    // A fresh directory beside the entries (0700) where a builder may write what it makes before
    // store(); the caller removes it. Scratch directories older than kStaleScratchSeconds (left by a
    // builder that was killed) are removed first.
    QString makeScratchDirectory() const;
    static constexpr qint64 kStaleScratchSeconds = 24 * 3600;

    // The build's lock (KEY.lock, flock): a descriptor that holds it until closed, or -1 when another
    // builder holds it (or it cannot be had). The kernel lets it go when its process ends.
    int tryLock() const;
    bool isLockedElsewhere() const;
    // A build failed within the last `seconds`: not worth trying again yet.
    bool failedWithin(int seconds) const;
    // Records a failed build, with what it said (for whoever looks into the cache).
    void markFailed(const QByteArray &why = {}) const;
    // Removes the entry (and its sum): the next isReady() is false.
    void discard() const;

private:
    CacheEntry(QString root, QString key, QString file, QString description);
    QString siblingPath(const char *suffix) const;

    QString m_root;
    QString m_key;
    QString m_file;
    QString m_description;
};

} // namespace runner
