#pragma once

#include <QList>
#include <QString>

namespace app {

struct SessionFile
{
    QString path;
    int line = 1;   // 1-based caret line
    int column = 1; // 1-based caret column
    bool operator==(const SessionFile &other) const
    {
        return path == other.path && line == other.line && column == other.column;
    }
};

struct Session
{
    QList<SessionFile> files;
    int currentIndex = 0;
};

// The files open at quit and where their carets were, as a small JSON file, reopened at the next start.
class SessionStore
{
public:
    // `fileName` empty: session.json in the user's application data directory.
    explicit SessionStore(const QString &fileName = QString());

    QString fileName() const { return m_fileName; }
    bool save(const Session &session) const;
    // Files that no longer exist are left out; an unreadable store gives an empty session.
    Session load() const;

private:
    QString m_fileName;
};

} // namespace app
