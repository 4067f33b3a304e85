#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace app {

// One unsaved buffer as the recovery area keeps it.
struct RecoveryEntry
{
    QString id;       // stable for the buffer's lifetime
    QString path;     // the file it belongs to, empty for an untitled buffer
    QString title;    // the tab's title, to name untitled buffers when offering them back
    QString text;
    QDateTime savedAt;
    int untitledNumber = 0; // an untitled buffer's number, so "Untitled 2" comes back as "Untitled 2"
    int tabIndex = 0;       // where its tab was, so restored buffers keep their order
};

// The recovery area: each running instance writes its unsaved buffers into its own directory, guarded
// by a lock file. A clean quit removes the directory; a crash leaves it behind with a stale lock, which
// the next start finds and offers back. Nothing here knows about widgets.
class RecoveryStore
{
public:
    // `root` empty: "recovery" in the user's application data directory.
    explicit RecoveryStore(const QString &root = QString());
    ~RecoveryStore();

    QString root() const { return m_root; }
    // Creates and locks this instance's directory; false if that is impossible (recovery then off).
    bool begin();
    bool write(const RecoveryEntry &entry);
    void remove(const QString &id);
    // Clean quit: this instance's directory goes away.
    void finish();

    // Entries left by instances that are no longer running (their lock is free or stale).
    QList<RecoveryEntry> orphans() const;
    // Deletes what orphans() returned, after they were restored or declined.
    void discardOrphans();

private:
    QStringList orphanDirectories() const;
    static QList<RecoveryEntry> readDirectory(const QString &directory);

    QString m_root;
    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace app
