#pragma once

#include <QFile>
#include <QObject>
#include <QPointer>

namespace runner {
class RunSession;
}

namespace cli {

// Feeds a --stdin file to a run as the run takes it, so that a large file is never held in memory
// whole: at most kAheadBytes wait in the session (RunSession::pendingInputBytes) at a time, and more is
// read each time the session reports input taken. At the end of the file the input is closed.
class InputFeeder : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kAheadBytes = 1024 * 1024;

    InputFeeder(runner::RunSession *session, const QString &path, QObject *parent = nullptr);

    // Opens the file; false (with errorString()) if it cannot be read.
    bool open();
    QString errorString() const { return m_file.errorString(); }
    // Starts feeding; call once the session has started its run.
    void start();

private:
    void feed();

    QPointer<runner::RunSession> m_session;
    QFile m_file;
    bool m_done = false;
    bool m_feeding = false; // a session may report input taken from inside writeInput()
};

} // namespace cli
