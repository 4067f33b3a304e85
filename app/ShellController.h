#pragma once

#include "InputHistory.h"

#include <runner/AgentSession.h>

#include <QObject>
#include <QPointer>

#include <functional>

namespace app {

// The Python shell of a window: one sandboxed interpreter (runner::AgentSession in shell mode) that
// keeps its variables between commands until it is restarted, ends after its idle time, or a command
// outlives its time limit. Lines typed go to the agent, which decides like the standard console
// whether a block is complete; while a command reads input(), the next line is its input. History
// (Up/Down) is kept in a file across restarts of the IDE.
class ShellController : public QObject
{
    Q_OBJECT
public:
    // Creates a shell-mode session, parented to its argument: on the local sandbox or on a server
    // (TargetSessionFactory::createAgentSession).
    using SessionFactory = std::function<runner::AgentSession *(QObject *parent)>;
    // The run request a session starts from: language, profile and limits as a run of the current
    // program would have them (its source is replaced).
    using RequestFactory = std::function<runner::RunRequest()>;

    ShellController(SessionFactory sessions, RequestFactory request, const QString &historyFile,
                    QObject *parent = nullptr);
    ~ShellController() override;

    // A fresh interpreter; with `program`, the program runs first and the prompt has its globals.
    void start(const QByteArray &program = QByteArray());
    void stop();
    bool isRunning() const;
    // A line the user typed (a command, a block's line, or input for a command that reads).
    void submit(const QString &line);
    // Names of the live session that start like `text`; answered by completions().
    void complete(const QString &text);

    InputHistory &history() { return m_history; }
    QString prompt() const; // ">>> ", "... ", or "" while a command runs
    qint64 idleMinutes() const;

Q_SIGNALS:
    void output(const QString &text, bool isError);
    void promptChanged(const QString &prompt);
    void completions(const QString &text, const QStringList &items);
    void ended(const QString &message);

private:
    void saveHistory() const;
    void onFinished(const runner::RunResult &result);

    SessionFactory m_sessions;
    RequestFactory m_request;
    QString m_historyFile;
    InputHistory m_history{500};
    QPointer<runner::AgentSession> m_session;
    QString m_prompt;
    bool m_readingInput = false;
    int m_completionRequest = 0;
    QString m_completionText;
};

} // namespace app
